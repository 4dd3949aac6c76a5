// One-time visit codes: printed on queue tickets; a survey answered with one is marked verified.
// Codes use an alphabet without look-alike characters (no 0/O, 1/I/L), drawn with a CSPRNG.
import { randomInt } from "node:crypto";
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "@/lib/audit/log.server";

export const VISIT_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const VISIT_CODE_LENGTH = 8;
export const MAX_CODES_PER_BATCH = 500;

export function randomVisitCode(): string {
  let code = "";
  for (let i = 0; i < VISIT_CODE_LENGTH; i++) code += VISIT_CODE_ALPHABET[randomInt(VISIT_CODE_ALPHABET.length)];
  return code;
}

/** Inserts `count` new unused codes for the unit (one batch), audited; returns them. */
export async function generateVisitCodes(db: Db, unitId: number, count: number, actorId: number | null, now = new Date()): Promise<string[]> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_CODES_PER_BATCH) throw new RangeError(`count must be 1..${MAX_CODES_PER_BATCH}`);
  const batch = now.toISOString();
  return db.$transaction(async (tx) => {
    const codes = new Set<string>();
    while (codes.size < count) {
      const candidates = new Set<string>();
      while (candidates.size < count - codes.size) {
        const c = randomVisitCode();
        if (!codes.has(c)) candidates.add(c);
      }
      // 31^8 ≈ 8.5e11 codes: a clash with an existing one is rare but checked.
      const taken = await tx.visitCode.findMany({ where: { code: { in: [...candidates] } }, select: { code: true } });
      const takenSet = new Set(taken.map((t) => t.code));
      for (const c of candidates) if (!takenSet.has(c)) codes.add(c);
    }
    const list = [...codes];
    await tx.visitCode.createMany({ data: list.map((code) => ({ code, unitId, batch, createdAt: now })) });
    await recordAudit(tx, { actorId, action: "visit-codes.generate", entity: "unit", entityId: unitId, after: { count, batch } });
    return list;
  });
}
