// The expected failures of the complaint desk's writes: a case out of the handler's reach, a case
// that moved under the handler, and the database's unique-constraint refusal they are read from.

export class CaseNotFoundError extends Error {}
/** The case changed under the handler (another handler moved it first): nothing was written. */
export class StaleCaseError extends Error {}

/** Prisma's unique-constraint violation (P2002), on `field` when given. */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: string }).code !== "P2002") return false;
  if (!field) return true;
  return JSON.stringify((error as { meta?: unknown }).meta ?? "").includes(field);
}
