// A complaint received elsewhere (a call, WhatsApp, a visit, a letter, SP4N-LAPOR!) and recorded
// by a handler in the workspace: the citizen's fields and rules, plus the channel, when it was
// received (deadlines run from then) and the LAPOR! ticket. Messages are codes, translated under
// "complaints.errors" or "complaintChannels.errors".
import { z } from "zod";
import { normalizeLaporTicket, RECORDED_CHANNELS, receivedAtProblem } from "@/lib/complaints/channels";
import { complaintFields, reportFromForm, withContactRules } from "./schema";

/** "YYYY-MM-DDTHH:mm" from a datetime-local input is the city's time (WIB); ISO with a zone is taken as is. */
export function parseReceivedAt(value: string): Date | null {
  const v = value.trim();
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(v);
  const date = local
    ? new Date(`${local[1]}T${local[2]}${local[3] ?? ":00"}+07:00`)
    : /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(v)
      ? new Date(v)
      : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

export function recordedComplaintSchema(now: () => Date = () => new Date()) {
  return withContactRules(
    z.strictObject(
      {
        ...complaintFields,
        channel: z.enum(RECORDED_CHANNELS, "channel"),
        receivedAt: z
          .string("required")
          .trim()
          .min(1, "required")
          .transform((v, ctx) => {
            const date = parseReceivedAt(v);
            const problem = date ? receivedAtProblem(date, now()) : "receivedAtInvalid";
            if (problem) {
              ctx.addIssue({ code: "custom", message: problem === "future" ? "receivedAtFuture" : problem === "tooOld" ? "receivedAtTooOld" : problem });
              return z.NEVER;
            }
            return date!;
          }),
        laporTicket: z.preprocess(
          (v) => (v === null || v === "" ? undefined : v),
          z
            .string("laporTicket")
            .trim()
            .max(60, "tooLong")
            .regex(/^[A-Za-z0-9][A-Za-z0-9 ./-]*$/, "laporTicket")
            .transform(normalizeLaporTicket)
            .optional(),
        ),
      },
      "body",
    ),
  )
    .refine((v) => v.channel !== "lapor" || !!v.laporTicket, { path: ["laporTicket"], message: "laporTicketRequired", when: hasChannel })
    .refine((v) => v.channel === "lapor" || !v.laporTicket, { path: ["laporTicket"], message: "laporTicketOnlyLapor", when: hasChannel });
}

function hasChannel(payload: { value: unknown }): boolean {
  const v = payload.value as { channel?: unknown; laporTicket?: unknown } | null;
  return typeof v === "object" && v !== null && typeof v.channel === "string";
}

export type RecordedComplaintInput = z.infer<ReturnType<typeof recordedComplaintSchema>>;

/** The workspace form's flat fields in the schema's shape. */
export function recordedComplaintFromForm(form: Record<string, string>): unknown {
  return {
    unit: form.unit,
    channel: form.channel || undefined,
    receivedAt: form.receivedAt,
    laporTicket: form.laporTicket,
    ...reportFromForm(form),
  };
}

/** The reporter's verdict (the /lacak form and POST /api/v1/complaints/<code>/verdict). */
export const verdictSchema = z
  .strictObject(
    {
      satisfied: z.preprocess((v) => (v === "yes" || v === "true" ? true : v === "no" || v === "false" ? false : v), z.boolean("verdictChoice")),
      reason: z.preprocess((v) => (v === null || v === "" ? undefined : v), z.string("text").trim().max(2000, "tooLong").optional()),
    },
    "body",
  )
  .refine((v) => v.satisfied !== false || !!v.reason?.trim(), {
    path: ["reason"],
    message: "verdictReasonRequired",
    when: (p) => typeof p.value === "object" && p.value !== null,
  });
export type VerdictInput = z.infer<typeof verdictSchema>;
