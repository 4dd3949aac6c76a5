// The city report's signatory form (/admin/laporan): the Sekretaris Daerah's title and name, and the
// NIP as printed under the signature.
import { z } from "zod";
import { nipSchema } from "@/lib/units/schema";

export const signatorySchema = z.strictObject({
  title: z.string("required").trim().min(3, "required").max(160, "tooLong"),
  name: z.string("required").trim().min(3, "required").max(120, "tooLong"),
  nip: nipSchema,
});
export type SignatoryInput = z.infer<typeof signatorySchema>;
