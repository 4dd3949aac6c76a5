-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SurveyResponse" (
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
    "held" BOOLEAN NOT NULL DEFAULT false,
    "heldSignals" TEXT,
    "reviewedAt" DATETIME,
    "reviewedById" INTEGER,
    "reviewOutcome" TEXT,
    "reviewReason" TEXT,
    "idempotencyKey" TEXT,
    "deviceId" INTEGER,
    "receivedAt" DATETIME,
    CONSTRAINT "SurveyResponse_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SurveyResponse_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "KioskDevice" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SurveyResponse" ("ageBand", "channel", "comment", "deviceId", "education", "excluded", "excludedAt", "excludedById", "excludedReason", "gender", "id", "idempotencyKey", "occupation", "receivedAt", "service", "submittedAt", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "unitId", "verified") SELECT "ageBand", "channel", "comment", "deviceId", "education", "excluded", "excludedAt", "excludedById", "excludedReason", "gender", "id", "idempotencyKey", "occupation", "receivedAt", "service", "submittedAt", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "unitId", "verified" FROM "SurveyResponse";
DROP TABLE "SurveyResponse";
ALTER TABLE "new_SurveyResponse" RENAME TO "SurveyResponse";
CREATE UNIQUE INDEX "SurveyResponse_idempotencyKey_key" ON "SurveyResponse"("idempotencyKey");
CREATE INDEX "SurveyResponse_unitId_submittedAt_idx" ON "SurveyResponse"("unitId", "submittedAt");
CREATE INDEX "SurveyResponse_submittedAt_idx" ON "SurveyResponse"("submittedAt");
CREATE INDEX "SurveyResponse_deviceId_submittedAt_idx" ON "SurveyResponse"("deviceId", "submittedAt");
CREATE INDEX "SurveyResponse_held_unitId_submittedAt_idx" ON "SurveyResponse"("held", "unitId", "submittedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
