// Staff writes show on the next request, whatever the server had cached: a unit created in the
// workspace answers its survey at once (as when the secretariat prints its poster and someone
// scans the QR code straight away), and a deactivated one answers 404 at once, on the survey,
// its public page and the API. Each run makes a unit of its own.
import { dbGet } from "./db-helpers";
import { DEMO, expect, test } from "./fixtures";
import { createUnitThroughForm } from "./workspace-forms";

const answers = { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 3, u7: 4, u8: 2, u9: 3 };
const rand = () => Math.floor(Math.random() * 250) + 1;

test("a unit created in the workspace is surveyed at once, and once deactivated answers 404 at once", async ({ page, request, signInAs }) => {
  test.setTimeout(90_000);
  const slug = `uji-segar-${Date.now().toString(36)}`;
  const name = `Unit Uji Segar ${slug.slice(10)}`;
  // Asked before the unit exists, so that the server has cached its absence.
  expect((await request.get(`/s/${slug}`)).status()).toBe(404);
  expect((await request.get(`/unit/${slug}`)).status()).toBe(404);

  await signInAs(DEMO.admin);
  await createUnitThroughForm(page, { name, slug, headPhone: "+62 812-0000-9999" });

  // At once: the survey form, a submission through the API, the public page.
  const survey = await request.get(`/s/${slug}`);
  expect(survey.status()).toBe(200);
  expect(await survey.text()).toContain(name);
  const posted = await request.post("/api/v1/surveys", { data: { unit: slug, answers }, headers: { "x-forwarded-for": `10.77.${rand()}.${rand()}` } });
  expect(posted.status()).toBe(201);
  await page.goto(`/unit/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  // Deactivated in the workspace: 404 at once everywhere.
  await page.goto("/admin/unit");
  await page.getByRole("button", { name: `Nonaktifkan ${name}` }).click();
  await expect.poll(() => dbGet<{ active: number }>(`SELECT active FROM "Unit" WHERE slug = ?`, slug).active).toBe(0);
  expect((await request.get(`/s/${slug}`)).status()).toBe(404);
  expect((await request.get(`/unit/${slug}`)).status()).toBe(404);
  const refused = await request.post("/api/v1/surveys", { data: { unit: slug, answers }, headers: { "x-forwarded-for": `10.77.${rand()}.${rand()}` } });
  expect(refused.status()).toBe(404);
});

// A kelurahan office no other spec uses.
test("a renamed unit shows its new name on its pages at once", async ({ page, request, signInAs }) => {
  const unit = dbGet<{ id: number; name: string }>(`SELECT id, name FROM "Unit" WHERE slug = 'kelurahan-kebun-tebeng'`);
  const renamed = `${unit.name} (uji ${Date.now().toString(36)})`;
  expect((await request.get("/unit/kelurahan-kebun-tebeng")).status()).toBe(200); // cached now
  await signInAs(DEMO.admin);
  await page.goto(`/admin/unit/${unit.id}`);
  await page.getByLabel("Nama unit").fill(renamed);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  try {
    expect(await (await request.get("/unit/kelurahan-kebun-tebeng")).text()).toContain(renamed);
    expect(await (await request.get("/s/kelurahan-kebun-tebeng")).text()).toContain(renamed);
  } finally {
    await page.goto(`/admin/unit/${unit.id}`);
    await page.getByLabel("Nama unit").fill(unit.name);
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByRole("status")).toBeVisible();
  }
});
