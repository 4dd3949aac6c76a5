import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { ActionForm } from "@/components/admin/action-form";
import { settingsFor } from "@/lib/scores/read-model.server";
import { db } from "@/lib/db/db.server";
import { fmtDateTime } from "@/lib/i18n/format";
import { CHECKLIST_ITEMS } from "@/lib/scores/compliance";
import { currentQuarter, parsePeriod, previousPeriod } from "@/lib/scores/period";
import { publishAction, saveChecklistAction, saveSettingsAction } from "./actions";
import { one } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.periods"))("title") };
}

export default async function PeriodsPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  await requirePermission("period:manage", { from: "/admin/periode" });
  const t = await getTranslations("admin.periods");
  const th = await getTranslations("complaintChannels.settings");
  const requested = one((await searchParams).period);
  const period = (requested && parsePeriod(requested)) || currentQuarter(new Date());
  const [settings, units, checklists, published] = await Promise.all([
    settingsFor(db, period.key),
    db.unit.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.standardsChecklist.findMany({ where: { period: period.key } }),
    db.publishedSnapshot.findMany({ orderBy: { period: "desc" }, select: { period: true, publishedAt: true } }),
  ]);
  const byUnit = new Map(checklists.map((c) => [c.unitId, c]));
  const isPublished = published.some((p) => p.period === period.key);
  const suggestion = previousPeriod(currentQuarter(new Date())).key;
  return (
    <>
      <h1>{t("title")}</h1>
      <form method="get" className="filters">
        <label>
          {t("period")}
          <input name="period" defaultValue={period.key} />
        </label>
        <button type="submit">{t("show")}</button>
      </form>

      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">{t("publishHeading")}</h2>
        <p>{t("publishText")}</p>
        <div className="narrow">
          <ActionForm
            id="publish"
            action={publishAction}
            submit={t("publishSubmit")}
            fields={[
              { name: "period", label: t("periodToPublish"), defaultValue: suggestion, hint: t("periodHint") },
              { name: "confirmKey", label: t("confirmKey"), hint: t("confirmKeyHint") },
              { name: "confirm", label: t("confirm"), type: "checkbox" },
            ]}
          />
        </div>
        <h3>{t("publishedList")}</h3>
        {published.length === 0 ? (
          <p>{t("nonePublished")}</p>
        ) : (
          <ul>
            {published.map((p) => (
              <li key={p.period}>
                {p.period} · {fmtDateTime(p.publishedAt)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t("settingsHeading", { period: period.key })}</h2>
        <p>{isPublished ? t("settingsFrozen") : t("settingsText")}</p>
        <div className="narrow">
          <ActionForm
            id="settings"
            action={saveSettingsAction}
            submit={t("saveSettings")}
            fields={[
              { name: "scope", label: t("scope"), type: "select", defaultValue: "default", options: [{ value: "default", label: t("scopeDefault") }, { value: period.key, label: t("scopePeriod", { period: period.key }) }] },
              { name: "weightSatisfaction", label: t("weightSatisfaction"), type: "number", step: "any", defaultValue: String(settings.weightSatisfaction), hint: t("weightsHint") },
              { name: "weightComplaints", label: t("weightComplaints"), type: "number", step: "any", defaultValue: String(settings.weightComplaints) },
              { name: "weightStandards", label: t("weightStandards"), type: "number", step: "any", defaultValue: String(settings.weightStandards) },
              { name: "zoneRedMax", label: t("zoneRedMax"), type: "number", step: "any", defaultValue: String(settings.zoneRedMax) },
              { name: "zoneYellowMax", label: t("zoneYellowMax"), type: "number", step: "any", defaultValue: String(settings.zoneYellowMax) },
              { name: "verifyDays", label: t("verifyDays"), type: "number", defaultValue: String(settings.verifyDays) },
              { name: "answerDays", label: t("answerDays"), type: "number", defaultValue: String(settings.answerDays) },
              { name: "closeDays", label: t("closeDays"), type: "number", defaultValue: String(settings.closeDays) },
              { name: "sampleFloor", label: t("sampleFloor"), type: "number", defaultValue: String(settings.sampleFloor) },
              // Issue 12: the parts of the complaint-handling component and the verdict window.
              { name: "handlingWeightVerify", label: th("weightVerify"), type: "number", step: "any", defaultValue: String(settings.handlingWeightVerify), hint: th("weightsHint") },
              { name: "handlingWeightAnswer", label: th("weightAnswer"), type: "number", step: "any", defaultValue: String(settings.handlingWeightAnswer) },
              { name: "handlingWeightClose", label: th("weightClose"), type: "number", step: "any", defaultValue: String(settings.handlingWeightClose) },
              { name: "handlingWeightVerdict", label: th("weightVerdict"), type: "number", step: "any", defaultValue: String(settings.handlingWeightVerdict) },
              { name: "verdictDays", label: th("verdictDays"), type: "number", defaultValue: String(settings.verdictDays) },
            ]}
          />
        </div>
      </section>

      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">{t("checklistHeading", { period: period.key })}</h2>
        <p>{t("checklistText")}</p>
        <div className="table-scroll" tabIndex={0} /* keyboard users can scroll a wide table (axe: scrollable-region-focusable) */>
          <table className="checklist">
            <thead>
              <tr>
                <th scope="col">{t("unit")}</th>
                {CHECKLIST_ITEMS.map((item) => (
                  <th scope="col" key={item}>
                    {t(`items.${item}`)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t("saveChecklist")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => {
                const row = byUnit.get(u.id);
                const formId = `checklist-${u.id}`;
                return (
                  <tr key={u.id}>
                    <th scope="row">{u.name}</th>
                    {CHECKLIST_ITEMS.map((item) => (
                      <td key={item}>
                        <input type="checkbox" form={formId} name={item} defaultChecked={!!row?.[item]} aria-label={`${t(`items.${item}`)}: ${u.name}`} />
                      </td>
                    ))}
                    <td>
                      <form id={formId} action={saveChecklistAction}>
                        <input type="hidden" name="unitId" value={u.id} />
                        <input type="hidden" name="period" value={period.key} />
                        <button type="submit" className="small" aria-label={t("saveChecklistFor", { unit: u.name })}>
                          {t("saveChecklist")}
                        </button>
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
