// Improvement plans end to end: a unit head writes a plan for their red unit from the proposed
// weakest elements, the secretariat returns it, the head revises it, the secretariat approves it;
// the unit page, the leaderboard and the open data show it; the next period shows before and
// after; a head of another unit can neither read nor change it. The spec owns its unit and its
// figures: responses in 2025-Q1 (red) and 2025-Q2, quarters without demo data.
import { dbGet } from "./db-helpers";
import { DEMO, expect, test } from "./fixtures";
import { addResponses, createUnitWithHead, responsesWithMeans, type Answers } from "./plan-helpers";
import { expectAccessible } from "./accessibility";

const PERIOD = "2025-Q1";
const NEXT = "2025-Q2";
const BEFORE: Answers = { u1: 2, u2: 2, u3: 1.2, u4: 2, u5: 2, u6: 1.6, u7: 2, u8: 1.5, u9: 2 };
const AFTER: Answers = { u1: 2, u2: 2, u3: 2.5, u4: 2, u5: 2, u6: 1.6, u7: 2, u8: 1.5, u9: 2 };

// One scenario in steps that build on each other; a step waits for the page a server action
// renders, which takes long on a busy machine (waits are for states, with room).
test.describe.configure({ mode: "serial", timeout: 120_000 });
const AFTER_ACTION = { timeout: 30_000 };

let unit: ReturnType<typeof createUnitWithHead>;
const planId = () => dbGet<{ id: number }>(`SELECT id FROM "ImprovementPlan" WHERE "unitId" = ? AND period = ?`, unit.unitId, PERIOD)?.id;
const planStatus = () => dbGet<{ status: string }>(`SELECT status FROM "ImprovementPlan" WHERE "unitId" = ? AND period = ?`, unit.unitId, PERIOD)?.status;

test.beforeAll(() => {
  unit = createUnitWithHead("plan");
  addResponses(
    unit.unitId,
    "2025-02",
    responsesWithMeans(40, BEFORE, (i) => ({ comment: i % 10 === 0 ? `Antrean sangat lama, nomor ${i}` : null })),
  );
  addResponses(unit.unitId, "2025-05", responsesWithMeans(40, AFTER));
});

