// The public pages in a real browser: the leaderboard's filters and sorting (with and without
// JavaScript), a unit page with its charts and contact, the CSV download against the JSON API,
// the language switch, the "number does not answer" report (stored, rate-limited), the 404 for
// unknown units, and axe on every public page in both languages.
import type { APIRequestContext, Page } from "@playwright/test";
import { e2eDb, expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

type ApiUnit = {
  slug: string;
  name: string;
  type: string;
  kecamatan: string | null;
  rank: number | null;
  ranked: boolean;
  score: number | null;
  zone: string | null;
  weakestElement: string | null;
};
type ApiReport = { period: string; units: ApiUnit[] };

const rand = () => Math.floor(Math.random() * 250) + 1;
/** Each test posts from its own client address so that the per-client limits never meet. */
const asClient = (page: Page) => page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${rand()}.${rand()}.${rand()}` });

async function scores(request: APIRequestContext, query = ""): Promise<ApiReport> {
  const response = await request.get(`/api/v1/scores${query}`);
  expect(response.status()).toBe(200);
  return response.json();
}

/** Unit names in the first column of a table, in order. */
const names = (page: Page, caption: RegExp) => page.getByRole("table", { name: caption }).locator("tbody th[scope=row]").allInnerTexts();
const cellTexts = (page: Page, caption: RegExp, column: number) =>
  page.getByRole("table", { name: caption }).locator(`tbody tr > :nth-child(${column})`).allInnerTexts();
/** The quarter before the current one: always complete in the demo data (twelve months ending today). */
function previousQuarter(key: string): string {
  const [year, q] = key.split("-Q").map(Number);
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/**
 * Checks the page against the API, reloading and asking again if they disagree: a cached report
 * past its lifetime is served once more while it is recomputed, so two requests made across that
 * moment may see two computations (open complaints age, other tests add responses).
 */
async function expectMatchesApi(page: Page, request: APIRequestContext, period: string, check: (report: ApiReport) => Promise<void>) {
  let attempt = 0;
  await expect(async () => {
    if (attempt++ > 0) await page.reload();
    await check(await scores(request, `?period=${period}`));
  }).toPass({ timeout: 20_000 });
}

/** "78,45" (Indonesian) to 78.45. */
const num = (text: string) => Number(text.replace(/\./g, "").replace(",", "."));

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the leaderboard, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("ranks the units of a period, lists insufficient samples apart, filters and sorts through the URL", async ({ page, request }) => {
      // The official figures first: the demo data publish the last two ended quarters, and the
      // leaderboard opens on the latest; the running quarter is one link away, provisional.
      const current = await scores(request);
      const official = previousQuarter(current.period);
      await page.goto("/peringkat");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Peringkat unit layanan ${official}`);
      await expect(page.getByRole("status")).toContainText("Angka resmi, diterbitkan");
      await page.getByRole("link", { name: `Lihat triwulan berjalan ${current.period} (angka sementara)` }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Peringkat unit layanan ${current.period}`);
      await expect(page.getByRole("status")).toContainText("Angka sementara");
      await expect(page.getByRole("link", { name: `Lihat angka resmi terakhir, periode ${official}` })).toHaveAttribute(
        "href",
        `/peringkat?period=${official}`,
      );

      // The last complete quarter, chosen with the form.
      const period = official;
      await page.getByLabel("Periode").selectOption(period);
      await page.getByRole("button", { name: "Terapkan" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Peringkat unit layanan ${period}`);
      await expectMatchesApi(page, request, period, async (report) => {
        const ranked = report.units.filter((u) => u.ranked);
        const insufficient = report.units.filter((u) => !u.ranked);
        expect(ranked.length).toBeGreaterThan(5);
        expect(insufficient.length).toBeGreaterThan(0);
        expect(await names(page, /^Peringkat unit layanan/)).toEqual(ranked.map((u) => u.name));
        expect(await cellTexts(page, /^Peringkat unit layanan/, 1)).toEqual(ranked.map((u) => String(u.rank)));
        expect((await names(page, /^Unit dengan sampel belum cukup/)).sort()).toEqual(insufficient.map((u) => u.name).sort());
      });

      // Filter by type with the plain GET form.
      await page.getByLabel("Jenis unit").selectOption("kecamatan");
      await page.getByRole("button", { name: "Terapkan" }).click();
      await expect(page).toHaveURL(/[?&]type=kecamatan/);
      const offices = (report: ApiReport) => report.units.filter((u) => u.ranked && u.type === "kecamatan");
      await expectMatchesApi(page, request, period, async (report) => {
        expect(offices(report).length).toBeGreaterThan(2);
        expect(await names(page, /^Peringkat unit layanan/)).toEqual(offices(report).map((u) => u.name));
      });

      // Sort by score, lowest first, by clicking the column header twice; the filter stays.
      await page
        .getByRole("table", { name: /^Peringkat unit layanan/ })
        .getByRole("link", { name: "Nilai" })
        .click();
      await expect(page).toHaveURL(/sort=score&dir=desc/);
      await page
        .getByRole("table", { name: /^Peringkat unit layanan/ })
        .getByRole("link", { name: /^Nilai/ })
        .click();
      await expect(page).toHaveURL(/type=kecamatan.*sort=score&dir=asc/);
      await expect(page.getByRole("columnheader", { name: /^Nilai/ }).first()).toHaveAttribute("aria-sort", "ascending");
      await expectMatchesApi(page, request, period, async (report) => {
        const byScore = offices(report).sort((a, b) => a.score! - b.score!);
        expect(await names(page, /^Peringkat unit layanan/)).toEqual(byScore.map((u) => u.name));
        const shown = (await cellTexts(page, /^Peringkat unit layanan/, 3)).map(num);
        expect(shown).toEqual([...shown].sort((a, b) => a - b));
      });

      // Search by name, accents and case ignored; the URL can be shared as is.
      await page.goto(`/peringkat?period=${period}&q=${encodeURIComponent("JALAN gedang")}`);
      const found = [...(await names(page, /^Peringkat unit layanan/)), ...(await names(page, /^Unit dengan sampel belum cukup/))];
      expect(found).toEqual(["Puskesmas Jalan Gedang"]);
    });
  });
}

