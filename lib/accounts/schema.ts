// Zod schemas of the workspace's accounts: a user's own password change, and the users the
// secretariat creates, edits and resets. They carry message *codes*; the action translates them
// into the user's language. Form values arrive as strings: checkboxes are "on" or absent.
import { z } from "zod";
import { MAX_RECORD_ID } from "@/lib/http/record-id";
import { checkbox } from "@/lib/http/form-values";

export const MIN_PASSWORD_LENGTH = 12;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "required").max(200, "tooLong"),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH, "tooShort").max(200, "tooLong"),
    confirmPassword: z.string().min(1, "required"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "mismatch" });

export const ROLES = ["admin", "unit_head", "inspector"] as const;

const userFields = {
  name: z.string().trim().min(2, "required").max(120, "tooLong"),
  role: z.enum(ROLES, "role"),
  unitId: z.preprocess(
    (v) => (v === "" || v == null ? null : Number(v)),
    z.number("number").int("integer").positive("tooSmall").max(MAX_RECORD_ID, "tooLarge").nullable(),
  ),
  active: checkbox,
};
const unitForHeads = (v: { role: string; unitId: number | null }) => v.role !== "unit_head" || v.unitId !== null;

export const userCreateSchema = z
  .object({
    ...userFields,
    email: z.string().trim().toLowerCase().max(200, "tooLong").pipe(z.email("email")),
    password: z.string().min(MIN_PASSWORD_LENGTH, "passwordShort").max(200, "tooLong"),
  })
  .refine(unitForHeads, { path: ["unitId"], message: "unitRequired" });

export const userUpdateSchema = z.object(userFields).refine(unitForHeads, { path: ["unitId"], message: "unitRequired" });

export const resetPasswordSchema = z.object({ password: z.string().min(MIN_PASSWORD_LENGTH, "passwordShort").max(200, "tooLong") });
