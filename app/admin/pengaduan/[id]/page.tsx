import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm, type FormField } from "@/components/admin/action-form";
import { fmtDate, fmtDateTime } from "@/lib/admin/format";
import { requirePermission } from "@/lib/auth/guards.server";
import { can, unitScope } from "@/lib/auth/permissions";
import { ACTIONS, allowedNext, FINAL, SEVERITIES, type ComplaintStatus } from "@/lib/complaints/lifecycle";
import { caseUnitId, getCase } from "@/lib/data/complaints.server";
import { db } from "@/lib/db.server";
import { stepAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints.admin"))("title") };
}

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const from = `/admin/pengaduan/${encodeURIComponent(raw)}`;
  const signedIn = await requirePermission("complaint:read", { from });
  const id = Number(raw);
  const unitId = await caseUnitId(db, id);
  if (unitId === null) notFound();
  // Out of scope is refused before anything of the case is read (a unit head and another unit's case).
  if (!can(signedIn, "complaint:read", unitId)) forbidden();
  const c = await getCase(db, id, unitScope(signedIn));
  if (!c) notFound();
  const t = await getTranslations("complaints");
  const handles = can(signedIn, "complaint:handle", unitId);

  const stepFields = (to: ComplaintStatus): FormField[] => {
    const fields: FormField[] = [
      { name: "complaintId", label: "id", type: "hidden", defaultValue: String(c.id) },
      { name: "to", label: "to", type: "hidden", defaultValue: to },
    ];
    if (to === c.status) return [...fields, { name: "publicNote", label: t("admin.publicNote"), type: "textarea", required: true }];
    fields.push({ name: "reason", label: t("admin.reason"), type: "textarea", required: true });
    if (to === "substantiated" || to === "unsubstantiated") fields.push({ name: "evidence", label: t("admin.evidence"), type: "textarea", required: true });
    if (to === "action_taken") {
      const choose = { value: "", label: t("admin.choose") };
      fields.push(
        { name: "action", label: t("admin.action"), type: "select", options: [choose, ...ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}`) }))] },
        { name: "severity", label: t("admin.severity"), type: "select", options: [choose, ...SEVERITIES.map((s) => ({ value: s, label: t(`severities.${s}`) }))] },
      );
    }
    fields.push({ name: "publicNote", label: t("admin.publicNote"), type: "textarea" });
    return fields;
  };

  return (
    <div className="narrow">
      <h1>{t("admin.caseTitle", { code: c.trackingCode })}</h1>
      <p>
        <Link href="/admin/pengaduan">{t("admin.back")}</Link>
      </p>
      {c.escalate && (
        <p className="flag flag-escalate" role="note">
          {t("admin.escalated")}
        </p>
      )}
      <dl className="facts">
        <dt>{t("admin.status")}</dt>
        <dd id="case-status">{t(`status.${c.status}`)}</dd>
        <dt>{t("admin.unit")}</dt>
        <dd>{c.unit.name}</dd>
        <dt>{t("admin.category")}</dt>
        <dd>{t(`categories.${c.category}`)}</dd>
        <dt>{t("admin.received")}</dt>
        <dd>{fmtDateTime(c.receivedAt)}</dd>
        <dt>{t("admin.occurredAt")}</dt>
        <dd>{fmtDate(c.occurredAt)}</dd>
        {c.staffName && (
          <>
            <dt>{t("admin.staffName")}</dt>
            <dd>{c.staffName}</dd>
          </>
        )}
        {c.room && (
          <>
            <dt>{t("admin.room")}</dt>
            <dd>{c.room}</dd>
          </>
        )}
        {c.action && (
          <>
            <dt>{t("admin.measure")}</dt>
            <dd>
              {t(`actions.${c.action}`)}
              {c.severity ? ` · ${t(`severities.${c.severity}`)}` : ""}
            </dd>
          </>
        )}
      </dl>
      <h2>{t("admin.description")}</h2>
      <p className="prewrap" id="case-description">
        {c.description}
      </p>
      <h2>{t("admin.reporter")}</h2>
      {c.reporter ? (
        <dl className="facts" id="case-reporter">
          {c.reporter.name && (
            <>
              <dt>{t("admin.reporterName")}</dt>
              <dd>{c.reporter.name}</dd>
            </>
          )}
          {c.reporter.phone && (
            <>
              <dt>{t("admin.reporterPhone")}</dt>
              <dd>{c.reporter.phone}</dd>
            </>
          )}
          {c.reporter.email && (
            <>
              <dt>{t("admin.reporterEmail")}</dt>
              <dd>{c.reporter.email}</dd>
            </>
          )}
        </dl>
      ) : (
        <p>{t("admin.anonymous")}</p>
      )}
      <h2>{t("admin.deadlines")}</h2>
      <dl className="facts">
        <dt>{t("admin.verifyBy")}</dt>
        <dd>{fmtDateTime(c.deadlines.verifyBy)}</dd>
        <dt>{t("admin.answerBy")}</dt>
        <dd>{fmtDateTime(c.deadlines.answerBy)}</dd>
        <dt>{t("admin.closeBy")}</dt>
        <dd>{fmtDateTime(c.deadlines.closeBy)}</dd>
      </dl>
      {c.overdue.length > 0 && <p className="flag flag-overdue">{t("admin.overdue", { stages: c.overdue.map((s) => t(`stages.${s}`)).join(", ") })}</p>}
      <h2>{t("admin.answer")}</h2>
      <p className="prewrap" id="case-answer">
        {c.publicAnswer ?? t("admin.noAnswer")}
      </p>
      <h2>{t("admin.history")}</h2>
      <ol className="history">
        {c.events.map((e) => (
          <li key={e.id}>
            <strong>
              {e.fromStatus && e.fromStatus !== e.toStatus ? `${t(`status.${e.fromStatus}`)} → ` : ""}
              {t(`status.${e.toStatus}`)}
            </strong>{" "}
            · {fmtDateTime(e.createdAt)} · {e.actor?.name ?? (e.fromStatus === null ? t("admin.citizen") : "–")}
            {e.reason && (
              <>
                <br />
                {t("admin.reason")}: {e.reason}
              </>
            )}
            {e.evidence && (
              <>
                <br />
                {t("admin.evidence")}: {e.evidence}
              </>
            )}
            {e.action && (
              <>
                <br />
                {t("admin.measure")}: {t(`actions.${e.action}`)}
                {e.severity ? ` · ${t(`severities.${e.severity}`)}` : ""}
              </>
            )}
            {e.publicNote && (
              <>
                <br />
                {t("admin.answer")}: {e.publicNote}
              </>
            )}
          </li>
        ))}
      </ol>
      {handles && (
        <section aria-labelledby="next-steps">
          <h2 id="next-steps">{t("admin.nextSteps")}</h2>
          {FINAL.has(c.status) ? (
            <p>{t("admin.final")}</p>
          ) : (
            <>
              {allowedNext(c.status).map((to) => (
                <details key={to} id={`details-${to}`}>
                  <summary>{t("admin.moveTo", { status: t(`status.${to}`) })}</summary>
                  <ActionForm id={`step-${to}`} action={stepAction} fields={stepFields(to)} submit={t("admin.moveTo", { status: t(`status.${to}`) })} />
                </details>
              ))}
              <details id="details-answer">
                <summary>{t("admin.answerOnly")}</summary>
                <ActionForm id="step-answer" action={stepAction} fields={stepFields(c.status)} submit={t("admin.answerSubmit")} />
              </details>
            </>
          )}
        </section>
      )}
    </div>
  );
}
