-- The desk's search by words (issue 28): ILIKE '%word%' on the description, one condition per
-- word, answered from a trigram GIN index instead of reading every description. Raw SQL:
-- Prisma's schema, shared with SQLite, cannot describe it; scripts/check-migrations.mjs leaves
-- gin_trgm_ops indexes out of its comparison for that reason (docs/complaints.md).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX IF NOT EXISTS "Complaint_description_trgm_idx" ON "Complaint" USING gin ("description" gin_trgm_ops);
