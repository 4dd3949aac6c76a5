// The bounded count's ORDER BY goes, on the SQL Prisma 6.19 writes for both databases; nothing else changes.
import { describe, expect, it } from "vitest";
import { unorderedCount } from "./unordered-count";

// As Prisma writes `complaint.count({ where, take: 1001 })` (captured from its query log).
const POSTGRES =
  'SELECT COUNT(*) AS "_count$_all" FROM (SELECT "public"."Complaint"."id" FROM "public"."Complaint" LEFT JOIN "public"."Unit" AS "j0" ON ("j0"."id") = ("public"."Complaint"."unitId") WHERE ("public"."Complaint"."channel" = CAST($1::text AS "public"."ComplaintChannel") AND ("j0"."slug" = $2 AND ("j0"."id" IS NOT NULL))) ORDER BY "public"."Complaint"."id" ASC LIMIT $3 OFFSET $4) AS "sub"';
const SQLITE =
  "SELECT COUNT(*) AS `_count$_all` FROM (SELECT `main`.`Complaint`.`id` FROM `main`.`Complaint` WHERE (`main`.`Complaint`.`channel` = ? AND `main`.`Complaint`.`description` LIKE ?) ORDER BY `main`.`Complaint`.`id` ASC LIMIT ? OFFSET ?) AS `sub`";

describe("unorderedCount", () => {
  it("drops the ORDER BY of Prisma's bounded count on both databases", () => {
    expect(unorderedCount(POSTGRES)).toBe(POSTGRES.replace(' ORDER BY "public"."Complaint"."id" ASC', ""));
    expect(unorderedCount(SQLITE)).toBe(SQLITE.replace(" ORDER BY `main`.`Complaint`.`id` ASC", ""));
  });

  it("drops an order of several terms, as Prisma spaces them", () => {
    const sql =
      'SELECT COUNT(*) AS "_count$_all" FROM (SELECT "public"."Complaint"."id" FROM "public"."Complaint" WHERE "public"."Complaint"."channel" = $1 ORDER BY "public"."Complaint"."nextDueAt"ASC NULLS LAST, "public"."Complaint"."receivedAt" DESC LIMIT $2 OFFSET $3) AS "sub"';
    expect(unorderedCount(sql)).toBe(
      'SELECT COUNT(*) AS "_count$_all" FROM (SELECT "public"."Complaint"."id" FROM "public"."Complaint" WHERE "public"."Complaint"."channel" = $1 LIMIT $2 OFFSET $3) AS "sub"',
    );
  });

  it("leaves every other statement as it is", () => {
    for (const sql of [
      'SELECT "public"."Complaint"."id" FROM "public"."Complaint" ORDER BY "public"."Complaint"."id" ASC LIMIT $1 OFFSET $2',
      'SELECT COUNT(*) AS "_count$_all" FROM (SELECT "public"."Complaint"."id" FROM "public"."Complaint" WHERE 1=1 OFFSET $1) AS "sub"',
      'SELECT COUNT(*) AS "_count$_all" FROM "public"."Complaint" WHERE "public"."Complaint"."status" = $1',
      // An ordered subquery inside the where is not the window's order.
      'SELECT COUNT(*) AS "_count$_all" FROM (SELECT "t"."id" FROM "t" WHERE "t"."id" IN (SELECT "u"."id" FROM "u" ORDER BY "u"."id" ASC LIMIT $1) AND "t"."x" = $2 LIMIT $3 OFFSET $4) AS "sub"',
    ]) {
      expect(unorderedCount(sql)).toBe(sql);
    }
  });
});
