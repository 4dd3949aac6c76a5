-- AlterTable
ALTER TABLE "SurveyResponse" ADD COLUMN "secondsOnPage" REAL;
