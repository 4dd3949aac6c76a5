-- CreateEnum
CREATE TYPE "ComplaintChannel" AS ENUM ('web', 'api', 'phone', 'whatsapp', 'in_person', 'letter', 'lapor');

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "escalationName" TEXT,
ADD COLUMN     "escalationPhone" TEXT,
ADD COLUMN     "escalationTitle" TEXT;

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "channel" "ComplaintChannel" NOT NULL DEFAULT 'web',
ADD COLUMN     "duplicateOfId" INTEGER,
ADD COLUMN     "inspectorateAt" TIMESTAMP(3),
ADD COLUMN     "laporTicket" TEXT,
ADD COLUMN     "overdueNotifiedAt" TIMESTAMP(3),
ADD COLUMN     "reopenCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reopenedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ScoringSettings" ADD COLUMN     "handlingWeightAnswer" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "handlingWeightClose" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "handlingWeightVerdict" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "handlingWeightVerify" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "verdictDays" INTEGER NOT NULL DEFAULT 14;

-- CreateTable
CREATE TABLE "ComplaintVerdict" (
    "id" SERIAL NOT NULL,
    "complaintId" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "satisfied" BOOLEAN NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintVerdict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintVerdict_complaintId_round_key" ON "ComplaintVerdict"("complaintId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_laporTicket_key" ON "Complaint"("laporTicket");

-- AddForeignKey
ALTER TABLE "ComplaintVerdict" ADD CONSTRAINT "ComplaintVerdict_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
