// "Hold, don't drop" for complaints (issue 28): with the default limits, ten complaints from one
// network within an hour all get their tracking codes; the five beyond the limit wait on the
// secretariat's review page, each saying why; released, one reaches the unit head's list; rejected
// as spam, one shows the reporter the reason on /lacak. axe on the review page.
import type { APIRequestContext } from "@playwright/test";
import { DEMO, expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

const rand = () => Math.floor(Math.random() * 250) + 1;
const today = () => new Date().toISOString().slice(0, 10);

async function fileTen(request: APIRequestContext): Promise<string[]> {
  const address = `10.${rand()}.${rand()}.${rand()}`; // one network for all ten, its own in this run
  const codes: string[] = [];
  for (let n = 1; n <= 10; n++) {
    const response = await request.post("/api/v1/complaints", {
      headers: { "x-forwarded-for": address },
      data: {
        unit: "rshd",
        category: "delay",
        description: `Antrean apotek tidak bergerak, pengaduan warga nomor ${n}.`,
        occurredOn: today(),
        anonymous: true,
      },
    });
    expect(response.status()).toBe(201);
    codes.push((await response.json()).trackingCode);
  }
  return codes;
}

test("ten complaints from one network all get codes; the five beyond the limit are held for review, released or rejected", async ({
  page,
  request,
  signInAs,
}) => {
  const codes = await fileTen(request);
  expect(new Set(codes).size).toBe(10);
  const statuses = await Promise.all(codes.map(async (code) => (await (await request.get(`/api/v1/complaints/${code}`)).json()).status));
  expect(statuses).toEqual([...Array(5).fill("received"), ...Array(5).fill("held")]);
  const [release, reject] = codes.slice(5);

  // The reporter is told it awaits review.
  await page.goto(`/lacak/${release}`);
  await expect(page.locator("#case-status")).toHaveText("Menunggu pemeriksaan");
  await expect(page.locator("#case-held")).toBeVisible();

  // The secretariat finds them from the workspace home.
  await signInAs(DEMO.admin);
  await page.goto("/admin");
  await page.locator("#held-complaints-link").click();
  await expect(page).toHaveURL(/\/admin\/pengaduan\/ditahan$/);
  for (const [i, code] of codes.slice(5).entries()) {
    await expect(page.locator(`[data-code="${code}"] .held-why`)).toHaveText(`Pengaduan ke-${i + 6} dari satu jaringan dalam satu jam`);
  }
  await page.locator(`[data-code="${release}"]`).getByRole("button", { name: "Lepaskan ke unit" }).click();
  await expect(page.locator(`[data-code="${release}"]`)).toHaveCount(0);
  const rejecting = page.locator(`[data-code="${reject}"]`);
  await rejecting.locator("summary").click();
  await rejecting.getByLabel("Alasan penolakan (dibaca pelapor)").fill("Isi sama dengan sembilan pengaduan lain dari jaringan yang sama.");
  await rejecting.getByRole("button", { name: "Tolak sebagai spam" }).click();
  await expect(page.locator(`[data-code="${reject}"]`)).toHaveCount(0);

  // Released: the unit head's; rejected: the reporter reads why.
  await signInAs(DEMO.headRshd);
  await page.goto(`/admin/pengaduan?q=${release}`);
  await expect(page.locator(`[data-case="${release}"]`)).toBeVisible();
  await page.goto(`/admin/pengaduan?q=${codes[6]}`);
  await expect(page.locator(`[data-case="${codes[6]}"]`)).toHaveCount(0); // still held: not the unit's yet
  await page.goto(`/lacak/${reject}`);
  await expect(page.locator("#case-status")).toHaveText("Ditolak");
  await expect(page.locator("#case-answer")).toHaveText("Isi sama dengan sembilan pengaduan lain dari jaringan yang sama.");
});

test("axe: the review page of held complaints, and it is the secretariat's alone", async ({ page, request, signInAs }) => {
  await fileTen(request);
  await signInAs(DEMO.headRshd);
  expect((await page.goto("/admin/pengaduan/ditahan"))!.status()).toBe(403);
  await signInAs(DEMO.admin);
  await page.goto("/admin/pengaduan/ditahan");
  await expect(page.locator(".held-complaint").first()).toBeVisible();
  await page.locator(".held-complaint details summary").first().click();
  await expectAccessible(page);
});
