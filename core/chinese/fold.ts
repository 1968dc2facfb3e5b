import { buildTraditionalToSimplifiedTable } from "./character-tables";

/** Folds a text for comparison only; never show its output to a reader. */
export type TextFolder = (text: string) => string;

let sharedFolder: TextFolder | null = null;

/**
 * Returns a function that folds Traditional Chinese to Simplified character by character
 * (OpenCC character tables only, plus Taiwan/Hong Kong variant characters: 裡/裏→里,
 * 著→着, 臺→台). Words are never rewritten: 軟體 folds to 软体, not 软件, so regional
 * terminology survives for the difference triage.
 *
 * Invariants: one code point in, one code point out (characters outside the BMP are kept
 * whole), so `[...fold(s)].length === [...s].length`; idempotent; text that is already
 * Simplified is left alone except for the few characters Traditional writing shares with a
 * different meaning (著 in 著作 also folds to 着). Apply the folder to BOTH texts you
 * compare, so those characters fold the same way on each side. Empty string → "".
 *
 * The table (about 4,200 entries, ~30 ms) is built on first call and shared; calls are cheap.
 */
export function createTraditionalToSimplifiedFolder(): TextFolder {
  if (sharedFolder === null) sharedFolder = folderFromTable(buildTraditionalToSimplifiedTable());
  return sharedFolder;
}

function folderFromTable(table: Map<number, number>): TextFolder {
  // A flat array for the BMP (where nearly all text lives) is several times faster than
  // a Map lookup per character; 0 means "unchanged".
  const basic = new Int32Array(0x10000);
  const astral = new Map<number, number>();
  for (const [source, target] of table) {
    if (source <= 0xffff) basic[source] = target;
    else astral.set(source, target);
  }
  return (text) => {
    let out = "";
    let copiedUpTo = 0;
    for (let index = 0; index < text.length; index++) {
      const unit = text.charCodeAt(index);
      let folded: number;
      let width = 1;
      if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
        const point = text.codePointAt(index) ?? unit;
        width = point > 0xffff ? 2 : 1;
        folded = astral.get(point) ?? 0;
      } else {
        folded = basic[unit] ?? 0;
      }
      if (folded !== 0) {
        // Copy unchanged runs in slices: most characters of a text are not in the table.
        out += text.slice(copiedUpTo, index) + String.fromCodePoint(folded);
        copiedUpTo = index + width;
      }
      index += width - 1;
    }
    return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
  };
}

/**
 * Punctuation and width forms that differ between editions but mean the same, each mapped
 * to one representative: corner quotes 「」『』 (and their vertical forms) → “”‘’,
 * full-width ASCII (Ｇ, ３, ，, （) → ASCII, ideographic space → space, Taiwan's
 * hyphenation point ‧ and Katakana middle dot ・ → ·.
 *
 * For comparison only. One code point in, one code point out; "" → "".
 */
export function foldPunctuation(text: string): string {
  return text.replace(FOLDABLE_PUNCTUATION, (character) => {
    const mapped = PUNCTUATION.get(character);
    return mapped ?? String.fromCharCode(character.charCodeAt(0) - 0xfee0);
  });
}

const FOLDABLE_PUNCTUATION = /[「」『』﹁﹂﹃﹄\u3000‧・\uff01-\uff5e]/g;

const PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ["「", "“"],
  ["」", "”"],
  ["『", "‘"],
  ["』", "’"],
  ["﹁", "“"],
  ["﹂", "”"],
  ["﹃", "‘"],
  ["﹄", "’"],
  ["\u3000", " "],
  ["‧", "·"],
  ["・", "·"],
]);
