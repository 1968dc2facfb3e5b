import {
  CHINESE_DECIMAL_POINTS,
  CHINESE_DIGITS,
  CHINESE_LARGE_UNITS,
  CHINESE_SMALL_UNITS,
  isChineseUnit,
  parseChineseNumeral,
} from "./chinese-numerals";
import {
  ENGLISH_MAGNITUDE_ONLY_WORDS,
  ENGLISH_MAGNITUDES,
  ENGLISH_NUMBER_WORDS,
  ENGLISH_ORDINAL_MAGNITUDES,
} from "./english-number-words";

export interface ExtractNumbersOptions {
  /**
   * Look for English number words and phrases ("two", "nine hundred thirty"); default
   * true. Chinese text can pass false: it is then scanned for digits and numerals only,
   * which is several times faster.
   */
  englishWords?: boolean;
  /**
   * Read "one" inside an English number phrase as part of it: "twenty-one" → 21, "forty-one
   * thousand" → 41000, "six hundred one thousand" → 601000 (the Bible's way of writing
   * 601,000). Default false, which reads "twenty" and stops there, as alignment anchors always
   * have; the number checks turn it on.
   */
  oneInsidePhrases?: boolean;
}

/**
 * The numbers a text states, in order of appearance, duplicates kept: values that survive
 * translation and so anchor an alignment. Works on English and on Chinese (Simplified or
 * Traditional) alike:
 *
 * - digits: "3,500" → 3500, "3.5" → 3.5, "2025" → 2025, "15%" → 15, full-width "３５" → 35;
 * - digits with a magnitude: "3.5亿" → 350000000, "300多万" → 3000000, "$4.2 billion" → 4200000000;
 * - Chinese numerals: 三十二 → 32, 两千零二十二 → 2022, 十多万 → 100000 (多/余/几 "and more"
 *   are dropped: the anchor is the round figure), 百分之十五 → 15, 一九九七年 → 1997,
 *   第三 → 3, 两 → 2;
 * - English number words and phrases: "two" → 2, "first" → 1, "two million" → 2000000,
 *   "nine hundred thirty" → 930, "one hundred and twenty" → 120, "twenty-first" → 21.
 *
 * Deliberately skipped because they are mostly not numbers: a lone 一 (一些, 统一, 一样;
 * 第一 still counts), a lone 零/〇 (零售), two-digit runs without units (三四个 "three or
 * four", 一两 "one or two"), and runs after 几/数/好 (数十万 "several hundred thousand").
 * Values are rounded to 12 significant digits so 1.2万亿 and "1.2 trillion" compare equal.
 * Empty text → [].
 */
export function extractNumbers(text: string, options: ExtractNumbersOptions = {}): number[] {
  const numbers: number[] = [];
  scanNumbers(text, options, (value) => numbers.push(value));
  return numbers;
}

/** A number `extractNumbers` finds, with where the text writes it (UTF-16 offsets, `end` exclusive). */
export interface NumberSpan {
  value: number;
  start: number;
  end: number;
}

/**
 * The same numbers as `extractNumbers`, in the same order, each with the stretch of text it
 * was read from: "3.5 million" (magnitude included), "十多万", "百分之十五" as 十五 (the
 * "百分之" before it is not part of the numeral). For callers that look at what surrounds a
 * number (a per cent sign, "more than", a month name).
 */
export function extractNumberSpans(text: string, options: ExtractNumbersOptions = {}): NumberSpan[] {
  const spans: NumberSpan[] = [];
  scanNumbers(text, options, (value, start, end) => spans.push({ value, start, end }));
  return spans;
}

/** Receives each number found: its value and the offsets of the text it was read from. */
type NumberSink = (value: number, start: number, end: number) => void;

function scanNumbers(text: string, options: ExtractNumbersOptions, sink: NumberSink): void {
  const source = foldWidth(text);
  // Jump from candidate to candidate: most of a text holds no number.
  // One shared pattern per kind (compiling one per call cost more than most texts' scan);
  // nothing below calls back into this function, so its lastIndex is ours until we return.
  const candidates = options.englishWords === false ? CANDIDATE_WITHOUT_WORDS : CANDIDATE;
  candidates.lastIndex = 0;
  for (let match = candidates.exec(source); match !== null; match = candidates.exec(source)) {
    const start = match.index;
    const character = source[start] ?? "";
    let end: number;
    if (isAsciiDigit(character)) end = readDigits(source, start, sink);
    else if (isAsciiLetter(character)) end = readEnglishWord(source, start, sink, options.oneInsidePhrases === true);
    else end = readChineseRun(source, start, sink);
    candidates.lastIndex = Math.max(end, start + 1);
  }
}

