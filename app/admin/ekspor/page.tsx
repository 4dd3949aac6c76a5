import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { SelectFilter } from "@/components/admin/filters";
import { db } from "@/lib/db/db.server";
import { currentQuarter } from "@/lib/scores/period";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.exports"))("title") };
}

const KINDS = ["responses", "scores", "complaints", "plans"] as const;
type Kind = (typeof KINDS)[number];

export default async function ExportsPage() {
  await requirePermission("export:read", { from: "/admin/ekspor" });
  const t = await getTranslations("admin.exports");
  const more = await getTranslations("plans.exports");
  const heading = (kind: Kind) => (kind === "complaints" || kind === "plans" ? more(`${kind}Heading`) : t(`${kind}Heading`));
  const text = (kind: Kind) => (kind === "complaints" || kind === "plans" ? more(`${kind}Text`) : t(`${kind}Text`));
  const units = await db.unit.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
  const period = currentQuarter(new Date()).key;
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {KINDS.map((kind) => (
        <section key={kind} aria-labelledby={`${kind}-heading`}>
          <h2 id={`${kind}-heading`}>{heading(kind)}</h2>
          <p>{text(kind)}</p>
          <form method="get" action={`/admin/ekspor/${kind}`} className="stack">
            <label>
              {t("period")}
              <input name="period" defaultValue={period} aria-describedby={`${kind}-period-hint`} />
              <span id={`${kind}-period-hint`} className="hint">
                {t("periodHint")}
              </span>
            </label>
            <SelectFilter label={t("unit")} name="unit" defaultValue="" all={t("allUnits")} options={units.map((u) => ({ value: u.slug, label: u.name }))} />
            <SelectFilter
              label={more("format")}
              name="format"
              defaultValue="csv"
              options={[
                { value: "csv", label: more("csv") },
                { value: "xlsx", label: more("xlsx") },
              ]}
            />
            <button type="submit">{t("download")}</button>
          </form>
        </section>
      ))}
    </div>
  );
}
