-- CreateTable
CREATE TABLE "CitySkmReport" (
    "id" SERIAL NOT NULL,
    "period" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "conclusion" TEXT NOT NULL,
    "note" TEXT,
    "content" JSONB NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "issuedById" INTEGER,

    CONSTRAINT "CitySkmReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CitySkmReport_period_version_key" ON "CitySkmReport"("period", "version");
