import { parseArgs } from "node:util";
import { UNCERTAIN_CONFIDENCE_BELOW } from "@/core/article";
import { CONTENT_LANGUAGES, type ContentLanguage } from "@/core/languages";
import type { PreparedRevision, PrepareProgress, RevisionChangePermissions } from "@/core/pipeline";
import { isValidSlug } from "@/core/permalinks";
import { openMigratedDatabase } from "@/services/command-database";
import { closeDatabase, ImportRequestError, importArticles, readArticles, type ReadyArticle, type SaveProgress } from "@/services/import";
import { cedictLexiconOrWarn } from "../lexicon";
import { UsageError } from "../usage-error";

/**
 * `parallax import <folder|files...> [--slug S] [--dry-run [--json]] [--allow-dropped-languages] [--allow-new-titles]`
 *
 * A shell over services/import: every article is read, extracted and aligned before anything
 * is written, so one bad file anywhere in a batch stops the whole batch with the database
 * untouched. Each article is then saved in its own transaction. A new revision of a stored
 * article that lacks one of its languages, or changes every title, needs the matching flag.
 * Notes (files ignored, regional tags mapped) and progress on long articles go to stderr.
 * `--dry-run --json` prints each article's rows as one JSON object per line (see printDryRunJson).
 */
export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      slug: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      "allow-dropped-languages": { type: "boolean", default: false },
      "allow-new-titles": { type: "boolean", default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError("name a folder or the language files to import");
  if (values.json && !values["dry-run"]) throw new UsageError("--json goes with --dry-run: an import that saves prints its progress");
  if (values.slug !== undefined && !isValidSlug(values.slug)) {
    throw new UsageError(`--slug "${values.slug}" is not a valid slug (lowercase letters, digits and hyphens)`);
  }
  return importAndReport(positionals, {
    slug: values.slug,
    dryRun: values["dry-run"],
    json: values.json,
    command: "import",
    permissions: { allowDroppedLanguages: values["allow-dropped-languages"], allowNewTitles: values["allow-new-titles"] },
  });
}

/** Imports `paths` and prints what happened, as `parallax <command>` (import, or db seed). */
export async function importAndReport(
  paths: string[],
  options: { slug?: string; dryRun?: boolean; json?: boolean; command: string; permissions?: RevisionChangePermissions },
): Promise<number> {
  const loadLexicon = () => cedictLexiconOrWarn(options.command);
  const onPrepareProgress = progressPrinter(options.command);
  const onNote = (note: string) => console.error(`parallax ${options.command}: note: ${note}`);
  try {
    if (options.dryRun) {
      const read = await readArticles(paths, { slug: options.slug, loadLexicon, onPrepareProgress });
      read.notes.forEach(onNote);
      if (read.problems.length > 0) return reportProblems(options.command, read.problems, read.sourceCount);
      for (const article of read.articles) (options.json ? printDryRunJson : printDryRun)(article);
      return 0;
    }
    const result = await importArticles(paths, {
      slug: options.slug,
      loadLexicon,
      onPrepareProgress,
      onNote,
      permissions: options.permissions,
      onProgress: printProgress,
      openDatabase: () => openMigratedDatabase(),
    });
    if (result.status === "refused") return reportProblems(options.command, result.problems, result.sourceCount);
    const { created, unchanged } = result.counts;
    console.log(`Done: ${created} new revision${created === 1 ? "" : "s"}, ${unchanged} unchanged.`);
    return 0;
  } catch (error) {
    if (error instanceof ImportRequestError) throw new UsageError(error.message);
    throw error;
  } finally {
    await closeDatabase();
  }
}

/** Progress lines go to stderr at most every two seconds, so stdout stays the result alone. */
const PROGRESS_INTERVAL_MS = 2_000;

/**
 * Prints the start of each stage of a long article, and how far sentence linking got every
 * two seconds of any article.
 */
function progressPrinter(command: string): (article: { name: string; long: boolean }, progress: PrepareProgress) => void {
  let started = Date.now();
  let lastPrinted = started;
  return (article, { stage, done, total }) => {
    const now = Date.now();
    if (stage === "paragraphs") {
      // A new article: its clock starts now.
      started = now;
      lastPrinted = now;
      if (!article.long) return;
    } else if (!(done === 0 && article.long) && now - lastPrinted < PROGRESS_INTERVAL_MS) {
      return;
    }
    lastPrinted = now;
    const what =
      stage === "paragraphs"
        ? `aligning ${total.toLocaleString("en-US")} paragraphs`
        : `linking sentences, row ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`;
    console.error(`parallax ${command}: ${article.name}: ${what} (${Math.round((now - started) / 1000)} s)`);
  };
}

function reportProblems(command: string, problems: { describe(): string }[], sourceCount: number): number {
  for (const problem of problems) console.error(`parallax ${command}: ${problem.describe()}`);
  console.error(`parallax ${command}: nothing was imported (${problems.length} of ${sourceCount} articles had errors).`);
  return 1;
}

function printProgress(progress: SaveProgress): void {
  if (progress.kind === "start") {
    console.log(`Importing ${progress.total} article${progress.total === 1 ? "" : "s"} into ${progress.database}`);
    return;
  }
  const { index, total, article, result } = progress;
  const what =
    result.status === "created"
      ? `revision ${result.revision} created`
      : `unchanged (revision ${result.revision}${sentenceLinksNote(result.sentenceLinksAdded)})`;
  console.log(`[${index + 1}/${total}] ${article.slug}: ${what}, ${result.rows} rows (${languagesOf(article.prepared)})`);
}

/** Said when a re-import filled in sentence links that rows stored before them lack. */
function sentenceLinksNote(rowsFilled: number): string {
  return rowsFilled === 0 ? "" : `; sentence links added to ${rowsFilled} row${rowsFilled === 1 ? "" : "s"}`;
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

/**
 * DESIGN.md's dry-run JSON, one line per article: `{"slug":"…","rows":[{"en":[0],"zh-Hans":[0],
 * "zh-Hant":[0,1],"confidence":0.93,"doubtful":false}]}`, paragraph indices 0-based per language,
 * a row doubtful where the reading view marks it uncertain. One object per line, so a batch of
 * articles stays readable by a JSON Lines reader and a single article is plain JSON.
 */
function printDryRunJson({ slug, prepared }: ReadyArticle): void {
  const rows = prepared.rows.map((row) => ({
    ...Object.fromEntries(CONTENT_LANGUAGES.map((language) => [language, row.paragraphs[language]])),
    confidence: Math.round(row.confidence * 100) / 100,
    doubtful: row.confidence < UNCERTAIN_CONFIDENCE_BELOW,
  }));
  console.log(JSON.stringify({ slug, rows }));
}
