-- CreateTable
CREATE TABLE "ImprovementPlan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "reviewComment" TEXT,
    "submittedAt" DATETIME,
    "approvedAt" DATETIME,
    "approvedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ImprovementPlan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "element" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "responsible" TEXT NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "droppedReason" TEXT,
    "evidence" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ImprovementPlan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

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
CREATE INDEX "ImprovementPlan_period_status_idx" ON "ImprovementPlan"("period", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ImprovementPlan_unitId_period_key" ON "ImprovementPlan"("unitId", "period");

-- CreateIndex
CREATE INDEX "PlanAction_planId_idx" ON "PlanAction"("planId");

-- CreateIndex
CREATE INDEX "SkmReport_period_idx" ON "SkmReport"("period");

-- CreateIndex
CREATE UNIQUE INDEX "SkmReport_unitId_period_version_key" ON "SkmReport"("unitId", "period", "version");
