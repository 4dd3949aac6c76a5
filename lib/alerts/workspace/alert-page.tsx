// The alerts page's sections (/admin/peringatan): the list (a head: their unit's; the
// secretariat: every unit's, open and acknowledged), the acknowledgement form of each open alert
// the user may acknowledge, and the rule (the secretariat).
import { getTranslations } from "next-intl/server";
import { ActionForm, type FormAction } from "@/components/admin/action-form";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import type { listAlerts } from "@/lib/alerts/alerts.server";
import type { AlertRule } from "@/lib/alerts/rule";
import { fmtDateTime } from "@/lib/i18n/format";

type Alert = Awaited<ReturnType<typeof listAlerts>>[number];

export async function AlertList({
  alerts,
  acknowledge,
  canAcknowledge,
}: {
  alerts: Alert[];
  acknowledge: FormAction;
  canAcknowledge: (unitId: number) => boolean;
}) {
  const t = await getTranslations("alerts");
  const te = await getTranslations("elements");
  const open = alerts.filter((a) => !a.acknowledgedAt && canAcknowledge(a.unitId));
  return (
    <>
      <WorkspaceTable
        id="alerts"
        caption={t("listCaption")}
        empty={t("none")}
        rows={alerts}
        rowKey={(a) => a.id}
        rowProps={(a) => ({ "data-alert": a.id, "data-state": a.acknowledgedAt ? "acknowledged" : "open", "data-unit": a.unitId })}
        columns={[
          { header: t("unit"), rowHeader: true, cell: (a) => a.unit.name },
          { header: t("kind"), cell: (a) => t(a.kind === "quiet" ? "kinds.quiet" : "kinds.unhappy") },
          { header: t("window"), cell: (a) => `${fmtDateTime(a.windowStart)} – ${fmtDateTime(a.windowEnd)}` },
          {
            header: t("counts"),
            cell: (a) => (a.kind === "quiet" ? t("quietValue", { answers: a.answers }) : t("countsValue", { unhappy: a.unhappy, answers: a.answers })),
          },
          { header: t("weakest"), cell: (a) => (a.weakestElement ? te(`${a.weakestElement as "u1"}.name`) : "–") },
          {
            header: t("state"),
            cellProps: { "data-cell": "state" },
            cell: (a) => (a.acknowledgedAt ? t("acknowledged", { when: fmtDateTime(a.acknowledgedAt), note: a.note ?? "" }) : t("open")),
          },
        ]}
      />
      {open.map((a) => (
        <section key={a.id} aria-labelledby={`ack-${a.id}-heading`} className="narrow">
          <h2 id={`ack-${a.id}-heading`}>
            {t("acknowledge")}: {a.unit.name}, {fmtDateTime(a.createdAt)}
          </h2>
          <ActionForm
            id={`ack-${a.id}`}
            action={acknowledge}
            submit={t("acknowledge")}
            fields={[
              { name: "alertId", label: "", type: "hidden", defaultValue: String(a.id) },
              { name: "note", label: t("note"), type: "textarea", hint: t("noteHint"), required: true },
            ]}
          />
        </section>
      ))}
    </>
  );
}

export async function RuleSection({ rule, action }: { rule: AlertRule; action: FormAction }) {
  const t = await getTranslations("alerts");
  const field = (name: keyof AlertRule, step?: string) => ({ name, label: t(name), type: "number" as const, defaultValue: String(rule[name]), step });
  return (
    <section aria-labelledby="rule-heading">
      <h2 id="rule-heading">{t("ruleHeading")}</h2>
      <p>{t("ruleText")}</p>
      <div className="narrow">
        <ActionForm
          id="alert-rule"
          action={action}
          submit={t("saveRule")}
          fields={[field("unhappyPercent"), field("windowMinutes"), field("minAnswers"), field("unhappyMaxAverage", "any"), field("quietMinPerDay")]}
        />
      </div>
    </section>
  );
}
