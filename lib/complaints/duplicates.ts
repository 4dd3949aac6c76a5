// Possible duplicates: a case of the same unit with the same reporter contact received within
// three days of another (the same person calling and then writing on WhatsApp, say). Only flagged;
// the handler decides. Pure.
import { internationalDigits } from "@/lib/units/phone";

export const DUPLICATE_WINDOW_DAYS = 3;

/** The contact's comparable keys: the phone in 62… form and the email in lower case. */
export function contactKeys(reporter: { phone?: string | null; email?: string | null } | null | undefined): string[] {
  if (!reporter) return [];
  const keys: string[] = [];
  const digits = reporter.phone ? internationalDigits(reporter.phone) : null;
  if (digits) keys.push(`tel:${digits}`);
  const email = reporter.email?.trim().toLowerCase();
  if (email) keys.push(`mail:${email}`);
  return keys;
}

type Candidate = { id: number; unitId: number; receivedAt: Date; reporter: { phone?: string | null; email?: string | null } | null };

/** The other cases that may be the same complaint as `subject`. */
export function possibleDuplicates<C extends Candidate>(subject: Candidate, others: readonly C[]): C[] {
  const keys = new Set(contactKeys(subject.reporter));
  if (keys.size === 0) return [];
  const window = DUPLICATE_WINDOW_DAYS * 86_400_000;
  return others.filter(
    (o) =>
      o.id !== subject.id &&
      o.unitId === subject.unitId &&
      Math.abs(o.receivedAt.getTime() - subject.receivedAt.getTime()) <= window &&
      contactKeys(o.reporter).some((k) => keys.has(k)),
  );
}
