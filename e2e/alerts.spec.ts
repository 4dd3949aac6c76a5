// Alerts end to end: twelve unhappy answers to one unit within ten minutes put one alert in the
// outbox to its head (raised by `npm run notify:due`, as cron runs it every minute); the head
// acknowledges it in the workspace with a note; the secretariat's list shows it acknowledged.
// And at once: answers submitted through the survey API raise the alert as they are stored, with
// no notify:due run, told to the head in the language they chose.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expectAccessible } from "./accessibility";
import { dbGet, dbRun, publicDataChanged } from "./db-helpers";
import { DEMO, expect, test } from "./fixtures";

const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? ".e2e/data");

test("an unhappy room alerts its head, who acknowledges; the secretariat sees it acknowledged", async ({ page, context, signInAs }) => {
  test.setTimeout(180_000); // two runs of the notify:due command, each a process of its own (tsx, Prisma)
  // A unit and head of this test's own, so that no other spec's answers share its window.
  const tag = `peringatan-${Date.now()}`;
  const email = `${tag}@kepala.example`;
  const now = new Date().toISOString();
  const typeId = dbGet<{ id: number }>(`SELECT id FROM "UnitType" ORDER BY id LIMIT 1`).id;
  const unitId = Number(
    dbRun(
      `INSERT INTO "Unit" (slug, name, "typeId", "headName", "headPhone", "updatedAt") VALUES (?, ?, ?, 'Kepala Uji', '+62 812-0000-2626', ?)`,
      tag,
      `Unit Uji Peringatan ${tag.slice(-6)}`,
      typeId,
      now,
    ).lastInsertRowid,
  );
  dbRun(`INSERT INTO "User" (email, name, "passwordHash", role, "unitId", "updatedAt") VALUES (?, 'Kepala Uji', 'x', 'unit_head', ?, ?)`, email, unitId, now);
  // Twelve unhappy answers (all values 2, waiting time 1) over the last ten minutes.
  for (let i = 0; i < 12; i++) {
    dbRun(
      `INSERT INTO "SurveyResponse" ("unitId", "submittedAt", u1, u2, u3, u4, u5, u6, u7, u8, u9, channel) VALUES (?, ?, 2, 2, 1, 2, 2, 2, 2, 2, 2, 'web')`,
      unitId,
      new Date(Date.now() - (10 * 60_000 * i) / 12).toISOString(),
    );
  }
  const notifyDue = () =>
    execFileSync("npx", ["tsx", "scripts/notify-due.ts"], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, "rapor.db")}` },
      encoding: "utf8",
    });
  expect(notifyDue()).toMatch(/[1-9]\d* alert\.unhappy/);
  notifyDue(); // the next minute's run: nothing more
  const queued = dbGet<{ n: number; subject: string }>(
    `SELECT COUNT(*) AS n, MAX(subject) AS subject FROM "NotificationOutbox" WHERE recipient = ? AND subject LIKE 'Peringatan%'`,
    email,
  );
  expect(queued).toEqual({ n: 1, subject: `Peringatan: banyak warga tidak puas di Unit Uji Peringatan ${tag.slice(-6)}` });

  // The head acknowledges it.
  await signInAs(email);
  await page.goto("/admin/peringatan");
  const row = page.locator(`#alerts tr[data-unit="${unitId}"]`);
  await expect(row).toHaveAttribute("data-state", "open");
  await expect(row).toContainText("12 tidak puas dari 12");
  await expect(row).toContainText("Waktu penyelesaian");
  await expectAccessible(page);
  const alertId = await row.getAttribute("data-alert");
  const form = page.locator(`#ack-${alertId}`);
  await form.getByRole("button", { name: "Tanggapi peringatan" }).click();
  await expect(form.getByRole("alert")).toBeVisible(); // an empty note is refused with its field's message
  await expect(form.locator(`#ack-${alertId}-note-error`)).toHaveText("Tulis tindakan yang diambil (sedikitnya 5 huruf).");
  await form.getByLabel("Tindakan yang diambil").fill("Loket tambahan dibuka, antrean diurai.");
  await form.getByRole("button", { name: "Tanggapi peringatan" }).click();
  // Acknowledged, the alert leaves the open ones (its form with it) and says what was done.
  await expect(row).toHaveAttribute("data-state", "acknowledged");
  await expect(row.locator('[data-cell="state"]')).toContainText("Loket tambahan dibuka, antrean diurai.");

  // The secretariat's list shows it acknowledged.
  await context.clearCookies();
  await signInAs(DEMO.admin);
  await page.goto("/admin/peringatan?state=acknowledged");
  const acknowledged = page.locator(`#alerts tr[data-alert="${alertId}"]`);
  await expect(acknowledged).toHaveAttribute("data-state", "acknowledged");
  await expect(acknowledged.locator('[data-cell="state"]')).toContainText("Loket tambahan dibuka, antrean diurai.");
  await expectAccessible(page);
});

test("the head hears at once: unhappy answers through the survey API raise the alert as they are stored", async ({ request }) => {
  const tag = `seketika-${Date.now()}`;
  const email = `${tag}@kepala.example`;
  const now = new Date().toISOString();
  const typeId = dbGet<{ id: number }>(`SELECT id FROM "UnitType" ORDER BY id LIMIT 1`).id;
  const name = `Unit Uji Seketika ${tag.slice(-6)}`;
  const unitId = Number(
    dbRun(
      `INSERT INTO "Unit" (slug, name, "typeId", "headName", "headPhone", "updatedAt") VALUES (?, ?, ?, 'Kepala Uji', '+62 812-0000-2627', ?)`,
      tag,
      name,
      typeId,
      now,
    ).lastInsertRowid,
  );
  dbRun(
    `INSERT INTO "User" (email, name, "passwordHash", role, "unitId", language, "updatedAt") VALUES (?, 'Head', 'x', 'unit_head', ?, 'en', ?)`,
    email,
    unitId,
    now,
  );
  publicDataChanged(); // the survey serves the new unit on its next request
  // Four unhappy answers, each from its own address: the fourth reaches the rule's four answers.
  for (let i = 0; i < 4; i++) {
    const response = await request.post("/api/v1/surveys", {
      data: { unit: tag, answers: { u1: 2, u2: 2, u3: 1, u4: 2, u5: 2, u6: 2, u7: 2, u8: 2, u9: 2 } },
      headers: { "x-forwarded-for": `198.51.100.${(Date.now() + i) % 250}` },
    });
    expect(response.status()).toBe(201);
  }
  await expect
    .poll(() => dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "Alert" WHERE "unitId" = ? AND kind = 'unhappy'`, unitId).n, { timeout: 30_000 })
    .toBe(1);
  expect(dbGet<{ subject: string }>(`SELECT subject FROM "NotificationOutbox" WHERE recipient = ?`, email)).toEqual({
    subject: `Alert: many citizens unhappy at ${name}`,
  });
});