test("a past period and a filter by kecamatan come from the query string", async ({ page, request }) => {
  const period = previousQuarter((await scores(request)).period);
  const kecamatan = (await scores(request, `?period=${period}`)).units.find((u) => u.ranked && u.kecamatan)!.kecamatan!;
  await page.goto(`/peringkat?period=${period}&kecamatan=${encodeURIComponent(kecamatan)}&sort=name`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Peringkat unit layanan ${period}`);
  await expect(page.getByLabel("Kecamatan")).toHaveValue(kecamatan);
  await expectMatchesApi(page, request, period, async (report) => {
    const expected = report.units
      .filter((u) => u.ranked && u.kecamatan === kecamatan)
      .map((u) => u.name)
      .sort((a, b) => a.localeCompare(b, "id"));
    expect(await names(page, /^Peringkat unit layanan/)).toEqual(expected);
  });
  // Mangled parameters fall back to the defaults instead of failing.
  // (A NUL in a URL is refused before any route, e2e/bad-input-routes.spec.ts.)
  const response = await page.goto("/peringkat?period=2026-Q9&sort=zz&dir=x&type[]=1");
  expect(response!.status()).toBe(200);
});

/** RFC 4180 lines and fields (quoted fields may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split("\r\n")
    .map((line) => [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2])));
}

test("the CSV download has the rows of the JSON API", async ({ page, request }) => {
  const period = previousQuarter((await scores(request)).period);
  await page.goto(`/peringkat?period=${period}`);
  await expect(page.getByRole("link", { name: `Peringkat ${period} (JSON)` })).toHaveAttribute("href", `/api/v1/scores?period=${period}`);
  // Retried: a cached report past its lifetime is served once more while it is recomputed, so
  // two requests made across that moment may see two computations (open complaints age).
  await expect(async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: `Unduh peringkat ${period} (CSV)` }).click()]);
    expect(download.suggestedFilename()).toBe(`rapor-layanan-${period}.csv`);
    const report = await scores(request, `?period=${period}`);
    const { readFile } = await import("node:fs/promises");
    const [header, ...rows] = parseCsv(await readFile((await download.path())!, "utf8"));
    const column = (name: string) => header.indexOf(name);
    expect(rows.map((row) => row[column("slug")])).toEqual(report.units.map((u) => u.slug));
    rows.forEach((row, i) => {
      const unit = report.units[i];
      expect(row[column("name")]).toBe(unit.name);
      expect(row[column("rank")]).toBe(unit.rank == null ? "" : String(unit.rank));
      expect(row[column("zone")]).toBe(unit.zone ?? "");
      if (unit.score == null) expect(row[column("score")]).toBe("");
      else expect(Number(row[column("score")])).toBeCloseTo(unit.score, 6);
    });
  }).toPass({ timeout: 20_000 });
});

test("a unit page shows its score, charts with their tables, the weakest element, complaints and the head's contact", async ({ page, request }) => {
  // The last complete quarter, so that the unit has answers whatever day the test runs.
  const period = previousQuarter((await scores(request)).period);
  const unit = (await scores(request, `?period=${period}`)).units.find((u) => u.slug === "rshd")!;
  const directory = (await (await request.get("/api/v1/units")).json()).units as { slug: string; headName: string; phone: string }[];
  const head = directory.find((u) => u.slug === "rshd")!;
  await page.goto(`/peringkat?period=${period}`);
  await page.getByRole("link", { name: "Rumah Sakit Harapan dan Doa (RSHD)" }).click();
  await expect(page).toHaveURL(`/unit/rshd?period=${period}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rumah Sakit Harapan dan Doa (RSHD)");
  await expect(page.getByRole("heading", { name: `Nilai periode ${period}` })).toBeVisible();
  await expect(page).toHaveTitle(/Rumah Sakit Harapan dan Doa \(RSHD\)/);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /Rumah Sakit Harapan dan Doa/);
  const ogImage = new URL((await page.locator('meta[property="og:image"]').first().getAttribute("content"))!);
  expect(ogImage.pathname).toMatch(/^\/unit\/rshd\/opengraph-image/);
  const image = await request.get(ogImage.pathname + ogImage.search);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  // Both charts are drawn (canvas with a text alternative), each beside its table.
  await expect(page.getByRole("img", { name: /Grafik batang rata-rata sembilan unsur/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Grafik garis nilai unit per triwulan/ })).toBeVisible();
  for (const canvas of await page.locator("canvas").all()) expect((await canvas.boundingBox())!.height).toBeGreaterThan(100);
  await expect(page.getByRole("table", { name: /^Rata-rata setiap unsur/ }).locator("tbody tr")).toHaveCount(9);
  await expect(page.getByRole("table", { name: "Nilai unit per triwulan" }).locator("tbody tr").first()).toBeVisible();
  await expectMatchesApi(page, request, period, async (report) => {
    const score = report.units.find((u) => u.slug === "rshd")!.score;
    expect(await page.getByTestId("unit-score").innerText()).toBe(
      score == null ? "–" : new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score),
    );
  });
  const elementNames = [
    "Persyaratan",
    "Sistem, mekanisme, dan prosedur",
    "Waktu penyelesaian",
    "Biaya/tarif",
    "Produk spesifikasi jenis pelayanan",
    "Kompetensi pelaksana",
    "Perilaku pelaksana",
    "Penanganan pengaduan, saran dan masukan",
    "Sarana dan prasarana",
  ];
  const weakest = elementNames[Number(unit.weakestElement!.slice(1)) - 1];
  await expect(page.getByTestId("weakest")).toContainText(`Unsur terlemah: ${weakest}`);
  await expect(page.getByRole("heading", { name: /^Pengaduan periode/ })).toBeVisible();
  await expect(page.getByText("Diterima", { exact: true })).toBeVisible();

  await expect(page.getByText(head.headName)).toBeVisible();
  const digits = head.phone.replace(/\D/g, "");
  await expect(page.getByRole("link", { name: /^Telepon/ })).toHaveAttribute("href", `tel:+${digits}`);
  await expect(page.getByRole("link", { name: "Kirim pesan WhatsApp" })).toHaveAttribute("href", `https://wa.me/${digits}`);
  await expect(page.getByRole("link", { name: "Nilai layanan unit ini" })).toHaveAttribute("href", "/s/rshd");
  await expect(page.getByRole("link", { name: "Sampaikan pengaduan tentang unit ini" })).toHaveAttribute("href", "/pengaduan?unit=rshd");
});

