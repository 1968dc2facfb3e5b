-- CreateEnum
CREATE TYPE "RowStatus" AS ENUM ('auto', 'reviewed');

-- CreateEnum
CREATE TYPE "FlagKind" AS ENUM ('glossary_missing', 'glossary_forbidden', 'inconsistent_rendering', 'script_divergence');

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "publishedAt" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Version" (
    "id" SERIAL NOT NULL,
    "revisionId" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT,
    "byline" TEXT,
    "publishedAt" TEXT,
    "source" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,

    CONSTRAINT "Version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Paragraph" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "rowId" INTEGER NOT NULL,

    CONSTRAINT "Paragraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Row" (
    "id" SERIAL NOT NULL,
    "revisionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "anchor" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "reasons" TEXT[],
    "status" "RowStatus" NOT NULL DEFAULT 'auto',

    CONSTRAINT "Row_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Term" (
    "id" SERIAL NOT NULL,
    "english" TEXT[],
    "hansPreferred" TEXT NOT NULL,
    "hantPreferred" TEXT NOT NULL,
    "hansAllowed" TEXT[],
    "hantAllowed" TEXT[],
    "forbidden" TEXT[],
    "note" TEXT,
    "source" TEXT,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Flag" (
    "id" SERIAL NOT NULL,
    "rowId" INTEGER NOT NULL,
    "kind" "FlagKind" NOT NULL,
    "language" TEXT NOT NULL,
    "termId" INTEGER,
    "expected" TEXT,
    "found" TEXT,
    "explanation" TEXT NOT NULL,

    CONSTRAINT "Flag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE INDEX "Revision_articleId_contentHash_idx" ON "Revision"("articleId", "contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_articleId_number_key" ON "Revision"("articleId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Version_revisionId_language_key" ON "Version"("revisionId", "language");

-- CreateIndex
CREATE INDEX "Paragraph_rowId_idx" ON "Paragraph"("rowId");

-- CreateIndex
CREATE UNIQUE INDEX "Paragraph_versionId_position_key" ON "Paragraph"("versionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Row_revisionId_position_key" ON "Row"("revisionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Row_revisionId_anchor_key" ON "Row"("revisionId", "anchor");

-- CreateIndex
CREATE UNIQUE INDEX "Term_hansPreferred_hantPreferred_key" ON "Term"("hansPreferred", "hantPreferred");

-- CreateIndex
CREATE INDEX "Flag_rowId_idx" ON "Flag"("rowId");

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Version" ADD CONSTRAINT "Version_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_rowId_fkey" FOREIGN KEY ("rowId") REFERENCES "Row"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Row" ADD CONSTRAINT "Row_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_rowId_fkey" FOREIGN KEY ("rowId") REFERENCES "Row"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE SET NULL ON UPDATE CASCADE;
