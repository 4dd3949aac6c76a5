// A bounded count without the order Prisma gives it. Prisma writes `count({ where, take })` as
// `SELECT COUNT(*) FROM (SELECT id … WHERE … ORDER BY id LIMIT $n OFFSET $m) AS "sub"`, ordered
// even when no orderBy was asked (github.com/prisma/orm/issues/21032, open). The order makes
// PostgreSQL read and sort every match before the LIMIT: a trigram search found in 16,000
// descriptions rechecked all 16,000 to count to 1,001 (docs/complaints.md). How many rows a
// LIMIT/OFFSET window holds does not depend on their order, so the ORDER BY of that one shape is
// dropped; any other statement, or a shape a later Prisma writes differently, passes unchanged.
// Pure; db.server.ts applies it to what the client sends.

const IDENT = '(?:"[^"]*"|`[^`]*`)(?:\\.(?:"[^"]*"|`[^`]*`))*';
const TERM = `${IDENT}\\s*(?:ASC|DESC)(?:\\s+NULLS\\s+(?:FIRST|LAST))?`;
const PARAM = "(?:\\$\\d+|\\?)";
const BOUNDED_COUNT = new RegExp(
  `^(SELECT COUNT\\(\\*\\) AS (?:"_count\\$_all"|\`_count\\$_all\`) FROM \\(SELECT .*) ORDER BY ${TERM}(?:\\s*,\\s*${TERM})* (LIMIT ${PARAM} OFFSET ${PARAM}\\) AS (?:"sub"|\`sub\`))$`,
  "s",
);

/** Prisma's bounded count without the ORDER BY of its window; any other SQL as it is. */
export function unorderedCount(sql: string): string {
  return sql.replace(BOUNDED_COUNT, "$1 $2");
}
