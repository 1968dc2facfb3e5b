import type { ComparedText, TokenRange } from "./compared-text";
import type { DifferenceClass } from "./types";

/** Sentence ends (in folded form: full-width ！？； are folded to ASCII). */
export const SENTENCE_END = /[。．.!?;…]/u;

/** Sentence ends and clause breaks: commas, enumeration commas, colons. */
export const CLAUSE_BREAK = /[。．.!?;…,、:]/u;

/** Rewrites are the classes that record text a translator wrote differently, not a form or a regional word. */
export function isRewrite(kind: DifferenceClass): boolean {
  switch (kind) {
    case "divergent-wording":
    case "omission":
    case "addition":
      return true;
    case "variant-form":
    case "regional-variant":
      return false;
    default:
      return assertNever(kind);
  }
}

/** The folded text of the tokens in `range`, without the whitespace between them. */
export function foldedText(text: ComparedText, range: TokenRange): string {
  return text.tokens
    .slice(range.start, range.end)
    .map((token) => token.folded)
    .join("");
}

function assertNever(value: never): never {
  throw new Error(`unexpected difference class ${String(value)}`);
}
