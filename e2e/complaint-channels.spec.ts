// Issue 12 end to end: a head records a WhatsApp complaint received days ago (deadlines from the
// receipt, a WhatsApp reply link with the code); the reporter, with JavaScript off, is not
// satisfied and the case goes back to verification; a second reopening reaches the inspectors;
// a closed case is reopened within the window; refused verdicts say why and change nothing; a
// complaint recorded twice is flagged and closed as a duplicate, and leaves the counts. Each test
// owns its unit (created here) or its cases, so parallel specs do not see each other's figures.
// One file of over 400 lines on purpose: its tests share the unit-and-case builders at its top and
// walk one lifecycle from recording to the Inspektorat; split, each part would rebuild the others.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { dbGet, dbRun, publicDataChanged } from "./db-helpers";
import { DEMO, expect, sessionCookie, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

// The machine running these may be small and busy: each test gets room, and waits on states.
test.describe.configure({ timeout: 180_000 });

const rand = () => Math.floor(Math.random() * 250) + 1;
const clientAddress = () => `10.${rand()}.${rand()}.${rand()}`;
const suffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const DAY = 86_400_000;

async function contextFor(browser: Browser, baseURL: string, email: string | null, javaScriptEnabled = true): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, locale: "id-ID", javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": clientAddress() } });
  if (email) await context.addCookies([await sessionCookie(email, baseURL)]);
  return context;
}

/** A unit of this test alone, with its own head account (signed in by cookie, no password). */
function ownUnit(): { id: number; slug: string; headEmail: string } {
  const s = suffix();
  const slug = `e2e-saluran-${s}`;
  const now = new Date().toISOString();
  const type = dbGet<{ id: number }>(`SELECT id FROM "UnitType" ORDER BY id LIMIT 1`).id;
  const id = Number(
    dbRun(
      `INSERT INTO "Unit" (slug, name, "typeId", "headName", "headPhone", active, "createdAt", "updatedAt") VALUES (?, ?, ?, 'Kepala Uji', '+62 812-0000-9999', 1, ?, ?)`,
      slug,
      `Unit Uji Saluran ${s}`,
      type,
      now,
      now,
    ).lastInsertRowid,
  );
  publicDataChanged();
  const headEmail = `kepala-${s}@uji.example`;
  const old = new Date(Date.now() - 30 * DAY).toISOString();
  dbRun(
    `INSERT INTO "User" (email, name, "passwordHash", role, "unitId", active, "passwordChangedAt", "createdAt", "updatedAt") VALUES (?, ?, 'x', 'unit_head', ?, 1, ?, ?, ?)`,
    headEmail,
    `Kepala Uji ${s}`,
    id,
    old,
    old,
    old,
  );
  return { id, slug, headEmail };
}

