/**
 * Structure that survives translation, as anchor keys (see anchors.ts):
 * - `q:n` — the paragraph quotes n times (English “…”, "…"; Chinese 「…」, “…”);
 * - `l:n` — it holds a list of n ≥ 3 items (English "A, B, and C"; Chinese "A、B、C"),
 *   as in lists of names, where the dictionary knows none of the words.
 * Both sides produce the same keys for a faithful translation; a key common to many
 * paragraphs weighs little (see buildAnchorProfiles).
 */
export function englishStructureKeys(text: string): string[] {
  const keys: string[] = [];
  let quotes = 0;
  // A list: three or more short items (one to four words) separated by commas, the last
  // perhaps by "and"/"or", inside one clause. Scanned by hand: this runs on every paragraph.
  let run = 0; // short items in a row so far
  let longest = 0;
  let words = 0; // words in the current item
  let inWord = false;
  let wordStart = 0;
  let separated = false; // the current item began after a comma
  const endItem = () => {
    run = words > 0 && words <= 4 ? run + 1 : 0;
    longest = Math.max(longest, run);
    words = 0;
  };
  const endClause = () => {
    if (separated) endItem();
    if (longest >= 3) keys.push(`l:${longest}`);
    run = 0;
    longest = 0;
    words = 0;
    separated = false;
  };
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : FULL_STOP;
    const letter = isWordCharacter(code);
    if (letter && !inWord) {
      inWord = true;
      wordStart = index;
    } else if (!letter && inWord) {
      inWord = false;
      const word = text.slice(wordStart, index).toLowerCase();
      // "A, B, and C" or "A, B and C": a conjunction ends the item before it.
      if ((word === "and" || word === "or") && separated) {
        if (words > 0) endItem();
      } else words++;
    }
    if ((code === LEFT_QUOTE || code === QUOTE) && index + 1 < text.length && text.charCodeAt(index + 1) > SPACE) quotes++;
    if (code === COMMA) {
      endItem();
      separated = true;
    } else if (CLAUSE_ENDS.has(code)) endClause();
  }
  if (quotes > 0) keys.unshift(`q:${quotes}`);
  return keys;
}

const FULL_STOP = 0x2e;
const COMMA = 0x2c;
const QUOTE = 0x22;
const LEFT_QUOTE = 0x201c;
const SPACE = 0x20;
const CLAUSE_ENDS = new Set([..."; :.!?()"].filter((c) => c !== " ").map((c) => c.charCodeAt(0)));

/** Letters, digits and the marks inside English words (’ ' -). */
function isWordCharacter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2019 ||
    code === 0x27 ||
    code === 0x2d
  );
}

export function chineseStructureKeys(text: string): string[] {
  const keys: string[] = [];
  const quotes = countMatches(text, /[「“]/g);
  if (quotes > 0) keys.push(`q:${quotes}`);
  for (const clause of text.split(/[，；。：！？（）,;:!?()]/)) {
    const items = clause.split("、").length;
    if (items >= 3) keys.push(`l:${items}`);
  }
  return keys;
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (const match of text.matchAll(pattern)) if (match[0] !== "") count++;
  return count;
}
