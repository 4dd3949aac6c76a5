-- CreateTable
CREATE TABLE "UnitType" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Kecamatan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "typeId" INTEGER NOT NULL,
    "kecamatanId" INTEGER,
    "address" TEXT,
    "headName" TEXT NOT NULL,
    "headTitle" TEXT,
    "headPhone" TEXT NOT NULL,
    "headPhoneCheckedAt" DATETIME,
    "yearlyServiceVolume" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Unit_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "UnitType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Unit_kecamatanId_fkey" FOREIGN KEY ("kecamatanId") REFERENCES "Kecamatan" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContactReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    CONSTRAINT "ContactReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "unitId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "passwordChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "u1" INTEGER,
    "u2" INTEGER,
    "u3" INTEGER,
    "u4" INTEGER,
    "u5" INTEGER,
    "u6" INTEGER,
    "u7" INTEGER,
    "u8" INTEGER,
    "u9" INTEGER,
    "gender" TEXT,
    "ageBand" TEXT,
    "education" TEXT,
    "occupation" TEXT,
    "service" TEXT,
    "comment" TEXT,
    "channel" TEXT NOT NULL DEFAULT 'web',
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "excluded" BOOLEAN NOT NULL DEFAULT false,
    "excludedReason" TEXT,
    "excludedAt" DATETIME,
    "excludedById" INTEGER,
    CONSTRAINT "SurveyResponse_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MonthlyAggregate" (
    "unitId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "respondents" INTEGER NOT NULL DEFAULT 0,
    "u1Count" INTEGER NOT NULL DEFAULT 0,
    "u1Sum" INTEGER NOT NULL DEFAULT 0,
    "u2Count" INTEGER NOT NULL DEFAULT 0,
    "u2Sum" INTEGER NOT NULL DEFAULT 0,
    "u3Count" INTEGER NOT NULL DEFAULT 0,
    "u3Sum" INTEGER NOT NULL DEFAULT 0,
    "u4Count" INTEGER NOT NULL DEFAULT 0,
    "u4Sum" INTEGER NOT NULL DEFAULT 0,
    "u5Count" INTEGER NOT NULL DEFAULT 0,
    "u5Sum" INTEGER NOT NULL DEFAULT 0,
    "u6Count" INTEGER NOT NULL DEFAULT 0,
    "u6Sum" INTEGER NOT NULL DEFAULT 0,
    "u7Count" INTEGER NOT NULL DEFAULT 0,
    "u7Sum" INTEGER NOT NULL DEFAULT 0,
    "u8Count" INTEGER NOT NULL DEFAULT 0,
    "u8Sum" INTEGER NOT NULL DEFAULT 0,
    "u9Count" INTEGER NOT NULL DEFAULT 0,
    "u9Sum" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("unitId", "month"),
    CONSTRAINT "MonthlyAggregate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VisitCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "batch" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usedAt" DATETIME,
    "responseId" INTEGER,
    CONSTRAINT "VisitCode_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "VisitCode_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "SurveyResponse" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "trackingCode" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "occurredAt" DATETIME,
    "staffName" TEXT,
    "room" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'received',
    "action" TEXT,
    "severity" TEXT,
    "escalate" BOOLEAN NOT NULL DEFAULT false,
    "publicAnswer" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verifiedAt" DATETIME,
    "answeredAt" DATETIME,
    "closedAt" DATETIME,
    "surveyResponseId" INTEGER,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Complaint_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComplaintReporter" (
    "complaintId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT,
    "phone" TEXT,
    "email" TEXT,
    CONSTRAINT "ComplaintReporter_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComplaintEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "complaintId" INTEGER NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "actorId" INTEGER,
    "reason" TEXT,
    "evidence" TEXT,
    "publicNote" TEXT,
    "action" TEXT,
    "severity" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComplaintEvent_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ComplaintEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScoringSettings" (
    "scope" TEXT NOT NULL PRIMARY KEY,
    "weightSatisfaction" REAL NOT NULL DEFAULT 50,
    "weightComplaints" REAL NOT NULL DEFAULT 25,
    "weightStandards" REAL NOT NULL DEFAULT 25,
    "zoneRedMax" REAL NOT NULL DEFAULT 50.99,
    "zoneYellowMax" REAL NOT NULL DEFAULT 80.99,
    "verifyDays" INTEGER NOT NULL DEFAULT 5,
    "answerDays" INTEGER NOT NULL DEFAULT 14,
    "closeDays" INTEGER NOT NULL DEFAULT 30,
    "sampleFloor" INTEGER NOT NULL DEFAULT 30,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" INTEGER
);

-- CreateTable
CREATE TABLE "StandardsChecklist" (
    "unitId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "publishedStandard" BOOLEAN NOT NULL DEFAULT false,
    "servicePledge" BOOLEAN NOT NULL DEFAULT false,
    "headContactActive" BOOLEAN NOT NULL DEFAULT false,
    "complaintChannel" BOOLEAN NOT NULL DEFAULT false,
    "accessibleFacilities" BOOLEAN NOT NULL DEFAULT false,
    "queueSystem" BOOLEAN NOT NULL DEFAULT false,
    "skmPublished" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" INTEGER,

    PRIMARY KEY ("unitId", "period"),
    CONSTRAINT "StandardsChecklist_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PublishedSnapshot" (
    "period" TEXT NOT NULL PRIMARY KEY,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" INTEGER,
    "settings" JSONB NOT NULL,
    "data" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NotificationOutbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "complaintId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL,
    "expire" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "UnitType_code_key" ON "UnitType"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Kecamatan_slug_key" ON "Kecamatan"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_slug_key" ON "Unit"("slug");

-- CreateIndex
CREATE INDEX "Unit_typeId_idx" ON "Unit"("typeId");

-- CreateIndex
CREATE INDEX "Unit_kecamatanId_idx" ON "Unit"("kecamatanId");

-- CreateIndex
CREATE INDEX "ContactReport_unitId_createdAt_idx" ON "ContactReport"("unitId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "SurveyResponse_unitId_submittedAt_idx" ON "SurveyResponse"("unitId", "submittedAt");

-- CreateIndex
CREATE INDEX "SurveyResponse_submittedAt_idx" ON "SurveyResponse"("submittedAt");

-- CreateIndex
CREATE INDEX "MonthlyAggregate_month_idx" ON "MonthlyAggregate"("month");

-- CreateIndex
CREATE UNIQUE INDEX "VisitCode_code_key" ON "VisitCode"("code");

-- CreateIndex
CREATE UNIQUE INDEX "VisitCode_responseId_key" ON "VisitCode"("responseId");

-- CreateIndex
CREATE INDEX "VisitCode_unitId_usedAt_idx" ON "VisitCode"("unitId", "usedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_trackingCode_key" ON "Complaint"("trackingCode");

-- CreateIndex
CREATE INDEX "Complaint_unitId_status_idx" ON "Complaint"("unitId", "status");

-- CreateIndex
CREATE INDEX "Complaint_status_receivedAt_idx" ON "Complaint"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_receivedAt_idx" ON "Complaint"("receivedAt");

-- CreateIndex
CREATE INDEX "ComplaintEvent_complaintId_createdAt_idx" ON "ComplaintEvent"("complaintId", "createdAt");

-- CreateIndex
CREATE INDEX "StandardsChecklist_period_idx" ON "StandardsChecklist"("period");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "NotificationOutbox_status_nextAttemptAt_idx" ON "NotificationOutbox"("status", "nextAttemptAt");
