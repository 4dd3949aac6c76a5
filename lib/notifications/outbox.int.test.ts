// Delivery of the outbox through a real HTTP webhook on a local server, on both databases: sent
// messages are marked sent once, failures are retried with backoff and finally marked failed
// (never lost), messages no transport can carry wait untouched, and a failed one can be requeued.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";
import { deliverPending, enqueue, requeue } from "./outbox.server";
import { transportsFromEnv, webhookTransport } from "./transport.server";

type Received = { headers: Record<string, string | string[] | undefined>; body: Record<string, unknown> };

let server: Server;
let url = "";
let answer = 200;
const received: Received[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = "";
    req.on("data", (chunk) => (data += chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: JSON.parse(data) });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describeEachDatabase("notification outbox delivery", ({ db }) => {
  const now = new Date("2026-11-22T00:00:00Z");
  beforeEach(async () => {
    await db().notificationOutbox.deleteMany();
    received.length = 0;
    answer = 200;
  });

  it("sends due messages to the webhook once and marks them sent", async () => {
    await enqueue(
      db(),
      [
        { channel: "email", recipient: "kepala@uji.example", subject: "Pengaduan baru", body: "Buka /admin/pengaduan/1" },
        { channel: "phone", recipient: "081299990001", subject: "Perkembangan", body: "Lihat /lacak/ABCD-EFGH-JKMN" },
      ],
      now,
    );
    const report = await deliverPending(db(), { now, transports: [webhookTransport(url)] });
    expect(report).toEqual({ sent: 2, failed: 0, retried: 0, waiting: 0 });
    expect(received.map((r) => r.body)).toMatchObject([
      { channel: "email", recipient: "kepala@uji.example", subject: "Pengaduan baru" },
      { channel: "phone", recipient: "081299990001" },
    ]);
    expect(received[0].headers["idempotency-key"]).toMatch(/^rapor-outbox-\d+$/);
    expect(await db().notificationOutbox.count({ where: { status: "sent", attempts: 1 } })).toBe(2);
    // A second round has nothing left to send.
    expect(await deliverPending(db(), { now: new Date(now.getTime() + 3_600_000), transports: [webhookTransport(url)] })).toMatchObject({ sent: 0 });
    expect(received).toHaveLength(2);
  });

  it("retries a failing webhook with backoff, then gives up visibly, and can be requeued", async () => {
    await enqueue(db(), [{ channel: "email", recipient: "kepala@uji.example", subject: "s", body: "b" }], now);
    answer = 503;
    let clock = now;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // Not due before its next attempt.
      const early = await deliverPending(db(), { now: new Date(clock.getTime() - 1), transports: [webhookTransport(url)] });
      if (attempt > 1) expect(early.sent + early.retried + early.failed).toBe(0);
      const report = await deliverPending(db(), { now: clock, transports: [webhookTransport(url)] });
      const row = await db().notificationOutbox.findFirstOrThrow();
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toContain("503");
      if (attempt < MAX_ATTEMPTS) {
        expect(report.retried).toBe(1);
        expect(row.status).toBe("pending");
        expect(row.nextAttemptAt.getTime()).toBe(clock.getTime() + retryDelayMs(attempt));
        clock = row.nextAttemptAt;
      } else {
        expect(report.failed).toBe(1);
        expect(row.status).toBe("failed");
      }
    }
    expect(received).toHaveLength(MAX_ATTEMPTS);
    answer = 200;
    const row = await db().notificationOutbox.findFirstOrThrow();
    expect(await requeue(db(), row.id, clock)).toBe(true);
    expect(await deliverPending(db(), { now: clock, transports: [webhookTransport(url)] })).toMatchObject({ sent: 1 });
    expect(await requeue(db(), row.id, clock)).toBe(false); // only failed messages go back
  });

  it("leaves messages pending when no transport is configured, and phones wait for a webhook", async () => {
    await enqueue(
      db(),
      [
        { channel: "email", recipient: "a@uji.example", subject: "s", body: "b" },
        { channel: "phone", recipient: "081299990001", subject: "s", body: "b" },
      ],
      now,
    );
    expect(transportsFromEnv({})).toEqual([]);
    expect(await deliverPending(db(), { now, transports: [] })).toEqual({ sent: 0, failed: 0, retried: 0, waiting: 2 });
    // An SMTP-only set-up carries email, not phone numbers (the SMTP server is unreachable here: a retry).
    const smtp = transportsFromEnv({ SMTP_URL: "smtp://127.0.0.1:1" });
    expect(smtp.map((t) => t.name)).toEqual(["smtp"]);
    const report = await deliverPending(db(), { now, transports: smtp });
    expect(report).toMatchObject({ sent: 0, retried: 1, waiting: 1 });
    expect(await db().notificationOutbox.count({ where: { status: "pending", attempts: 0, channel: "phone" } })).toBe(1);
    expect(received).toHaveLength(0);
  });
});
