// The periods page's sections (/admin/periode): publishing a period's figures with the list of
// published periods, the zone schemes (issue 27), the scoring settings (weights, zone scheme, deadlines, sample floor, complaint
// handling) for all periods or one, and the standards checklist of every active unit.
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm, type FormAction, type FormField, type PlainFormAction } from "@/components/admin/action-form";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import type { settingsFor } from "@/lib/scores/read-model.server";
import { CHECKLIST_ITEMS } from "@/lib/scores/compliance";
import { fmtDateTime } from "@/lib/i18n/format";
import { bandRanges, DEFAULT_SCHEME_KEY, type ZoneScheme } from "@/lib/scores/zones";
import { bandsText } from "@/lib/scores/zone-scheme-schema";

type Settings = Awaited<ReturnType<typeof settingsFor>>;

export async function PublishSection({
  action,
  suggestion,
  published,
}: {
  action: FormAction;
  suggestion: string;
  published: { period: string; publishedAt: Date }[];
}) {
  const t = await getTranslations("admin.periods");
  return (
    <section aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t("publishHeading")}</h2>
      <p>{t("publishText")}</p>
      <div className="narrow">
        <ActionForm
          id="publish"
          action={action}
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
  );
}

export async function SettingsSection({
  action,
  periodKey,
  settings,
  frozen,
  schemes,
}: {
  action: FormAction;
  periodKey: string;
  settings: Settings;
  frozen: boolean;
  schemes: ZoneScheme[];
}) {
  const t = await getTranslations("admin.periods");
  const tz = await getTranslations("zoneSchemes.admin");
  const locale = (await getLocale()) === "en" ? "en" : "id";
  const th = await getTranslations("complaintChannels.settings");
  // Every setting is a number input holding the value in force; weights and zones take decimals.
  const setting = (name: Exclude<keyof Settings, "zoneScheme">, label: string, options: { decimals?: boolean; hint?: string } = {}): FormField => ({
    name,
    label,
    type: "number",
    step: options.decimals ? "any" : undefined,
    defaultValue: String(settings[name as keyof Omit<Settings, "zoneScheme">]),
    hint: options.hint,
  });
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t("settingsHeading", { period: periodKey })}</h2>
      <p>{frozen ? t("settingsFrozen") : t("settingsText")}</p>
      <div className="narrow">
        <ActionForm
          id="settings"
          action={action}
          submit={t("saveSettings")}
          fields={[
            {
              name: "scope",
              label: t("scope"),
              type: "select",
              defaultValue: "default",
              options: [
                { value: "default", label: t("scopeDefault") },
                { value: periodKey, label: t("scopePeriod", { period: periodKey }) },
              ],
            },
            setting("weightSatisfaction", t("weightSatisfaction"), { decimals: true, hint: t("weightsHint") }),
            setting("weightComplaints", t("weightComplaints"), { decimals: true }),
            setting("weightStandards", t("weightStandards"), { decimals: true }),
            {
              name: "zoneScheme",
              label: tz("scheme"),
              type: "select",
              defaultValue: settings.zoneScheme.key,
              hint: tz("schemeHint"),
              options: schemes.map((s) => ({ value: s.key, label: `${s.name[locale]} (${s.key})` })),
            },
            setting("verifyDays", t("verifyDays")),
            setting("answerDays", t("answerDays")),
            setting("closeDays", t("closeDays")),
            setting("sampleFloor", t("sampleFloor")),
            // Issue 12: the parts of the complaint-handling component and the verdict window.
            setting("handlingWeightVerify", th("weightVerify"), { decimals: true, hint: th("weightsHint") }),
            setting("handlingWeightAnswer", th("weightAnswer"), { decimals: true }),
            setting("handlingWeightClose", th("weightClose"), { decimals: true }),
            setting("handlingWeightVerdict", th("weightVerdict"), { decimals: true }),
            setting("verdictDays", th("verdictDays")),
          ]}
        />
      </div>
    </section>
  );
}

/** The zone schemes on offer, and a form to store one (a new Ombudsman scheme is data, not code). */
export async function SchemeSection({ action, schemes }: { action: FormAction; schemes: ZoneScheme[] }) {
  const tz = await getTranslations("zoneSchemes.admin");
  const locale = (await getLocale()) === "en" ? "en" : "id";
  const base = schemes.find((s) => s.key === DEFAULT_SCHEME_KEY) ?? schemes[0];
  return (
    <section aria-labelledby="schemes-heading">
      <h2 id="schemes-heading">{tz("heading")}</h2>
      <p>{tz("text")}</p>
      <ul>
        {schemes.map((s) => (
          <li key={s.key}>
            <strong>{s.name[locale]}</strong> ({s.key}):{" "}
            {bandRanges(s)
              .map((b) => `${b.category ?? b.name[locale]} ${b.min}–${b.max}`)
              .join(", ")}
          </li>
        ))}
      </ul>
      <div className="narrow">
        <ActionForm
          id="scheme"
          action={action}
          submit={tz("save")}
          fields={[
            { name: "key", label: tz("key"), hint: tz("keyHint"), defaultValue: "" },
            { name: "nameId", label: tz("nameId"), defaultValue: "" },
            { name: "nameEn", label: tz("nameEn"), defaultValue: "" },
            { name: "source", label: tz("source"), defaultValue: "" },
            { name: "bands", label: tz("bands"), type: "textarea", hint: tz("bandsHint"), defaultValue: bandsText(base) },
          ]}
        />
      </div>
    </section>
  );
}

type ChecklistRow = Partial<Record<(typeof CHECKLIST_ITEMS)[number], boolean>>;

export async function ChecklistSection({
  action,
  periodKey,
  units,
  checklists,
}: {
  action: PlainFormAction;
  periodKey: string;
  units: { id: number; name: string }[];
  checklists: Map<number, ChecklistRow>;
}) {
  const t = await getTranslations("admin.periods");
  const formId = (u: { id: number }) => `checklist-${u.id}`;
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t("checklistHeading", { period: periodKey })}</h2>
      <p>{t("checklistText")}</p>
      <WorkspaceTable
        scroll
        className="checklist"
        rows={units}
        rowKey={(u) => u.id}
        columns={[
          { header: t("unit"), rowHeader: true, cell: (u) => u.name },
          ...CHECKLIST_ITEMS.map((item) => ({
            header: t(`items.${item}`),
            cell: (u: { id: number; name: string }) => (
              <input
                type="checkbox"
                form={formId(u)}
                name={item}
                defaultChecked={!!checklists.get(u.id)?.[item]}
                aria-label={`${t(`items.${item}`)}: ${u.name}`}
              />
            ),
          })),
          {
            header: <span className="visually-hidden">{t("saveChecklist")}</span>,
            cell: (u) => (
              <form id={formId(u)} action={action}>
                <input type="hidden" name="unitId" value={u.id} />
                <input type="hidden" name="period" value={periodKey} />
                <button type="submit" className="small" aria-label={t("saveChecklistFor", { unit: u.name })}>
                  {t("saveChecklist")}
                </button>
              </form>
            ),
          },
        ]}
      />
    </section>
  );
}
