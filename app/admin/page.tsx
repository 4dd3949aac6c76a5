import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "@/lib/auth/guards.server";
import { can } from "@/lib/auth/permissions";
import { CityDashboard } from "@/lib/scores/workspace/city-dashboard";
import { UnitSummary } from "@/lib/scores/workspace/unit-summary";
import { ComplaintChannelsSection } from "@/lib/complaints/workspace/channel-counts";
import { HeldCountsSection } from "@/lib/survey/workspace/held-counts";
import { HeldComplaintsSection } from "@/lib/complaints/workspace/held-complaints";
import { currentQuarter, parsePeriod } from "@/lib/scores/period";
import { one } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("workspace"))("title") };
}

// The dashboard: the city's figures for those who read them, a unit head's own unit otherwise.
export default async function WorkspaceHome({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const user = await requireSignedIn("/admin");
  const t = await getTranslations("workspace");
  const requested = one((await searchParams).period);
  const period = (requested && parsePeriod(requested)) || currentQuarter(new Date());
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("welcome", { name: user.name })}</p>
      {can(user, "dashboard:read") ? <CityDashboard periodKey={period.key} /> : user.unitId ? <UnitSummary user={user} periodKey={period.key} /> : null}
      {can(user, "dashboard:read") ? (
        <ComplaintChannelsSection periodKey={period.key} />
      ) : user.unitId ? (
        <ComplaintChannelsSection periodKey={period.key} unitId={user.unitId} />
      ) : null}
      {(can(user, "dashboard:read") || user.unitId) && <HeldCountsSection user={user} />}
      <HeldComplaintsSection user={user} />
    </>
  );
}
