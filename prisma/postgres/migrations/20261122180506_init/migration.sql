-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'unit_head', 'inspector');

-- CreateEnum
CREATE TYPE "ResponseChannel" AS ENUM ('web', 'api', 'kiosk');

-- CreateEnum
CREATE TYPE "ComplaintCategory" AS ENUM ('staff_behaviour', 'delay', 'illegal_fee', 'facility', 'procedure', 'other');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('received', 'verifying', 'substantiated', 'unsubstantiated', 'action_taken', 'closed', 'rejected');

-- CreateEnum
CREATE TYPE "ComplaintAction" AS ENUM ('advice', 'verbal_reprimand', 'written_reprimand', 'sanction_referral');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('minor', 'moderate', 'serious');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sent', 'failed');

-- CreateTable
CREATE TABLE "UnitType" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "UnitType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kecamatan" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Kecamatan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "typeId" INTEGER NOT NULL,
    "kecamatanId" INTEGER,
    "address" TEXT,
    "headName" TEXT NOT NULL,
    "headTitle" TEXT,
    "headPhone" TEXT NOT NULL,
    "headPhoneCheckedAt" TIMESTAMP(3),
    "yearlyServiceVolume" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactReport" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "ContactReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
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
    "channel" "ResponseChannel" NOT NULL DEFAULT 'web',
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "excluded" BOOLEAN NOT NULL DEFAULT false,
    "excludedReason" TEXT,
    "excludedAt" TIMESTAMP(3),
    "excludedById" INTEGER,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
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

    CONSTRAINT "MonthlyAggregate_pkey" PRIMARY KEY ("unitId","month")
);

-- CreateTable
CREATE TABLE "VisitCode" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "batch" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usedAt" TIMESTAMP(3),
    "responseId" INTEGER,

    CONSTRAINT "VisitCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" SERIAL NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "category" "ComplaintCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3),
    "staffName" TEXT,
    "room" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'received',
    "action" "ComplaintAction",
    "severity" "Severity",
    "escalate" BOOLEAN NOT NULL DEFAULT false,
    "publicAnswer" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verifiedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "surveyResponseId" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintReporter" (
    "complaintId" INTEGER NOT NULL,
    "name" TEXT,
    "phone" TEXT,
    "email" TEXT,

    CONSTRAINT "ComplaintReporter_pkey" PRIMARY KEY ("complaintId")
);

-- CreateTable
CREATE TABLE "ComplaintEvent" (
    "id" SERIAL NOT NULL,
    "complaintId" INTEGER NOT NULL,
    "fromStatus" "ComplaintStatus",
    "toStatus" "ComplaintStatus" NOT NULL,
    "actorId" INTEGER,
    "reason" TEXT,
    "evidence" TEXT,
    "publicNote" TEXT,
    "action" "ComplaintAction",
    "severity" "Severity",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoringSettings" (
    "scope" TEXT NOT NULL,
    "weightSatisfaction" DOUBLE PRECISION NOT NULL DEFAULT 50,
    "weightComplaints" DOUBLE PRECISION NOT NULL DEFAULT 25,
    "weightStandards" DOUBLE PRECISION NOT NULL DEFAULT 25,
    "zoneRedMax" DOUBLE PRECISION NOT NULL DEFAULT 50.99,
    "zoneYellowMax" DOUBLE PRECISION NOT NULL DEFAULT 80.99,
    "verifyDays" INTEGER NOT NULL DEFAULT 5,
    "answerDays" INTEGER NOT NULL DEFAULT 14,
    "closeDays" INTEGER NOT NULL DEFAULT 30,
    "sampleFloor" INTEGER NOT NULL DEFAULT 30,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "ScoringSettings_pkey" PRIMARY KEY ("scope")
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
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "StandardsChecklist_pkey" PRIMARY KEY ("unitId","period")
);

-- CreateTable
CREATE TABLE "PublishedSnapshot" (
    "period" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" INTEGER,
    "settings" JSONB NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "PublishedSnapshot_pkey" PRIMARY KEY ("period")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationOutbox" (
    "id" SERIAL NOT NULL,
    "channel" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "complaintId" INTEGER,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "NotificationOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
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

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "UnitType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_kecamatanId_fkey" FOREIGN KEY ("kecamatanId") REFERENCES "Kecamatan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactReport" ADD CONSTRAINT "ContactReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyAggregate" ADD CONSTRAINT "MonthlyAggregate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitCode" ADD CONSTRAINT "VisitCode_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitCode" ADD CONSTRAINT "VisitCode_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "SurveyResponse"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintReporter" ADD CONSTRAINT "ComplaintReporter_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintEvent" ADD CONSTRAINT "ComplaintEvent_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintEvent" ADD CONSTRAINT "ComplaintEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardsChecklist" ADD CONSTRAINT "StandardsChecklist_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
