-- DropIndex
DROP INDEX "Complaint_receivedAt_idx";

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "answeredOnDay" INTEGER,
ADD COLUMN     "closedOnDay" INTEGER,
ADD COLUMN     "verifiedOnWorkingDay" INTEGER;

-- CreateIndex
CREATE INDEX "Complaint_figures_idx" ON "Complaint"("receivedAt", "unitId", "channel", "status", "duplicateOfId", "heldAt", "releasedAt", "reopenedAt", "verifiedAt", "verifiedOnWorkingDay", "answeredAt", "answeredOnDay", "closedAt", "closedOnDay", "action", "id");
