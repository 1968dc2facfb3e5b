import { describe, expect, it } from "vitest";
import type { PreparedRevision } from "@/core/pipeline";
import { findArticleView } from "@/db/articles";
import { openDatabase } from "@/db/client";
import { saveRevision } from "@/db/revisions";
import { engines, useMigratedDatabase } from "./support/databases";

/**
 * A revision with more rows than PostgreSQL takes bound parameters (32,767) is read back
 * whole. The article page's loader once fetched paragraphs with one parameter per row id:
 * a 50,000-paragraph article was stored, then its page failed with Prisma P2029. Imports
 * now stop at IMPORT_LIMITS.maxParagraphsPerLanguage, so the rows beyond the first are
 * written here with SQL (saving 33,000 rows through saveRevision takes minutes).
 */
const ROWS = 33_000;

const firstRow: PreparedRevision = {
  versions: [{ language: "en", source: "en.md", encoding: "UTF-8", document: { title: "Large", byline: null, publishedAt: null, paragraphs: ["Paragraph 1."] } }],
  rows: [
    {
      paragraphs: { en: [0], "zh-Hans": [], "zh-Hant": [] },
      confidence: 1,
      reasons: [],
      sentenceLinks: { sentences: { en: [], "zh-Hans": [], "zh-Hant": [] }, groups: [] },
    },
  ],
  publishedAt: null,
};

describe.each(engines)(`an article of ${ROWS.toLocaleString("en-US")} rows on $name`, (engine) => {
  const database = useMigratedDatabase(engine);

  it.skipIf(!engine.available)(`reads back all ${ROWS.toLocaleString("en-US")} rows of a revision (no P2029)`, async () => {
    const db = openDatabase(database.target);
    try {
      await saveRevision(db.prisma, "large-article", firstRow);
      const revision = await db.prisma.revision.findFirstOrThrow({ where: { article: { slug: "large-article" } }, include: { versions: true } });
      const versionId = revision.versions[0]?.id ?? 0;
      await db.prisma.$executeRaw`INSERT INTO "Row" ("revisionId", "position", "anchor", "confidence", "reasons")
        SELECT ${revision.id}, g, g + 1, 1, '{}' FROM generate_series(1, ${ROWS - 1}) AS g`;
      await db.prisma.$executeRaw`INSERT INTO "Paragraph" ("versionId", "position", "text", "rowId")
        SELECT ${versionId}, r."position", 'Paragraph ' || (r."position" + 1) || '.', r."id" FROM "Row" r
        WHERE r."revisionId" = ${revision.id} AND r."position" > 0`;

      const article = await findArticleView(db.prisma, "large-article");
      expect(article?.rows).toHaveLength(ROWS);
      expect(article?.rows[ROWS - 1]?.paragraphs.en).toEqual([{ position: ROWS - 1, text: `Paragraph ${ROWS}.` }]);
      expect(article?.rows.every((row, i) => row.position === i && row.paragraphs.en[0]?.position === i)).toBe(true);
    } finally {
      await db.close();
    }
  });
});
