// Complaints end to end (issue 5, "Done when"): a citizen files without JavaScript and follows the
// case by its code; the unit's head verifies it, records a reprimand and answers; the citizen sees
// the answer; the head of another unit is refused by URL and API; the inspector may open it; the
// reporter's contact never reaches a public page or the public API; axe on every page.
import { createHash } from "node:crypto";
import type { APIRequestContext, Browser, BrowserContext, Page } from "@playwright/test";
import { DEMO, e2eDb, expect, sessionCookie, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

const rand = () => Math.floor(Math.random() * 250) + 1;
const clientAddress = () => `10.${rand()}.${rand()}.${rand()}`;
const today = () => new Date().toISOString().slice(0, 10); // the UTC day is never ahead of the city's

const CONTACT = { name: "Rahmat Pelapor Rahasia", phone: "081377770123", email: "rahmat.rahasia@example.org" };

async function signedInContext(
  browser: Browser,
  baseURL: string,
  email: string | null,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    locale: "id-ID",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    extraHTTPHeaders: { "x-forwarded-for": clientAddress() },
  });
  if (email) await context.addCookies([await sessionCookie(email, baseURL)]);
  return context;
}

function caseIdOf(code: string): number {
  const sqlite = e2eDb();
  try {
    return (sqlite.prepare(`SELECT id FROM "Complaint" WHERE trackingCode = ?`).get(code) as { id: number }).id;
  } finally {
    sqlite.close();
  }
}

