// Reporters' personal data end to end (issue 19): the secretariat finds a case by its tracking
// code, downloads everything held about its reporter and erases the contact on request, both in
// the audit log without the data; the unit head handling the case can do neither, by page,
// download or forged form. The privacy page, linked from the complaint form, in both languages.
import type { APIRequestContext } from "@playwright/test";
import { dbGet, dbRun } from "./db-helpers";
import { DEMO, expect, sessionCookie, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

const rand = () => Math.floor(Math.random() * 250) + 1;
const clientAddress = () => `10.${rand()}.${rand()}.${rand()}`;
const today = () => new Date().toISOString().slice(0, 10);
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A complaint of RSHD with a contact of its own; its tracking code, id and contact. */
async function fileCase(request: APIRequestContext) {
  const tag = unique();
  const contact = { name: `Dewi Privasi ${tag}`, phone: `0813${String(Date.now()).slice(-8)}`, email: `dewi.${tag}@example.org` };
  const response = await request.post("/api/v1/complaints", {
    headers: { "x-forwarded-for": clientAddress() },
    data: {
      unit: "rshd",
      category: "facility",
      description: "Kursi ruang tunggu rusak dan tidak ada yang memperbaikinya.",
      occurredOn: today(),
      anonymous: false,
      contact,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { trackingCode } = (await response.json()) as { trackingCode: string };
  const { id } = dbGet<{ id: number }>(`SELECT id FROM "Complaint" WHERE "trackingCode" = ?`, trackingCode);
  return { trackingCode, id, contact };
}

const reporterOf = (id: number) =>
  dbGet<{ name: string | null; phone: string | null; email: string | null }>(`SELECT name, phone, email FROM "ComplaintReporter" WHERE "complaintId" = ?`, id);
const auditsOf = (id: number, action: string) =>
  dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "AuditLog" WHERE action = ? AND "entityId" = ?`, action, String(id)).n;
const auditText = (id: number) =>
  dbGet<{ text: string }>(
    `SELECT group_concat(coalesce("before", '') || coalesce("after", ''), ' ') AS text FROM "AuditLog" WHERE "entityId" = ? AND entity = 'complaint'`,
    String(id),
  ).text ?? "";

test("the secretariat downloads a reporter's data and erases their contact on request, both audited without the data", async ({ page, request, signInAs }) => {
  test.setTimeout(90_000);
  const { trackingCode, id, contact } = await fileCase(request);
  // A message to the reporter still waiting in the outbox (as a step with a public note queues one; no transport here).
  const now = new Date().toISOString();
  dbRun(
    `INSERT INTO "NotificationOutbox" (channel, recipient, subject, body, "complaintId", status, attempts, "nextAttemptAt", "createdAt") VALUES ('email', ?, ?, ?, ?, 'pending', 0, ?, ?)`,
    contact.email,
    `Pembaruan pengaduan ${trackingCode}`,
    "Laporan Anda sedang kami periksa.",
    id,
    now,
    now,
  );
  await signInAs(DEMO.admin);
  await page.goto("/admin/privasi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Permintaan data pelapor");
  // The reporter reads the code over the phone: lower case and without dashes is fine.
  await page.getByLabel("Kode lacak").fill(trackingCode.replace(/-/g, "").toLowerCase());
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByRole("heading", { name: `Pengaduan ${trackingCode}` })).toBeVisible();
  await expect(page.locator("#privacy-contact")).toContainText(contact.phone);
  await expectAccessible(page);

  // The download: one JSON file with the contact, the complaint and the notifications.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh semua data pelapor (JSON)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`rapor-pelapor-${trackingCode}.json`);
  const document = JSON.parse(await (await import("node:fs/promises")).readFile((await file.path())!, "utf8"));
  expect(document).toMatchObject({
    trackingCode,
    contact: { name: contact.name, phone: contact.phone, email: contact.email },
    complaint: { unit: { slug: "rshd" }, category: "facility" },
  });
  expect(auditsOf(id, "complaint.reporter_export")).toBe(1);

  // Erasing needs the explicit confirmation: without it, a field error and nothing erased.
  await page.getByRole("button", { name: "Hapus kontak" }).click();
  await expect(page.locator("#privacy-erase-confirm-error")).toHaveText("Centang untuk menegaskan bahwa pelapor memintanya.");
  expect(reporterOf(id).phone).toBe(contact.phone);
  expect(auditsOf(id, "complaint.contact_erase")).toBe(0);

  await page.getByLabel("Pelapor meminta kontaknya dihapus").check();
  await page.getByRole("button", { name: "Hapus kontak" }).click();
  await expect(page.locator("#privacy-contact")).toContainText("Dihapus pada");
  await expect(page.locator("#privacy-contact")).not.toContainText(contact.phone);
  expect(reporterOf(id)).toEqual({ name: null, phone: null, email: null });
  expect(auditsOf(id, "complaint.contact_erase")).toBe(1);
  const audited = auditText(id);
  for (const value of Object.values(contact)) expect(audited).not.toContain(value);
  // The case itself is still there for its handlers.
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "Complaint" WHERE id = ?`, id).n).toBe(1);
  // Its page says the contact was erased and when, under the reporter's heading (not an empty list).
  await page.goto(`/admin/pengaduan/${id}`);
  await expect(page.locator("#case-reporter")).toHaveText(/^Kontak dihapus pada \d{4}-\d\d-\d\d \d\d:\d\d/);
  // The reporter's waiting message: stopped, said in the workspace's language, with no "try again".
  const { id: messageId } = dbGet<{ id: number }>(`SELECT id FROM "NotificationOutbox" WHERE "complaintId" = ? AND recipient = '' ORDER BY id LIMIT 1`, id);
  await page.goto("/admin/kotak-keluar");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: String(messageId), exact: true }) });
  await expect(row).toContainText("Kontak pelapor dihapus sebelum terkirim");
  await expect(row).not.toContainText("contact erased before delivery");
  await expect(row.getByRole("button", { name: "Coba lagi" })).toHaveCount(0);
});

