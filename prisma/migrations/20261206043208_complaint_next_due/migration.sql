-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN "nextDueAt" DATETIME;

-- CreateIndex
CREATE INDEX "Complaint_nextDueAt_id_idx" ON "Complaint"("nextDueAt", "id");

-- CreateIndex
CREATE INDEX "Complaint_unitId_nextDueAt_id_idx" ON "Complaint"("unitId", "nextDueAt", "id");