async function fileByApi(request: APIRequestContext, body: Record<string, unknown> = {}) {
  const response = await request.post("/api/v1/complaints", {
    headers: { "x-forwarded-for": clientAddress() },
    data: {
      unit: "rshd",
      category: "delay",
      description: "Berkas rujukan saya belum selesai setelah tiga minggu menunggu.",
      occurredOn: today(),
      anonymous: false,
      contact: { phone: CONTACT.phone },
      ...body,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { trackingCode: string }).trackingCode;
}

test("a citizen files without JavaScript, the unit head verifies, reprimands and answers, the citizen sees the answer; other heads are refused, the inspector is not", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // 1. The citizen, without JavaScript.
  const citizen = await signedInContext(browser, baseURL!, null, { javaScriptEnabled: false });
  const page = await citizen.newPage();
  await page.goto("/pengaduan?unit=rshd");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sampaikan pengaduan");
  await expect(page.getByLabel("Unit layanan")).toHaveValue("rshd");
  // A first try with mistakes: the form comes back with per-field errors and what was typed.
  await page.getByLabel("Apa yang terjadi?").fill("Kasar.");
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page.locator("#summary")).toBeVisible();
  await expect(page.locator("#category-error")).toHaveText("Pilih jenis masalah.");
  await expect(page.locator("#description-error")).toHaveText("Terlalu singkat: tulis minimal 20 karakter.");
  await expect(page.locator("#contact-error")).toHaveText("Isi nomor HP/WhatsApp atau email, atau pilih anonim.");
  await expect(page.getByLabel("Apa yang terjadi?")).toHaveValue("Kasar.");
  await expect(page.getByLabel("Unit layanan")).toHaveValue("rshd");

  await page.getByLabel("Perilaku petugas").check();
  await page.getByLabel("Apa yang terjadi?").fill("Petugas loket pendaftaran membentak saya dan menolak menjelaskan persyaratan rujukan.");
  await page.getByLabel("Tanggal kejadian").fill(today());
  await page.getByLabel("Nama petugas (jika tahu)").fill("Petugas loket 2");
  await page.getByLabel("Nama (boleh dikosongkan)").fill(CONTACT.name);
  await page.getByLabel("Nomor HP/WhatsApp").fill(CONTACT.phone);
  await page.getByLabel("Email").fill(CONTACT.email);
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();

  await expect(page).toHaveURL(/\/lacak\/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\?baru=1$/);
  const code = (await page.locator("#tracking-code").textContent())!.trim();
  await expect(page.locator("#case-status")).toHaveText("Diterima");
  await expect(page.locator("#answer-due")).toContainText("Jawaban paling lambat");
  const publicHtml = await page.content();
  for (const secret of Object.values(CONTACT)) expect(publicHtml).not.toContain(secret);
  expect(publicHtml).not.toContain("membentak");

  // Following it by its code, typed loosely.
  await page.goto("/lacak");
  await page.getByLabel("Kode pelacakan").fill(code.toLowerCase().replace(/-/g, " "));
  await page.getByRole("button", { name: "Lacak" }).click();
  await expect(page).toHaveURL(new RegExp(`/lacak/${code}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Pengaduan ${code}`);

  const id = caseIdOf(code);
  const apiUrl = `/api/v1/workspace/complaints/${id}`;

  // 2. Nobody signed in: the workspace API says 401, the page sends to sign-in.
  expect((await citizen.request.get(apiUrl)).status()).toBe(401);

  // 3. The head of another unit: refused by URL and by API, and the case is not on their list.
  const other = await signedInContext(browser, baseURL!, DEMO.headDukcapil);
  const otherPage = await other.newPage();
  expect((await otherPage.goto(`/admin/pengaduan/${id}`))!.status()).toBe(403);
  expect(await otherPage.content()).not.toContain(CONTACT.phone);
  expect((await other.request.get(apiUrl)).status()).toBe(403);
  await otherPage.goto("/admin/pengaduan");
  await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("Pengaduan");
  await expect(otherPage.locator(`[data-case="${code}"]`)).toHaveCount(0);

  // 4. The inspector may open it, contact included.
  const inspector = await signedInContext(browser, baseURL!, DEMO.inspector);
  const inspectorPage = await inspector.newPage();
  expect((await inspectorPage.goto(`/admin/pengaduan/${id}`))!.status()).toBe(200);
  await expect(inspectorPage.locator("#case-reporter")).toContainText("+62 813-7777-0123"); // CONTACT.phone in the desk's one form
  const asInspector = await inspector.request.get(apiUrl);
  expect(asInspector.status()).toBe(200);
  expect(await asInspector.json()).toMatchObject({ trackingCode: code, status: "received", reporter: { phone: CONTACT.phone } });

  // 5. The unit's head: sees it on the list, verifies, records the reprimand and answers.
  const head = await signedInContext(browser, baseURL!, DEMO.headRshd);
  const headPage = await head.newPage();
  await headPage.goto(`/admin/pengaduan?status=open&q=${code}`);
  await headPage.locator(`[data-case="${code}"]`).getByRole("link", { name: code }).click();
  await expect(headPage.getByRole("heading", { level: 1 })).toHaveText(`Pengaduan ${code}`);
  await expect(headPage.locator("#case-reporter")).toContainText(CONTACT.email);

  const step = async (to: string, summary: string, fill: (form: ReturnType<Page["locator"]>) => Promise<void>, status: string) => {
    await headPage.locator(`#details-${to} summary`).click();
    const form = headPage.locator(`#step-${to}`);
    await fill(form);
    await form.getByRole("button").click();
    await expect(headPage.locator("#case-status")).toHaveText(status);
    void summary;
  };
  await step(
    "verifying",
    "Sedang diverifikasi",
    async (f) => f.getByLabel("Alasan (internal)").fill("Diperiksa langsung oleh kepala unit."),
    "Sedang diverifikasi",
  );
  // Only the lifecycle's next steps are offered.
  await expect(headPage.locator("#details-closed")).toHaveCount(0);
  await step(
    "substantiated",
    "Terbukti",
    async (f) => {
      await f.getByLabel("Alasan (internal)").fill("Keterangan cocok.");
      await f.getByLabel("Bukti verifikasi (internal)").fill("Rekaman CCTV loket 2 dan keterangan dua saksi.");
    },
    "Terbukti",
  );
  await step(
    "action_taken",
    "Tindakan diambil",
    async (f) => {
      await f.getByLabel("Alasan (internal)").fill("Pelanggaran pertama.");
      await f.getByLabel("Tindakan", { exact: true }).selectOption("verbal_reprimand");
      await f.getByLabel("Tingkat pelanggaran").selectOption("minor");
      await f
        .getByLabel("Jawaban untuk pelapor", { exact: true })
        .fill("Laporan Anda terbukti. Petugas yang bersangkutan telah diberi teguran lisan. Terima kasih.");
    },
    "Tindakan diambil",
  );
  await expect(headPage.locator("#case-answer")).toContainText("teguran lisan");

  // 6. The citizen sees the answer, and still nothing of who reported.
  await page.goto(`/lacak/${code}`);
  await expect(page.locator("#case-status")).toHaveText("Tindakan diambil");
  await expect(page.locator("#case-answer")).toHaveText("Laporan Anda terbukti. Petugas yang bersangkutan telah diberi teguran lisan. Terima kasih.");
  await expect(page.locator("#answer-due")).toHaveCount(0);
  const after = await page.content();
  for (const secret of [...Object.values(CONTACT), "CCTV", "Pelanggaran pertama", "Petugas loket 2"]) expect(after).not.toContain(secret);
  const publicJson = await (await citizen.request.get(`/api/v1/complaints/${code}`)).text();
  expect(JSON.parse(publicJson)).toMatchObject({ trackingCode: code, status: "action_taken", unit: { slug: "rshd" } });
  for (const secret of [...Object.values(CONTACT), "CCTV", "Pelanggaran pertama", "Petugas loket 2", "membentak"]) expect(publicJson).not.toContain(secret);

  // 7. The history: every step with who and why, in order; the outbox told the head and the reporter.
  const sqlite = e2eDb();
  try {
    const events = sqlite
      .prepare(`SELECT fromStatus, toStatus, actorId, reason, action, severity FROM "ComplaintEvent" WHERE complaintId = ? ORDER BY id`)
      .all(id) as Record<string, unknown>[];
    expect(events.map((e) => e.toStatus)).toEqual(["received", "verifying", "substantiated", "action_taken"]);
    expect(events.slice(1).every((e) => e.actorId !== null && e.reason)).toBe(true);
    expect(events[3]).toMatchObject({ action: "verbal_reprimand", severity: "minor" });
    const outbox = sqlite.prepare(`SELECT recipient FROM "NotificationOutbox" WHERE complaintId = ?`).all(id) as { recipient: string }[];
    expect(outbox.map((o) => o.recipient)).toEqual([DEMO.headRshd, CONTACT.email, CONTACT.email, CONTACT.email]);
  } finally {
    sqlite.close();
  }
  await Promise.all([citizen.close(), other.close(), inspector.close(), head.close()]);
});

test("an anonymous complaint stores no contact, and the anonymous choice with a contact is refused", async ({ browser, baseURL }) => {
  const citizen = await signedInContext(browser, baseURL!, null, { javaScriptEnabled: false });
  const page = await citizen.newPage();
  await page.goto("/pengaduan");
  await page.getByLabel("Unit layanan").selectOption("dukcapil");
  await page.getByLabel("Pungutan liar").check();
  await page.getByLabel("Apa yang terjadi?").fill("Saya diminta uang tambahan agar KTP cepat jadi, tanpa kuitansi.");
  await page.getByLabel("Tanggal kejadian").fill(today());
  await page.getByLabel("Nomor HP/WhatsApp").fill(CONTACT.phone);
  await page.getByLabel(/Saya ingin anonim/).check();
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page.locator("#contact-error")).toContainText("Anda memilih anonim");
  await expect(page.getByLabel(/Saya ingin anonim/)).toBeChecked();
  await page.getByLabel("Nomor HP/WhatsApp").fill("");
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page).toHaveURL(/\/lacak\/[A-Z2-9-]{14}\?baru=1$/);
  const code = (await page.locator("#tracking-code").textContent())!.trim();
  const sqlite = e2eDb();
  try {
    const row = sqlite
      .prepare(
        `SELECT c.anonymous, r.complaintId AS reporter FROM "Complaint" c LEFT JOIN "ComplaintReporter" r ON r.complaintId = c.id WHERE c.trackingCode = ?`,
      )
      .get(code);
    expect(row).toEqual({ anonymous: 1, reporter: null });
  } finally {
    sqlite.close();
  }
  await citizen.close();
});

