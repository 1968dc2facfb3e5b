/**
 * A library of many small generated articles for the page benchmark, written straight
 * through db/ (one saveRevision transaction per article, `BATCH` articles prepared at a
 * time), not through one CLI import per article: 1,000 of them take seconds, not minutes.
 */
import { createTraditionalToSimplifiedFolder } from "../../core/chinese";
import type { LanguageVersionInput } from "../../core/document";
import { prepareRevision } from "../../core/pipeline";
import { openDatabase } from "../../db/client";
import { resolveDatabaseTarget } from "../../db/config";
import { saveRevision } from "../../db/revisions";

const BATCH = 50;

/** The three versions of generated article `index` (0-based): a title, a date, three short paragraphs. */
function generatedVersions(index: number): LanguageVersionInput[] {
  const n = index + 1;
  // Dates spread over ten years so the library's order (newest first) is not the insertion order.
  const day = new Date(Date.UTC(2016, 0, 1) + ((index * 7919) % 3650) * 86_400_000).toISOString().slice(0, 10);
  const version = (language: LanguageVersionInput["language"], title: string, paragraphs: string[]): LanguageVersionInput => ({
    language,
    source: `generated/${n}/${language}.md`,
    encoding: "UTF-8",
    document: { title, byline: null, publishedAt: day, paragraphs },
  });
  return [
    version("en", `Library benchmark article ${n}`, [
      `Article ${n} reports that the city council approved ${n * 3} new reading rooms.`,
      `The project will cost ${n * 12} thousand dollars over two years.`,
      `Residents can comment on the plan until the end of the month.`,
    ]),
    version("zh-Hans", `图书馆基准文章第${n}篇`, [
      `第${n}篇文章报道，市议会批准新建${n * 3}间阅览室。`,
      `该项目两年内将耗资${n * 12}千美元。`,
      `居民可在月底前对该计划发表意见。`,
    ]),
    version("zh-Hant", `圖書館基準文章第${n}篇`, [
      `第${n}篇文章報導，市議會批准新建${n * 3}間閱覽室。`,
      `該專案兩年內將耗資${n * 12}千美元。`,
      `居民可在月底前對該計畫發表意見。`,
    ]),
  ];
}

/** Slug of generated article `index`. */
export function generatedSlug(index: number): string {
  return `library-bench-${String(index + 1).padStart(4, "0")}`;
}

/** Writes `count` generated articles into the database `env` names (PGLITE_DIR or DATABASE_URL). */
export async function writeGeneratedLibrary(env: NodeJS.ProcessEnv, count: number): Promise<void> {
  const fold = createTraditionalToSimplifiedFolder();
  const database = openDatabase(resolveDatabaseTarget(env));
  try {
    for (let first = 0; first < count; first += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, count - first) }, (_, k) => first + k);
      const prepared = batch.map((index) => ({ slug: generatedSlug(index), revision: prepareRevision(generatedVersions(index), fold) }));
      for (const { slug, revision } of prepared) await saveRevision(database.prisma, slug, revision);
    }
  } finally {
    await database.close();
  }
}
