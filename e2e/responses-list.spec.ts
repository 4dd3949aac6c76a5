// The responses list (/admin/respons): a row's exclusion form opens by the row's link, one form on
// the page at a time (a form on each of a hundred rows made the page 224 KB), and excluding with a
// reason keeps the answer, marked, out of every score. On a unit of its own.
import { addResponses, createUnitWithHead } from "./plan-helpers";
import { dbGet } from "./db-helpers";
import { DEMO, expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

test("an answer is excluded from its row's form, opened by its link, with a reason", async ({ page, signInAs }) => {
  const unit = createUnitWithHead("respons");
  const jakarta = new Date(Date.now() + 7 * 3_600_000);
  const month = jakarta.toISOString().slice(0, 7); // this month, in the page's default quarter
  const answers = { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 };
  addResponses(unit.unitId, month, [{ answers }, { answers, comment: "Jawaban yang mencurigakan." }]);
  const { id } = dbGet<{ id: number }>(`SELECT id FROM "SurveyResponse" WHERE "unitId" = ? AND comment IS NOT NULL`, unit.unitId);

  await signInAs(DEMO.admin);
  await page.goto(`/admin/respons?unit=${unit.slug}`);
  await expect(page.getByRole("link", { name: /^Kecualikan jawaban \d+$/ })).toHaveCount(2);
  await expect(page.locator('form[id^="exclude-"]')).toHaveCount(0);

  await page.getByRole("link", { name: `Kecualikan jawaban ${id}` }).click();
  await expect(page).toHaveURL(new RegExp(`kecualikan=${id}`));
  const form = page.locator(`form#exclude-${id}`);
  await expect(page.locator('form[id^="exclude-"]')).toHaveCount(1);
  await expectAccessible(page);
  await form.getByLabel("Alasan").fill("Isian ganda dari perangkat yang sama.");
  await form.getByRole("button", { name: "Kecualikan dari penilaian" }).click();
  // The row now says so, with the reason, in place of its form.
  await expect(page.locator("tr", { has: page.getByRole("rowheader", { name: String(id), exact: true }) })).toContainText(
    "Dikecualikan: Isian ganda dari perangkat yang sama.",
  );
  expect(dbGet<{ excluded: number; excludedReason: string }>(`SELECT excluded, "excludedReason" FROM "SurveyResponse" WHERE id = ?`, id)).toEqual({
    excluded: 1,
    excludedReason: "Isian ganda dari perangkat yang sama.",
  });
});
