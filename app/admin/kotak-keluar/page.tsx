import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { fmtDateTime } from "@/lib/i18n/format";
import { requirePermission } from "@/lib/auth/guards.server";
import { listOutbox } from "@/lib/notifications/outbox.server";
import { db } from "@/lib/db/db.server";
import { requeueAction } from "../pengaduan/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints.outbox"))("title") };
}

// The notification outbox, admin only: messages waiting for a transport, sent, or given up on.
export default async function OutboxPage() {
  await requirePermission("outbox:read", { from: "/admin/kotak-keluar" });
  const t = await getTranslations("complaints.outbox");
  const messages = await listOutbox(db);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} /* keyboard users can scroll a wide table (axe: scrollable-region-focusable) */>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("id")}</th>
                <th scope="col">{t("created")}</th>
                <th scope="col">{t("channel")}</th>
                <th scope="col">{t("recipient")}</th>
                <th scope="col">{t("subject")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("attempts")}</th>
                <th scope="col">{t("lastError")}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.id}</th>
                  <td>{fmtDateTime(m.createdAt)}</td>
                  <td>{m.channel}</td>
                  <td>{m.recipient}</td>
                  <td>{m.subject}</td>
                  <td>
                    {t(m.status)}
                    {m.status === "pending" && (
                      <>
                        <br />
                        <span className="muted">
                          {t("next")}: {fmtDateTime(m.nextAttemptAt)}
                        </span>
                      </>
                    )}
                    {m.status === "sent" && (
                      <>
                        <br />
                        <span className="muted">{fmtDateTime(m.sentAt)}</span>
                      </>
                    )}
                  </td>
                  <td>{m.attempts}</td>
                  <td>
                    {m.lastError ?? ""}
                    {m.status === "failed" && (
                      <ActionForm id={`requeue-${m.id}`} action={requeueAction} submit={t("requeue")} fields={[{ name: "id", label: "id", type: "hidden", defaultValue: String(m.id) }]} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
