-- CreateTable
CREATE TABLE "SkmReport" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "conclusion" TEXT NOT NULL,
    "note" TEXT,
    "content" JSONB NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "issuedById" INTEGER,

    CONSTRAINT "SkmReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedReportCounts" (
    "period" TEXT NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "PublishedReportCounts_pkey" PRIMARY KEY ("period")
);

-- CreateIndex
CREATE INDEX "SkmReport_period_idx" ON "SkmReport"("period");

-- CreateIndex
CREATE UNIQUE INDEX "SkmReport_unitId_period_version_key" ON "SkmReport"("unitId", "period", "version");

-- AddForeignKey
ALTER TABLE "SkmReport" ADD CONSTRAINT "SkmReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
