/**
 * Structure that survives translation, as anchor keys (see shared-anchors.ts):
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
  // perhaps by "and"/"or", inside one clause. Scanned by hand, without a closure or a
  // substring per word: this runs on every paragraph of both passes' documents.
  let run = 0; // short items in a row so far
  let longest = 0; // the longest such run in the clause
  let words = 0; // words in the current item
  let inWord = false;
  let wordStart = 0;
  let separated = false; // the current item began after a comma
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : FULL_STOP;
    const letter = isWordCharacter(code);
    if (letter && !inWord) {
      inWord = true;
      wordStart = index;
    } else if (!letter && inWord) {
      inWord = false;
      // "A, B, and C" or "A, B and C": a conjunction ends the item before it.
      if (separated && isConjunction(text, wordStart, index)) {
        if (words > 0) {
          run = words <= 4 ? run + 1 : 0;
          longest = Math.max(longest, run);
          words = 0;
        }
      } else words++;
    }
    if ((code === LEFT_QUOTE || code === QUOTE) && index + 1 < text.length && text.charCodeAt(index + 1) > SPACE) quotes++;
    const clauseEnd = code !== COMMA && isClauseEnd(code);
    if (code === COMMA || (clauseEnd && separated)) {
      // The item before ends (at a clause end only when the clause had a comma).
      run = words > 0 && words <= 4 ? run + 1 : 0;
      longest = Math.max(longest, run);
      words = 0;
      if (code === COMMA) separated = true;
    }
    if (clauseEnd) {
      if (longest >= 3) keys.push(`l:${longest}`);
      run = 0;
      longest = 0;
      words = 0;
      separated = false;
    }
  }
  if (quotes > 0) keys.unshift(`q:${quotes}`);
  return keys;
}

/** Whether text[start, end) is "and" or "or", in any case. */
function isConjunction(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 2) return (text.charCodeAt(start) | 0x20) === 0x6f && (text.charCodeAt(start + 1) | 0x20) === 0x72;
  if (length === 3) {
    return (
      (text.charCodeAt(start) | 0x20) === 0x61 && (text.charCodeAt(start + 1) | 0x20) === 0x6e && (text.charCodeAt(start + 2) | 0x20) === 0x64
    );
  }
  return false;
}

const FULL_STOP = 0x2e;
const COMMA = 0x2c;
const QUOTE = 0x22;
const LEFT_QUOTE = 0x201c;
const SPACE = 0x20;
/** ; : . ! ? ( ) end a clause (a list does not run across them). */
function isClauseEnd(code: number): boolean {
  return code === 0x3b || code === 0x3a || code === 0x2e || code === 0x21 || code === 0x3f || code === 0x28 || code === 0x29;
}

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
  let quotes = 0;
  let items = 1; // items of the current clause: one more than its 、
  // Scanned by hand: this runs on every paragraph.
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0x3002;
    if (code === 0x300c || code === 0x201c) quotes++; // 「 “
    else if (code === 0x3001) items++; // 、
    else if (CHINESE_CLAUSE_ENDS.has(code)) {
      if (items >= 3) keys.push(`l:${items}`);
      items = 1;
    }
  }
  if (quotes > 0) keys.unshift(`q:${quotes}`);
  return keys;
}

/** ，；。：！？（）and their ASCII forms end a clause. */
const CHINESE_CLAUSE_ENDS = new Set([..."，；。：！？（）,;:!?()"].map((character) => character.charCodeAt(0)));