test("a unit head writes a plan from the proposed weakest elements and submits it", async ({ page, signInAs }) => {
  await signInAs(unit.headEmail);
  await page.goto("/admin/rencana");
  await expectAccessible(page);
  await page.getByLabel("Periode").fill(PERIOD);
  await page.getByRole("button", { name: "Mulai rencana" }).click();
  await expect(page).toHaveURL(/\/admin\/rencana\/\d+$/, AFTER_ACTION);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(unit.name);

  // The weakest elements first, with the period's comments beside them (text only).
  const proposed = page.locator("#proposed tbody tr");
  await expect(proposed).toHaveCount(3);
  await expect(proposed.nth(0)).toHaveAttribute("data-element", "u3");
  await expect(proposed.nth(1)).toHaveAttribute("data-element", "u8");
  await expect(page.locator("#period-comments li")).toHaveCount(4);
  // The add form starts on the weakest element.
  await expect(page.locator("#add-action-element")).toHaveValue("u3");

  // A failed submission shows field messages and stores nothing.
  await page.getByRole("button", { name: "Tambah tindakan" }).click();
  await expect(page.locator("#add-action-description-error")).toContainText("Wajib diisi", AFTER_ACTION);
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "PlanAction" WHERE "planId" = ?`, planId()).n).toBe(0);

  await page.locator("#add-action-description").fill("Menambah satu loket pada jam sibuk.");
  await page.locator("#add-action-responsible").fill("Kepala Subbagian Umum");
  await page.locator("#add-action-dueOn").fill("2025-05-31");
  await page.getByRole("button", { name: "Tambah tindakan" }).click();
  await expect(page.locator("article.plan-action")).toHaveCount(1, AFTER_ACTION);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Ajukan untuk disetujui" }).click();
  await expect(page.locator("#plan-status")).toHaveText("Menunggu persetujuan", AFTER_ACTION);
  expect(planStatus()).toBe("submitted");
});

test("the red unit is flagged and marked while its plan is not approved; the secretariat returns it with a comment", async ({ page, signInAs }) => {
  await signInAs(DEMO.admin);
  await page.goto(`/admin?period=${PERIOD}`);
  const flag = page.locator("section", { has: page.locator("#plan-flag-heading") });
  await expect(flag.getByRole("row", { name: new RegExp(unit.name) })).toBeVisible();
  await page.goto(`/peringkat?period=${PERIOD}`);
  await expect(page.getByRole("row", { name: new RegExp(unit.name) })).toContainText("tanpa rencana disetujui");

  await page.goto(`/admin/rencana/${planId()}`);
  await page.locator("#plan-review-decision").selectOption("return");
  await page.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(page.locator("#plan-review-comment-error")).toContainText("catatan", AFTER_ACTION);
  expect(planStatus()).toBe("submitted");
  await page.locator("#plan-review-decision").selectOption("return");
  await page.locator("#plan-review-comment").fill("Tambahkan tindakan untuk penanganan pengaduan (U8).");
  await page.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(page.locator("#plan-status")).toHaveText("Dikembalikan", AFTER_ACTION);
  await expectAccessible(page);
  expect(planStatus()).toBe("returned");
});

test("the head revises the returned plan and submits it again", async ({ page, signInAs }) => {
  await signInAs(unit.headEmail);
  await page.goto(`/admin/rencana/${planId()}`);
  await expect(page.locator("#plan-review-comment")).toHaveText("Tambahkan tindakan untuk penanganan pengaduan (U8).");
  const actionId = dbGet<{ id: number }>(`SELECT id FROM "PlanAction" WHERE "planId" = ?`, planId()).id;
  await page.locator(`#edit-${actionId}-dueOn`).fill("2025-04-30");
  await page.locator(`#edit-${actionId}`).getByRole("button", { name: "Simpan tindakan" }).click();
  await expect(page.locator(`#edit-${actionId}`).getByRole("status")).toHaveText("Tersimpan.", AFTER_ACTION);

  await page.locator("#add-action-element").selectOption("u8");
  await page.locator("#add-action-description").fill("Petugas khusus menjawab pengaduan dalam 1x24 jam.");
  await page.locator("#add-action-responsible").fill("Kepala Seksi Pengaduan");
  await page.locator("#add-action-dueOn").fill("2025-04-15");
  await page.getByRole("button", { name: "Tambah tindakan" }).click();
  await expect(page.locator("article.plan-action")).toHaveCount(2, AFTER_ACTION);
  await page.getByRole("button", { name: "Ajukan untuk disetujui" }).click();
  await expect(page.locator("#plan-status")).toHaveText("Menunggu persetujuan", AFTER_ACTION);
  expect(dbGet<{ dueOn: string }>(`SELECT "dueOn" FROM "PlanAction" WHERE id = ?`, actionId).dueOn).toContain("2025-04-30");
});

test("the secretariat approves it: the flag and the mark go, every step is in the audit log", async ({ page, signInAs }) => {
  await signInAs(DEMO.admin);
  await page.goto(`/admin/rencana/${planId()}`);
  await page.locator("#plan-review-decision").selectOption("approve");
  await page.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(page.locator("#plan-status")).toHaveText("Disetujui", AFTER_ACTION);
  await page.goto(`/admin?period=${PERIOD}`);
  const flag = page.locator("section", { has: page.locator("#plan-flag-heading") });
  await expect(flag).toBeVisible();
  await expect(flag.getByRole("row", { name: new RegExp(unit.name) })).toHaveCount(0);
  await page.goto(`/peringkat?period=${PERIOD}`);
  await expect(page.getByRole("row", { name: new RegExp(unit.name) })).not.toContainText("tanpa rencana disetujui");
  const actions = (
    dbGet<{ a: string }>(
      `SELECT group_concat(action, ',') AS a FROM (SELECT action FROM "AuditLog" WHERE entity = 'plan' AND "entityId" = ? ORDER BY id)`,
      String(planId()),
    ).a ?? ""
  ).split(",");
  expect(actions).toEqual([
    "plan.create",
    "plan.action.add",
    "plan.submit",
    "plan.return",
    "plan.action.update",
    "plan.action.add",
    "plan.submit",
    "plan.approve",
  ]);
});

