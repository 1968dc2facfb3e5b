import { readFile } from "node:fs/promises";
import { createTraditionalToSimplifiedFolder } from "@/core/chinese";
import type { BilingualLexicon } from "@/core/lexicon";
import { InputError } from "@/core/errors";
import { CONTENT_LANGUAGES, type ContentLanguage } from "@/core/languages";
import { prepareRevision, type PreparedRevision } from "@/core/pipeline";
import { isValidSlug, slugify } from "@/core/permalinks";
import { discoverArticles, type ArticleSource } from "@/ingest/discover";
import { readLanguageVersion } from "@/ingest/read-version";

/** One article read, extracted and aligned, ready to be saved under `slug`. */
export interface ReadyArticle {
  slug: string;
  prepared: PreparedRevision;
}

/** A request that cannot be carried out as a whole (say, one slug for several articles). */
export class ImportRequestError extends Error {
  override readonly name = "ImportRequestError";
}

export interface ReadOptions {
  /** The slug for a single article; by default the folder name, else the English title's. */
  slug?: string;
  /**
   * The bilingual dictionary for English ↔ Chinese alignment, asked for on the first article
   * that pairs English with Chinese and only then (loading it takes about two seconds).
   */
  loadLexicon?: () => BilingualLexicon | undefined;
}

export interface ReadResult {
  articles: ReadyArticle[];
  /** Bad files, one per article that had any; when not empty, nothing may be saved. */
  problems: InputError[];
  /** How many articles the paths held. */
  sourceCount: number;
}

/**
 * Reads → prepares every article under `paths` (folders or language files) before anything is
 * written, so the caller can refuse the whole batch when one file is bad: the read and
 * prepare steps of an import, shared by the command line, the demo seed and the web.
 */
export async function readArticles(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const sources = await discoverArticles(paths);
  if (options.slug !== undefined && sources.length > 1) {
    throw new ImportRequestError(`--slug names one article, but ${sources.length} were found`);
  }
  const fold = createTraditionalToSimplifiedFolder();
  let lexicon: { value: BilingualLexicon | undefined } | null = null;
  const lexiconFor = (languages: ContentLanguage[]) => {
    if (!languages.includes("en") || !languages.some((language) => language !== "en")) return undefined;
    lexicon ??= { value: options.loadLexicon?.() };
    return lexicon.value;
  };
  const articles: ReadyArticle[] = [];
  const problems: InputError[] = [];
  for (const source of sources) {
    try {
      articles.push(await readArticle(source, options.slug, fold, lexiconFor));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error);
    }
  }
  assertUniqueSlugs(articles);
  return { articles, problems, sourceCount: sources.length };
}

async function readArticle(
  source: ArticleSource,
  slugOption: string | undefined,
  fold: (text: string) => string,
  lexiconFor: (languages: ContentLanguage[]) => BilingualLexicon | undefined,
): Promise<ReadyArticle> {
  const versions = [];
  for (const language of CONTENT_LANGUAGES) {
    const path = source.files[language];
    if (path === undefined) continue;
    const bytes = await readFile(path);
    versions.push(readLanguageVersion(new Uint8Array(bytes), path, language));
  }
  const prepared = prepareRevision(versions, fold, { lexicon: lexiconFor(versions.map((version) => version.language)) });
  const englishTitle = versions.find((v) => v.language === "en")?.document.title ?? "";
  const slug = slugOption ?? (source.slug || slugify(englishTitle));
  if (!isValidSlug(slug)) {
    const where = Object.values(source.files)[0] ?? "article";
    throw new InputError(where, "cannot derive a URL slug from the folder name or the English title; pass --slug");
  }
  return { slug, prepared };
}

function assertUniqueSlugs(articles: ReadyArticle[]): void {
  const seen = new Set<string>();
  for (const { slug } of articles) {
    if (seen.has(slug)) throw new ImportRequestError(`two articles in this import would both be called "${slug}"`);
    seen.add(slug);
  }
}
