-- AlterEnum
ALTER TYPE "ComplaintStatus" ADD VALUE 'held';

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "heldAt" TIMESTAMP(3),
ADD COLUMN     "heldNth" INTEGER,
ADD COLUMN     "heldReason" TEXT,
ADD COLUMN     "releasedAt" TIMESTAMP(3);
