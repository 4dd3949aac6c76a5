-- AlterTable
ALTER TABLE "Unit" ADD COLUMN "escalationName" TEXT;
ALTER TABLE "Unit" ADD COLUMN "escalationPhone" TEXT;
ALTER TABLE "Unit" ADD COLUMN "escalationTitle" TEXT;

-- CreateTable
CREATE TABLE "ComplaintVerdict" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "complaintId" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "satisfied" BOOLEAN NOT NULL,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComplaintVerdict_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Complaint" (
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
    "channel" TEXT NOT NULL DEFAULT 'web',
    "laporTicket" TEXT,
    "reopenedAt" DATETIME,
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "inspectorateAt" DATETIME,
    "duplicateOfId" INTEGER,
    "overdueNotifiedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Complaint_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Complaint" ("action", "anonymous", "answeredAt", "category", "closedAt", "description", "escalate", "id", "occurredAt", "publicAnswer", "receivedAt", "room", "severity", "staffName", "status", "surveyResponseId", "trackingCode", "unitId", "updatedAt", "verifiedAt") SELECT "action", "anonymous", "answeredAt", "category", "closedAt", "description", "escalate", "id", "occurredAt", "publicAnswer", "receivedAt", "room", "severity", "staffName", "status", "surveyResponseId", "trackingCode", "unitId", "updatedAt", "verifiedAt" FROM "Complaint";
DROP TABLE "Complaint";
ALTER TABLE "new_Complaint" RENAME TO "Complaint";
CREATE UNIQUE INDEX "Complaint_trackingCode_key" ON "Complaint"("trackingCode");
CREATE UNIQUE INDEX "Complaint_laporTicket_key" ON "Complaint"("laporTicket");
CREATE INDEX "Complaint_unitId_status_idx" ON "Complaint"("unitId", "status");
CREATE INDEX "Complaint_status_receivedAt_idx" ON "Complaint"("status", "receivedAt");
CREATE INDEX "Complaint_receivedAt_idx" ON "Complaint"("receivedAt");
CREATE TABLE "new_ScoringSettings" (
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
    "handlingWeightVerify" REAL NOT NULL DEFAULT 1,
    "handlingWeightAnswer" REAL NOT NULL DEFAULT 1,
    "handlingWeightClose" REAL NOT NULL DEFAULT 1,
    "handlingWeightVerdict" REAL NOT NULL DEFAULT 1,
    "verdictDays" INTEGER NOT NULL DEFAULT 14,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" INTEGER
);
INSERT INTO "new_ScoringSettings" ("answerDays", "closeDays", "sampleFloor", "scope", "updatedAt", "updatedById", "verifyDays", "weightComplaints", "weightSatisfaction", "weightStandards", "zoneRedMax", "zoneYellowMax") SELECT "answerDays", "closeDays", "sampleFloor", "scope", "updatedAt", "updatedById", "verifyDays", "weightComplaints", "weightSatisfaction", "weightStandards", "zoneRedMax", "zoneYellowMax" FROM "ScoringSettings";
DROP TABLE "ScoringSettings";
ALTER TABLE "new_ScoringSettings" RENAME TO "ScoringSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintVerdict_complaintId_round_key" ON "ComplaintVerdict"("complaintId", "round");