test("a unit head cannot open the requests page, download a reporter's data or erase a contact, even of their own unit's case", async ({
  page,
  context,
  request,
  baseURL,
  signInAs,
}) => {
  test.setTimeout(90_000);
  const { trackingCode, id, contact } = await fileCase(request);
  const headCookie = await sessionCookie(DEMO.headRshd, baseURL!);
  const head = await (await import("@playwright/test")).request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${headCookie.name}=${headCookie.value}` } });
  expect((await head.get(`/admin/privasi?code=${trackingCode}`, { maxRedirects: 0 })).status()).toBe(403);
  const refused = await head.get(`/admin/privasi/unduh?code=${trackingCode}`, { maxRedirects: 0 });
  expect(refused.status()).toBe(403);
  expect(await refused.text()).not.toContain(contact.phone);
  await head.dispose();
  expect(auditsOf(id, "complaint.reporter_export")).toBe(0);

  // The erase form opened by the secretariat, then submitted with the head's session.
  await signInAs(DEMO.admin);
  await page.goto(`/admin/privasi?code=${trackingCode}`);
  await page.getByLabel("Pelapor meminta kontaknya dihapus").check();
  await context.clearCookies();
  await context.addCookies([headCookie]);
  const answer = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "Hapus kontak" }).click();
  expect((await answer).status()).toBe(403);
  expect(reporterOf(id)).toEqual({ name: contact.name, phone: contact.phone, email: contact.email });
  expect(auditsOf(id, "complaint.contact_erase")).toBe(0);
});

test("the privacy page says what is kept, why, for how long and who sees it; the complaint form links to it", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/pengaduan");
  await page.getByRole("link", { name: "Baca cara kami menjaga data Anda." }).click();
  await expect(page).toHaveURL(/\/privasi$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privasi: data apa yang kami simpan");
  await expect(page.getByRole("heading", { name: "Nama, nomor HP, dan email Anda" })).toBeVisible();
  await expect(page.locator("main")).toContainText("365 hari setelah pengaduan selesai");
  await expectAccessible(page);
});

test("the privacy page in English", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/bahasa?to=en&next=/privasi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy: what data we keep");
  await expect(page.getByRole("heading", { name: "Your name, phone number and email" })).toBeVisible();
  await expect(page.locator("main")).toContainText("365 days after it is closed");
  await expectAccessible(page);
});

test("the secretariat fills where citizens send data requests, and the privacy page shows it", async ({ page, signInAs }) => {
  test.setTimeout(90_000);
  // The demo's contact, as a new installation's secretariat would have filled it.
  await page.goto("/privasi");
  await expect(page.locator("#privacy-controller")).toContainText("Sekretariat Daerah Kota Bengkulu");
  await expect(page.locator("#privacy-controller").getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:/);

  const office = `Bagian Organisasi ${unique()}`;
  await signInAs(DEMO.admin);
  await page.goto("/admin/privasi");
  const form = page.locator("#privacy-controller");
  await form.getByLabel("Kantor").fill(office);
  await form.getByLabel("Email").fill("bukan email");
  await form.getByRole("button", { name: "Simpan kontak" }).click();
  await expect(form.getByText("Alamat email tidak valid.")).toBeVisible();
  await form.getByLabel("Email").fill("privasi@rapor.example");
  await form.getByLabel("Telepon atau WhatsApp").fill("0736-21011");
  await form.getByRole("button", { name: "Simpan kontak" }).click();
  await expect(form.getByRole("status")).toHaveText("Tersimpan: halaman privasi menampilkan kontak yang baru.");

  await page.context().clearCookies();
  await page.goto("/privasi");
  const contact = page.locator("#privacy-controller");
  await expect(contact).toContainText(office);
  await expect(contact.getByRole("link", { name: "privasi@rapor.example" })).toHaveAttribute("href", "mailto:privasi@rapor.example");
  await expect(contact.getByRole("link", { name: "0736-21011" })).toHaveAttribute("href", "tel:+6273621011");
});
