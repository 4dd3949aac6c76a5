import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { ActionForm } from "@/components/admin/action-form";
import { db } from "@/lib/db/db.server";
import { fmtDateTime } from "@/lib/i18n/format";
import { ELEMENT_KEYS } from "@/lib/scores/elements";
import { boundsOf, currentQuarter, parsePeriod } from "@/lib/scores/period";
import { excludeAction } from "./actions";
import { ones } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.responses"))("title") };
}

const SHOWN = 100;

export default async function ResponsesPage({ searchParams }: { searchParams: Promise<{ unit?: string; period?: string }> }) {
  await requirePermission("response:exclude", { from: "/admin/respons" });
  const t = await getTranslations("admin.responses");
  const holdT = await getTranslations("hold.admin");
  const q = ones(await searchParams);
  const units = await db.unit.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } });
  const unit = units.find((u) => u.slug === q.unit) ?? units[0];
  const period = (q.period && parsePeriod(q.period)) || currentQuarter(new Date());
  const { start, end } = boundsOf(period);
  const responses = unit
    ? await db.surveyResponse.findMany({
        where: { unitId: unit.id, submittedAt: { gte: start, lt: end } },
        orderBy: { submittedAt: "desc" },
        take: SHOWN,
      })
    : [];
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <form method="get" className="filters">
        <label>
          {t("unit")}
          <select name="unit" defaultValue={unit?.slug}>
            {units.map((u) => (
              <option key={u.id} value={u.slug}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("period")}
          <input name="period" defaultValue={period.key} />
        </label>
        <button type="submit">{t("show")}</button>
      </form>
      <p>{t("shown", { count: responses.length, max: SHOWN })}</p>
      <div className="table-scroll" tabIndex={0} /* keyboard users can scroll a wide table (axe: scrollable-region-focusable) */>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("id")}</th>
              <th scope="col">{t("submitted")}</th>
              <th scope="col">{t("answers")}</th>
              <th scope="col">{t("comment")}</th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {responses.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.id}</th>
                <td>
                  {fmtDateTime(r.submittedAt)}
                  <br />
                  <span className="muted">
                    {r.channel}
                    {r.verified ? ` · ${t("verified")}` : ""}
                  </span>
                </td>
                <td className="answers">{ELEMENT_KEYS.map((k) => r[k] ?? "·").join(" ")}</td>
                <td>{r.comment ?? ""}</td>
                <td>
                  {r.excluded ? (
                    <span>
                      {t("excludedState")}: {r.excludedReason}
                    </span>
                  ) : (
                    <>
                    {r.held && (
                      <p>
                        <Link href={`/admin/respons/ditahan?unit=${unit!.slug}`}>{holdT("heldState")}</Link>
                      </p>
                    )}
                    <details>
                      <summary>{t("exclude")}</summary>
                      <ActionForm
                        id={`exclude-${r.id}`}
                        action={excludeAction}
                        submit={t("excludeSubmit")}
                        fields={[
                          { name: "responseId", label: "id", type: "hidden", defaultValue: String(r.id) },
                          { name: "reason", label: t("reason"), type: "textarea", required: true },
                        ]}
                      />
                    </details>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
