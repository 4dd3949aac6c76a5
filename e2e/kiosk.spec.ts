// Kiosk mode in a real browser (issue 15): pairing from the workspace, answers kept through a
// network drop and a reload and counted once, a repeated id stored once, a revoked device asked to
// pair again (keeping its queue), the idle reset and the per-device gap. Each test makes its own
// unit and device, so its figures touch nobody else's; time-dependent rules run on Playwright's
// clock (page.clock), never on waits.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import { dbGet, dbRun, publicDataChanged } from "./db-helpers";
import { DEMO, expect as baseExpect, sessionCookie, test } from "./fixtures";
import { createUnitWithHead } from "./plan-helpers";
import { expectAccessible } from "./accessibility";

// Waits for a state, with room for a busy machine (these tests drive a whole screen).
const expect = baseExpect.configure({ timeout: 20_000 });

const ANSWERS = [4, 3, 3, 4, 3, 2, 4, 3, 3];

function newUnit(minSeconds = 20) {
  const slug = `kios-e2e-${randomBytes(4).toString("hex")}`;
  const now = new Date().toISOString();
  const typeId = dbGet<{ id: number }>(`SELECT id FROM "UnitType" WHERE code = 'dinas'`).id;
  const id = Number(
    dbRun(
      `INSERT INTO "Unit" (slug, name, "typeId", "headName", "headPhone", active, "kioskMinSeconds", "kioskMaxPerHour", "createdAt", "updatedAt") VALUES (?, ?, ?, 'Kepala Uji', '+62 812-0000-9999', 1, ?, 120, ?, ?)`,
      slug,
      `Kantor Uji Kios ${slug.slice(-8)}`,
      typeId,
      minSeconds,
      now,
      now,
    ).lastInsertRowid,
  );
  publicDataChanged();
  return { id, slug, name: `Kantor Uji Kios ${slug.slice(-8)}` };
}

/** A device paired directly in the database, its token given to the browser as the pairing would. */
async function pairedDevice(context: BrowserContext, baseURL: string, unitId: number, name = "Tablet uji") {
  const token = randomBytes(32).toString("base64url");
  const hash = createHash("sha256").update(token).digest("hex");
  const now = new Date().toISOString();
  const id = Number(
    dbRun(
      `INSERT INTO "KioskDevice" ("unitId", name, "tokenHash", "pairedAt", "createdAt", "pendingCount") VALUES (?, ?, ?, ?, ?, 0)`,
      unitId,
      name,
      hash,
      now,
      now,
    ).lastInsertRowid,
  );
  await context.addCookies([{ name: "kiosk_token", value: token, url: baseURL, httpOnly: true, sameSite: "Strict" }]);
  return { id, token };
}

