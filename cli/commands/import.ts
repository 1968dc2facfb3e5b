import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { createTraditionalToSimplifiedFolder } from "@/core/chinese/fold";
import type { BilingualLexicon } from "@/core/dictionary/types";
import { InputError } from "@/core/errors";
import type { LanguageVersionInput } from "@/core/document";
import { CONTENT_LANGUAGES, type ContentLanguage } from "@/core/languages";
import { prepareRevision, type PreparedRevision, type PrepareProgress } from "@/core/pipeline/prepare-revision";
import { revisionContinuityProblem, type VersionHeading } from "@/core/pipeline/revision-continuity";
import { isValidSlug, slugify } from "@/core/slug";
import { closeDatabase, currentDatabaseDescription, getPrisma } from "@/db/client";
import { findLatestHeadings, saveRevision } from "@/db/revisions";
import { discoverArticles, type ArticleSource } from "@/ingest/discover";
import { readRegularFile } from "@/ingest/file-checks";
import { readLanguageVersion } from "@/ingest/read-version";
import { cedictLexiconOrWarn } from "../lexicon";
import { UsageError } from "../usage-error";

interface ReadyArticle {
  slug: string;
  /** The article folder, or its first file when files were named one by one: for messages. */
  where: string;
  prepared: PreparedRevision;
}

/**
 * `parallax import <folder|files...> [--slug S] [--dry-run] [--allow-dropped-languages] [--allow-new-titles]`
 *
 * Every article is read, extracted and aligned before anything is written, so one bad file
 * anywhere in a batch stops the whole batch with the database untouched. Each article is then
 * saved in its own transaction. A new revision of a stored article that lacks one of its
 * languages or changes every title is refused unless the matching flag allows it.
 */
export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      slug: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      "allow-dropped-languages": { type: "boolean", default: false },
      "allow-new-titles": { type: "boolean", default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError("name a folder or the language files to import");
  const sources = await discoverArticles(positionals);
  // Notes go to stderr, so `--dry-run --json` output stays one JSON document.
  for (const note of sources.flatMap((source) => source.notes)) console.error(`parallax import: note: ${note}`);
  if (values.slug !== undefined && sources.length > 1) {
    throw new UsageError(`--slug names one article, but ${sources.length} were found`);
  }
  if (values.slug !== undefined && !isValidSlug(values.slug)) {
    throw new UsageError(`--slug "${values.slug}" is not a valid slug (lowercase letters, digits and hyphens)`);
  }

  const fold = createTraditionalToSimplifiedFolder();
  // Loaded on the first article that pairs English with Chinese, and only then.
  let lexicon: { value: BilingualLexicon | undefined } | null = null;
  const lexiconFor = (languages: ContentLanguage[]) => {
    if (!languages.includes("en") || !languages.some((language) => language !== "en")) return undefined;
    lexicon ??= { value: cedictLexiconOrWarn("import") };
    return lexicon.value;
  };
  const ready: ReadyArticle[] = [];
  const problems: InputError[] = [];
  for (const source of sources) {
    try {
      ready.push(await readArticle(source, values.slug, fold, lexiconFor));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error);
    }
  }
  assertUniqueSlugs(ready);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`parallax import: ${problem.describe()}`);
    console.error(`parallax import: nothing was imported (${problems.length} of ${sources.length} articles had errors).`);
    return 1;
  }

  if (values["dry-run"]) {
    for (const article of ready) printDryRun(article);
    return 0;
  }

  const prisma = getPrisma();
  const permissions = { allowDroppedLanguages: values["allow-dropped-languages"], allowNewTitles: values["allow-new-titles"] };
  const counts = { created: 0, unchanged: 0 };
  try {
    // Every article is checked against its stored revision before the first is saved.
    const refusals: InputError[] = [];
    for (const article of ready) {
      const problem = revisionContinuityProblem(await findLatestHeadings(prisma, article.slug), headingsOf(article.prepared), permissions);
      if (problem !== null) refusals.push(new InputError(article.where, `"${article.slug}" exists: ${problem}`));
    }
    if (refusals.length > 0) {
      for (const refusal of refusals) console.error(`parallax import: ${refusal.describe()}`);
      console.error(`parallax import: nothing was imported (${refusals.length} of ${sources.length} articles were refused).`);
      return 1;
    }
    console.log(`Importing ${ready.length} article${ready.length === 1 ? "" : "s"} into ${currentDatabaseDescription()}`);
    for (const [index, article] of ready.entries()) {
      const result = await saveRevision(prisma, article.slug, article.prepared);
      counts[result.status] += 1;
      const what =
        result.status === "created"
          ? `revision ${result.revision} created`
          : `unchanged (revision ${result.revision}${sentenceLinksNote(result.sentenceLinksAdded)})`;
      console.log(`[${index + 1}/${ready.length}] ${article.slug}: ${what}, ${result.rows} rows (${languagesOf(article.prepared)})`);
    }
  } finally {
    await closeDatabase();
  }
  console.log(`Done: ${counts.created} new revision${counts.created === 1 ? "" : "s"}, ${counts.unchanged} unchanged.`);
  return 0;
}