/** A citizen's complaint through the API; returns its code and id. */
async function fileByApi(page: Page, unit = "rshd", phone = `0813${Math.floor(1e7 + Math.random() * 8e7)}`) {
  const response = await page.request.post("/api/v1/complaints", {
    headers: { "x-forwarded-for": clientAddress() },
    data: {
      unit,
      category: "delay",
      description: "Berkas saya belum selesai setelah tiga minggu menunggu di loket.",
      occurredOn: new Date().toISOString().slice(0, 10),
      anonymous: false,
      contact: { phone },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const code = ((await response.json()) as { trackingCode: string }).trackingCode;
  return { code, id: dbGet<{ id: number }>(`SELECT id FROM "Complaint" WHERE "trackingCode" = ?`, code).id };
}

/**
 * Sets a case as answered `daysAgo` (action_taken, optionally closed since), as the head's steps
 * would, with the history event the verdict window counts from. Received a day before that. The
 * stamps' days are left null, as on rows older than those columns: the figures compute them.
 */
function answeredDaysAgo(id: number, daysAgo: number, options: { closed?: boolean; round?: number } = {}) {
  const answered = new Date(Date.now() - daysAgo * DAY);
  const received = new Date(answered.getTime() - DAY).toISOString();
  const round = options.round ?? 0;
  const reopened = round > 0 ? new Date(answered.getTime() - DAY / 2).toISOString() : null;
  dbRun(
    `UPDATE "Complaint" SET status = ?, "receivedAt" = CASE WHEN "reopenCount" = 0 THEN ? ELSE "receivedAt" END, "verifiedAt" = ?, "answeredAt" = ?, "closedAt" = ?, "publicAnswer" = 'Berkas Anda sudah selesai.', action = 'advice', severity = 'minor', "reopenCount" = ?, "reopenedAt" = ?, "verifiedOnWorkingDay" = NULL, "answeredOnDay" = NULL, "closedOnDay" = NULL WHERE id = ?`,
    options.closed ? "closed" : "action_taken",
    received,
    answered.toISOString(),
    answered.toISOString(),
    options.closed ? answered.toISOString() : null,
    round,
    reopened,
    id,
  );
  dbRun(
    `INSERT INTO "ComplaintEvent" ("complaintId", "fromStatus", "toStatus", "answer", "action", "severity", "createdAt") VALUES (?, 'substantiated', 'action_taken', 'Berkas Anda sudah selesai.', 'advice', 'minor', ?)`,
    id,
    answered.toISOString(),
  );
}

const caseRow = (id: number) =>
  dbGet<{ status: string; reopenCount: number; inspectorateAt: string | null }>(
    `SELECT status, "reopenCount", "inspectorateAt" FROM "Complaint" WHERE id = ?`,
    id,
  );
const verdictCount = (id: number) => dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "ComplaintVerdict" WHERE "complaintId" = ?`, id).n;

/** The reporter's verdict on /lacak/<code> with JavaScript off. */
async function judgeOnPage(page: Page, code: string, satisfied: boolean, reason = "") {
  await page.goto(`/lacak/${code}`);
  await page.getByLabel(satisfied ? "Puas" : "Tidak puas", { exact: true }).check();
  if (reason) await page.getByLabel("Alasan").fill(reason);
  await page.getByRole("button", { name: "Kirim penilaian" }).click();
}

test("a head records a WhatsApp complaint received three days ago: deadlines from the receipt, a WhatsApp reply link with the code", async ({
  browser,
  baseURL,
}) => {
  const unit = ownUnit();
  const head = await contextFor(browser, baseURL!, unit.headEmail);
  const page = await head.newPage();
  await page.goto("/admin/pengaduan");
  await page.locator("#record-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Catat pengaduan yang diterima");
  await expectAccessible(page);
  // Three days ago, 09:30 in the city.
  const cityDay = new Date(Date.now() - 3 * DAY + 7 * 3_600_000).toISOString().slice(0, 10);
  const receivedAt = new Date(`${cityDay}T09:30:00+07:00`);
  const form = page.locator("#record");
  await expect(form.getByLabel("Unit layanan")).toHaveValue(unit.slug); // a head records for their own unit only
  await form.getByLabel("Diterima lewat").selectOption("whatsapp");
  await form.getByLabel("Waktu diterima").fill(`${cityDay}T09:30`);
  await form.getByLabel("Jenis masalah").selectOption("illegal_fee");
  await form.getByLabel("Uraian pengaduan").fill("Pelapor mengirim WhatsApp: diminta membayar biaya tambahan di loket yang tidak ada di standar layanan.");
  await form.getByLabel("Tanggal kejadian").fill(cityDay);
  await form.getByLabel("Nomor HP/WhatsApp pelapor").fill("0813-6000-1234");
  await form.getByRole("button", { name: "Catat pengaduan" }).click();

  await expect(page.locator("#recorded")).toContainText("Pengaduan dicatat dengan kode");
  const code = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Pengaduan ", "").trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(page.locator("#case-channel")).toHaveText("WhatsApp");
  const id = Number(new URL(page.url()).pathname.split("/").pop());
  // The deadlines run from the receipt, not from the recording.
  const json = await (await head.request.get(`/api/v1/workspace/complaints/${id}`)).json();
  expect(json).toMatchObject({ channel: "whatsapp", status: "received", receivedAt: receivedAt.toISOString() });
  expect(new Date(json.deadlines.answerBy).getTime()).toBe(receivedAt.getTime() + 14 * DAY);
  expect(new Date(json.deadlines.closeBy).getTime()).toBe(receivedAt.getTime() + 30 * DAY);
  expect(json.events[0]).toMatchObject({ to: "received", actor: expect.stringContaining("Kepala Uji") });
  // One tap answers back on WhatsApp, with the code and the tracking link.
  const whatsapp = await page.locator("#reply-whatsapp").getAttribute("href");
  expect(whatsapp).toMatch(/^https:\/\/wa\.me\/6281360001234\?text=/);
  const text = decodeURIComponent(whatsapp!.split("?text=")[1]);
  expect(text).toContain(code);
  expect(text).toContain(`/lacak/${code}`);
  expect(await page.locator("#reply-sms").getAttribute("href")).toMatch(/^sms:\+6281360001234\?body=/);
  await expectAccessible(page);
  // The public page of the case carries nothing of the reporter.
  const publicPage = await (await contextFor(browser, baseURL!, null, false)).newPage();
  await publicPage.goto(`/lacak/${code}`);
  const html = await publicPage.content();
  for (const secret of ["6000-1234", "6281360001234", "biaya tambahan", "Kepala Uji"]) expect(html).not.toContain(secret);
});

test("a recorded case cannot be back-dated beyond 30 days, and a LAPOR! ticket makes one case only", async ({ browser, baseURL }) => {
  const unit = ownUnit();
  const page = await (await contextFor(browser, baseURL!, unit.headEmail)).newPage();
  await page.goto("/admin/pengaduan/catat");
  const form = page.locator("#record");
  const ticket = `LPR-${suffix()}`.toUpperCase();
  const fill = async (when: string) => {
    await form.getByLabel("Diterima lewat").selectOption("lapor");
    await form.getByLabel("Nomor tiket SP4N-LAPOR!").fill(ticket);
    await form.getByLabel("Waktu diterima").fill(when);
    await form.getByLabel("Jenis masalah").selectOption("delay");
    await form.getByLabel("Uraian pengaduan").fill("Tiket LAPOR!: izin usaha belum terbit setelah dua bulan tanpa kabar apa pun.");
    const anonymous = form.getByLabel("Pelapor ingin anonim (tidak ada kontak yang disimpan)");
    if (!(await anonymous.isChecked())) await anonymous.check();
  };
  const before = dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "Complaint" WHERE "unitId" = ?`, unit.id).n;
  const old = new Date(Date.now() - 31 * DAY + 7 * 3_600_000).toISOString().slice(0, 16);
  await fill(old);
  await form.getByRole("button", { name: "Catat pengaduan" }).click();
  await expect(page.locator("#record-receivedAt-error")).toHaveText("Waktu diterima paling lama 30 hari lalu.");
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "Complaint" WHERE "unitId" = ?`, unit.id).n).toBe(before);
  // The workspace form keeps every choice after an error, and marks the required fields.
  await expect(form.getByLabel("Diterima lewat")).toHaveValue("lapor");
  await expect(form.getByLabel("Jenis masalah")).toHaveValue("delay");
  await expect(form.getByLabel("Nomor tiket SP4N-LAPOR!")).toHaveValue(ticket);
  for (const label of ["Diterima lewat", "Jenis masalah", "Uraian pengaduan"]) await expect(form.getByLabel(label)).toHaveAttribute("aria-required", "true");
  await expect(form.getByLabel("Nomor tiket SP4N-LAPOR!")).not.toHaveAttribute("aria-required", "true");
  const recent = new Date(Date.now() - DAY + 7 * 3_600_000).toISOString().slice(0, 16);
  await form.getByLabel("Waktu diterima").fill(recent);
  await form.getByRole("button", { name: "Catat pengaduan" }).click();
  await expect(page.locator("#case-lapor-ticket")).toHaveText(ticket);
  // The same ticket again is refused, and nothing is stored.
  await page.goto("/admin/pengaduan/catat");
  await fill(recent);
  await form.getByRole("button", { name: "Catat pengaduan" }).click();
  // ... naming the case that holds it, with a link to it.
  const holder = dbGet<{ id: number; trackingCode: string }>(`SELECT id, "trackingCode" FROM "Complaint" WHERE "laporTicket" = ?`, ticket);
  await expect(page.locator("#record-laporTicket-error")).toContainText(`Tiket LAPOR! ini sudah dicatat sebagai kasus ${holder.trackingCode}.`);
  await expect(page.locator("#record-laporTicket-error").getByRole("link", { name: `Buka kasus ${holder.trackingCode}` })).toHaveAttribute(
    "href",
    `/admin/pengaduan/${holder.id}`,
  );
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "Complaint" WHERE "unitId" = ?`, unit.id).n).toBe(before + 1);
});