const storedOf = (deviceId: number) => dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "SurveyResponse" WHERE "deviceId" = ?`, deviceId).n;

async function answer(page: Page, values = ANSWERS) {
  for (const [i, value] of values.entries())
    await page
      .locator(`fieldset[data-q="u${i + 1}"] label`)
      .nth(value - 1)
      .click();
  await page.getByRole("button", { name: "Kirim penilaian saya" }).click();
}

/** One whole answer: the thank-you, then (touching it, as the next visitor would) a fresh form. */
async function answerAndContinue(page: Page) {
  await answer(page);
  await expect(page.getByRole("heading", { name: "Terima kasih! Penilaian Anda telah disimpan." })).toBeVisible();
  await page.locator("#thanks").click();
  await expect(page.getByRole("button", { name: "Kirim penilaian saya" })).toBeVisible();
}

test("a unit head pairs a tablet from the workspace with a one-time link, and sees its answers", async ({ browser, page, signInAs, baseURL }) => {
  test.setTimeout(180_000); // two browsers, several pages
  // The unit's own head, not the secretariat: pairing is theirs (kiosk:manage, own unit only).
  const { unitId, slug, name, headEmail } = createUnitWithHead("kios");
  const unit = { id: unitId, slug, name };
  await signInAs(headEmail);
  await page.goto(`/admin/unit/${unit.id}/kiosk`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Perangkat kios: ${unit.name}`);
  await page.getByLabel("Nama perangkat").fill("Tablet loket 1");
  await page.getByRole("button", { name: "Tambah perangkat" }).click();
  const link = page.getByTestId("pairing-link");
  await expect(link).toBeVisible();
  await expect(page.getByRole("img", { name: "Kode QR tautan pemasangan" })).toBeVisible();
  const url = (await link.getAttribute("href"))!;
  expect(url).toMatch(new RegExp(`^${baseURL}/kiosk/pasang/[A-Za-z0-9_-]{40,}$`));
  await expectAccessible(page);
  // Only the hash of the code is stored.
  const device = dbGet<{ id: number; pairingCodeHash: string }>(`SELECT id, "pairingCodeHash" FROM "KioskDevice" WHERE "unitId" = ?`, unit.id);
  expect(device.pairingCodeHash).toBe(createHash("sha256").update(url.split("/").pop()!).digest("hex"));

  // The tablet: its own browser, no workspace session.
  const tablet = await browser.newContext();
  const screen = await tablet.newPage();
  await screen.goto(url);
  await expect(screen.getByText(`"Tablet loket 1" milik ${unit.name}`)).toBeVisible();
  await screen.getByRole("button", { name: "Pasangkan dan buka kios" }).click();
  await expect(screen).toHaveURL(/\/kiosk$/);
  await expect(screen.getByRole("heading", { level: 1 })).toHaveText("Bagaimana layanan kami hari ini?");
  await expect(screen.locator("fieldset[data-q]")).toHaveCount(9);
  await expect(screen.getByRole("link")).toHaveCount(0); // nothing leads away from the kiosk
  await expectAccessible(screen);
  await answerAndContinue(screen);
  await expect.poll(() => storedOf(device.id)).toBe(1);
  expect(dbGet<{ channel: string }>(`SELECT channel FROM "SurveyResponse" WHERE "deviceId" = ?`, device.id).channel).toBe("kiosk");

  // The link worked once.
  const again = await tablet.newPage();
  expect((await again.goto(url))!.status()).toBe(404);
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("Tautan pemasangan tidak berlaku");
  await tablet.close();

  await page.reload();
  const row = page.locator(`tr[data-device="Tablet loket 1"]`);
  await expect(row.getByRole("cell").nth(0)).toHaveText("Terpasang");
  await expect(row.getByRole("cell").nth(2)).toHaveText("1"); // answers today

  // The unit's public page says how its answers were collected.
  await page.goto(`/unit/${unit.slug}`);
  await expect(page.getByTestId("channels")).toContainText("0 lewat halaman survei, 1 di kios loket, 0 lewat API");
});

test("answers made offline, through a reload, are stored exactly once when the network returns", async ({ context, page, baseURL }) => {
  test.setTimeout(180_000); // five whole answers in the browser
  const unit = newUnit(0); // this test is about the queue, not the gap between answers
  const device = await pairedDevice(context, baseURL!, unit.id);
  await page.goto("/kiosk");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await answerAndContinue(page);
  await answerAndContinue(page);
  await expect.poll(() => storedOf(device.id)).toBe(2);

  await context.setOffline(true);
  for (let i = 0; i < 3; i++) await answerAndContinue(page);
  await expect(page.getByRole("status").first()).toContainText("Menunggu dikirim: 3");
  await page.reload(); // served by the service worker
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bagaimana layanan kami hari ini?");
  await expect(page.locator("#status")).toContainText("Menunggu dikirim: 3");
  expect(storedOf(device.id)).toBe(2);

  await context.setOffline(false);
  await expect.poll(() => storedOf(device.id)).toBe(5);
  await expect(page.locator("#status")).not.toContainText("Menunggu dikirim");
  const rows = dbGet<{ n: number; keys: number }>(
    `SELECT COUNT(*) AS n, COUNT(DISTINCT "idempotencyKey") AS keys FROM "SurveyResponse" WHERE "deviceId" = ?`,
    device.id,
  );
  expect(rows).toEqual({ n: 5, keys: 5 });
});

