import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SEED_NON_WORKING_DAYS } from "./seed-days";
import { daySchema } from "./schema";

// The migrations insert the seeded days: both databases' SQL must list exactly these.
function migrationSql(dir: string): string {
  const name = readdirSync(dir).find((d) => d.endsWith("_working_days_and_notification_keys"))!;
  return readFileSync(`${dir}/${name}/migration.sql`, "utf8");
}

describe("seeded non-working days", () => {
  it("are valid, unique dates of 2025-2027 with names in both languages", () => {
    const days = SEED_NON_WORKING_DAYS.map((d) => d.day);
    expect(new Set(days).size).toBe(days.length);
    for (const d of SEED_NON_WORKING_DAYS) {
      expect(daySchema.safeParse(d.day).success, d.day).toBe(true);
      expect(d.day >= "2025-01-01" && d.day <= "2027-12-31").toBe(true);
      expect(d.nameId.length && d.nameEn.length).toBeTruthy();
    }
    // Each year has Idul Fitri; 2027's is an estimate until the decree is checked.
    for (const year of ["2025", "2026", "2027"])
      expect(SEED_NON_WORKING_DAYS.some((d) => d.day.startsWith(year) && d.nameEn.startsWith("Eid al-Fitr"))).toBe(true);
    expect(SEED_NON_WORKING_DAYS.filter((d) => d.day.startsWith("2027") && d.nameEn.startsWith("Eid")).every((d) => !d.confirmed)).toBe(true);
  });

  it("are the days both migrations insert", () => {
    for (const dir of ["prisma/migrations", "prisma/postgres/migrations"]) {
      const sql = migrationSql(dir);
      const inserted = [...sql.matchAll(/^\s+\('(\d{4}-\d{2}-\d{2})', '((?:[^']|'')*)'/gm)].map((m) => `${m[1]} ${m[2].replace(/''/g, "'")}`);
      expect(inserted, dir).toEqual(SEED_NON_WORKING_DAYS.map((d) => `${d.day} ${d.nameId}`));
    }
  });
});