test("the reporter, with JavaScript off, is not satisfied: the case is back in verification", async ({ browser, baseURL }) => {
  const citizen = await contextFor(browser, baseURL!, null, false);
  const page = await citizen.newPage();
  const { code, id } = await fileByApi(page);
  answeredDaysAgo(id, 1);
  // axe runs in the page, so it needs JavaScript: the same page in a browser with it.
  const withScript = await (await contextFor(browser, baseURL!, null)).newPage();
  await withScript.goto(`/lacak/${code}`);
  await expect(withScript.getByRole("heading", { name: "Bagaimana penilaian Anda atas jawaban ini?" })).toBeVisible();
  await expectAccessible(withScript);
  await page.goto(`/lacak/${code}`);
  await expect(page.getByRole("heading", { name: "Bagaimana penilaian Anda atas jawaban ini?" })).toBeVisible();
  // "Not satisfied" without a reason is refused, on the page, and changes nothing.
  await judgeOnPage(page, code, false);
  await expect(page.locator("#reason-error")).toHaveText("Tuliskan alasan Anda tidak puas.");
  expect(verdictCount(id)).toBe(0);
  await page.getByLabel("Alasan").fill("Berkas saya ternyata belum ditandatangani.");
  await page.getByRole("button", { name: "Kirim penilaian" }).click();
  await expect(page.locator("#verdict-notice")).toContainText("dibuka kembali");
  await expect(page.locator("#case-status")).toHaveText("Sedang diverifikasi");
  expect(caseRow(id)).toMatchObject({ status: "verifying", reopenCount: 1, inspectorateAt: null });
  // The reason is for the handlers only.
  expect(await page.content()).not.toContain("belum ditandatangani");

  // The export keeps what the reopening cleared on the case: the first answer, the measure, the reopening.
  const inspector = await contextFor(browser, baseURL!, DEMO.inspector);
  const received = dbGet<{ receivedAt: string }>(`SELECT "receivedAt" FROM "Complaint" WHERE id = ?`, id).receivedAt;
  const year = new Date(new Date(received).getTime() + 7 * 3_600_000).getUTCFullYear(); // the city's year
  const [header, ...lines] = (await (await inspector.request.get(`/admin/ekspor/complaints?period=${year}&unit=rshd`)).text()).trim().split(/\r\n/);
  const columns = header.split(",");
  const row = lines.map((l) => l.split(",")).find((cells) => cells[0] === String(id))!;
  const cell = (name: string) => row[columns.indexOf(name)];
  expect([cell("status"), cell("answered_at"), cell("reopen_count"), cell("inspectorate")]).toEqual(["verifying", "", "1", "false"]);
  expect(cell("first_answered_at")).not.toBe("");
  expect(cell("last_answered_at")).toBe(cell("first_answered_at"));
  expect(cell("action_recorded")).toBe("advice");
});

