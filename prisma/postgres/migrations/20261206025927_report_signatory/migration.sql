-- CreateTable
CREATE TABLE "ReportSignatory" (
    "id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nip" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "ReportSignatory_pkey" PRIMARY KEY ("id")
);
