-- AlterTable
ALTER TABLE "Row" ADD COLUMN     "sentenceLinks" JSONB;
