-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('draft', 'submitted', 'returned', 'approved');

-- CreateEnum
CREATE TYPE "PlanActionStatus" AS ENUM ('planned', 'in_progress', 'done', 'dropped');

-- CreateTable
CREATE TABLE "ImprovementPlan" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'draft',
    "reviewComment" TEXT,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "approvedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImprovementPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "element" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "responsible" TEXT NOT NULL,
    "dueOn" TIMESTAMP(3) NOT NULL,
    "status" "PlanActionStatus" NOT NULL DEFAULT 'planned',
    "droppedReason" TEXT,
    "evidence" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

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
CREATE INDEX "ImprovementPlan_period_status_idx" ON "ImprovementPlan"("period", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ImprovementPlan_unitId_period_key" ON "ImprovementPlan"("unitId", "period");

-- CreateIndex
CREATE INDEX "PlanAction_planId_idx" ON "PlanAction"("planId");

-- CreateIndex
CREATE INDEX "SkmReport_period_idx" ON "SkmReport"("period");

-- CreateIndex
CREATE UNIQUE INDEX "SkmReport_unitId_period_version_key" ON "SkmReport"("unitId", "period", "version");

-- AddForeignKey
ALTER TABLE "ImprovementPlan" ADD CONSTRAINT "ImprovementPlan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ImprovementPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkmReport" ADD CONSTRAINT "SkmReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
