-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN "heldAt" DATETIME;
ALTER TABLE "Complaint" ADD COLUMN "heldNth" INTEGER;
ALTER TABLE "Complaint" ADD COLUMN "heldReason" TEXT;
ALTER TABLE "Complaint" ADD COLUMN "releasedAt" DATETIME;
