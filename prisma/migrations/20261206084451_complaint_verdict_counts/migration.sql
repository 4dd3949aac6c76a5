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
    "heldAt" DATETIME,
    "heldReason" TEXT,
    "heldNth" INTEGER,
    "releasedAt" DATETIME,
    "overdueNotifiedAt" DATETIME,
    "nextDueAt" DATETIME,
    "verifiedOnWorkingDay" INTEGER,
    "answeredOnDay" INTEGER,
    "closedOnDay" INTEGER,
    "verdictCount" INTEGER NOT NULL DEFAULT 0,
    "satisfiedVerdictCount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Complaint_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Complaint" ("action", "anonymous", "answeredAt", "answeredOnDay", "category", "channel", "closedAt", "closedOnDay", "description", "duplicateOfId", "escalate", "heldAt", "heldNth", "heldReason", "id", "inspectorateAt", "laporTicket", "nextDueAt", "occurredAt", "overdueNotifiedAt", "publicAnswer", "receivedAt", "releasedAt", "reopenCount", "reopenedAt", "room", "severity", "staffName", "status", "surveyResponseId", "trackingCode", "unitId", "updatedAt", "verifiedAt", "verifiedOnWorkingDay") SELECT "action", "anonymous", "answeredAt", "answeredOnDay", "category", "channel", "closedAt", "closedOnDay", "description", "duplicateOfId", "escalate", "heldAt", "heldNth", "heldReason", "id", "inspectorateAt", "laporTicket", "nextDueAt", "occurredAt", "overdueNotifiedAt", "publicAnswer", "receivedAt", "releasedAt", "reopenCount", "reopenedAt", "room", "severity", "staffName", "status", "surveyResponseId", "trackingCode", "unitId", "updatedAt", "verifiedAt", "verifiedOnWorkingDay" FROM "Complaint";
DROP TABLE "Complaint";
ALTER TABLE "new_Complaint" RENAME TO "Complaint";
CREATE UNIQUE INDEX "Complaint_trackingCode_key" ON "Complaint"("trackingCode");
CREATE UNIQUE INDEX "Complaint_laporTicket_key" ON "Complaint"("laporTicket");
CREATE INDEX "Complaint_unitId_status_idx" ON "Complaint"("unitId", "status");
CREATE INDEX "Complaint_status_receivedAt_idx" ON "Complaint"("status", "receivedAt");
CREATE INDEX "Complaint_figures_idx" ON "Complaint"("receivedAt", "unitId", "channel", "status", "duplicateOfId", "heldAt", "releasedAt", "reopenedAt", "verifiedAt", "verifiedOnWorkingDay", "answeredAt", "answeredOnDay", "closedAt", "closedOnDay", "action", "verdictCount", "satisfiedVerdictCount", "id");
CREATE INDEX "Complaint_unitId_receivedAt_idx" ON "Complaint"("unitId", "receivedAt");
CREATE INDEX "Complaint_inspectorateAt_idx" ON "Complaint"("inspectorateAt");
CREATE INDEX "Complaint_nextDueAt_id_heldAt_releasedAt_idx" ON "Complaint"("nextDueAt", "id", "heldAt", "releasedAt");
CREATE INDEX "Complaint_unitId_nextDueAt_id_heldAt_releasedAt_idx" ON "Complaint"("unitId", "nextDueAt", "id", "heldAt", "releasedAt");
-- The verdicts given so far, counted onto their cases (the figures read them from the case's row).
UPDATE "Complaint" SET
  "verdictCount" = (SELECT COUNT(*) FROM "ComplaintVerdict" v WHERE v."complaintId" = "Complaint"."id"),
  "satisfiedVerdictCount" = (SELECT COUNT(*) FROM "ComplaintVerdict" v WHERE v."complaintId" = "Complaint"."id" AND v."satisfied")
WHERE "id" IN (SELECT "complaintId" FROM "ComplaintVerdict");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
