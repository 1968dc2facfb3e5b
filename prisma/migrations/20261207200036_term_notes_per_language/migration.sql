-- AlterTable
ALTER TABLE "Term" ADD COLUMN     "noteZhHans" TEXT,
ADD COLUMN     "noteZhHant" TEXT;
