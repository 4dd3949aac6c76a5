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
