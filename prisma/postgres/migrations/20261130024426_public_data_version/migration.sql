-- CreateTable
CREATE TABLE "PublicDataVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PublicDataVersion_pkey" PRIMARY KEY ("id")
);
