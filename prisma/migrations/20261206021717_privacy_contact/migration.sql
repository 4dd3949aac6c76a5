-- CreateTable
CREATE TABLE "PrivacyContact" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "office" TEXT NOT NULL,
    "address" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "hours" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" INTEGER
);
