import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import { fmtDateTime } from "@/lib/i18n/format";
import { requirePermission } from "@/lib/auth/guards.server";
import { erasedRecipient, listOutbox } from "@/lib/notifications/outbox.server";
import { db } from "@/lib/db/db.server";
import { requeueAction } from "@/app/admin/pengaduan/actions";

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
      <WorkspaceTable
        scroll
        empty={t("empty")}
        rows={messages}
        rowKey={(m) => m.id}
        columns={[
          { header: t("id"), rowHeader: true, cell: (m) => m.id },
          { header: t("created"), cell: (m) => fmtDateTime(m.createdAt) },
          { header: t("channel"), cell: (m) => m.channel },
          { header: t("recipient"), cell: (m) => m.recipient },
          { header: t("subject"), cell: (m) => m.subject },
          {
            header: t("status"),
            cell: (m) => (
              <>
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
              </>
            ),
          },
          { header: t("attempts"), cell: (m) => m.attempts },
          {
            header: t("lastError"),
            // A message whose recipient was erased (lib/privacy) says so in the workspace's language and
            // offers no "try again": it has nowhere to go (requeue refuses it).
            cell: (m) => (
              <>
                {erasedRecipient(m) ? t("erasedBeforeDelivery") : (m.lastError ?? "")}
                {m.status === "failed" && !erasedRecipient(m) && (
                  <ActionForm
                    id={`requeue-${m.id}`}
                    action={requeueAction}
                    submit={t("requeue")}
                    fields={[{ name: "id", label: "id", type: "hidden", defaultValue: String(m.id) }]}
                  />
                )}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
