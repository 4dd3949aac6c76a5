// Zod schemas carry message *codes*; the action translates them into the user's language.
import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 12;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "required").max(200, "tooLong"),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH, "tooShort").max(200, "tooLong"),
    confirmPassword: z.string().min(1, "required"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "mismatch" });
