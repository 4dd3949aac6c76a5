// Record ids read from a request (a path segment, a form field, a query parameter). The tables'
// ids are Int columns: PostgreSQL refuses a larger number in a query with an error (a 500, found by
// the route fuzz with /admin/pengguna/9007199254740993), where SQLite simply finds nothing. So an id
// is read here, once, and anything that is not one is no record (a 404, or the form's error).

import { z } from "zod";
import { intFrom } from "./form-values";

/** The largest value of an Int column (PostgreSQL `integer`, Prisma `Int`). */
export const MAX_RECORD_ID = 2_147_483_647;

/** A positive whole number in decimal that an Int column can hold, else null. */
export function recordId(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!/^\d{1,10}$/.test(text)) return null;
  const id = Number(text);
  return id >= 1 && id <= MAX_RECORD_ID ? id : null;
}

/** Whether a number is one an Int id column can hold (the data layer's own guard). */
export function isRecordId(id: number): boolean {
  return Number.isInteger(id) && id >= 1 && id <= MAX_RECORD_ID;
}

/** The record id a workspace form acts on (hidden field `id`); anything else is refused. */
export const recordIdSchema = z.object({ id: intFrom(1, Number.MAX_SAFE_INTEGER) });
