// Form values read into typed values with zod: a form sends strings, and a checkbox is "on" or
// absent. Errors are message codes, translated by the action (namespace "admin.errors").
import { z } from "zod";

export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
export const intFrom = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
    z.number("number").int("integer").min(min, "tooSmall").max(max, "tooLarge"),
  );
export const numberFrom = (min: number, max: number) =>
  z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v), z.number("number").min(min, "tooSmall").max(max, "tooLarge"));
