-- CreateTable
CREATE TABLE "AlertSettings" (
    "scope" TEXT NOT NULL PRIMARY KEY,
    "unhappyPercent" INTEGER NOT NULL DEFAULT 50,
    "windowMinutes" INTEGER NOT NULL DEFAULT 15,
    "minAnswers" INTEGER NOT NULL DEFAULT 4,
    "unhappyMaxAverage" REAL NOT NULL DEFAULT 2,
    "quietMinPerDay" INTEGER NOT NULL DEFAULT 5,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" INTEGER
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "windowKey" TEXT NOT NULL,
    "windowStart" DATETIME NOT NULL,
    "windowEnd" DATETIME NOT NULL,
    "answers" INTEGER NOT NULL,
    "unhappy" INTEGER NOT NULL,
    "weakestElement" TEXT,
    "createdAt" DATETIME NOT NULL,
    "acknowledgedAt" DATETIME,
    "acknowledgedById" INTEGER,
    "note" TEXT,
    CONSTRAINT "Alert_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "unitId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "alertsOff" BOOLEAN NOT NULL DEFAULT false,
    "digestOff" BOOLEAN NOT NULL DEFAULT false,
    "passwordChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("active", "createdAt", "email", "id", "name", "passwordChangedAt", "passwordHash", "role", "unitId", "updatedAt") SELECT "active", "createdAt", "email", "id", "name", "passwordChangedAt", "passwordHash", "role", "unitId", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_unitId_idx" ON "User"("unitId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Alert_acknowledgedAt_createdAt_idx" ON "Alert"("acknowledgedAt", "createdAt");

-- CreateIndex
CREATE INDEX "Alert_unitId_createdAt_idx" ON "Alert"("unitId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_unitId_kind_windowKey_key" ON "Alert"("unitId", "kind", "windowKey");
