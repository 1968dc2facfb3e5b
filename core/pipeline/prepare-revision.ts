import { type AlignedRow, alignArticle } from "../align";
import type { BilingualLexicon } from "../lexicon";
import type { LanguageVersionInput } from "../document";
import { InputError } from "../errors";
import { CONTENT_LANGUAGES, perLanguage } from "../languages";
import { linkSentences, type SentenceLinks } from "../sentences";

/** An aligned row with the links between its sentences (for hover highlighting). */
export interface PreparedRow extends AlignedRow {
  sentenceLinks: SentenceLinks;
}

/**
 * Everything a new revision stores, computed without a database: the versions as given and
 * the three-way aligned rows with their sentence links. Languages absent from `versions`
 * simply have no paragraphs.
 */
export interface PreparedRevision {
  versions: LanguageVersionInput[];
  rows: PreparedRow[];
  /** The publication date the versions state (the English one first), if any. */
  publishedAt: string | null;
}

export interface PrepareRevisionOptions {
  /**
   * A bilingual dictionary (core/lexicon; the CLI loads CC-CEDICT through
   * ingest/cedict-lexicon) for English ↔ Chinese word evidence, in paragraphs and in the
   * sentences of each row. Without one, lengths and anchors such as numbers decide alone.
   */
  lexicon?: BilingualLexicon;
  /**
   * Told when each stage starts (done 0) and after each row's sentences are linked, so a
   * caller can show progress on a long import. Pure callback: no timing happens here.
   */
  onProgress?: (progress: PrepareProgress) => void;
}

/** Where preparation is: aligning paragraphs (total = paragraphs of all languages), or linking the sentences of row `done` of `total`. */
export interface PrepareProgress {
  stage: "paragraphs" | "sentences";
  done: number;
  total: number;
}

export function prepareRevision(
  versions: LanguageVersionInput[],
  foldToSimplified: (text: string) => string,
  options: PrepareRevisionOptions = {},
): PreparedRevision {
  if (versions.length === 0) throw new InputError("article", "no language version to import");
  const seen = new Set<string>();
  for (const version of versions) {
    if (seen.has(version.language)) {
      throw new InputError(version.source, `a second ${version.language} version for the same article`);
    }
    seen.add(version.language);
    if (version.document.paragraphs.length === 0) {
      throw new InputError(version.source, "no paragraphs found");
    }
  }
  const paragraphs = perLanguage(
    (language) => versions.find((version) => version.language === language)?.document.paragraphs ?? [],
  );
  const ordered = CONTENT_LANGUAGES.flatMap((language) => versions.filter((v) => v.language === language));
  const report = options.onProgress ?? (() => undefined);
  report({ stage: "paragraphs", done: 0, total: CONTENT_LANGUAGES.reduce((sum, language) => sum + paragraphs[language].length, 0) });
  const aligned = alignArticle(paragraphs, foldToSimplified, { lexicon: options.lexicon });
  report({ stage: "sentences", done: 0, total: aligned.length });
  const rows = aligned.map((row, index) => {
    const sentenceLinks = linkSentences(
      perLanguage((language) => row.paragraphs[language].map((position) => ({ position, text: paragraphs[language][position] ?? "" }))),
      { foldToSimplified, lexicon: options.lexicon },
    );
    report({ stage: "sentences", done: index + 1, total: aligned.length });
    return { ...row, sentenceLinks };
  });
  return {
    versions: ordered,
    rows,
    publishedAt: ordered.map((version) => version.document.publishedAt).find((date) => date !== null) ?? null,
  };
}
