-- AlterTable
ALTER TABLE "User" ADD COLUMN     "alertsOff" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "digestOff" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AlertSettings" (
    "scope" TEXT NOT NULL,
    "unhappyPercent" INTEGER NOT NULL DEFAULT 50,
    "windowMinutes" INTEGER NOT NULL DEFAULT 15,
    "minAnswers" INTEGER NOT NULL DEFAULT 4,
    "unhappyMaxAverage" DOUBLE PRECISION NOT NULL DEFAULT 2,
    "quietMinPerDay" INTEGER NOT NULL DEFAULT 5,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "AlertSettings_pkey" PRIMARY KEY ("scope")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "windowKey" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "windowEnd" TIMESTAMP(3) NOT NULL,
    "answers" INTEGER NOT NULL,
    "unhappy" INTEGER NOT NULL,
    "weakestElement" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" INTEGER,
    "note" TEXT,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Alert_acknowledgedAt_createdAt_idx" ON "Alert"("acknowledgedAt", "createdAt");

-- CreateIndex
CREATE INDEX "Alert_unitId_createdAt_idx" ON "Alert"("unitId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_unitId_kind_windowKey_key" ON "Alert"("unitId", "kind", "windowKey");

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
