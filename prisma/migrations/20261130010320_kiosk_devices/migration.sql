-- CreateTable
CREATE TABLE "KioskDevice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "pairingCodeHash" TEXT,
    "pairingExpiresAt" DATETIME,
    "tokenHash" TEXT,
    "pairedAt" DATETIME,
    "revokedAt" DATETIME,
    "lastSeenAt" DATETIME,
    "pendingCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,
    CONSTRAINT "KioskDevice_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Unit" (
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
    "kioskMinSeconds" INTEGER NOT NULL DEFAULT 20,
    "kioskMaxPerHour" INTEGER NOT NULL DEFAULT 120,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Unit_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "UnitType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Unit_kecamatanId_fkey" FOREIGN KEY ("kecamatanId") REFERENCES "Kecamatan" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Unit" ("active", "address", "createdAt", "headName", "headPhone", "headPhoneCheckedAt", "headTitle", "id", "kecamatanId", "name", "slug", "typeId", "updatedAt", "yearlyServiceVolume") SELECT "active", "address", "createdAt", "headName", "headPhone", "headPhoneCheckedAt", "headTitle", "id", "kecamatanId", "name", "slug", "typeId", "updatedAt", "yearlyServiceVolume" FROM "Unit";
DROP TABLE "Unit";
ALTER TABLE "new_Unit" RENAME TO "Unit";
CREATE UNIQUE INDEX "Unit_slug_key" ON "Unit"("slug");
CREATE INDEX "Unit_typeId_idx" ON "Unit"("typeId");
CREATE INDEX "Unit_kecamatanId_idx" ON "Unit"("kecamatanId");
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
    "idempotencyKey" TEXT,
    "deviceId" INTEGER,
    "receivedAt" DATETIME,
    CONSTRAINT "SurveyResponse_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SurveyResponse_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "KioskDevice" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SurveyResponse" ("ageBand", "channel", "comment", "education", "excluded", "excludedAt", "excludedById", "excludedReason", "gender", "id", "occupation", "service", "submittedAt", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "unitId", "verified") SELECT "ageBand", "channel", "comment", "education", "excluded", "excludedAt", "excludedById", "excludedReason", "gender", "id", "occupation", "service", "submittedAt", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "unitId", "verified" FROM "SurveyResponse";
DROP TABLE "SurveyResponse";
ALTER TABLE "new_SurveyResponse" RENAME TO "SurveyResponse";
CREATE UNIQUE INDEX "SurveyResponse_idempotencyKey_key" ON "SurveyResponse"("idempotencyKey");
CREATE INDEX "SurveyResponse_unitId_submittedAt_idx" ON "SurveyResponse"("unitId", "submittedAt");
CREATE INDEX "SurveyResponse_submittedAt_idx" ON "SurveyResponse"("submittedAt");
CREATE INDEX "SurveyResponse_deviceId_submittedAt_idx" ON "SurveyResponse"("deviceId", "submittedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "KioskDevice_pairingCodeHash_key" ON "KioskDevice"("pairingCodeHash");

-- CreateIndex
CREATE UNIQUE INDEX "KioskDevice_tokenHash_key" ON "KioskDevice"("tokenHash");

-- CreateIndex
CREATE INDEX "KioskDevice_unitId_idx" ON "KioskDevice"("unitId");
