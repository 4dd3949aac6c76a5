// The answer is an act of its own, and the Inspektorat decides what it took over (issue 28, "Done
// when"): a progress note then a step to a decision without an answer is refused; a case with a
// progress note only is not answered on /lacak or in the export; a twice-reopened case's judging
// steps are refused to the unit head and allowed to the inspector. One test per page.
import type { Browser, BrowserContext } from "@playwright/test";
import { cityQuarter, dbGet, dbRun } from "./db-helpers";
import { DEMO, expect, sessionCookie, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

test.describe.configure({ timeout: 120_000 });

const rand = () => Math.floor(Math.random() * 250) + 1;
const clientAddress = () => `10.${rand()}.${rand()}.${rand()}`;
const today = () => new Date().toISOString().slice(0, 10);
const NOTE = "Pengaduan Anda sedang kami periksa.";

async function contextFor(browser: Browser, baseURL: string, email: string | null): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, locale: "id-ID", extraHTTPHeaders: { "x-forwarded-for": clientAddress() } });
  if (email) await context.addCookies([await sessionCookie(email, baseURL)]);
  return context;
}

/** A new case at RSHD filed through the API, returned with its id. */
async function fileCase(context: BrowserContext): Promise<{ id: number; code: string }> {
  const response = await context.request.post("/api/v1/complaints", {
    headers: { "x-forwarded-for": clientAddress() },
    data: {
      unit: "rshd",
      category: "delay",
      description: "Berkas rujukan saya belum selesai setelah tiga minggu menunggu di loket.",
      occurredOn: today(),
      anonymous: false,
      contact: { phone: "081377775501" },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const code = ((await response.json()) as { trackingCode: string }).trackingCode;
  return { code, id: dbGet<{ id: number }>(`SELECT id FROM "Complaint" WHERE "trackingCode" = ?`, code).id };
}

/** Puts a case where the workspace's steps would: at `status`, with the events given (a progress note only, no answer). */
function atStatus(id: number, status: string, events: { from: string; to: string; note?: string }[], extra = "") {
  const now = Date.now();
  dbRun(`UPDATE "Complaint" SET status = ?${extra} WHERE id = ?`, status, id);
  events.forEach((e, i) =>
    dbRun(
      `INSERT INTO "ComplaintEvent" ("complaintId", "fromStatus", "toStatus", reason, "publicNote", "createdAt") VALUES (?, ?, ?, 'Uji.', ?, ?)`,
      id,
      e.from,
      e.to,
      e.note ?? null,
      new Date(now - (events.length - i) * 60_000).toISOString(),
    ),
  );
}

test("a progress note, then a step to action taken without the answer, is refused; with the answer it is taken", async ({ browser, baseURL }) => {
  const head = await contextFor(browser, baseURL!, DEMO.headRshd);
  const { id } = await fileCase(head);
  const page = await head.newPage();
  await page.goto(`/admin/pengaduan/${id}`);
  await page.locator("#details-verifying summary").click();
  const verify = page.locator("#step-verifying");
  await verify.getByLabel("Alasan (internal)").fill("Diperiksa kepala unit.");
  await verify.getByLabel(/Catatan perkembangan untuk pelapor/).fill(NOTE);
  await verify.getByRole("button").click();
  await expect(page.locator("#case-status")).toHaveText("Sedang diverifikasi");
  await page.locator("#details-substantiated summary").click();
  const substantiate = page.locator("#step-substantiated");
  await substantiate.getByLabel("Alasan (internal)").fill("Keterangan cocok.");
  await substantiate.getByLabel("Bukti verifikasi (internal)").fill("Rekaman CCTV loket 2.");
  await substantiate.getByRole("button").click();
  await expect(page.locator("#case-status")).toHaveText("Terbukti");
  await expect(page.locator("#case-answer")).toHaveText("Belum ada jawaban.");

  await page.locator("#details-action_taken summary").click();
  const act = page.locator("#step-action_taken");
  await expect(act.getByLabel("Jawaban untuk pelapor", { exact: true })).toHaveAttribute("required", "");
  await act.getByLabel("Alasan (internal)").fill("Pelanggaran pertama.");
  await act.getByLabel("Tindakan", { exact: true }).selectOption("verbal_reprimand");
  await act.getByLabel("Tingkat pelanggaran").selectOption("minor");
  // Submitted without the answer (the browser's own check set aside, as a forged request would).
  await act.evaluate((form) => form.setAttribute("novalidate", ""));
  await act.getByRole("button").click();
  await expect(act.getByText("Tuliskan jawaban untuk pelapor.")).toBeVisible();
  await expect(page.locator("#case-status")).toHaveText("Terbukti");
  // The form kept the choices made.
  await expect(act.getByLabel("Tindakan", { exact: true })).toHaveValue("verbal_reprimand");
  expect(dbGet<{ status: string; answeredAt: string | null }>(`SELECT status, "answeredAt" FROM "Complaint" WHERE id = ?`, id)).toEqual({
    status: "substantiated",
    answeredAt: null,
  });
  await expectAccessible(page);

  await act.getByLabel("Jawaban untuk pelapor", { exact: true }).fill("Petugas yang bersangkutan telah diberi teguran lisan. Terima kasih.");
  await act.getByRole("button").click();
  await expect(page.locator("#case-status")).toHaveText("Tindakan diambil");
  await expect(page.locator("#case-answer")).toHaveText("Petugas yang bersangkutan telah diberi teguran lisan. Terima kasih.");
  await head.close();
});

test("a case with a progress note only is not answered on /lacak: the note is progress, the answer still due, no verdict", async ({ browser, baseURL }) => {
  const citizen = await contextFor(browser, baseURL!, null);
  const { code, id } = await fileCase(citizen);
  atStatus(id, "substantiated", [
    { from: "received", to: "verifying", note: NOTE },
    { from: "verifying", to: "substantiated" },
  ]);
  const page = await citizen.newPage();
  await page.goto(`/lacak/${code}`);
  await expect(page.locator("#case-status")).toHaveText("Terbukti");
  await expect(page.locator("#case-answer")).toHaveCount(0);
  await expect(page.locator("#answer-due")).toBeVisible();
  await expect(page.locator("ol.history")).toContainText(`Perkembangan: ${NOTE}`);
  await expect(page.locator("#verdict")).toHaveCount(0);
  await expectAccessible(page);
  await citizen.close();
});

test("the export carries no answered time for a case with a progress note only", async ({ browser, baseURL }) => {
  const head = await contextFor(browser, baseURL!, DEMO.admin);
  const { id } = await fileCase(head);
  atStatus(id, "substantiated", [
    { from: "received", to: "verifying", note: NOTE },
    { from: "verifying", to: "substantiated" },
  ]);
  const csv = await head.request.get(`/admin/ekspor/complaints?period=${cityQuarter().key}&unit=rshd`);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).trim().split(/\r?\n/);
  const header = lines[0].split(",");
  const row = lines.find((l) => l.startsWith(`${id},`))!.split(",");
  expect(row[header.indexOf("status")]).toBe("substantiated");
  expect(row[header.indexOf("answered_at")]).toBe("");
  await head.close();
});

/** A case twice reopened and so with the Inspektorat, at verifying. */
async function withInspectorate(context: BrowserContext) {
  const filed = await fileCase(context);
  atStatus(
    filed.id,
    "verifying",
    [
      { from: "received", to: "verifying" },
      { from: "verifying", to: "verifying", note: "Dibuka kembali." },
    ],
    `, "reopenCount" = 2, "reopenedAt" = '${new Date().toISOString()}', "inspectorateAt" = '${new Date().toISOString()}'`,
  );
  return filed;
}

test("a case with the Inspektorat: its judging steps and the answer are refused to the unit head, who may add a note", async ({ browser, baseURL }) => {
  const head = await contextFor(browser, baseURL!, DEMO.headRshd);
  const { id } = await withInspectorate(head);
  const page = await head.newPage();
  await page.goto(`/admin/pengaduan/${id}`);
  await expect(page.locator("#inspectorate-decides")).toBeVisible();
  await expect(page.locator("#details-substantiated")).toHaveCount(0);
  await expect(page.locator("#details-unsubstantiated")).toHaveCount(0);
  await page.locator("#details-answer summary").click();
  const form = page.locator("#step-answer");
  await expect(form.getByLabel("Jawaban untuk pelapor", { exact: true })).toHaveCount(0);
  // A forged step to a verdict through the same form is refused on the server.
  await form.evaluate((f) => {
    (f.querySelector('input[name="to"]') as HTMLInputElement).value = "unsubstantiated";
    for (const [name, value] of [
      ["reason", "Tidak terbukti menurut kepala unit."],
      ["evidence", "Keterangan petugas."],
      ["answer", "Tidak terbukti."],
    ]) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      f.appendChild(input);
    }
  });
  await form.getByRole("button").click();
  await expect(form.getByText("hanya inspektur yang dapat memutuskan")).toBeVisible();
  expect(dbGet<{ status: string }>(`SELECT status FROM "Complaint" WHERE id = ?`, id).status).toBe("verifying");
  await expectAccessible(page);

  // A progress note is the head's to add.
  await page.goto(`/admin/pengaduan/${id}`);
  await page.locator("#details-answer summary").click();
  await page
    .locator("#step-answer")
    .getByLabel(/Catatan perkembangan untuk pelapor/)
    .fill("Berkas kami serahkan ke Inspektorat.");
  await page.locator("#step-answer").getByRole("button").click();
  await expect(page.locator("ol.history")).toContainText("Berkas kami serahkan ke Inspektorat.");
  await head.close();
});

test("a case with the Inspektorat is judged by the inspector, and the history says so", async ({ browser, baseURL }) => {
  const inspector = await contextFor(browser, baseURL!, DEMO.inspector);
  const { id } = await withInspectorate(inspector);
  const page = await inspector.newPage();
  await page.goto(`/admin/pengaduan/${id}`);
  await expect(page.locator("#inspectorate-decides")).toHaveCount(0);
  await page.locator("#details-unsubstantiated summary").click();
  const form = page.locator("#step-unsubstantiated");
  await form.getByLabel("Alasan (internal)").fill("Pemeriksaan Inspektorat.");
  await form.getByLabel("Bukti verifikasi (internal)").fill("Arsip loket dan keterangan saksi.");
  await form.getByLabel("Jawaban untuk pelapor", { exact: true }).fill("Hasil pemeriksaan Inspektorat: laporan tidak terbukti.");
  await form.getByRole("button").click();
  await expect(page.locator("#case-status")).toHaveText("Tidak terbukti");
  await expect(page.locator("ol.history li").last()).toContainText("(Inspektorat)");
  await expectAccessible(page);
  await inspector.close();
});