test("the unit page and the open data show the approved plan, and the next period's before and after", async ({ page, request }) => {
  await page.goto(`/unit/${unit.slug}`);
  const section = page.locator("#rencana");
  await expect(section.getByRole("heading", { name: `Rencana periode ${PERIOD}` })).toBeVisible();
  await expect(section).toContainText("Menambah satu loket pada jam sibuk.");
  const results = section.locator("table.plan-results");
  await expect(results.locator('tr[data-element="u3"]')).toContainText("Ya, bergerak");
  await expect(results.locator('tr[data-element="u8"]')).toContainText("Tidak bergerak");
  await expectAccessible(page);

  const api = await request.get(`/api/v1/units/${unit.slug}/plans`);
  expect(api.status()).toBe(200);
  const body = await api.json();
  expect(body.plans).toHaveLength(1);
  expect(body.plans[0]).toMatchObject({ period: PERIOD, results: { nextPeriod: NEXT, available: true } });
  const u3 = body.plans[0].results.elements.find((e: { element: string }) => e.element === "u3");
  expect(u3.before).toBeCloseTo(1.2, 5);
  expect(u3.after).toBeCloseTo(2.5, 5);
  expect(u3.moved).toBe(true);
  expect(body.plans[0].actions.map((a: { element: string }) => a.element)).toEqual(["u3", "u8"]);
  const missing = await request.get("/api/v1/units/no-such-unit/plans");
  expect(missing.status()).toBe(404);
  // The message in words, not its key (a missing translation answers with the key).
  expect((await missing.json()).message).toBe("Unit layanan tidak ditemukan.");
});

test("the head records progress on the approved plan: a dropped action needs its reason", async ({ page, signInAs }) => {
  await signInAs(unit.headEmail);
  await page.goto(`/admin/rencana/${planId()}`);
  const actionId = dbGet<{ id: number }>(`SELECT id FROM "PlanAction" WHERE "planId" = ? AND element = 'u8'`, planId()).id;
  const form = page.locator(`#progress-${actionId}`);
  await form.locator(`#progress-${actionId}-status`).selectOption("dropped");
  await form.getByRole("button", { name: "Simpan perkembangan" }).click();
  await expect(form.locator(`#progress-${actionId}-droppedReason-error`)).toContainText("alasan", AFTER_ACTION);
  await form.locator(`#progress-${actionId}-status`).selectOption("dropped");
  await form.locator(`#progress-${actionId}-droppedReason`).fill("Petugas dipindahkan ke unit lain.");
  await form.getByRole("button", { name: "Simpan perkembangan" }).click();
  await expect(page.locator(`article[data-action="${actionId}"] .action-status`)).toHaveText("Dibatalkan", AFTER_ACTION);
  // What was approved cannot be edited any more.
  await expect(page.locator(`#edit-${actionId}`)).toHaveCount(0);
  await expectAccessible(page);
});

test("a head of another unit can neither read nor change the plan (page and API)", async ({ page, signInAs }) => {
  const id = planId();
  const before = dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "PlanAction" WHERE "planId" = ?`, id).n;
  await signInAs(DEMO.headDukcapil);
  const response = await page.goto(`/admin/rencana/${id}`);
  expect(response?.status()).toBe(403);
  await page.goto("/admin/rencana");
  await expect(page.getByRole("link", { name: new RegExp(unit.name) })).toHaveCount(0);
  expect((await page.request.get(`/api/v1/workspace/plans/${id}`)).status()).toBe(403);
  const write = await page.request.post(`/api/v1/workspace/plans/${id}/actions`, {
    data: { element: "u1", description: "Sabotase rencana", responsible: "Orang lain", dueOn: "2025-06-01" },
  });
  expect(write.status()).toBe(403);
  expect(dbGet<{ n: number }>(`SELECT COUNT(*) AS n FROM "PlanAction" WHERE "planId" = ?`, id).n).toBe(before);
  // The unit's own head reads it through the API.
  await signInAs(unit.headEmail);
  const own = await page.request.get(`/api/v1/workspace/plans/${id}`);
  expect(own.status()).toBe(200);
  expect((await own.json()).status).toBe("approved");
});