test("a second reopening assigns the case to the inspectors", async ({ browser, baseURL }) => {
  const citizen = await contextFor(browser, baseURL!, null, false);
  const page = await citizen.newPage();
  const { code, id } = await fileByApi(page);
  dbRun(
    `INSERT INTO "ComplaintVerdict" ("complaintId", round, satisfied, reason, "createdAt") VALUES (?, 0, 0, 'Pertama', ?)`,
    id,
    new Date(Date.now() - 3 * DAY).toISOString(),
  );
  dbRun(`UPDATE "Complaint" SET "verdictCount" = "verdictCount" + 1 WHERE id = ?`, id); // as the verdict's own write keeps it
  answeredDaysAgo(id, 1, { round: 1 }); // the answer after the first reopening
  await judgeOnPage(page, code, false, "Masih belum selesai untuk kedua kalinya.");
  await expect(page.locator("#case-inspectorate")).toHaveText("Pengaduan ini kini juga ditangani Inspektorat.");
  const row = caseRow(id);
  expect(row).toMatchObject({ status: "verifying", reopenCount: 2 });
  expect(row.inspectorateAt).not.toBeNull();
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "NotificationOutbox" WHERE "complaintId" = ? AND recipient = ?`, id, DEMO.inspector).n).toBe(1);
  // The inspector sees it escalated.
  const inspector = await (await contextFor(browser, baseURL!, DEMO.inspector)).newPage();
  await inspector.goto(`/admin/pengaduan/${id}`);
  await expect(inspector.locator("#case-inspectorate")).toContainText("Diteruskan ke Inspektorat");
  await expect(inspector.locator("#case-verdicts")).toContainText("Masih belum selesai untuk kedua kalinya.");
  await expectAccessible(inspector);
});

test("a closed case is reopened by a verdict within the window", async ({ browser, baseURL }) => {
  const citizen = await contextFor(browser, baseURL!, null, false);
  const page = await citizen.newPage();
  const { code, id } = await fileByApi(page);
  answeredDaysAgo(id, 10, { closed: true });
  await judgeOnPage(page, code, false, "Ditutup padahal belum selesai.");
  await expect(page.locator("#case-status")).toHaveText("Sedang diverifikasi");
  expect(caseRow(id)).toMatchObject({ status: "verifying", reopenCount: 1 });
});

test("a second verdict on the same answer is refused with a clear message and changes nothing", async ({ browser, baseURL }) => {
  const citizen = await contextFor(browser, baseURL!, null, false);
  const page = await citizen.newPage();
  const { code, id } = await fileByApi(page);
  answeredDaysAgo(id, 1);
  await judgeOnPage(page, code, true);
  await expect(page.locator("#verdict-notice")).toHaveText("Terima kasih, penilaian Anda sudah dicatat.");
  await expect(page.locator("#verdict-closed")).toHaveCount(0);
  await page.goto(`/lacak/${code}`);
  await expect(page.locator("#verdict-closed")).toHaveText("Anda sudah menilai jawaban ini.");
  // A second try (an old tab, or the API) is refused in words; nothing changes.
  const response = await page.request.post(`/lacak/${code}`, { form: { satisfied: "no", reason: "Berubah pikiran." } });
  expect(response.status()).toBe(409);
  expect(await response.text()).toContain("Anda sudah menilai jawaban ini; penilaian hanya sekali untuk setiap jawaban.");
  const api = await page.request.post(`/api/v1/complaints/${code}/verdict`, { data: { satisfied: false, reason: "Berubah pikiran." } });
  expect(api.status()).toBe(409);
  expect(await api.json()).toMatchObject({ error: "already_judged", message: "Anda sudah menilai jawaban ini; penilaian hanya sekali untuk setiap jawaban." });
  expect(caseRow(id)).toMatchObject({ status: "action_taken", reopenCount: 0 });
  expect(verdictCount(id)).toBe(1);
});

test("a verdict after the window is refused with a clear message and changes nothing", async ({ browser, baseURL }) => {
  const citizen = await contextFor(browser, baseURL!, null, false);
  const page = await citizen.newPage();
  const { code, id } = await fileByApi(page);
  answeredDaysAgo(id, 15);
  await page.goto(`/lacak/${code}`);
  await expect(page.locator("#verdict-closed")).toHaveText("Waktu untuk menilai jawaban ini sudah lewat.");
  const response = await page.request.post(`/lacak/${code}`, { form: { satisfied: "no", reason: "Terlambat tapi tetap tidak puas." } });
  expect(response.status()).toBe(409);
  expect(await response.text()).toContain("Waktu untuk menilai jawaban ini sudah lewat.");
  const api = await page.request.post(`/api/v1/complaints/${code}/verdict`, { data: { satisfied: true }, headers: { "accept-language": "en" } });
  expect(api.status()).toBe(409);
  expect(await api.json()).toMatchObject({ error: "window_closed", message: "The time to judge this answer has passed." });
  expect(caseRow(id)).toMatchObject({ status: "action_taken", reopenCount: 0 });
  expect(verdictCount(id)).toBe(0);
});

test("a verdict on a case not yet answered is refused with a clear message and changes nothing", async ({ browser, baseURL }) => {
  const citizen = await contextFor(browser, baseURL!, null, false);
  const page = await citizen.newPage();
  const { code, id } = await fileByApi(page);
  await page.goto(`/lacak/${code}`);
  await expect(page.locator("#verdict")).toHaveCount(0);
  const response = await page.request.post(`/lacak/${code}`, { form: { satisfied: "no", reason: "Belum dijawab." } });
  expect(response.status()).toBe(409);
  expect(await response.text()).toContain("Pengaduan ini belum dijawab; penilaian dapat diberikan setelah ada jawaban.");
  const api = await page.request.post(`/api/v1/complaints/${code}/verdict`, { data: { satisfied: false, reason: "Belum dijawab." } });
  expect(api.status()).toBe(409);
  expect(await api.json()).toMatchObject({ error: "not_answered" });
  expect(caseRow(id)).toMatchObject({ status: "received", reopenCount: 0 });
  expect(verdictCount(id)).toBe(0);
});

test("a complaint recorded twice is flagged on both cases, closed as a duplicate, and leaves the counts", async ({ browser, baseURL }) => {
  const unit = ownUnit();
  const head = await contextFor(browser, baseURL!, unit.headEmail);
  const page = await head.newPage();
  const record = async (channel: string, hoursAgo: number, phone: string) => {
    await page.goto("/admin/pengaduan/catat");
    const form = page.locator("#record");
    await form.getByLabel("Diterima lewat").selectOption(channel);
    await form.getByLabel("Waktu diterima").fill(new Date(Date.now() - hoursAgo * 3_600_000 + 7 * 3_600_000).toISOString().slice(0, 16));
    await form.getByLabel("Jenis masalah").selectOption("staff_behaviour");
    await form.getByLabel("Uraian pengaduan").fill("Pelapor menelepon: petugas loket menolak melayani sebelum jam istirahat selesai.");
    await form.getByLabel("Nomor HP/WhatsApp pelapor").fill(phone);
    await form.getByRole("button", { name: "Catat pengaduan" }).click();
    await expect(page.locator("#recorded")).toBeVisible();
    return Number(new URL(page.url()).pathname.split("/").pop());
  };
  const first = await record("phone", 30, "0813-6000-5555");
  const second = await record("whatsapp", 2, "+62 813 6000 5555");
  const codeOf = (id: number) => dbGet<{ trackingCode: string }>(`SELECT "trackingCode" FROM "Complaint" WHERE id = ?`, id).trackingCode;
  await expect(page.locator("#case-duplicates")).toContainText(codeOf(first));
  await page.goto(`/admin/pengaduan/${first}`);
  await expect(page.locator("#case-duplicates")).toContainText(codeOf(second));

  const counts = async () => {
    const body = (await (await page.request.get("/api/v1/units")).json()) as {
      units: { slug: string; complaints?: { total: number; byChannel: Record<string, number> } }[];
    };
    return body.units.find((u) => u.slug === unit.slug)!.complaints!;
  };
  expect(await counts()).toMatchObject({ total: 2, byChannel: { phone: 1, whatsapp: 1 } });

  await page.goto(`/admin/pengaduan/${second}`);
  await page.locator(`#details-duplicate-${first} summary`).click();
  const form = page.locator(`#duplicate-${first}`);
  await form.getByLabel("Alasan (internal)").fill("Pelapor yang sama menghubungi dua kali.");
  await form.getByRole("button").click();
  await expect(page.locator("#case-status")).toHaveText("Ditolak");
  await expect(page.locator("#case-duplicate-of")).toHaveText(codeOf(first));
  expect(await counts()).toMatchObject({ total: 1, byChannel: { phone: 1, whatsapp: 0 } });
  await expectAccessible(page);
});

