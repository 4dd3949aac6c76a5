// The citizen survey in a real browser: with and without JavaScript, errors that keep what was
// typed, English, keyboard only, the per-address ceiling, and axe. Each test posts from its own client
// address (X-Forwarded-For) so the per-client limit of one test never touches another.
import type { Page } from "@playwright/test";
import { e2eDb, expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

const ELEMENTS = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"] as const;

function asClient(page: Page) {
  return page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${rand()}.${rand()}.${rand()}` });
}
const rand = () => Math.floor(Math.random() * 250) + 1;

async function answerAll(page: Page, answers: Partial<Record<(typeof ELEMENTS)[number], number>>) {
  for (const [key, value] of Object.entries(answers))
    await page
      .locator(`#q-${key}`)
      .getByRole("radio")
      .nth(value - 1)
      .check();
}

function storedResponse(id: number) {
  const sqlite = e2eDb();
  try {
    return sqlite.prepare(`SELECT * FROM "SurveyResponse" WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  } finally {
    sqlite.close();
  }
}

test.describe("with JavaScript", () => {
  test("a citizen rates a visit and is thanked with the unit's grade and a way to complain", async ({ page }) => {
    await asClient(page);
    await page.goto("/s/rshd");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Rumah Sakit Harapan dan Doa (RSHD)");
    await expect(page.getByRole("radiogroup")).toHaveCount(0); // fieldsets with legends are the groups
    await expect(page.locator("fieldset[data-q]")).toHaveCount(9);
    await answerAll(page, { u1: 4, u2: 3, u3: 2, u4: 4, u5: 3, u6: 3, u7: 4, u8: 1, u9: 3 });
    await page.getByLabel("Jenis kelamin").selectOption("female");
    await page.getByLabel("Layanan yang Anda gunakan").fill("Rawat jalan poli anak");
    await page.getByRole("button", { name: "Kirim penilaian" }).click();

    await expect(page).toHaveURL(/\/s\/rshd\/terima-kasih\?r=\d+/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terima kasih atas penilaian Anda");
    await expect(page.getByText(/mutu pelayanan [ABCD]/)).toBeVisible();
    const complain = page.getByRole("link", { name: "Ajukan pengaduan tentang kunjungan ini" });
    const id = Number(new URL(page.url()).searchParams.get("r"));
    await expect(complain).toHaveAttribute("href", `/pengaduan?unit=rshd&response=${id}`);
    await expectAccessible(page);

    const row = storedResponse(id)!;
    expect(row).toMatchObject({ u1: 4, u3: 2, u8: 1, gender: "female", service: "Rawat jalan poli anak", channel: "web", excluded: 0 });
  });

  test("unanswered questions are flagged in the browser before anything is sent", async ({ page }) => {
    await asClient(page);
    await page.goto("/s/rshd");
    await answerAll(page, { u1: 4, u3: 3 });
    await expect(page.locator("#u2-error")).toHaveText("Pilih salah satu jawaban."); // skipped, flagged at once
    await page.locator("#q-u2").getByRole("radio").nth(2).check();
    await expect(page.locator("#u2-error")).toBeHidden();
    let posted = false;
    page.on("request", (r) => (posted ||= r.method() === "POST"));
    await page.getByRole("button", { name: "Kirim penilaian" }).click();
    await expect(page.locator("#u4-error")).toHaveText("Pilih salah satu jawaban.");
    await expect(page.locator("#u1-error")).toBeHidden();
    await expect(page.locator("#q-u4 input").first()).toBeFocused();
    expect(posted).toBe(false);
    await page.locator("#q-u4").getByRole("radio").nth(2).check();
    await expect(page.locator("#u4-error")).toBeHidden();
  });

  test("the survey can be answered with the keyboard alone", async ({ page }) => {
    await asClient(page);
    await page.goto("/s/puskesmas-jalan-gedang");
    await page.locator("#q-u1 input").first().focus();
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press("Space"); // selects the focused answer (1)
      await page.keyboard.press("ArrowRight"); // moves to and selects answer 2
      await page.keyboard.press("ArrowRight"); // answer 3
      await page.keyboard.press("Tab"); // next question
    }
    for (const key of ELEMENTS) await expect(page.locator(`#q-${key} input[value="3"]`)).toBeChecked();
    // On through the optional fields to the button.
    await page.getByRole("button", { name: "Kirim penilaian" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/terima-kasih/);
  });

  test("the survey passes axe with errors shown, and in English", async ({ page }) => {
    await asClient(page);
    await page.goto("/s/rshd");
    await expectAccessible(page);
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/s\/rshd$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How was the service at Rumah Sakit Harapan dan Doa (RSHD) today?");
    await expect(page.locator("#q-u7 legend")).toContainText("Question 7 of 9");
    await expect(page.locator("#q-u4").getByText("Free")).toBeVisible();
    await page.getByRole("button", { name: "Send rating" }).click();
    await expect(page.locator("#u1-error")).toHaveText("Choose one answer.");
    await expectAccessible(page);
    // The server's own error page (form.submit() skips the script's check), with its summary.
    await page.evaluate(() => document.querySelector("form")!.submit());
    await expect(page.locator("#summary")).toContainText("9 fields need correcting");
    await expect(page.locator("#summary")).toBeFocused();
    await expectAccessible(page);
    await answerAll(page, { u1: 1, u2: 1, u3: 1, u4: 1, u5: 1, u6: 1, u7: 1, u8: 1, u9: 1 });
    await page.getByRole("button", { name: "Send rating" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your rating");
    await expect(page.getByRole("link", { name: "File a complaint about this visit" })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the plain form posts, and a submission with errors keeps every typed value", async ({ page }) => {
    await asClient(page);
    await page.goto("/s/dukcapil");
    await answerAll(page, { u1: 2, u2: 3, u5: 4 });
    await page.getByLabel("Usia").selectOption("25-34");
    await page.getByLabel("Saran atau komentar").fill("Antrean <b>lama</b> & petugas ramah");
    await page.getByRole("button", { name: "Kirim penilaian" }).click();

    // The server answered 400 with the form again: errors per field, nothing lost.
    await expect(page.getByRole("alert")).toContainText("6 isian");
    await expect(page.locator("#u3-error")).toHaveText("Pilih salah satu jawaban.");
    await expect(page.locator("#q-u1 input[value='2']")).toBeChecked();
    await expect(page.locator("#q-u5 input[value='4']")).toBeChecked();
    await expect(page.getByLabel("Usia")).toHaveValue("25-34");
    await expect(page.getByLabel("Saran atau komentar")).toHaveValue("Antrean <b>lama</b> & petugas ramah");

    await answerAll(page, { u3: 3, u4: 4, u6: 3, u7: 4, u8: 2, u9: 3 });
    await page.getByRole("button", { name: "Kirim penilaian" }).click();
    await expect(page).toHaveURL(/\/s\/dukcapil\/terima-kasih\?r=\d+/);
    const row = storedResponse(Number(new URL(page.url()).searchParams.get("r")))!;
    expect(row).toMatchObject({ u1: 2, u5: 4, u9: 3, ageBand: "25-34", comment: "Antrean <b>lama</b> & petugas ramah" });
  });

  test("beyond the per-address ceiling the form says so and keeps the answers", async ({ page, request }) => {
    test.setTimeout(180_000); // 300 submissions first; the server's pace on a busy machine is not the subject
    const address = `10.99.${rand()}.${rand()}`;
    await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
    const answers = Object.fromEntries(ELEMENTS.map((k) => [k, 3]));
    // Use up the per-address ceiling (300 an hour by default) through the API, from the same client.
    let refused = false;
    for (let batch = 0; batch < 13 && !refused; batch++) {
      const statuses = await Promise.all(
        Array.from({ length: 25 }, () =>
          request.post("/api/v1/surveys", { headers: { "x-forwarded-for": address }, data: { unit: "rshd", answers } }).then((r) => r.status()),
        ),
      );
      refused = statuses.includes(429);
    }
    expect(refused).toBe(true);
    await page.goto("/s/rshd");
    await answerAll(page, { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 });
    await page.getByRole("button", { name: "Kirim penilaian" }).click();
    await expect(page.locator("#notice")).toContainText("Terlalu banyak penilaian");
    await expect(page.locator("#q-u9 input[value='4']")).toBeChecked();
  });

  test("a filled honeypot is thanked and stores nothing", async ({ request }) => {
    const count = () => {
      const sqlite = e2eDb();
      try {
        // Only this test's text: other specs answer surveys at the same time.
        return (sqlite.prepare(`SELECT COUNT(*) AS n FROM "SurveyResponse" WHERE comment = 'honeypot-e2e'`).get() as { n: number }).n;
      } finally {
        sqlite.close();
      }
    };
    const before = count();
    const form = Object.fromEntries([...ELEMENTS.map((k) => [k, "4"]), ["comment", "honeypot-e2e"], ["website", "http://spam.example"]]);
    const res = await request.post("/s/rshd", { form, maxRedirects: 0, headers: { "x-forwarded-for": `10.98.${rand()}.${rand()}` } });
    expect(res.status()).toBe(303);
    expect(res.headers().location).toBe("/s/rshd/terima-kasih");
    expect(count()).toBe(before);
  });

  test("an unknown unit is a 404 page", async ({ page }) => {
    const res = await page.goto("/s/tidak-ada");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unit tidak ditemukan");
  });
});
