import { createFoldedText } from "./folded-text";
import { defaultScriptDiffResources, type ScriptDiffResources } from "./resources";
import { tokenize, type Token } from "./tokenize";

/**
 * Tokenizes a Simplified or Traditional text with the default word list, matching words on
 * the folded form (so 軟體 is found as 软体) while returning tokens of the ORIGINAL text:
 * each token's text is `text.slice(start, end)`. These are the boundaries the difference
 * triage cuts at. Same covering invariants as `tokenize`.
 */
export function tokenizeChinese(text: string, resources: ScriptDiffResources = defaultScriptDiffResources()): Token[] {
  const folded = createFoldedText(text, resources.foldCharacters);
  return tokenize(folded.folded, resources.wordList).map((token) => {
    const start = folded.toOriginal(token.start);
    const end = folded.toOriginal(token.end);
    return { text: text.slice(start, end), start, end, kind: token.kind };
  });
}
