-- DropIndex
DROP INDEX "Complaint_figures_idx";

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "satisfiedVerdictCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "verdictCount" INTEGER NOT NULL DEFAULT 0;

-- The verdicts given so far, counted onto their cases (the figures read them from the case's row).
UPDATE "Complaint" SET
  "verdictCount" = (SELECT COUNT(*) FROM "ComplaintVerdict" v WHERE v."complaintId" = "Complaint"."id"),
  "satisfiedVerdictCount" = (SELECT COUNT(*) FROM "ComplaintVerdict" v WHERE v."complaintId" = "Complaint"."id" AND v."satisfied")
WHERE "id" IN (SELECT "complaintId" FROM "ComplaintVerdict");

-- CreateIndex
CREATE INDEX "Complaint_figures_idx" ON "Complaint"("receivedAt", "unitId", "channel", "status", "duplicateOfId", "heldAt", "releasedAt", "reopenedAt", "verifiedAt", "verifiedOnWorkingDay", "answeredAt", "answeredOnDay", "closedAt", "closedOnDay", "action", "verdictCount", "satisfiedVerdictCount", "id");