const byLengthDescending = (a: string, b: string) => b.length - a.length;
const NUMBER_WORDS = [...ENGLISH_NUMBER_WORDS.keys()].sort(byLengthDescending).join("|");
const MAGNITUDE_ONLY = [...ENGLISH_MAGNITUDE_ONLY_WORDS.keys()].sort(byLengthDescending).join("|");
const MAGNITUDES = [...ENGLISH_MAGNITUDES.keys()].sort(byLengthDescending).join("|");
const NUMERAL_STARTS = [...CHINESE_DIGITS.keys(), "十", "拾"].join("");
/**
 * Where a number may start: an ASCII digit, a Chinese digit or 十 (百/千/万/亿 first are
 * words: 千万 "must", 万一 "in case", 百姓 "people"), an English number word, or
 * "one"/"a" before a magnitude.
 */
const CANDIDATE = new RegExp(
  `[0-9]|[${NUMERAL_STARTS}]|(?<![A-Za-z])(?:${NUMBER_WORDS}|(?:${MAGNITUDE_ONLY})[ \u00a0](?:${MAGNITUDES}))(?![A-Za-z])`,
  "gi",
);

/** Digits and Chinese numerals only: for Chinese text, where English number words are not looked for. */
const CANDIDATE_WITHOUT_WORDS = new RegExp(`[0-9]|[${NUMERAL_STARTS}]`, "g");

