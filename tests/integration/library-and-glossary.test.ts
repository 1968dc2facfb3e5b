import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeGeneratedLibrary } from "../../bench/page/library-articles";
import { parseGlossaryCsv } from "@/core/glossary";
import { findLibraryStamp, listArticlePage } from "@/db/articles";
import { openDatabase } from "@/db/client";
import { listTerms, replaceGlossary } from "@/db/glossary";
import { engines, useMigratedDatabase } from "./support/databases";

const demoGlossary = path.resolve(import.meta.dirname, "..", "..", "demo", "glossary.csv");

for (const engine of engines) {
  describe.skipIf(!engine.available)(`the library and the glossary on ${engine.name}`, () => {
    const database = useMigratedDatabase(engine);

    it("stores and reads back each term's notes in the three UI languages", async () => {
      const terms = parseGlossaryCsv(readFileSync(demoGlossary, "utf8"), "demo/glossary.csv");
      const db = openDatabase(database.target);
      try {
        await replaceGlossary(db.prisma, terms, "demo/glossary.csv");
        const stored = await listTerms(db.prisma);
        expect(stored.map((term) => [term.note, term.noteZhHans, term.noteZhHant])).toEqual(
          terms.map((term) => [term.note, term.noteZhHans, term.noteZhHant]),
        );
        expect(stored[13]?.noteZhHant).toBe("指貨運貨櫃；「容器」是一般的盛器");
      } finally {
        await db.close();
      }
    });

    it("lists the library a page at a time, newest first, and its stamp changes with an import", async () => {
      const db = openDatabase(database.target);
      const stampBefore = await findLibraryStamp(db.prisma);
      await db.close();
      await writeGeneratedLibrary(database.env, 25);
      const again = openDatabase(database.target);
      try {
        const first = await listArticlePage(again.prisma, 0, 10);
        const last = await listArticlePage(again.prisma, 20, 10);
        expect(first.total).toBe(25);
        expect(first.articles).toHaveLength(10);
        expect(last.articles).toHaveLength(5);
        const all = [...first.articles, ...(await listArticlePage(again.prisma, 10, 10)).articles, ...last.articles];
        expect(new Set(all.map((article) => article.slug)).size).toBe(25);
        const dates = all.map((article) => article.publishedAt ?? "");
        expect(dates).toEqual([...dates].sort().reverse());
        expect(first.articles[0]?.versions.map((version) => version.language)).toEqual(["en", "zh-Hans", "zh-Hant"]);
        expect(first.articles[0]?.rowCount).toBe(3);
        expect(await findLibraryStamp(again.prisma)).not.toBe(stampBefore);
      } finally {
        await again.close();
      }
    });
  });
}
