import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { SelectFilter } from "@/components/admin/filters";
import { db } from "@/lib/db/db.server";
import { currentQuarter } from "@/lib/scores/period";
import { ones } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.exports"))("title") };
}

const KINDS = ["responses", "scores", "complaints", "plans"] as const;
type Kind = (typeof KINDS)[number];

// A refused query comes back here from the export route (lib/exports/route.server.ts) as
// ?kind=<export>&error=<fields>&period=…&unit=…: that form shows what was sent with the error in words.
export default async function ExportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("export:read", { from: "/admin/ekspor" });
  const sent = ones(await searchParams);
  const errors = new Set((sent.error ?? "").split(","));
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
      {KINDS.map((kind) => {
        const mine = sent.kind === kind;
        const periodError = mine && errors.has("period");
        return (
          <section key={kind} aria-labelledby={`${kind}-heading`}>
            <h2 id={`${kind}-heading`}>{heading(kind)}</h2>
            <p>{text(kind)}</p>
            {mine && sent.error && (
              <p className="form-error" role="alert" id={`${kind}-error`}>
                {t("refused")}
              </p>
            )}
            <form method="get" action={`/admin/ekspor/${kind}`} className="stack">
              <label>
                {t("period")}
                <input
                  name="period"
                  defaultValue={mine && sent.period ? sent.period : period}
                  aria-invalid={periodError}
                  aria-describedby={`${kind}-period-hint${periodError ? ` ${kind}-period-error` : ""}`}
                />
                <span id={`${kind}-period-hint`} className="hint">
                  {t("periodHint")}
                </span>
                {periodError && (
                  <span id={`${kind}-period-error`} className="field-error">
                    {t("periodInvalid", { period: sent.period ?? "" })}
                  </span>
                )}
              </label>
              <SelectFilter
                label={t("unit")}
                name="unit"
                defaultValue={mine && units.some((u) => u.slug === sent.unit) ? sent.unit! : ""}
                all={t("allUnits")}
                options={units.map((u) => ({ value: u.slug, label: u.name }))}
              />
              {mine && errors.has("unit") && <p className="field-error">{t("unitInvalid")}</p>}
              {/* One button per format, each naming its own: the choice is the button pressed, with or without JavaScript. */}
              <p className="hint">
                {more("csv")}; {more("xlsx")}
              </p>
              <div>
                <button type="submit" name="format" value="csv">
                  {t("download")}
                </button>{" "}
                <button type="submit" name="format" value="xlsx">
                  {t("downloadXlsx")}
                </button>
              </div>
            </form>
          </section>
        );
      })}
    </div>
  );
}
