-- AlterTable
ALTER TABLE "ComplaintEvent" ADD COLUMN "answer" TEXT;

-- Existing cases (docs/complaints.md, "Progress notes and the answer"): a note written with or
-- after the decision (at unsubstantiated, action_taken, closed or rejected) was the answer; a note
-- written before it (received, verifying, substantiated) was progress. Then each case's answered
-- time and answer are recomputed from its answers since the last reopening, so a case whose only
-- text in this round was a progress note is no longer answered.
UPDATE "ComplaintEvent" SET "answer" = "publicNote", "publicNote" = NULL
WHERE "publicNote" IS NOT NULL AND "actorId" IS NOT NULL AND "toStatus" IN ('unsubstantiated', 'action_taken', 'closed', 'rejected');

UPDATE "Complaint" SET
  "answeredAt" = (
    SELECT MIN(e."createdAt") FROM "ComplaintEvent" e
    WHERE e."complaintId" = "Complaint"."id" AND e."answer" IS NOT NULL AND e."createdAt" >= COALESCE("Complaint"."reopenedAt", "Complaint"."receivedAt")
  ),
  "publicAnswer" = (
    SELECT e."answer" FROM "ComplaintEvent" e
    WHERE e."complaintId" = "Complaint"."id" AND e."answer" IS NOT NULL AND e."createdAt" >= COALESCE("Complaint"."reopenedAt", "Complaint"."receivedAt")
    ORDER BY e."createdAt" DESC, e."id" DESC LIMIT 1
  );
