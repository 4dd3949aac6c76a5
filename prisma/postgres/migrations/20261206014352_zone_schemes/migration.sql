-- AlterTable
ALTER TABLE "ScoringSettings" DROP COLUMN "zoneRedMax",
DROP COLUMN "zoneYellowMax",
ADD COLUMN     "zoneScheme" TEXT NOT NULL DEFAULT 'ombudsman-2022';

-- CreateTable
CREATE TABLE "ZoneScheme" (
    "key" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "bands" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "ZoneScheme_pkey" PRIMARY KEY ("key")
);