const DIGITS = /(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?/y;
const ENGLISH_MAGNITUDE_AFTER = /[ \u00a0]?([A-Za-z]+)\b/y;
const APPROXIMATE_MARKS = new Set(["多", "余", "餘", "几", "幾", "来", "來"]);
const SEVERAL_BEFORE = new Set(["几", "幾", "数", "數", "好"]);

function readDigits(source: string, start: number, sink: NumberSink): number {
  DIGITS.lastIndex = start;
  const match = DIGITS.exec(source);
  if (match === null) return start + 1;
  let value = Number((match[1] ?? "").replaceAll(",", "") + (match[2] ?? ""));
  let index = DIGITS.lastIndex;

  // 300多万: an "and more" mark only counts when a magnitude follows it.
  const afterMark = APPROXIMATE_MARKS.has(source[index] ?? "") ? index + 1 : index;
  let multiplier = 1;
  let unitsEnd = afterMark;
  while (unitsEnd < source.length) {
    const unit = source[unitsEnd] ?? "";
    // 3十 is not how anyone writes 30; 5百/3千/2万/1.5亿 are.
    const value = unit === "十" || unit === "拾" ? undefined : unitOf(unit);
    if (value === undefined) break;
    multiplier *= value;
    unitsEnd++;
  }
  if (unitsEnd > afterMark) {
    index = unitsEnd;
  } else {
    const english = readEnglishMagnitudes(source, index);
    multiplier = english.multiplier;
    index = english.end;
  }
  value *= multiplier;
  sink(roundValue(value), start, index);
  return index;
}

function readEnglishMagnitudes(source: string, start: number): { multiplier: number; end: number } {
  let multiplier = 1;
  let end = start;
  for (;;) {
    ENGLISH_MAGNITUDE_AFTER.lastIndex = end;
    const match = ENGLISH_MAGNITUDE_AFTER.exec(source);
    const magnitude = match === null ? undefined : ENGLISH_MAGNITUDES.get((match[1] ?? "").toLowerCase());
    if (magnitude === undefined) return { multiplier, end };
    multiplier *= magnitude;
    end = ENGLISH_MAGNITUDE_AFTER.lastIndex;
  }
}

/**
 * An English number phrase from `start`: number words joined by spaces, hyphens or "and",
 * read the way English composes them — "nine hundred thirty" → 930, "one hundred and
 * twenty" → 120, "two thousand five hundred" → 2500, "twenty-first" → 21 — so that they
 * meet 九百三十 and 2500. A phrase ends at an ordinal or at the first word that is not a
 * number word; "one"/"a" count only before a magnitude. Pushes the value if there is one
 * and returns where the phrase ends.
 */
function readEnglishWord(source: string, start: number, sink: NumberSink, oneInsidePhrases: boolean): number {
  let total = 0; // everything already multiplied by thousand, million, …
  let group = 0; // the part below the next magnitude
  let seen = false; // a value word (not only "one"/"a") or a magnitude has been read
  let pendingOne = 0; // "one"/"a" waiting for a magnitude
  let end = start;
  let at = start;
  for (;;) {
    WORD_AT.lastIndex = at;
    const match = WORD_AT.exec(source);
    if (match === null) break;
    const word = (match[1] ?? "").toLowerCase();
    const after = WORD_AT.lastIndex;
    const value = ENGLISH_NUMBER_WORDS.get(word) ?? (oneInsidePhrases && seen && word === "one" ? 1 : undefined);
    const magnitude = ENGLISH_MAGNITUDES.get(word) ?? ENGLISH_ORDINAL_MAGNITUDES.get(word);
    if (value !== undefined) {
      // Two units in a row ("two three") or a unit after a teen are two numbers.
      const lastUnit = group % 100;
      if (seen && lastUnit !== 0 && (lastUnit % 10 !== 0 || value >= 10 || lastUnit < 20)) break;
      group += value;
      seen = true;
      end = after;
      at = after;
      if (ORDINAL_ENDING.test(word)) break;
    } else if (magnitude !== undefined && (seen || pendingOne > 0)) {
      const base = group === 0 ? Math.max(1, pendingOne) : group;
      if (magnitude === 100) group = base * 100;
      else {
        total += base * magnitude;
        group = 0;
      }
      pendingOne = 0;
      seen = true;
      end = after;
      at = after;
      if (word.endsWith("th")) break;
    } else if (!seen && pendingOne === 0 && ENGLISH_MAGNITUDE_ONLY_WORDS.has(word)) {
      pendingOne = ENGLISH_MAGNITUDE_ONLY_WORDS.get(word) ?? 1;
      at = after;
    } else if (seen && word === "and" && (group >= 100 || total > 0) && group % 100 === 0) {
      // "one hundred and twenty": the "and" belongs to the phrase only if a number follows.
      at = after;
    } else break;
  }
  if (!seen) return Math.max(end, start + 1);
  sink(roundValue(total + group), start, end);
  return end;
}

/** A word and the separator after it inside a number phrase: space, hyphen or nothing. */
const WORD_AT = /[ \u00a0-]?([A-Za-z]+)/y;
const ORDINAL_ENDING = /(?:st|nd|rd|th)$/;

function readChineseRun(source: string, start: number, sink: NumberSink): number {
  let end = start;
  while (end < source.length) {
    const character = source[end] ?? "";
    const next = source[end + 1] ?? "";
    if (CHINESE_DIGITS.has(character) || isChineseUnit(character)) end++;
    else if (CHINESE_DECIMAL_POINTS.has(character) && CHINESE_DIGITS.has(next)) end++;
    else if (APPROXIMATE_MARKS.has(character) && isChineseUnit(next) && end > start) end++;
    else break;
  }
  const run = [...source.slice(start, end)].filter((character) => !APPROXIMATE_MARKS.has(character));
  const before = source[start - 1] ?? "";
  if (SEVERAL_BEFORE.has(before)) return end;

  const ordinal = before === "第";
  const hasUnit = run.some(isChineseUnit);
  const hasPoint = run.some((character) => CHINESE_DECIMAL_POINTS.has(character));
  if (!hasUnit && !hasPoint) {
    if (run.length === 1 && !ordinal && (run[0] === "一" || CHINESE_DIGITS.get(run[0] ?? "") === 0)) return end;
    if (run.length === 2) return end;
  }
  const value = parseChineseNumeral(run.join(""));
  if (value !== null) sink(roundValue(value), start, end);
  return end;
}

function unitOf(character: string): number | undefined {
  return CHINESE_SMALL_UNITS.get(character) ?? CHINESE_LARGE_UNITS.get(character);
}

function isAsciiDigit(character: string): boolean {
  return character >= "0" && character <= "9";
}

function isAsciiLetter(character: string): boolean {
  return (character >= "a" && character <= "z") || (character >= "A" && character <= "Z");
}

/** Full-width digits, point, comma and percent sign to ASCII; one UTF-16 unit each, so indices hold. */
function foldWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0e\uff05]/g, (character) =>
    String.fromCharCode(character.charCodeAt(0) - 0xfee0),
  );
}

function roundValue(value: number): number {
  return Number(value.toPrecision(12));
}
