/**
 * A deterministic word tokenizer for Chinese text mixed with Latin letters and digits.
 *
 * - Han characters: bidirectional maximum matching against a word list. Each run of Han
 *   characters is cut by forward maximum matching (the longest listed word starting here
 *   wins) and by backward maximum matching (the longest listed word ending here wins); the
 *   cut with fewer tokens, then fewer single characters, is kept, and the backward one on a
 *   tie (it errs less on Chinese: 上网|际|网路 forward, 上|网际网路 backward). A character
 *   in no listed word is a token of its own.
 * - Letters and digits of other scripts: one token per run, keeping inner connectors that
 *   sit between two such characters (6.1, COVID-19, don't).
 * - Whitespace: one token per run. Punctuation, symbols and anything else: one code point
 *   per token.
 *
 * Invariants: tokens are contiguous, non-empty and cover the text exactly (their texts
 * joined give the input back); offsets are UTF-16 and never fall inside a surrogate pair
 * (𠮷 is one token of length 2); "" gives []. The same text and word list always give the
 * same tokens, unlike Intl.Segmenter, whose output follows the ICU version — that is why
 * comparison uses this tokenizer and `segmentWithIntl` is for display only.
 */

export type TokenKind = "han" | "latin" | "space" | "punctuation" | "other";

export interface Token {
  readonly text: string;
  /** UTF-16 offset of the first code unit, 0-based. */
  readonly start: number;
  /** UTF-16 offset just past the last code unit. */
  readonly end: number;
  readonly kind: TokenKind;
}

/** The words maximum matching may produce (each at least two Han characters). */
export interface WordList {
  has(word: string): boolean;
  /** Longest listed word (in code points) that starts with `first`; 0 when none does. */
  longestStartingWith(first: string): number;
  /** Longest listed word (in code points) that ends with `last`; 0 when none does. */
  longestEndingWith(last: string): number;
}

/** Builds a word list; words that are not made of two or more Han characters are skipped. */
export function createWordList(words: Iterable<string>): WordList {
  const set = new Set<string>();
  const longestFrom = new Map<string, number>();
  const longestTo = new Map<string, number>();
  for (const word of words) {
    const characters = [...word];
    const first = characters[0];
    const last = characters.at(-1);
    if (first === undefined || last === undefined || characters.length < 2 || !characters.every(isHan)) continue;
    set.add(word);
    longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, characters.length));
    longestTo.set(last, Math.max(longestTo.get(last) ?? 0, characters.length));
  }
  return {
    has: (word) => set.has(word),
    longestStartingWith: (first) => longestFrom.get(first) ?? 0,
    longestEndingWith: (last) => longestTo.get(last) ?? 0,
  };
}

/** Splits `text` into tokens (see the module comment for the rules). */
export function tokenize(text: string, wordList: WordList): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const character = codePointAt(text, index);
    const kind = characterKind(character);
    let end: number;
    switch (kind) {
      case "han": {
        const runEnd = matchRun(text, index, isHan);
        for (const word of segmentHanRun(text.slice(index, runEnd), wordList)) {
          tokens.push({ text: word, start: index, end: index + word.length, kind });
          index += word.length;
        }
        continue;
      }
      case "latin":
        end = matchLatinRun(text, index);
        break;
      case "space":
        end = matchRun(text, index, (next) => characterKind(next) === "space");
        break;
      case "punctuation":
      case "other":
        end = index + character.length;
        break;
      default:
        return assertNever(kind);
    }
    tokens.push({ text: text.slice(index, end), start: index, end, kind });
    index = end;
  }
  return tokens;
}

/**
 * Word segments from the platform's ICU segmenter (`Intl.Segmenter("zh")`), for display
 * only: its output changes with the ICU version, so never compare or store it. Same
 * covering invariants as `tokenize`; falls back to single code points where
 * `Intl.Segmenter` is missing.
 */
