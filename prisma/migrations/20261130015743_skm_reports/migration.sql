-- CreateTable
CREATE TABLE "SkmReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "conclusion" TEXT NOT NULL,
    "note" TEXT,
    "content" JSONB NOT NULL,
    "issuedAt" DATETIME NOT NULL,
    "issuedById" INTEGER,
    CONSTRAINT "SkmReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PublishedReportCounts" (
    "period" TEXT NOT NULL PRIMARY KEY,
    "data" JSONB NOT NULL
);

-- CreateIndex
CREATE INDEX "SkmReport_period_idx" ON "SkmReport"("period");

-- CreateIndex
CREATE UNIQUE INDEX "SkmReport_unitId_period_version_key" ON "SkmReport"("unitId", "period", "version");
