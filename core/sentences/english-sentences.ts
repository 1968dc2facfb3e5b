import { isWhitespace } from "../text";
import { spansBetween, type SentenceSpan } from "./sentence-span";

/**
 * Abbreviations after which a full stop does not end a sentence (lower-cased, without
 * their final stop): titles and honorifics, which a name always follows, and the
 * abbreviations that stand before a number (No. 5, Fig. 3, Jan. 12, pp. 4–7).
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    "mr mrs ms mx dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt " +
    "messrs mme mlle vs e.g i.e cf viz approx no nos fig figs vol vols pp p ch sec art op ed eds " +
    "jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);

/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = new Set([..."\"'”’»)]}"]);
/** What a new sentence may open with, before its first letter. */
const OPENERS = new Set([..."\"'“‘«([{"]);

/**
 * Splits an English paragraph into sentences (see SentenceSpan for the invariants):
 * a sentence ends at ., ! or ? (or …), together with the closing quotes and brackets
 * right after it, when whitespace follows and the next sentence starts with a capital,
 * a digit or an opening quote or bracket. Not at the stop of a title or a number
 * abbreviation (Mr., Dr., No., Fig., Jan.), of an initial (J. R. R. Tolkien), of e.g. or
 * i.e., nor inside a decimal (3.5) or inside parentheses (unless the sentence closes them:
 * "(It was good.)" is one). A paragraph without such an ending
 * is one sentence; "" or whitespace → [].
 */
export function splitEnglishSentences(text: string): SentenceSpan[] {
  const cuts: number[] = [];
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? "";
    if (character === "(" || character === "[") depth++;
    else if ((character === ")" || character === "]") && depth > 0) depth--;
    if (!isTerminator(character)) continue;
    let end = index + 1;
    let closed = 0;
    while (end < text.length && (isTerminator(text[end] ?? "") || CLOSERS.has(text[end] ?? ""))) {
      if (text[end] === ")" || text[end] === "]") closed++;
      end++;
    }
    // Inside parentheses only a sentence that closes them ends here: "(It was good.) So".
    if (depth > closed) continue;
    if (end >= text.length || !isWhitespace(text.charCodeAt(end))) continue;
    let next = end;
    while (next < text.length && isWhitespace(text.charCodeAt(next))) next++;
    if (!startsSentence(text, next)) continue;
    if (character === "." && endsAbbreviation(text, index)) continue;
    cuts.push(end);
    depth = Math.max(0, depth - closed);
    index = end - 1;
  }
  return spansBetween(text, cuts);
}

function isTerminator(character: string): boolean {
  return character === "." || character === "!" || character === "?" || character === "…";
}

function startsSentence(text: string, index: number): boolean {
  let at = index;
  while (at < text.length && OPENERS.has(text[at] ?? "")) at++;
  const character = text[at] ?? "";
  return /[\p{Lu}\p{N}\p{Lo}]/u.test(character);
}

/** Whether the full stop at `index` closes an abbreviation or an initial. */
function endsAbbreviation(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && /[A-Za-z.]/.test(text[start - 1] ?? "")) start--;
  const word = text.slice(start, index);
  if (word === "") return false;
  // A single capital letter: an initial (J. R. R. Tolkien, Harry S. Truman).
  if (/^[A-Z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
