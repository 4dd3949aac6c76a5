-- CreateTable
CREATE TABLE "PrivacyContact" (
    "id" INTEGER NOT NULL,
    "office" TEXT NOT NULL,
    "address" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "hours" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "PrivacyContact_pkey" PRIMARY KEY ("id")
);