test("a repeated answer id is stored once and answered with the first result", async ({ playwright, baseURL, context }) => {
  const unit = newUnit();
  const device = await pairedDevice(context, baseURL!, unit.id);
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${device.token}` } });
  const key = randomUUID();
  const body = { unit: unit.slug, answers: Object.fromEntries(ANSWERS.map((a, i) => [`u${i + 1}`, a])), madeAt: new Date().toISOString() };
  const answers = await Promise.all(Array.from({ length: 5 }, () => api.post("/api/v1/surveys", { data: body, headers: { "Idempotency-Key": key } })));
  expect(answers.map((r) => r.status())).toEqual([201, 201, 201, 201, 201]);
  const ids = new Set(await Promise.all(answers.map(async (r) => (await r.json()).id)));
  expect(ids.size).toBe(1);
  expect(storedOf(device.id)).toBe(1);
  // Any client may send the key: a phone's retry is stored once too.
  const phone = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.7` } });
  const phoneKey = randomUUID();
  const first = await phone.post("/api/v1/surveys", { data: { unit: unit.slug, answers: body.answers }, headers: { "Idempotency-Key": phoneKey } });
  const second = await phone.post("/api/v1/surveys", { data: { unit: unit.slug, answers: body.answers }, headers: { "Idempotency-Key": phoneKey } });
  expect(first.status()).toBe(201);
  expect(await second.json()).toEqual(await first.json());
  expect(second.headers()["idempotent-replayed"]).toBe("true");
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "SurveyResponse" WHERE "idempotencyKey" = ?`, phoneKey).n).toBe(1);
  await api.dispose();
  await phone.dispose();
});

test("a revoked device is refused and asks to be paired again, keeping its queue", async ({ browser, context, page, baseURL }) => {
  test.setTimeout(180_000); // two browsers, a pairing
  const unit = newUnit();
  const device = await pairedDevice(context, baseURL!, unit.id, "Tablet dicabut");
  await page.goto("/kiosk");
  await expect(page.locator("fieldset[data-q]")).toHaveCount(9);
  // An answer waits in the queue (the network is down) while the device is revoked.
  await context.setOffline(true);
  await answer(page);
  await expect(page.locator("#status")).toContainText("Menunggu dikirim: 1");

  const workspace = await browser.newContext();
  const admin = await workspace.newPage();
  await workspace.addCookies([await sessionCookie(DEMO.admin, baseURL!)]);
  await admin.goto(`/admin/unit/${unit.id}/kiosk`);
  // "Cabut" asks first: one click revokes nothing.
  await admin.locator("summary", { hasText: "Cabut" }).click();
  await expect(admin.getByText(`Cabut "Tablet dicabut"? Perangkat ini tidak dapat mengirim jawaban lagi`)).toBeVisible();
  expect(dbGet<{ revokedAt: string | null }>(`SELECT "revokedAt" FROM "KioskDevice" WHERE id = ?`, device.id).revokedAt).toBeNull();
  await expect(admin.locator(`tr[data-device="Tablet dicabut"]`).getByRole("cell").nth(0)).not.toHaveText("Dicabut");
  await admin.getByRole("button", { name: `Ya, cabut "Tablet dicabut"` }).click();
  await expect(admin.locator(`tr[data-device="Tablet dicabut"]`).getByRole("cell").nth(0)).toHaveText("Dicabut");

  await context.setOffline(false);
  await expect(page.getByRole("heading", { name: "Perangkat ini perlu dipasangkan lagi" })).toBeVisible();
  await expect(page.locator("#unpaired-pending")).toHaveText("Menunggu dikirim: 1");
  expect(storedOf(device.id)).toBe(0);
  // The API says why.
  const refused = await page.evaluate(() =>
    fetch("/api/v1/surveys", { method: "POST", headers: { "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() }, body: "{}" }).then(
      async (r) => ({ status: r.status, body: await r.json() }),
    ),
  );
  expect(refused).toMatchObject({ status: 401, body: { error: "kiosk_unpaired" } });

  // Paired again with a new link: the kept answer is sent.
  await admin.getByRole("button", { name: "Tautan pemasangan baru: Tablet dicabut" }).click();
  const url = (await admin.getByTestId("pairing-link").getAttribute("href"))!;
  await workspace.close();
  await page.goto(url);
  await page.getByRole("button", { name: "Pasangkan dan buka kios" }).click();
  await expect(page.locator("fieldset[data-q]")).toHaveCount(9);
  await expect.poll(() => storedOf(device.id)).toBe(1);
});

test("the idle reset clears a half-filled form after 60 seconds without a touch", async ({ context, page, baseURL }) => {
  test.setTimeout(90_000);
  const unit = newUnit();
  await pairedDevice(context, baseURL!, unit.id);
  await page.clock.install();
  await page.goto("/kiosk");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How was our service today?");
  await page.locator(`fieldset[data-q="u1"] label`).nth(3).click();
  await page.locator(`fieldset[data-q="u2"] label`).nth(2).click();
  await page.clock.fastForward(50_000);
  await page.locator(`fieldset[data-q="u3"] label`).nth(1).click(); // a touch starts the minute again
  await page.clock.fastForward(50_000);
  await expect(page.locator("input:checked")).toHaveCount(3);
  await page.clock.fastForward(11_000);
  await expect(page.locator("input:checked")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bagaimana layanan kami hari ini?");
});

test("the 20-second rule refuses a faster answer with a message", async ({ context, page, baseURL }) => {
  test.setTimeout(90_000);
  const unit = newUnit(20);
  const device = await pairedDevice(context, baseURL!, unit.id);
  await page.clock.install();
  await page.goto("/kiosk");
  await answer(page);
  await expect(page.getByRole("heading", { name: "Terima kasih! Penilaian Anda telah disimpan." })).toBeVisible();
  await page.clock.fastForward(5_000); // the thank-you gives way to a fresh form by itself
  await expect(page.getByRole("button", { name: "Kirim penilaian saya" })).toBeVisible();
  await expect.poll(() => storedOf(device.id)).toBe(1);

  await answer(page);
  await expect(page.getByRole("alert")).toHaveText("Mohon tunggu 20 detik setelah penilaian sebelumnya sebelum mengirim lagi.");
  await expect(page.locator("input:checked")).toHaveCount(9); // the answer stays on screen
  // The server counts the same rule on the device's time.
  const first = dbGet<{ submittedAt: string }>(`SELECT "submittedAt" FROM "SurveyResponse" WHERE "deviceId" = ?`, device.id).submittedAt;
  const madeAt = new Date(new Date(first).getTime() + 10_000).toISOString();
  const refused = await page.evaluate(
    ([slug, at]) =>
      fetch("/api/v1/surveys", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
        body: JSON.stringify({ unit: slug, answers: { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 }, madeAt: at }),
      }).then(async (r) => ({ status: r.status, body: await r.json() })),
    [unit.slug, madeAt],
  );
  expect(refused).toEqual({ status: 429, body: { error: "kiosk_too_soon", message: "Jawaban dari perangkat ini harus berjarak paling sedikit 20 detik." } });

  await page.clock.fastForward(16_000);
  await page.getByRole("button", { name: "Kirim penilaian saya" }).click();
  await expect(page.getByRole("heading", { name: "Terima kasih! Penilaian Anda telah disimpan." })).toBeVisible();
  await expect.poll(() => storedOf(device.id)).toBe(2);
});