test("GET /api/v1/units lists every unit with its head's name and public number", async ({ request }) => {
  const response = await request.get("/api/v1/units");
  expect(response.headers()["content-type"]).toContain("application/json");
  const { units } = await response.json();
  const report = await scores(request);
  expect(units.map((u: { slug: string }) => u.slug).sort()).toEqual(report.units.map((u) => u.slug).sort());
  expect(units[0]).toEqual(
    expect.objectContaining({
      slug: expect.any(String),
      name: expect.any(String),
      type: expect.any(String),
      headName: expect.any(String),
      phone: expect.stringMatching(/^\+62 /),
    }),
  );
  expect(Object.keys(units[0])).toEqual(expect.arrayContaining(["kecamatan", "phoneCheckedAt"]));
});

test.describe("the number-does-not-answer report, JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("is stored for the secretariat, three times a day per client", async ({ page }) => {
    await asClient(page);
    const count = () => {
      const sqlite = e2eDb();
      try {
        return (sqlite.prepare(`SELECT COUNT(*) AS n FROM "ContactReport" r JOIN "Unit" u ON u.id = r.unitId WHERE u.slug = 'pdam'`).get() as { n: number }).n;
      } finally {
        sqlite.close();
      }
    };
    const before = count();
    await page.goto("/unit/pdam");
    for (let i = 1; i <= 3; i++) {
      await page.getByRole("button", { name: "Nomor ini tidak menjawab" }).click();
      await expect(page).toHaveURL(/\/unit\/pdam\?lapor=terkirim/);
      await expect(page.getByText("Terima kasih. Laporan Anda tercatat")).toBeVisible();
      expect(count()).toBe(before + i);
    }
    await page.getByRole("button", { name: "Nomor ini tidak menjawab" }).click();
    await expect(page.getByText("Anda sudah mengirim beberapa laporan hari ini")).toBeVisible();
    expect(count()).toBe(before + 3);
  });
});

