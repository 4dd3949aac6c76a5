-- AlterTable
ALTER TABLE "ComplaintReporter" ADD COLUMN     "phoneKey" TEXT;

-- CreateIndex
CREATE INDEX "Complaint_unitId_receivedAt_idx" ON "Complaint"("unitId", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_inspectorateAt_idx" ON "Complaint"("inspectorateAt");

-- CreateIndex
CREATE INDEX "ComplaintReporter_phoneKey_idx" ON "ComplaintReporter"("phoneKey");

-- CreateIndex
CREATE INDEX "ComplaintReporter_email_idx" ON "ComplaintReporter"("email");

-- The search key of the numbers already held (lib/complaints/case-query.ts phoneKey): the digits,
-- in 62… form.
UPDATE "ComplaintReporter" SET "phoneKey" = CASE
  WHEN REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE("phone", ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', '') LIKE '62%'
    THEN REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE("phone", ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', '')
  WHEN REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE("phone", ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', '') LIKE '0%'
    THEN '62' || SUBSTR(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE("phone", ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', ''), 2)
  ELSE NULL END
WHERE "phone" IS NOT NULL;
