// Generators of hostile values for the fuzz specs (fast-check): injection fragments, control and
// bidi characters, emoji, path tricks, binary strings, huge strings, text that is not well-formed
// Unicode (lone surrogates), invalid UTF-8 bytes, malformed percent-encoding, numbers as strings
// and strings as numbers, prototype keys, and every JSON type.
import fc from "fast-check";

/** Lone UTF-16 surrogates, alone or inside text: JSON can carry them ("\ud800"), UTF-8 cannot. */
export const LONE_SURROGATES = ["\ud800", "\udc00", "a\udbffb", "\udfff", "😀".slice(0, 1), "x\ud83d"];
export const loneSurrogateString = fc
  .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...LONE_SURROGATES), fc.string({ maxLength: 20 }))
  .map((parts) => parts.join(""));

/** Byte sequences that are not UTF-8 (a stray continuation, overlong, surrogate, past U+10FFFF, cut). */
export const INVALID_UTF8: number[][] = [[0xff], [0xfe, 0xff], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe0, 0xa4], [0xf4, 0x90, 0x80, 0x80], [0xc3]];
export const invalidUtf8Bytes = fc
  .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...INVALID_UTF8), fc.string({ maxLength: 10 }))
  .map(([a, bytes, b]) => Buffer.concat([Buffer.from(encodeURIComponent(a)), Buffer.from(bytes), Buffer.from(encodeURIComponent(b))]));

/** Percent-encoding that does not decode (or decodes to NUL). */
export const MALFORMED_PERCENT = ["%", "%f", "%zz", "%ff", "%fe%ff", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "%00", "%%", "%u0041", "%F4%90%80%80", "%2", "%E2%82"];
export const malformedPercent = fc
  .tuple(fc.constantFrom("", "a", "rshd", "2026-Q3"), fc.constantFrom(...MALFORMED_PERCENT), fc.constantFrom("", "x", "/"))
  .map((parts) => parts.join(""));

/** Numbers written as strings, and numbers no field expects. */
export const NUMBERS_AS_STRINGS = [
  "1",
  "4",
  "0",
  "-1",
  "1e3",
  "0x10",
  "NaN",
  "Infinity",
  " 2 ",
  "2.5",
  "9007199254740993",
  "99999999999999999999",
  "-0",
  "+3",
  "٣",
];
export const oddNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -0, 1e308, 2 ** 31, -(2 ** 53)));

/** Keys that mean something to JavaScript objects. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"];

/** Values far beyond every field's limit. */
export const longValue = fc.oneof(
  fc.string({ minLength: 2000, maxLength: 40_000 }),
  fc.nat({ max: 200_000 }).map((n) => "a".repeat(n + 1000)),
);

/** The new kinds of awkward text together, for the string fields of the generators below. */
export const edgeString = fc.oneof(loneSurrogateString, malformedPercent, fc.constantFrom(...NUMBERS_AS_STRINGS, ...PROTOTYPE_KEYS), longValue);

export const HOSTILE_STRINGS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '\'; DELETE FROM "Complaint"; --',
  '" OR 1=1 --',
  "{{7*7}}${7*7}",
  "\u202e\u0000\u0007",
  "🇮🇩😀",
  "..%2F..%2Fetc%2Fpasswd",
  "constructor",
  "__proto__",
];

export const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ minLength: 5000, maxLength: 60_000 }),
  edgeString,
);

export const anyJson = fc.oneof(
  hostileString,
  oddNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...PROTOTYPE_KEYS)), fc.integer(), { maxKeys: 3 }),
);

/** The seed of a property run, printed by fast-check on failure: FUZZ_SEED replays one; CI uses a
 * fixed one (a run there is repeatable, and a submission does not fail on a seed nobody ran), while
 * a developer's run explores a new seed each time. */
export const CI_FUZZ_SEED = 3100;
export const fuzzSeed = () => Number(process.env.FUZZ_SEED ?? (process.env.CI ? CI_FUZZ_SEED : Date.now() % 100000));

export const NASTY = [
  '\'; DROP TABLE "SurveyResponse"; --',
  '" OR 1=1 --',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "${7*7}{{7*7}}",
  "\u0000\u0001\u202e",
  "😀🇮🇩",
  "../../etc/passwd",
];
export const nastyString = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ minLength: 5000, maxLength: 120_000 }),
  edgeString,
);
const anyValue = fc.oneof(
  nastyString,
  oddNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
);
const answers = fc.dictionary(fc.constantFrom("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "u10", "x"), anyValue, { maxKeys: 11 });

/** A survey body for `unit` that is wrong in at least one way (a valid one would be stored). */
export const badSurveyBody = (unit: string) =>
  fc.oneof(
    anyValue,
    fc.record({ unit: anyValue, answers: anyValue }, { requiredKeys: [] }),
    fc
      .record(
        { unit: fc.constant(unit), answers, comment: anyValue, profile: anyValue, service: anyValue, visitCode: anyValue },
        { requiredKeys: ["unit", "answers"] },
      )
      .filter((body) => {
        const a = body.answers as Record<string, unknown>;
        // As the schema reads an answer: an integer 1-4, or a string of digits that is one.
        const answer = (v: unknown) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v);
        const valid = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"].every(
          (k) => Number.isInteger(answer(a[k])) && (answer(a[k]) as number) >= 1 && (answer(a[k]) as number) <= 4,
        );
        return !valid || Object.keys(a).some((k) => !/^u[1-9]$/.test(k));
      }),
  );

const CATEGORIES = ["staff_behaviour", "delay", "illegal_fee", "facility", "procedure", "other"];

/** Complaint bodies for `unit` that are wrong in at least one way: the category is never a valid one. */
export const badComplaintBody = (unit: string) =>
  fc
    .oneof(
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
    )
    .filter((body) => !(typeof body === "object" && body !== null && CATEGORIES.includes((body as { category?: unknown }).category as string)));

/** Survey form fields (as posted by a browser) that are wrong in at least one way. */
export const badSurveyForm = fc.dictionary(
  fc.constantFrom("u1", "u2", "u3", "u9", "gender", "ageBand", "comment", "service", "visitCode", "zzz"),
  fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: "binary", maxLength: 300 }), fc.constantFrom("0", "5", "-1", "2.5", "", "1e3"), edgeString),
  { maxKeys: 10 },
);

/** Complaint form fields for `unit` that are wrong in at least one way (never a valid category with the rest). */
export const badComplaintForm = (unit: string) =>
  fc.dictionary(
    fc.constantFrom("unit", "category", "description", "occurredOn", "staffName", "room", "name", "phone", "email", "anonymous", "response", "zzz"),
    fc.oneof(
      fc.constantFrom(...HOSTILE_STRINGS),
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.constantFrom("", "on", "2026-02-30", "0812", unit),
      edgeString,
    ),
    { maxKeys: 12 },
  );

/**
 * `value` percent-encoded for a URL, lone surrogates included: encodeURIComponent throws on
 * those, so each is written as the three bytes a careless encoder sends (CESU-8, `%ED%A0%80`),
 * which no UTF-8 decoder accepts.
 */
export function encodeLoosely(value: string): string {
  return value
    .split(/([\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])/)
    .map((part) => {
      if (part.length !== 1 || !/[\ud800-\udfff]/.test(part)) return encodeURIComponent(part);
      const c = part.charCodeAt(0);
      return [0xed, 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join("");
    })
    .join("");
}
