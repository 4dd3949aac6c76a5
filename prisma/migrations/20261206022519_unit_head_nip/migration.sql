-- AlterTable
ALTER TABLE "Unit" ADD COLUMN "headNip" TEXT;
