// Generators of hostile values for the fuzz specs (fast-check): injection fragments, control and
// bidi characters, emoji, path tricks, binary strings, huge strings, and every JSON type.
import fc from "fast-check";

export const HOSTILE_STRINGS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "'; DELETE FROM \"Complaint\"; --",
  "\" OR 1=1 --",
  "{{7*7}}${7*7}",
  "\u202e\u0000\u0007",
  "🇮🇩😀",
  "..%2F..%2Fetc%2Fpasswd",
  "constructor",
  "__proto__",
];

export const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: "binary", maxLength: 200 }), fc.string({ minLength: 5000, maxLength: 60_000 }));

export const anyJson = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
);

/** A fixed seed per run (FUZZ_SEED to replay one), printed by fast-check on failure. */
export const fuzzSeed = () => Number(process.env.FUZZ_SEED ?? Date.now() % 100000);

export const NASTY = [
  "'; DROP TABLE \"SurveyResponse\"; --",
  "\" OR 1=1 --",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "${7*7}{{7*7}}",
  "\u0000\u0001\u202e",
  "😀🇮🇩",
  "../../etc/passwd",
];
export const nastyString = fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: "binary", maxLength: 200 }), fc.string({ minLength: 5000, maxLength: 120_000 }));
const anyValue = fc.oneof(nastyString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }));
const answers = fc.dictionary(fc.constantFrom("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "u10", "x"), anyValue, { maxKeys: 11 });

/** A survey body for `unit` that is wrong in at least one way (a valid one would be stored). */
export const badSurveyBody = (unit: string) =>
  fc.oneof(
  anyValue,
  fc.record({ unit: anyValue, answers: anyValue }, { requiredKeys: [] }),
  fc.record({ unit: fc.constant(unit), answers, comment: anyValue, profile: anyValue, service: anyValue, visitCode: anyValue }, { requiredKeys: ["unit", "answers"] }).filter(
    (body) => {
      const a = body.answers as Record<string, unknown>;
      const valid = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"].every((k) => Number.isInteger(a[k]) && (a[k] as number) >= 1 && (a[k] as number) <= 4);
      return !valid || Object.keys(a).some((k) => !/^u[1-9]$/.test(k));
    },
  ),
);

const CATEGORIES = ["staff_behaviour", "delay", "illegal_fee", "facility", "procedure", "other"];

/** Complaint bodies for `unit` that are wrong in at least one way: the category is never a valid one. */
export const badComplaintBody = (unit: string) =>
  fc.oneof(
  anyJson,
  fc.record(
    {
      unit: fc.oneof(fc.constant(unit), anyJson),
      category: anyJson,
      description: fc.oneof(fc.constant("Petugas meminta uang tambahan tanpa kuitansi resmi."), anyJson),
      occurredOn: fc.oneof(fc.constant("2026-11-01"), anyJson),
      anonymous: fc.oneof(fc.boolean(), anyJson),
      contact: fc.oneof(fc.record({ phone: anyJson, email: anyJson, name: anyJson }, { requiredKeys: [] }), anyJson),
      staffName: anyJson,
      surveyResponseId: anyJson,
      extra: anyJson,
    },
    { requiredKeys: [] },
  ),
).filter((body) => !(typeof body === "object" && body !== null && CATEGORIES.includes((body as { category?: unknown }).category as string)));

/** Survey form fields (as posted by a browser) that are wrong in at least one way. */
export const badSurveyForm = fc.dictionary(
  fc.constantFrom("u1", "u2", "u3", "u9", "gender", "ageBand", "comment", "service", "visitCode", "zzz"),
  fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: "binary", maxLength: 300 }), fc.constantFrom("0", "5", "-1", "2.5", "", "1e3")),
  { maxKeys: 10 },
);

/** Complaint form fields for `unit` that are wrong in at least one way (never a valid category with the rest). */
export const badComplaintForm = (unit: string) =>
  fc.dictionary(
    fc.constantFrom("unit", "category", "description", "occurredOn", "staffName", "room", "name", "phone", "email", "anonymous", "response", "zzz"),
    fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: "binary", maxLength: 300 }), fc.constantFrom("", "on", "2026-02-30", "0812", unit)),
    { maxKeys: 12 },
  );
