import { dirname } from "node:path";
import { createTraditionalToSimplifiedFolder } from "@/core/chinese";
import type { BilingualLexicon } from "@/core/lexicon";
import { InputError } from "@/core/errors";
import { CONTENT_LANGUAGES, type ContentLanguage } from "@/core/languages";
import type { LanguageVersionInput } from "@/core/document";
import { prepareRevision, type PreparedRevision, type PrepareProgress } from "@/core/pipeline";
import { isValidSlug, slugify } from "@/core/permalinks";
import { discoverArticles, type ArticleSource } from "@/ingest/discover";
import { readRegularFile } from "@/ingest/file-checks";
import { readLanguageVersion } from "@/ingest/read-version";

/** One article read, extracted and aligned, ready to be saved under `slug`. */
export interface ReadyArticle {
  slug: string;
  /** The article folder, or its files when they were named one by one: for messages. */
  where: string;
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
  /**
   * Told how an article's preparation advances (see PrepareProgress), with the article's
   * name and whether it is long (over 1,000 paragraphs or 100,000 characters in a language).
   */
  onPrepareProgress?: (article: { name: string; long: boolean }, progress: PrepareProgress) => void;
}

export interface ReadResult {
  articles: ReadyArticle[];
  /** Bad files, one per article that had any; when not empty, nothing may be saved. */
  problems: InputError[];
  /** How many articles the paths held. */
  sourceCount: number;
  /** What discovery decided on the user's behalf: files ignored, regional tags mapped (ArticleSource.notes). */
  notes: string[];
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
      articles.push(await readArticle(source, options, fold, lexiconFor));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error);
    }
  }
  assertUniqueSlugs(articles);
  return { articles, problems, sourceCount: sources.length, notes: sources.flatMap((source) => source.notes) };
}

async function readArticle(
  source: ArticleSource,
  options: ReadOptions,
  fold: (text: string) => string,
  lexiconFor: (languages: ContentLanguage[]) => BilingualLexicon | undefined,
): Promise<ReadyArticle> {
  const versions = [];
  for (const language of CONTENT_LANGUAGES) {
    const path = source.files[language];
    if (path === undefined) continue;
    versions.push(readLanguageVersion(await readRegularFile(path), path, language));
  }
  const where = articleLocation(source);
  const article = { name: source.slug || where, long: isLong(versions) };
  const prepared = prepareRevision(versions, fold, {
    lexicon: lexiconFor(versions.map((version) => version.language)),
    onProgress: options.onPrepareProgress === undefined ? undefined : (progress) => options.onPrepareProgress?.(article, progress),
  });
  const englishTitle = versions.find((v) => v.language === "en")?.document.title ?? "";
  const slug = options.slug ?? (source.slug || slugify(englishTitle));
  if (!isValidSlug(slug)) {
    throw new InputError(where, "cannot derive a URL slug from the folder name or the English title; pass --slug");
  }
  return { slug, where, prepared };
}

/** The article folder when it came as one, else its files. */
function articleLocation(source: ArticleSource): string {
  const files = Object.values(source.files);
  const folders = new Set(files.map((file) => dirname(file)));
  const [only] = folders;
  return folders.size === 1 && only !== undefined && source.slug !== "" ? only : files.join(", ");
}

/** Long enough to take seconds: more than 1,000 paragraphs or 100,000 characters in a language. */
function isLong(versions: readonly LanguageVersionInput[]): boolean {
  return versions.some(
    ({ document }) => document.paragraphs.length > 1_000 || document.paragraphs.reduce((sum, p) => sum + p.length, 0) > 100_000,
  );
}

function assertUniqueSlugs(articles: ReadyArticle[]): void {
  const seen = new Set<string>();
  for (const { slug } of articles) {
    if (seen.has(slug)) throw new ImportRequestError(`two articles in this import would both be called "${slug}"`);
    seen.add(slug);
  }
}
