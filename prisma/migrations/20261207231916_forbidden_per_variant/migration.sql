-- A term's forbidden renderings, per Chinese version: a word can be wrong in one edition
-- only. A stored glossary's single list forbade each rendering in both versions, so both new
-- lists start as a copy of it.
ALTER TABLE "Term" ADD COLUMN "hansForbidden" TEXT[],
ADD COLUMN     "hantForbidden" TEXT[];

UPDATE "Term" SET "hansForbidden" = "forbidden", "hantForbidden" = "forbidden";

ALTER TABLE "Term" DROP COLUMN "forbidden";
