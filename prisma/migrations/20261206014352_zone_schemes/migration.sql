-- CreateTable
CREATE TABLE "ZoneScheme" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "bands" JSONB NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" INTEGER
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ScoringSettings" (
    "scope" TEXT NOT NULL PRIMARY KEY,
    "weightSatisfaction" REAL NOT NULL DEFAULT 50,
    "weightComplaints" REAL NOT NULL DEFAULT 25,
    "weightStandards" REAL NOT NULL DEFAULT 25,
    "zoneScheme" TEXT NOT NULL DEFAULT 'ombudsman-2022',
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
INSERT INTO "new_ScoringSettings" ("answerDays", "closeDays", "handlingWeightAnswer", "handlingWeightClose", "handlingWeightVerdict", "handlingWeightVerify", "sampleFloor", "scope", "updatedAt", "updatedById", "verdictDays", "verifyDays", "weightComplaints", "weightSatisfaction", "weightStandards") SELECT "answerDays", "closeDays", "handlingWeightAnswer", "handlingWeightClose", "handlingWeightVerdict", "handlingWeightVerify", "sampleFloor", "scope", "updatedAt", "updatedById", "verdictDays", "verifyDays", "weightComplaints", "weightSatisfaction", "weightStandards" FROM "ScoringSettings";
DROP TABLE "ScoringSettings";
ALTER TABLE "new_ScoringSettings" RENAME TO "ScoringSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