test("nothing of the reporter of a recorded case, nor a verdict's reason, reaches a public page, a public API or an export", async ({ browser, baseURL }) => {
  const unit = ownUnit();
  const head = await contextFor(browser, baseURL!, unit.headEmail);
  const page = await head.newPage();
  await page.goto("/admin/pengaduan/catat");
  const form = page.locator("#record");
  await form.getByLabel("Diterima lewat").selectOption("phone");
  await form.getByLabel("Jenis masalah").selectOption("illegal_fee");
  await form.getByLabel("Uraian pengaduan").fill("RAHASIA-URAIAN pelapor menelepon soal pungutan di loket tanpa kuitansi.");
  await form.getByLabel("Nama pelapor (jika diberikan)").fill("Rahasia Penelepon");
  await form.getByLabel("Nomor HP/WhatsApp pelapor").fill("0813-6000-7777");
  await form.getByLabel("Email pelapor").fill("rahasia.penelepon@example.org");
  await form.getByRole("button", { name: "Catat pengaduan" }).click();
  await expect(page.locator("#recorded")).toBeVisible();
  const id = Number(new URL(page.url()).pathname.split("/").pop());
  const code = dbGet<{ trackingCode: string }>(`SELECT "trackingCode" FROM "Complaint" WHERE id = ?`, id).trackingCode;
  answeredDaysAgo(id, 1);
  const citizen = await contextFor(browser, baseURL!, null, false);
  const citizenPage = await citizen.newPage();
  await judgeOnPage(citizenPage, code, false, "RAHASIA-ALASAN berkas belum kembali.");
  await expect(citizenPage.locator("#verdict-notice")).toBeVisible();

  // The head's name is public (the unit's posted contact); the recorder's account name is not.
  const recorderName = dbGet<{ name: string }>(`SELECT name FROM "User" WHERE email = ?`, unit.headEmail).name;
  const secrets = ["Rahasia Penelepon", "6000-7777", "6281360007777", "081360007777", "rahasia.penelepon", "RAHASIA-URAIAN", "RAHASIA-ALASAN", recorderName];
  const check = (where: string, text: string) => {
    for (const secret of secrets) expect(text, `${secret} in ${where}`).not.toContain(secret);
  };
  const anonymous = citizen.request;
  for (const path of [
    `/lacak/${code}`,
    `/api/v1/complaints/${code}`,
    `/unit/${unit.slug}`,
    "/api/v1/units",
    "/api/v1/scores",
    "/api/v1/scores?format=csv",
    "/peringkat",
  ]) {
    const response = await anonymous.get(path);
    expect(response.status(), path).toBe(200);
    check(path, await response.text());
  }
  // The unit page counts the case under its channel.
  const unitPage = await (await anonymous.get(`/unit/${unit.slug}`)).text();
  expect(unitPage).toContain("Telepon");
  // The secretariat's export: counts by channel, never a reporter.
  const admin = await contextFor(browser, baseURL!, DEMO.admin);
  const exported = await admin.request.get("/admin/ekspor/scores");
  expect(exported.status()).toBe(200);
  const csv = await exported.text();
  expect(csv.split("\n")[0]).toContain("complaints_phone");
  check("export", csv);
});

