-- AlterTable
ALTER TABLE "NotificationOutbox" ADD COLUMN "html" TEXT;
