import { checkArticle, termUsesOfArticle, type CheckRow, type ComputedFlag } from "@/core/flags";
import type { Term } from "@/core/glossary";
import { perLanguage } from "@/core/languages";
import type { PreparedRevision } from "@/core/pipeline";
import type { TermUseToStore } from "@/db/term-uses";

/** Everything stored about an article's terminology for one revision: its flags and the term renderings it uses. */
export interface RevisionChecks {
  flags: ComputedFlag[];
  termUses: TermUseToStore[];
}

/** Runs the checks over an article's rows with a glossary. */
export function checkRevision(rows: readonly CheckRow[], terms: readonly Term[]): RevisionChecks {
  return { flags: checkArticle(rows, terms), termUses: termUsesOfArticle(rows, terms) };
}

/** The rows the checks read, from a revision prepared for saving and the anchors its rows were given. */
export function checkRowsOfPrepared(prepared: PreparedRevision, anchors: readonly { position: number; anchor: number }[]): CheckRow[] {
  const anchorOf = new Map(anchors.map((row) => [row.position, row.anchor]));
  const textsOf = perLanguage((language) => prepared.versions.find((version) => version.language === language)?.document.paragraphs ?? []);
  return prepared.rows.map((row, position) => ({
    position,
    anchor: anchorOf.get(position) ?? position + 1,
    confidence: row.confidence,
    reasons: row.reasons,
    paragraphs: perLanguage((language) => row.paragraphs[language].map((index) => ({ position: index, text: textsOf[language][index] ?? "" }))),
  }));
}
