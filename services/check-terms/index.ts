import { InputError } from "@/core/errors";
import { checkArticle, type CheckRow, type ComputedFlag } from "@/core/flags";
import type { Term } from "@/core/glossary";
import { perLanguage } from "@/core/languages";
import type { BilingualLexicon } from "@/core/lexicon";
import type { PreparedRevision } from "@/core/pipeline";
import { ImportRequestError, readArticles } from "../import";
import { readGlossaryFile } from "../glossary";

export interface TermCheck {
  /** The article's aligned rows as the checks read them (the anchors of a first revision: 1..n). */
  rows: CheckRow[];
  terms: Term[];
  flags: ComputedFlag[];
}

export interface CheckTermsOptions {
  /** The bilingual dictionary for aligning English with Chinese, asked for only when the article pairs them. */
  loadLexicon?: () => BilingualLexicon | undefined;
  /** Hears what reading the folder decided (files ignored, regional tags mapped). */
  onNote?: (note: string) => void;
}

/**
 * Checks the terminology of one article folder against a glossary file, touching no
 * database: the glossary is read whole first (CSV or TBX, see readGlossaryFile), then the
 * folder is read and aligned exactly as `parallax import` would (services/import
 * readArticles), and core/flags checkArticle runs on its rows as it does when an import
 * stores its flags. `parallax check-terms` calls it, so a translator's CI sees the flags an
 * import would store.
 *
 * @throws InputError for a bad glossary (every invalid entry listed), a bad file in the
 *   folder, or a path that holds no article or several.
 */
export async function checkTermsOfFolder(folder: string, glossaryFile: string, options: CheckTermsOptions = {}): Promise<TermCheck> {
  const terms = await readGlossaryFile(glossaryFile);
  const { articles, problems, sourceCount, notes } = await readArticles([folder], {
    loadLexicon: options.loadLexicon,
    // A slug only names an article in the database, which a check never writes; giving one
    // spares a folder whose name makes no slug the import's "pass --slug".
    slug: "checked-article",
  }).catch((error: unknown) => {
    if (error instanceof ImportRequestError) throw new InputError(folder, "holds several articles; check one article folder at a time");
    throw error;
  });
  for (const note of notes) options.onNote?.(note);
  const [problem] = problems;
  if (problem !== undefined) throw problem;
  const [article] = articles;
  if (article === undefined || sourceCount !== 1) {
    throw new InputError(folder, `expected one article folder (en.*, zh-Hans.*, zh-Hant.*), found ${sourceCount} articles`);
  }
  const rows = checkRowsOf(article.prepared);
  // Called exactly as services/flags calls it when it stores an import's flags (no
  // dictionary of words yet), so the CI and the database agree; give both the same
  // CheckOptions if either changes.
  return { rows, terms, flags: checkArticle(rows, terms) };
}

/** The prepared rows with their paragraphs' texts, numbered as a first revision's would be. */
function checkRowsOf(prepared: PreparedRevision): CheckRow[] {
  const paragraphs = perLanguage((language) => prepared.versions.find((version) => version.language === language)?.document.paragraphs ?? []);
  return prepared.rows.map((row, position) => ({
    position,
    anchor: position + 1,
    confidence: row.confidence,
    reasons: row.reasons,
    paragraphs: perLanguage((language) =>
      row.paragraphs[language].map((index) => ({ position: index, text: paragraphs[language][index] ?? "" })),
    ),
  }));
}
