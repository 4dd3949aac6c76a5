-- DropIndex
DROP INDEX "Complaint_nextDueAt_id_idx";

-- DropIndex
DROP INDEX "Complaint_unitId_nextDueAt_id_idx";

-- CreateIndex
CREATE INDEX "Complaint_nextDueAt_id_heldAt_releasedAt_idx" ON "Complaint"("nextDueAt", "id", "heldAt", "releasedAt");

-- CreateIndex
CREATE INDEX "Complaint_unitId_nextDueAt_id_heldAt_releasedAt_idx" ON "Complaint"("unitId", "nextDueAt", "id", "heldAt", "releasedAt");