test("the workspace home breaks the period's complaints down by channel, for a head their own unit's", async ({ browser, baseURL }) => {
  const unit = ownUnit();
  const now = new Date().toISOString();
  const file = (channel: string) =>
    dbRun(
      `INSERT INTO "Complaint" ("trackingCode", "unitId", category, description, channel, "receivedAt", "updatedAt") VALUES (?, ?, 'delay', 'Berkas belum selesai setelah tiga minggu menunggu.', ?, ?, ?)`,
      `E2E-${suffix()}`.toUpperCase(),
      unit.id,
      channel,
      now,
      now,
    );
  for (const channel of ["whatsapp", "whatsapp", "phone", "web"]) file(channel);
  publicDataChanged(); // as filing a case does
  const page = await (await contextFor(browser, baseURL!, unit.headEmail)).newPage();
  await page.goto("/admin");
  const table = page.locator("#complaint-channels");
  await expect(table.locator('td[data-channel="whatsapp"]')).toHaveText("2");
  await expect(table.locator('td[data-channel="phone"]')).toHaveText("1");
  await expect(table.locator('td[data-channel="web"]')).toHaveText("1");
  await expect(table.locator('td[data-channel="lapor"]')).toHaveText("0");
  await expectAccessible(page);
});

test("an escalation contact set in the unit form shows on the poster and the public unit page, under the head's number", async ({ browser, baseURL }) => {
  const unit = ownUnit();
  const phone = `+62 812-${String(1000 + rand()).slice(-4)}-${String(1000 + rand()).slice(-4)}`;
  const anonymous = await contextFor(browser, baseURL!, null);
  const citizen = await anonymous.newPage();
  // Without one, neither page has the block (and the public page is cached before the edit).
  await citizen.goto(`/unit/${unit.slug}`);
  await expect(citizen.locator("#kontak .phone")).toHaveText("+62 812-0000-9999");
  await expect(citizen.locator("#escalation-contact")).toHaveCount(0);

  // The secretariat sets it through the workspace's unit form.
  const admin = await contextFor(browser, baseURL!, DEMO.admin);
  const form = await admin.newPage();
  await form.goto(`/admin/unit/${unit.id}`);
  await form.getByLabel("Nama kontak eskalasi").fill("Wakil Wali Kota");
  await form.getByLabel("Jabatan kontak eskalasi").fill("Layanan Pengaduan Wakil Wali Kota Bengkulu");
  await form.getByLabel("Nomor kontak eskalasi").fill(phone);
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(form.getByRole("status")).toHaveText("Perubahan disimpan.");
  expect(dbGet<{ escalationPhone: string }>(`SELECT "escalationPhone" FROM "Unit" WHERE id = ?`, unit.id).escalationPhone).toBe(phone);

  // The unit's head prints the poster: the line sits in the head's section, after the head's number.
  const head = await contextFor(browser, baseURL!, unit.headEmail);
  const poster = await head.newPage();
  await poster.goto(`/admin/unit/${unit.id}/poster`);
  const line = poster.locator(".poster-head #poster-escalation");
  await expect(line).toContainText("Jalur eskalasi");
  await expect(line.locator(".poster-head-name")).toHaveText("Wakil Wali Kota, Layanan Pengaduan Wakil Wali Kota Bengkulu");
  await expect(line.locator(".poster-phone")).toHaveText(phone);
  expect(
    await poster
      .locator(".poster-head > .poster-phone")
      .evaluate((el) => !!(el.compareDocumentPosition(document.getElementById("poster-escalation")!) & Node.DOCUMENT_POSITION_FOLLOWING)),
  ).toBe(true);

  // The citizen's unit page shows it at once (a staff write), under the head's number, callable.
  await citizen.reload();
  const block = citizen.locator("#kontak #escalation-contact");
  await expect(block.getByRole("heading", { level: 3 })).toHaveText("Jalur eskalasi");
  await expect(block.locator(".contact-name")).toHaveText("Wakil Wali Kota, Layanan Pengaduan Wakil Wali Kota Bengkulu");
  await expect(block.getByRole("link", { name: phone })).toHaveAttribute("href", `tel:${phone.replace(/[ -]/g, "")}`);
  expect(
    await citizen
      .locator("#kontak .phone")
      .evaluate((el) => !!(el.compareDocumentPosition(document.getElementById("escalation-contact")!) & Node.DOCUMENT_POSITION_FOLLOWING)),
  ).toBe(true);
  await expectAccessible(citizen);
  await Promise.all([anonymous.close(), admin.close(), head.close()]);
});
