import { describe, expect, it } from "vitest";
import { can, unitScope, type Actor, type Permission } from "./permissions";

const admin: Actor = { id: 1, role: "admin", unitId: null };
const inspector: Actor = { id: 2, role: "inspector", unitId: null };
const head: Actor = { id: 3, role: "unit_head", unitId: 10 };
const headWithoutUnit: Actor = { id: 4, role: "unit_head", unitId: null };

describe("permissions", () => {
  it.each<[Permission, boolean, boolean, boolean]>([
    // permission, admin, inspector, unit head (own unit)
    ["dashboard:read", true, true, false],
    ["unit:read", true, true, true],
    ["unit:manage", true, false, false],
    ["visit-codes:manage", true, false, true],
    ["kiosk:manage", true, false, true],
    ["response:exclude", true, false, false],
    ["response:held:read", true, false, true],
    ["response:review", true, false, false],
    ["complaint:read", true, true, true],
    ["complaint:handle", true, true, true],
    ["complaint:hold:review", true, false, false],
    ["user:manage", true, false, false],
    ["audit:read", true, false, false],
    ["period:manage", true, false, false],
    ["export:read", true, true, false],
    ["outbox:read", true, false, false],
    ["privacy:manage", true, false, false],
    ["plan:read", true, true, true],
    ["plan:write", true, false, true],
    ["plan:review", true, false, false],
    ["alert:read", true, false, true],
    ["alert:acknowledge", true, false, true],
  ])("%s: admin %s, inspector %s, unit head %s", (permission, forAdmin, forInspector, forHead) => {
    expect(can(admin, permission, 10)).toBe(forAdmin);
    expect(can(inspector, permission, 10)).toBe(forInspector);
    expect(can(head, permission, 10)).toBe(forHead);
  });

  it("limits a unit head to their own unit", () => {
    expect(can(head, "complaint:read", 10)).toBe(true);
    expect(can(head, "complaint:read", 11)).toBe(false);
    expect(can(headWithoutUnit, "complaint:read", 10)).toBe(false);
    expect(can(head, "response:held:read", 11)).toBe(false);
    expect(can(head, "plan:write", 11)).toBe(false);
    expect(can(head, "plan:read", 11)).toBe(false);
    expect(can(head, "alert:acknowledge", 11)).toBe(false);
    expect(unitScope(head)).toEqual({ unitId: 10 });
    expect(unitScope(headWithoutUnit)).toEqual({ unitId: -1 });
    expect(unitScope(inspector)).toEqual({});
  });

  it("fails closed for nobody and for unknown roles", () => {
    expect(can(null, "unit:read")).toBe(false);
    expect(can({ id: 9, role: "superuser" as never, unitId: null }, "unit:read")).toBe(false);
  });
});