test("an unknown unit is a 404 page, never an error", async ({ page, request }) => {
  const response = await page.goto("/unit/tidak-ada-unit-ini");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  await expectAccessible(page);
  for (const path of ["/unit/%E2%80%AE", "/unit/" + "x".repeat(300), "/unit/rshd?period=zzz", "/unit/RSHD"]) {
    expect((await request.get(path)).status(), path).toBeLessThan(500);
  }
  expect((await request.post("/unit/tidak-ada/nomor-tidak-aktif", { form: { confirm: "1" }, maxRedirects: 0 })).status()).toBe(404);
});

test("the language switch turns the public pages into English and back", async ({ page }) => {
  await page.goto("/peringkat?type=puskesmas");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/peringkat\?type=puskesmas/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Service unit leaderboard/);
  await expect(page.getByRole("heading", { name: "Insufficient sample" })).toBeVisible();
  await page.goto("/unit/rshd");
  await expect(page.getByRole("heading", { name: "The nine service elements" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Send a WhatsApp message" })).toBeVisible();
  await page.getByRole("link", { name: "Bahasa Indonesia" }).click();
  await expect(page.getByRole("heading", { name: "Sembilan unsur layanan" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
});

// One test per page and language: axe takes seconds per page on a busy machine.
for (const locale of ["id", "en"] as const) {
  for (const path of ["/", "/peringkat", "/peringkat?type=kecamatan&sort=score&dir=asc", "/unit/rshd", "/unit/pdam?lapor=dibatasi", "/metode"]) {
    test(`${path} passes axe (${locale})`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectAccessible(page);
    });
  }
}