test("the survey's thank-you link preselects the unit and links the response", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": clientAddress() });
  await page.goto("/pengaduan?unit=puskesmas-jalan-gedang&response=12");
  await expect(page.getByLabel("Unit layanan")).toHaveValue("puskesmas-jalan-gedang");
  await expect(page.locator("input[type=hidden][name=response]")).toHaveValue("12");
  await expect(page.getByText("Pengaduan ini akan dikaitkan dengan penilaian yang baru Anda kirim.")).toBeVisible();
});

test("the API validates like the form, in the client's language, and limits filings per client", async ({ request }) => {
  const bad = await request.post("/api/v1/complaints", {
    headers: { "accept-language": "en", "x-forwarded-for": clientAddress() },
    data: { unit: "rshd", category: "x" },
  });
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body).toMatchObject({
    error: "validation",
    fields: { category: ["Choose the kind of problem."], description: expect.any(Array), contact: expect.any(Array) },
  });
  const unknown = await request.post("/api/v1/complaints", {
    headers: { "x-forwarded-for": clientAddress() },
    data: { unit: "tidak-ada", category: "delay", description: "Antrean tidak bergerak selama tiga jam.", occurredOn: today(), anonymous: true },
  });
  expect(unknown.status()).toBe(404);
  expect((await request.get("/api/v1/complaints/ABCD-EFGH-JKMN")).status()).toBe(404);
  expect(await (await request.get("/api/v1/complaints/not-a-code")).json()).toMatchObject({ error: "not_found" });

  const address = clientAddress();
  const valid = { unit: "rshd", category: "facility", description: "Kursi roda di lobi rusak semua sejak minggu lalu.", occurredOn: today(), anonymous: true };
  // Beyond the per-network limit a complaint is held for review, answered 201 alike; only the ceiling refuses.
  const filed: { status: number; code: string }[] = [];
  for (let i = 0; i < 6; i++) {
    const response = await request.post("/api/v1/complaints", { headers: { "x-forwarded-for": address }, data: valid });
    filed.push({ status: response.status(), code: (await response.json()).trackingCode });
  }
  expect(filed.map((f) => f.status)).toEqual([201, 201, 201, 201, 201, 201]);
  expect((await (await request.get(`/api/v1/complaints/${filed[5].code}`)).json()).status).toBe("held");
  atCeiling(address);
  const refused = await request.post("/api/v1/complaints", { headers: { "x-forwarded-for": address, "accept-language": "en" }, data: valid });
  expect(refused.status()).toBe(429);
  expect((await refused.json()).message).toContain(`You can also call ${rshdHead().headName}, head of`);
});

