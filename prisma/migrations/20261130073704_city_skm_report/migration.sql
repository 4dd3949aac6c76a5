-- CreateTable
CREATE TABLE "CitySkmReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "period" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "conclusion" TEXT NOT NULL,
    "note" TEXT,
    "content" JSONB NOT NULL,
    "issuedAt" DATETIME NOT NULL,
    "issuedById" INTEGER
);

-- CreateIndex
CREATE UNIQUE INDEX "CitySkmReport_period_version_key" ON "CitySkmReport"("period", "version");
