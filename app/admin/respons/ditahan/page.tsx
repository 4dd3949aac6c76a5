// The queue of held survey answers (docs/surveys.md, "Against ballot stuffing"): grouped by unit, signals
// and hour, each group with its answers themselves (time, the nine values, where from, comment), the
// effect of a release on its unit's score, and (for the
// secretariat) bulk release or exclusion with a reason. A unit head reads their own unit's queue.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { can, unitScope } from "@/lib/auth/permissions";
import { ActionForm } from "@/components/admin/action-form";
import { heldQueue, releaseEffects } from "@/lib/survey/held.server";
import { db } from "@/lib/db/db.server";
import { fmtDateTime, formatters } from "@/lib/i18n/format";
import { excludeHeldAction, releaseHeldAction } from "./actions";
import { one } from "@/lib/http/search-params";
import { ELEMENT_KEYS } from "@/lib/scores/elements";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("hold.admin"))("title") };
}

const SHOWN_GROUPS = 20; // each shown group computes its unit's figures once more

/** A group is released or excluded by the same form, each with its reason. */
const DECISIONS = [
  ["release", releaseHeldAction],
  ["exclude", excludeHeldAction],
] as const;

export default async function HeldAnswersPage({ searchParams }: { searchParams: Promise<{ unit?: string }> }) {
  const user = await requirePermission("response:held:read", { from: "/admin/respons/ditahan" });
  const onlyUnit = one((await searchParams).unit); // ?unit=<slug>: one unit's groups (the dashboard links here)
  const t = await getTranslations("hold.admin");
  const { num } = formatters(await getLocale()); // the reader's own decimal comma or point
  const signalsT = await getTranslations("hold.signals");
  const elementsT = await getTranslations("elements");
  const mayReview = can(user, "response:review");
  const groups = (await heldQueue(db, unitScope(user))).filter((g) => !onlyUnit || g.unit.slug === onlyUnit);
  const shown = groups.slice(0, SHOWN_GROUPS);
  const effects = await releaseEffects(db, shown);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {!mayReview && <p className="muted">{t("readOnly")}</p>}
      {groups.length === 0 ? <p>{t("empty")}</p> : <p>{t("shownGroups", { shown: shown.length, total: groups.length })}</p>}
      {shown.map((group, i) => {
        const effect = effects[i];
        const headingId = `held-group-${i}`;
        return (
          <article key={group.key} aria-labelledby={headingId} className="held-group" data-unit={group.unit.slug}>
            <h2 id={headingId}>{t("group", { unit: group.unit.name, from: fmtDateTime(group.windowStart), to: fmtDateTime(group.windowEnd) })}</h2>
            <p>
              <strong className="held-count">{t("count", { count: group.count })}</strong>
            </p>
            <p>{t("signalsLabel")}:</p>
            <ul data-signals={group.signals.join(",")}>
              {group.signals.map((s) => (
                <li key={s}>{signalsT(s)}</li>
              ))}
            </ul>
            <h3 id={`${headingId}-answers`}>{t("answersHeading")}</h3>
            {group.answers.length < group.count && <p>{t("answersShown", { shown: group.answers.length, count: group.count })}</p>}
            <div className="table-scroll">
              <table className="held-answers" aria-labelledby={`${headingId}-answers`}>
                <thead>
                  <tr>
                    <th scope="col">{t("answersTime")}</th>
                    {ELEMENT_KEYS.map((k, j) => (
                      <th scope="col" key={k}>
                        <abbr title={elementsT(`${k}.name`)}>U{j + 1}</abbr>
                      </th>
                    ))}
                    <th scope="col">{t("answersSeconds")}</th>
                    <th scope="col">{t("answersFrom")}</th>
                    <th scope="col">{t("answersComment")}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.answers.map((a) => (
                    <tr key={a.id} data-response={a.id}>
                      <th scope="row">{fmtDateTime(a.submittedAt)}</th>
                      {a.values.map((v, j) => (
                        <td key={j}>{v ?? "–"}</td>
                      ))}
                      <td data-seconds={a.secondsOnPage ?? ""}>{a.secondsOnPage == null ? "–" : t("seconds", { seconds: num(a.secondsOnPage, 1) })}</td>
                      <td>{a.channel === "kiosk" ? t("fromKiosk", { device: a.device ?? "" }) : a.channel === "api" ? t("fromApi") : t("fromWeb")}</td>
                      <td>{a.comment ?? "–"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3>{t("effectHeading", { period: effect.period })}</h3>
            <ul className="held-effect">
              <li data-effect="now">
                {t("effectNow", { score: num(effect.before.score), ikm: num(effect.before.ikm), respondents: effect.before.respondents })}
              </li>
              <li
                data-effect="release"
                data-respondents={effect.afterRelease.respondents}
                data-score={effect.afterRelease.score ?? ""}
                data-ikm={effect.afterRelease.ikm ?? ""}
              >
                {t("effectRelease", { score: num(effect.afterRelease.score), ikm: num(effect.afterRelease.ikm), respondents: effect.afterRelease.respondents })}
              </li>
              <li data-effect="exclude">{t("effectExclude")}</li>
            </ul>
            {mayReview && (
              <div className="held-actions">
                {DECISIONS.map(([decision, action]) => (
                  <details key={decision}>
                    <summary>{t(decision)}</summary>
                    <ActionForm
                      id={`${decision}-${i}`}
                      action={action}
                      submit={t(`${decision}Count`, { count: group.count })}
                      fields={[
                        { name: "groupKey", label: "group", type: "hidden", defaultValue: group.key },
                        { name: "reason", label: t("reason"), type: "textarea", required: true },
                      ]}
                    />
                  </details>
                ))}
              </div>
            )}
          </article>
        );
      })}
    </>
  );
}
