-- CreateTable
CREATE TABLE "ReportSignatory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nip" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" INTEGER
);
