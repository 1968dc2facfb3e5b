import { describe, expect, it } from "vitest";
import type { PreparedRevision } from "@/core/pipeline";
import { findArticleView } from "@/db/articles";
import { openDatabase } from "@/db/client";
import { saveRevision } from "@/db/revisions";
import { engines, useMigratedDatabase } from "./support/databases";

/**
 * A revision with more rows than PostgreSQL takes bound parameters (32,767) is read back
 * whole. The article page's loader once fetched paragraphs with one parameter per row id:
 * a 50,000-paragraph article was stored, then its page failed with Prisma P2029. (Imports
 * now stop at IMPORT_LIMITS.maxParagraphsPerLanguage, so this size comes from saveRevision.)
 */
const ROWS = 33_000;

/** One English paragraph per row, no sentence links: the shape matters here, not the text. */
function largeRevision(): PreparedRevision {
  const paragraphs = Array.from({ length: ROWS }, (_, i) => `Paragraph ${i + 1}.`);
  return {
    versions: [{ language: "en", source: "en.md", encoding: "UTF-8", document: { title: "Large", byline: null, publishedAt: null, paragraphs } }],
    rows: paragraphs.map((_, i) => ({
      paragraphs: { en: [i], "zh-Hans": [], "zh-Hant": [] },
      confidence: 1,
      reasons: [],
      sentenceLinks: { sentences: { en: [], "zh-Hans": [], "zh-Hant": [] }, groups: [] },
    })),
    publishedAt: null,
  };
}

describe.each(engines)("an article with $ROWS rows on $name", (engine) => {
  const database = useMigratedDatabase(engine);

  it.skipIf(!engine.available)(`reads back all ${ROWS.toLocaleString("en-US")} rows of a revision (no P2029)`, async () => {
    const db = openDatabase(database.target);
    try {
      const saved = await saveRevision(db.prisma, "large-article", largeRevision());
      expect(saved).toMatchObject({ status: "created", rows: ROWS });
      const article = await findArticleView(db.prisma, "large-article");
      expect(article?.rows).toHaveLength(ROWS);
      expect(article?.rows[ROWS - 1]?.paragraphs.en).toEqual([{ position: ROWS - 1, text: `Paragraph ${ROWS}.` }]);
      expect(article?.rows.every((row, i) => row.position === i && row.paragraphs.en[0]?.position === i)).toBe(true);
    } finally {
      await db.close();
    }
  }, 300_000);
});
