-- AlterTable
ALTER TABLE "SurveyResponse" ADD COLUMN     "held" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "heldSignals" TEXT,
ADD COLUMN     "reviewOutcome" TEXT,
ADD COLUMN     "reviewReason" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" INTEGER;

-- CreateIndex
CREATE INDEX "SurveyResponse_held_unitId_submittedAt_idx" ON "SurveyResponse"("held", "unitId", "submittedAt");
