import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm, type FormField } from "@/components/admin/action-form";
import { headers } from "next/headers";
import { publicBaseUrl } from "@/lib/http/base-url";
import { fmtDate, fmtDateTime } from "@/lib/i18n/format";
import { replyLinks, replyMessage } from "@/lib/complaints/reply";
import { requirePermission } from "@/lib/auth/guards.server";
import { can, unitScope } from "@/lib/auth/permissions";
import { ACTIONS, allowedNext, FINAL, SEVERITIES, type ComplaintStatus } from "@/lib/complaints/lifecycle";
import { caseUnitId, getCase } from "@/lib/complaints/cases.server";
import { db } from "@/lib/db/db.server";
import { stepAction } from "../actions";
import { closeDuplicateAction } from "../record-actions";
import { one } from "@/lib/http/search-params";
import { recordId } from "@/lib/http/record-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints.admin"))("title") };
}

export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ dicatat?: string }> }) {
  const { id: raw } = await params;
  const justRecorded = one((await searchParams).dicatat) === "1";
  const from = `/admin/pengaduan/${encodeURIComponent(raw)}`;
  const signedIn = await requirePermission("complaint:read", { from });
  const id = recordId(raw) ?? 0; // 0 is no record
  const unitId = await caseUnitId(db, id);
  if (unitId === null) notFound();
  // Out of scope is refused before anything of the case is read (a unit head and another unit's case).
  if (!can(signedIn, "complaint:read", unitId)) forbidden();
  const c = await getCase(db, id, unitScope(signedIn));
  if (!c) notFound();
  const t = await getTranslations("complaints");
  const tch = await getTranslations("complaintChannels");
  const handles = can(signedIn, "complaint:handle", unitId);
  const trackingUrl = `${publicBaseUrl(await headers())}/lacak/${c.trackingCode}`;
  const reply = replyLinks(c.reporter?.phone, replyMessage({ trackingCode: c.trackingCode, trackingUrl, unitName: c.unit.name, answer: c.publicAnswer }));
  const recorder = c.channel !== "web" && c.channel !== "api" ? c.events[0]?.actor?.name : null;

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
      {justRecorded && (
        <p role="status" className="ok" id="recorded">
          {tch("record.recorded", { code: c.trackingCode })}
        </p>
      )}
      {c.escalate && (
        <p className="flag flag-escalate" role="note">
          {t("admin.escalated")}
        </p>
      )}
      {/* Issue 12: channel, reply links, reopenings, the Inspektorat, duplicates and verdicts. */}
      {c.inspectorateAt && (
        <p className="flag flag-escalate" role="note" id="case-inspectorate">
          {tch("case.inspectorate")}
        </p>
      )}
      {c.reopenedAt && (
        <p role="note" id="case-reopened">
          {tch("case.reopened", { count: c.reopenCount, date: fmtDateTime(c.reopenedAt) })}
        </p>
      )}
      {c.possibleDuplicates.length > 0 && (
        <section aria-labelledby="duplicates" className="flag-box" id="case-duplicates">
          <h2 id="duplicates">{tch("duplicates.heading")}</h2>
          <p>{tch("duplicates.intro")}</p>
          <ul>
            {c.possibleDuplicates.map((d) => (
              <li key={d.id}>
                <Link href={`/admin/pengaduan/${d.id}`}>{d.trackingCode}</Link> · {t(`status.${d.status}`)} · {fmtDateTime(d.receivedAt)}
                {handles && !FINAL.has(c.status) && d.duplicateOfId === null && (
                  <details id={`details-duplicate-${d.id}`}>
                    <summary>{tch("duplicates.closeAs", { code: d.trackingCode })}</summary>
                    <ActionForm
                      id={`duplicate-${d.id}`}
                      action={closeDuplicateAction}
                      fields={[
                        { name: "complaintId", label: "id", type: "hidden", defaultValue: String(c.id) },
                        { name: "duplicateOf", label: "of", type: "hidden", defaultValue: String(d.id) },
                        { name: "reason", label: tch("duplicates.reason"), type: "textarea", required: true },
                      ]}
                      submit={tch("duplicates.closeAs", { code: d.trackingCode })}
                    />
                  </details>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <dl className="facts">
        <dt>{t("admin.status")}</dt>
        <dd id="case-status">{t(`status.${c.status}`)}</dd>
        <dt>{t("admin.unit")}</dt>
        <dd>{c.unit.name}</dd>
        <dt>{t("admin.category")}</dt>
        <dd>{t(`categories.${c.category}`)}</dd>
        <dt>{t("admin.received")}</dt>
        <dd id="case-received">{fmtDateTime(c.receivedAt)}</dd>
        <dt>{tch("case.channel")}</dt>
        <dd id="case-channel">{tch(`channels.${c.channel}`)}</dd>
        {c.laporTicket && (
          <>
            <dt>{tch("case.laporTicket")}</dt>
            <dd id="case-lapor-ticket">{c.laporTicket}</dd>
          </>
        )}
        {recorder && (
          <>
            <dt>{tch("case.recordedBy")}</dt>
            <dd>{recorder}</dd>
          </>
        )}
        {c.duplicateOf && (
          <>
            <dt>{tch("duplicates.duplicateOf")}</dt>
            <dd id="case-duplicate-of">
              <Link href={`/admin/pengaduan/${c.duplicateOf.id}`}>{c.duplicateOf.trackingCode}</Link>
            </dd>
          </>
        )}
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
      {reply && (
        <section aria-labelledby="reply" id="case-reply">
          <h3 id="reply">{tch("reply.heading")}</h3>
          <p>{tch("reply.intro", { answer: c.publicAnswer ? "yes" : "no" })}</p>
          <p className="reply-links">
            <a href={reply.whatsapp} id="reply-whatsapp" target="_blank" rel="noopener noreferrer">
              {tch("reply.whatsapp")}
            </a>{" "}
            ·{" "}
            <a href={reply.sms} id="reply-sms">
              {tch("reply.sms")}
            </a>
          </p>
        </section>
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
      <h2>{tch("case.verdicts")}</h2>
      {c.verdicts.length === 0 ? (
        <p>{tch("case.noVerdicts")}</p>
      ) : (
        <ul id="case-verdicts">
          {c.verdicts.map((v) => (
            <li key={v.round}>
              {tch("case.verdictRound", { round: v.round + 1 })}: <strong>{v.satisfied ? tch("case.satisfied") : tch("case.notSatisfied")}</strong> · {fmtDateTime(v.createdAt)}
              {v.reason && (
                <>
                  <br />
                  {tch("case.verdictReason")}: {v.reason}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
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
