-- CreateEnum
CREATE TYPE "FlagStatus" AS ENUM ('open', 'accepted', 'dismissed');

-- AlterEnum
BEGIN;
CREATE TYPE "FlagKind_new" AS ENUM ('glossary_missing', 'glossary_forbidden', 'sc_tc_mismatch', 'inconsistent_rendering', 'number_mismatch', 'alignment_doubt');
ALTER TABLE "Flag" ALTER COLUMN "kind" TYPE "FlagKind_new" USING ("kind"::text::"FlagKind_new");
ALTER TYPE "FlagKind" RENAME TO "FlagKind_old";
ALTER TYPE "FlagKind_new" RENAME TO "FlagKind";
DROP TYPE "public"."FlagKind_old";
COMMIT;

-- AlterTable
ALTER TABLE "Flag" DROP COLUMN "explanation",
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "details" JSONB,
ADD COLUMN     "fingerprint" TEXT NOT NULL,
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedBy" TEXT,
ADD COLUMN     "revisionId" INTEGER NOT NULL,
ADD COLUMN     "status" "FlagStatus" NOT NULL DEFAULT 'open',
ADD COLUMN     "termLabel" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Term" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "TermUse" (
    "id" SERIAL NOT NULL,
    "revisionId" INTEGER NOT NULL,
    "rowId" INTEGER NOT NULL,
    "termId" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "rendering" TEXT NOT NULL,
    "occurrence" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "TermUse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Editor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignedInAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Editor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TermUse_revisionId_idx" ON "TermUse"("revisionId");

-- CreateIndex
CREATE INDEX "TermUse_termId_language_idx" ON "TermUse"("termId", "language");

-- CreateIndex
CREATE UNIQUE INDEX "Editor_name_key" ON "Editor"("name");

-- CreateIndex
CREATE INDEX "AuditEntry_entity_entityId_idx" ON "AuditEntry"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "Flag_revisionId_kind_idx" ON "Flag"("revisionId", "kind");

-- CreateIndex
CREATE INDEX "Flag_status_idx" ON "Flag"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Flag_revisionId_fingerprint_key" ON "Flag"("revisionId", "fingerprint");

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermUse" ADD CONSTRAINT "TermUse_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermUse" ADD CONSTRAINT "TermUse_rowId_fkey" FOREIGN KEY ("rowId") REFERENCES "Row"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermUse" ADD CONSTRAINT "TermUse_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The Flag table was never written before this migration (nothing computed flags), so its new
-- NOT NULL columns need no default for existing rows.
