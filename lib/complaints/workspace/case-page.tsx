// A complaint's page on the desk (/admin/pengaduan/<id>), section by section: the notices at its
// top (just recorded, escalated, the Inspektorat, reopened), possible duplicates, the case's facts
// with its reporter and reply links, its deadlines, answer, verdicts and history, and the next
// steps for those who handle it. The page passes the server actions in (they live beside the route).
import Link from "@/components/admin/link";
import { getTranslations } from "next-intl/server";
import { ActionForm, type FormAction, type FormField } from "@/components/admin/action-form";
import { fmtDate, fmtDateTime } from "@/lib/i18n/format";
import { displayPhone, type replyLinks } from "@/lib/complaints/reply";
import { ACTIONS, allowedNext, FINAL, NEEDS_ANSWER, SEVERITIES, type ComplaintStatus } from "@/lib/complaints/lifecycle";
import type { CaseDetail } from "@/lib/complaints/cases.server";

export async function CaseNotices({ c, justRecorded }: { c: CaseDetail; justRecorded: boolean }) {
  const t = await getTranslations("complaints");
  const tch = await getTranslations("complaintChannels");
  return (
    <>
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
    </>
  );
}

export async function DuplicatesSection({ c, handles, closeDuplicate }: { c: CaseDetail; handles: boolean; closeDuplicate: FormAction }) {
  const t = await getTranslations("complaints");
  const tch = await getTranslations("complaintChannels");
  return (
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
                  action={closeDuplicate}
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
  );
}

/** The facts, the description and the reporter, with links to reply to them where they gave a phone. */
export async function CaseDetails({
  c,
  recorder,
  reply,
  erasedAt = null,
  mail,
}: {
  c: CaseDetail;
  recorder: string | null | undefined;
  reply: ReturnType<typeof replyLinks>;
  /** When the reporter's contact was erased (lib/privacy), for a reporter whose fields are all empty. */
  erasedAt?: Date | null;
  mail: string | null;
}) {
  const t = await getTranslations("complaints");
  const tch = await getTranslations("complaintChannels");
  return (
    <>
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
      {c.reporter && !c.reporter.name && !c.reporter.phone && !c.reporter.email ? (
        <p id="case-reporter">{erasedAt ? t("admin.reporterErased", { date: fmtDateTime(erasedAt) }) : t("admin.anonymous")}</p>
      ) : c.reporter ? (
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
              <dd>{displayPhone(c.reporter.phone)}</dd>
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
      {(reply || mail) && (
        <section aria-labelledby="reply" id="case-reply">
          <h3 id="reply">{tch("reply.heading")}</h3>
          <p>{tch("reply.intro", { answer: c.publicAnswer ? "yes" : "no" })}</p>
          <p className="reply-links">
            {reply && (
              <>
                <a href={reply.whatsapp} id="reply-whatsapp" target="_blank" rel="noopener noreferrer">
                  {tch("reply.whatsapp")}
                </a>{" "}
                ·{" "}
                <a href={reply.sms} id="reply-sms">
                  {tch("reply.sms")}
                </a>
              </>
            )}
            {reply && mail && " · "}
            {mail && (
              <a href={mail} id="reply-email">
                {tch("reply.email")}
              </a>
            )}
          </p>
        </section>
      )}
    </>
  );
}

/** The deadlines, the public answer, the citizen's verdicts and the history of steps. */
export async function CaseProgress({ c }: { c: CaseDetail }) {
  const t = await getTranslations("complaints");
  const tch = await getTranslations("complaintChannels");
  return (
    <>
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
              {tch("case.verdictRound", { round: v.round + 1 })}: <strong>{v.satisfied ? tch("case.satisfied") : tch("case.notSatisfied")}</strong> ·{" "}
              {fmtDateTime(v.createdAt)}
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
            {e.actor?.role === "inspector" ? ` (${t("admin.inspectorRole")})` : ""}
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
                {t("admin.progressNote")}: {e.publicNote}
              </>
            )}
            {e.answer && (
              <>
                <br />
                {t("admin.answer")}: {e.answer}
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * The steps the case may take next, and a note without a step, for those who handle it. The
 * answer field is required where the step needs the answer of this round; once the case is with
 * the Inspektorat, only an inspector is offered the steps and the answer (the server refuses
 * them to anyone else too), others a progress note and evidence.
 */
export async function NextSteps({ c, step, inspector }: { c: CaseDetail; step: FormAction; inspector: boolean }) {
  const t = await getTranslations("complaints");
  const answered = c.answeredAt !== null;
  const decides = !c.inspectorateAt || inspector;
  const stepFields = (to: ComplaintStatus): FormField[] => {
    const fields: FormField[] = [
      { name: "complaintId", label: "id", type: "hidden", defaultValue: String(c.id) },
      { name: "to", label: "to", type: "hidden", defaultValue: to },
    ];
    if (to === c.status) {
      fields.push({ name: "publicNote", label: t("admin.publicNote"), type: "textarea", hint: t("admin.publicNoteHint") });
      if (decides) fields.push({ name: "answer", label: t("admin.answerField"), type: "textarea", hint: t("admin.answerHint") });
      return [...fields, { name: "evidence", label: t("admin.evidence"), type: "textarea" }];
    }
    fields.push({ name: "reason", label: t("admin.reason"), type: "textarea", required: true });
    if (to === "substantiated" || to === "unsubstantiated") fields.push({ name: "evidence", label: t("admin.evidence"), type: "textarea", required: true });
    if (to === "action_taken") {
      const choose = { value: "", label: t("admin.choose") };
      fields.push(
        {
          name: "action",
          label: t("admin.action"),
          type: "select",
          required: true,
          options: [choose, ...ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}`) }))],
        },
        {
          name: "severity",
          label: t("admin.severity"),
          type: "select",
          required: true,
          options: [choose, ...SEVERITIES.map((s) => ({ value: s, label: t(`severities.${s}`) }))],
        },
      );
    }
    fields.push({ name: "publicNote", label: t("admin.publicNote"), type: "textarea", hint: t("admin.publicNoteHint") });
    const needsAnswer = to === "rejected" || (NEEDS_ANSWER.has(to) && !answered);
    fields.push({
      name: "answer",
      label: t("admin.answerField"),
      type: "textarea",
      required: needsAnswer,
      hint: answered && NEEDS_ANSWER.has(to) ? t("admin.answerGiven") : t("admin.answerHint"),
    });
    return fields;
  };
  return (
    <section aria-labelledby="next-steps">
      <h2 id="next-steps">{t("admin.nextSteps")}</h2>
      {FINAL.has(c.status) ? (
        <p>{t("admin.final")}</p>
      ) : (
        <>
          {!decides && <p id="inspectorate-decides">{t("admin.inspectorateDecides")}</p>}
          {decides &&
            allowedNext(c.status).map((to) => (
              <details key={to} id={`details-${to}`}>
                <summary>{t("admin.moveTo", { status: t(`status.${to}`) })}</summary>
                <ActionForm id={`step-${to}`} action={step} fields={stepFields(to)} submit={t("admin.moveTo", { status: t(`status.${to}`) })} />
              </details>
            ))}
          <details id="details-answer">
            <summary>{decides ? t("admin.answerOnly") : t("admin.noteOnly")}</summary>
            <ActionForm id="step-answer" action={step} fields={stepFields(c.status)} submit={t("admin.answerSubmit")} />
          </details>
        </>
      )}
    </section>
  );
}