/** Said when a re-import filled in sentence links that rows stored before them lacked. */
function sentenceLinksNote(rowsFilled: number): string {
  return rowsFilled === 0 ? "" : `; sentence links added to ${rowsFilled} row${rowsFilled === 1 ? "" : "s"}`;
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
    versions.push(readLanguageVersion(await readRegularFile(path), path, language));
  }
  const prepared = prepareRevision(versions, fold, {
    lexicon: lexiconFor(versions.map((version) => version.language)),
    onProgress: progressPrinter(source.slug || Object.values(source.files)[0] || "article", isLong(versions)),
  });
  const englishTitle = versions.find((v) => v.language === "en")?.document.title ?? "";
  const slug = slugOption ?? (source.slug || slugify(englishTitle));
  if (!isValidSlug(slug)) {
    const where = Object.values(source.files)[0] ?? "article";
    throw new InputError(where, "cannot derive a URL slug from the folder name or the English title; pass --slug");
  }
  return { slug, where: articleLocation(source), prepared };
}

function articleLocation(source: ArticleSource): string {
  const files = Object.values(source.files);
  const folders = new Set(files.map((file) => dirname(file)));
  const [only] = folders;
  return folders.size === 1 && only !== undefined && source.slug !== "" ? only : files.join(", ");
}

function headingsOf(prepared: PreparedRevision): VersionHeading[] {
  return prepared.versions.map((version) => ({ language: version.language, title: version.document.title }));
}

/** Progress lines go to stderr at most every two seconds (stdout stays the result alone). */
const PROGRESS_INTERVAL_MS = 2_000;

/** Long enough to take seconds: more than 1,000 paragraphs or 100,000 characters in a language. */
function isLong(versions: readonly LanguageVersionInput[]): boolean {
  return versions.some(
    ({ document }) => document.paragraphs.length > 1_000 || document.paragraphs.reduce((sum, p) => sum + p.length, 0) > 100_000,
  );
}

/** Prints each stage's start of a long article, and how far sentence linking got every two seconds of any article. */
function progressPrinter(name: string, long: boolean): (progress: PrepareProgress) => void {
  const started = Date.now();
  let lastPrinted = started;
  return ({ stage, done, total }) => {
    const now = Date.now();
    const stageStart = done === 0 && long;
    if (!stageStart && now - lastPrinted < PROGRESS_INTERVAL_MS) return;
    lastPrinted = now;
    const what =
      stage === "paragraphs"
        ? `aligning ${total.toLocaleString("en-US")} paragraphs`
        : `linking sentences, row ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`;
    console.error(`parallax import: ${name}: ${what} (${Math.round((now - started) / 1000)} s)`);
  };
}

function assertUniqueSlugs(articles: ReadyArticle[]): void {
  const seen = new Set<string>();
  for (const { slug } of articles) {
    if (seen.has(slug)) throw new UsageError(`two articles in this import would both be called "${slug}"`);
    seen.add(slug);
  }
}

function languagesOf(prepared: PreparedRevision): string {
  return prepared.versions.map((v) => v.language).join(", ");
}

function printDryRun({ slug, prepared }: ReadyArticle): void {
  console.log(`${slug}: ${prepared.rows.length} rows (${languagesOf(prepared)}), not saved (--dry-run)`);
  for (const [index, row] of prepared.rows.entries()) {
    const cells = CONTENT_LANGUAGES.map((language: ContentLanguage) => `${language} [${row.paragraphs[language].join(",")}]`);
    const doubt = row.reasons.length > 0 ? `  ${row.reasons.join("; ")}` : "";
    console.log(`  row ${index + 1}: ${cells.join("  ")}  confidence ${row.confidence.toFixed(2)}${doubt}`);
  }
}
