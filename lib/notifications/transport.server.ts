// How outbox messages leave the building: SMTP (nodemailer) when SMTP_URL is set, else an HTTP
// webhook (NOTIFY_WEBHOOK_URL: an SMS/WhatsApp gateway or a chat channel) that receives every
// message as JSON; with neither, nothing is sent and messages wait in the outbox, visible to the
// admin at /admin/kotak-keluar. Phone numbers can only go through the webhook.
import nodemailer from "nodemailer";

export type OutboxMessage = { id: number; channel: string; recipient: string; subject: string; body: string; html?: string | null };
export type Transport = { name: string; channels: readonly string[]; send: (m: OutboxMessage) => Promise<void> };

const WEBHOOK_TIMEOUT_MS = 10_000;

export function transportsFromEnv(env: Record<string, string | undefined> = process.env): Transport[] {
  const transports: Transport[] = [];
  if (env.SMTP_URL) {
    const mailer = nodemailer.createTransport(env.SMTP_URL);
    const from = env.SMTP_FROM || "Rapor Layanan <no-reply@localhost>";
    transports.push({
      name: "smtp",
      channels: ["email"],
      send: async (m) => {
        await mailer.sendMail({ from, to: m.recipient, subject: m.subject, text: m.body, ...(m.html ? { html: m.html } : {}) });
      },
    });
  }
  if (env.NOTIFY_WEBHOOK_URL) transports.push(webhookTransport(env.NOTIFY_WEBHOOK_URL));
  return transports;
}

export function webhookTransport(url: string): Transport {
  return {
    name: "webhook",
    channels: ["email", "phone"],
    send: async (m) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": `rapor-outbox-${m.id}` },
        body: JSON.stringify({ id: m.id, channel: m.channel, recipient: m.recipient, subject: m.subject, body: m.body, ...(m.html ? { html: m.html } : {}) }),
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        redirect: "error",
      });
      if (!response.ok) throw new Error(`webhook answered ${response.status}`);
    },
  };
}
