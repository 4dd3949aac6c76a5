-- AlterTable
ALTER TABLE "SurveyResponse" ADD COLUMN     "secondsOnPage" DOUBLE PRECISION;