/** The limiter's count for `address` at the ceiling (COMPLAINT_HARD_LIMIT_PER_CLIENT, 60), so that the next filing is refused. */
function atCeiling(address: string) {
  const key = `complaint-client:${createHash("sha256").update(address).digest("base64url").slice(0, 22)}`;
  const sqlite = e2eDb();
  try {
    expect(sqlite.prepare(`UPDATE "RateLimiterFlexible" SET points = 60 WHERE key = ?`).run(key).changes).toBe(1);
  } finally {
    sqlite.close();
  }
}

function rshdHead() {
  const sqlite = e2eDb();
  try {
    return sqlite.prepare(`SELECT "headName", "headPhone" FROM "Unit" WHERE slug = 'rshd'`).get() as { headName: string; headPhone: string };
  } finally {
    sqlite.close();
  }
}

// axe, one test per page (a walk of many pages under one timeout fails on a busy machine).
for (const template of ["/pengaduan", "/lacak", "/lacak/{code}", "/lacak/{code}?baru=1"]) {
  test(`axe: ${template}`, async ({ page, request }) => {
    const path = template.includes("{code}") ? template.replace("{code}", await fileByApi(request)) : template;
    await page.setExtraHTTPHeaders({ "x-forwarded-for": clientAddress() });
    await page.goto(path);
    await expectAccessible(page);
  });
}

test("axe: the complaint form with its errors shown", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": clientAddress() });
  await page.goto("/pengaduan");
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page.locator("#summary")).toBeVisible();
  await expectAccessible(page);
});

test("axe: the case list", async ({ page, signInAs }) => {
  await signInAs(DEMO.headRshd);
  await page.goto("/admin/pengaduan");
  await expectAccessible(page);
});

test("axe: the case page with a step's form open", async ({ page, request, signInAs }) => {
  const code = await fileByApi(request);
  await signInAs(DEMO.headRshd);
  await page.goto(`/admin/pengaduan/${caseIdOf(code)}`);
  await page.locator("#details-verifying summary").click();
  await expectAccessible(page);
});

test("the outbox is the admin's alone", async ({ page, signInAs }) => {
  await signInAs(DEMO.inspector);
  expect((await page.goto("/admin/kotak-keluar"))!.status()).toBe(403);
  await signInAs(DEMO.admin);
  expect((await page.goto("/admin/kotak-keluar"))!.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kotak keluar notifikasi");
  await expectAccessible(page);
});

test("in English, the form and its errors, and the form's own rate limit", async ({ page, request }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": clientAddress() });
  await page.goto("/bahasa?to=en&next=/pengaduan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("File a complaint");
  await page.getByRole("button", { name: "Send complaint" }).click();
  await expect(page.locator("#unit-error")).toHaveText("Choose a service unit.");
  await expect(page.locator("#contact-error")).toHaveText("Give a mobile/WhatsApp number or an email, or choose to stay anonymous.");

  const address = clientAddress();
  const form = {
    unit: "rshd",
    category: "procedure",
    description: "Informasi persyaratan di loket berbeda dengan di papan pengumuman.",
    occurredOn: today(),
    anonymous: "on",
  };
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await request.post("/pengaduan", { form, maxRedirects: 0, headers: { "x-forwarded-for": address } })).status());
  expect(statuses).toEqual([303, 303, 303, 303, 303, 303]); // the 6th is held for review, with its code like the others
  atCeiling(address);
  const limited = await request.post("/pengaduan", { form, maxRedirects: 0, headers: { "x-forwarded-for": address, "accept-language": "en" } });
  expect(limited.status()).toBe(429);
  expect(limited.headers()["retry-after"]).toMatch(/^\d+$/);
  const text = await limited.text();
  expect(text).toContain('id="notice"');
  expect(text).toContain(rshdHead().headPhone);
});