export function segmentWithIntl(text: string): Token[] {
  if (typeof Intl.Segmenter !== "function") {
    return [...text].reduce<Token[]>((tokens, character) => {
      const start = tokens.at(-1)?.end ?? 0;
      tokens.push({ text: character, start, end: start + character.length, kind: segmentKind(character) });
      return tokens;
    }, []);
  }
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  return Array.from(segmenter.segment(text), ({ segment, index }) => ({
    text: segment,
    start: index,
    end: index + segment.length,
    kind: segmentKind(segment),
  }));
}

const HAN = /^\p{Script=Han}$/u;
const SPACE = /^\s$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;
const PUNCTUATION = /^\p{P}$/u;
/** Characters that stay inside a Latin run when a letter or digit follows them. */
const CONNECTORS = new Set([".", ",", "-", "'", "’", "_"]);

function isHan(character: string): boolean {
  return HAN.test(character);
}

/** Class of one code point; kana and other letters of CJK scripts count as "other". */
export function characterKind(character: string): TokenKind {
  if (HAN.test(character)) return "han";
  if (SPACE.test(character)) return "space";
  if (LETTER_OR_DIGIT.test(character) && !/^[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]$/u.test(character)) {
    return "latin";
  }
  if (PUNCTUATION.test(character)) return "punctuation";
  return "other";
}

function segmentKind(segment: string): TokenKind {
  return characterKind(codePointAt(segment, 0));
}

/** Cuts a run of Han characters into words (see the module comment). */
function segmentHanRun(run: string, wordList: WordList): string[] {
  const characters = [...run];
  const forward = forwardMaximumMatching(characters, wordList);
  const backward = backwardMaximumMatching(characters, wordList);
  const singles = (words: readonly string[]) => words.filter((word) => [...word].length === 1).length;
  if (forward.length !== backward.length) return forward.length < backward.length ? forward : backward;
  return singles(forward) < singles(backward) ? forward : backward;
}

function forwardMaximumMatching(characters: readonly string[], wordList: WordList): string[] {
  const words: string[] = [];
  for (let start = 0; start < characters.length; ) {
    const first = characters[start] ?? "";
    let length = Math.min(wordList.longestStartingWith(first), characters.length - start);
    while (length >= 2 && !wordList.has(characters.slice(start, start + length).join(""))) length--;
    length = Math.max(length, 1);
    words.push(characters.slice(start, start + length).join(""));
    start += length;
  }
  return words;
}

function backwardMaximumMatching(characters: readonly string[], wordList: WordList): string[] {
  const words: string[] = [];
  for (let end = characters.length; end > 0; ) {
    const last = characters[end - 1] ?? "";
    let length = Math.min(wordList.longestEndingWith(last), end);
    while (length >= 2 && !wordList.has(characters.slice(end - length, end).join(""))) length--;
    length = Math.max(length, 1);
    words.push(characters.slice(end - length, end).join(""));
    end -= length;
  }
  return words.reverse();
}

function matchLatinRun(text: string, start: number): number {
  let end = start;
  while (end < text.length) {
    const character = codePointAt(text, end);
    if (characterKind(character) === "latin") {
      end += character.length;
      continue;
    }
    const next = end + character.length < text.length ? codePointAt(text, end + character.length) : "";
    if (CONNECTORS.has(character) && next !== "" && characterKind(next) === "latin") {
      end += character.length;
      continue;
    }
    break;
  }
  return end;
}

function matchRun(text: string, start: number, continues: (character: string) => boolean): number {
  let end = start;
  while (end < text.length) {
    const character = codePointAt(text, end);
    if (!continues(character)) break;
    end += character.length;
  }
  return end;
}

/** The code point at `index` as a string (a surrogate pair stays whole). */
function codePointAt(text: string, index: number): string {
  const point = text.codePointAt(index);
  return point === undefined ? "" : String.fromCodePoint(point);
}

function assertNever(value: never): never {
  throw new Error(`unexpected token kind ${String(value)}`);
}
