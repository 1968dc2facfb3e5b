import { CHINESE_DIGITS, CHINESE_LARGE_UNITS, CHINESE_SMALL_UNITS, parseChineseNumeral } from "./chinese-numerals";
import { extractNumberSpans } from "./extract-numbers";
import {
  exactly,
  joinRange,
  roundedPercent,
  softMention,
  widen,
  type NumberInterval,
  type NumberMention,
  type NumberQualifier,
} from "./number-mentions";

/**
 * The numbers a Chinese text (Simplified or Traditional) states, as mentions (see
 * `NumberMention`), in order: every number `extractNumbers` reads without English words,
 * with 百分之 or % kept in `written`, and its readings widened by the words around it:
 *
 * - 约, 大约, 大概, 多达, 高达 before, 左右, 上下 after → ±10%;
 * - 逾, 超过, 至少 before, 多, 余, 几, 来, 以上 after (十多万, 四万多次, 3000人以上) → a lower bound;
 * - 近, 将近, 接近, 不到, 不足, 少于 before, 以下, 以内 after → an upper bound;
 * - 3至5, 三到五, 3-5万 → a range (see `joinRange`);
 * - X分之Y → Y/X and its percentage (三分之一 ↔ "a third", "33%"); N成 → N×10 per cent;
 * - 六七十, 三四百: two neighbouring digits before a unit allow both (60 to 70), so "the 1960s and
 *   1970s" meet 六七十年代;
 * - 40千米 also 40 (千 as "kilo"); 一个半, 两年半 also 1.5 and 2.5;
 * - a 两 closing a numeral also reads as the numeral without it (十两银子 "ten taels", 十五两日
 *   "both the fifteenth").
 *
 * Chinese mentions are all firm except the numerals of a fraction and of words that state no
 * figure (十分 "very", 四方 "square", 再三), and the ones `extractNumbers` skips as mostly not numbers,
 * which are added here as soft readings so that an English number can still meet them: a lone
 * 一 or 零 (一人 ↔ "1 person"), two digits in a row (三四 → 3, 4), a run after 几/数 (数十万),
 * a bare 百/千/万 (万民 ↔ "ten thousand"), 半/一半/半数 (0.5 and 50%), 双 (2). Empty text → [].
 */
export function findChineseNumberMentions(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  const magnitudes: number[] = [];
  for (const span of extractNumberSpans(text, { englishWords: false })) {
    const before = text.slice(Math.max(0, span.start - 6), span.start);
    const numeral = text.slice(span.start, span.end);
    const afterNumeral = text.slice(span.end, span.end + 6);
    const trailingMark = /^[多余餘几幾来來]/.exec(afterNumeral)?.[0] ?? "";
    const percentBefore = before.endsWith("百分之") ? "百分之" : "";
    const percentAfter = /^[%％]/.exec(afterNumeral)?.[0] ?? "";
    const written = percentBefore + numeral + trailingMark + percentAfter;
    const qualifier = trailingMark !== "" ? "at-least" : qualifierOf(before, numeral, afterNumeral);
    const readings = [widen(span.value, qualifier), ...otherReadings(numeral, span.value, afterNumeral)];
    mentions.push({
      written,
      value: span.value,
      start: span.start - percentBefore.length,
      end: span.end + trailingMark.length + percentAfter.length,
      readings,
      firm: true,
    });
    magnitudes.push(magnitudeOf(numeral));
  }
  joinRanges(text, mentions, magnitudes);
  const fractions = fractionMentions(text);
  // The 三 of 三分之一 is part of the fraction: it may still meet "one in three", but it is not a figure of its own;
  // nor is the 十 of 十分重要 ("very important") or the 四 of 四方 ("square").
  const idioms = [...text.matchAll(NOT_A_FIGURE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  for (const mention of mentions) {
    const inside = (outer: { start: number; end: number }) => outer.start <= mention.start && mention.end <= outer.end;
    if (fractions.some(inside) || idioms.some(inside)) mention.firm = false;
  }
  return [...mentions, ...fractions, ...softMentions(text, mentions)].sort((a, b) => a.start - b.start);
}

/** Words made with numerals that state no figure. */
const NOT_A_FIGURE =
  /十分(?!之)|四方|四面八方|五花八[门門]|七嘴八舌|[乱亂]七八糟|三番[五两兩]次|一五一十|再三|三思|[两兩]全其美|一[举舉][两兩]得/g;

/** What may stand between a number and a mark after it: a measure word or two (三个多月, 3000人以上, 四十分钟左右). */
const MEASURE = `[^${"0-9０-９零〇一二两兩三四五六七八九十百千万萬亿億"}，。；、,;：:！？]`;
const AT_LEAST_AFTER = new RegExp(`^(?:${MEASURE}[多余餘]|${MEASURE}{0,3}(?:以上|之上))`);
const AT_MOST_AFTER = new RegExp(`^${MEASURE}{0,3}(?:以下|以内|以內)`);
const ABOUT_AFTER = new RegExp(`^${MEASURE}{0,3}(?:左右|上下)`);

function qualifierOf(before: string, numeral: string, after: string): NumberQualifier {
  if (/[多余餘几幾来來]/.test(numeral) || AT_LEAST_AFTER.test(after)) return "at-least";
  if (/(?:逾|超过|超過|超出|至少|最少|不少于|不少於|高于|高於)$/.test(before)) return "at-least";
  if (/(?:近|不到|不足|少于|少於|低于|低於|最多)$/.test(before) || AT_MOST_AFTER.test(after)) return "at-most";
  if (/(?:约|約|大约|大約|大概|多达|多達|高达|高達|差不多)$/.test(before) || ABOUT_AFTER.test(after)) return "about";
  return "exact";
}

/** Readings of a numeral besides its value: N成, 六七十, 40千米, 十两 (see findChineseNumberMentions). */
function otherReadings(numeral: string, value: number, after: string): NumberInterval[] {
  const readings: NumberInterval[] = [];
  if (after.startsWith("成") && value < 10) readings.push(exactly(value * 10));
  readings.push(...neighbouringDigitReadings(numeral));
  // 40千米, 5千瓦: 千 is "kilo", so the figure is also what comes before it (40 km).
  if (numeral.endsWith("千") && /^[米克瓦卡焦赫伏帕]/.test(after)) readings.push(exactly(value / 1000));
  // 十两银子 (ten taels), 十四、十五两日 (both days): a 两 closing a numeral is mostly a word of its own.
  const withoutTwo = /^(.*[一二三四五六七八九十])[两兩]$/.exec(numeral)?.[1];
  const valueWithoutTwo = withoutTwo === undefined ? null : parseChineseNumeral(withoutTwo);
  if (valueWithoutTwo !== null) readings.push(exactly(valueWithoutTwo));
  return readings;
}

/** 六七十 "sixty or seventy", 三四百, 五六万: two neighbouring digits before a unit give a range. */
function neighbouringDigitReadings(numeral: string): NumberInterval[] {
  const match = /^([一二三四五六七八九])([二三四五六七八九])([十百千万萬亿億].*)$/.exec(numeral);
  if (match === null) return [];
  const low = parseChineseNumeral((match[1] ?? "") + (match[3] ?? ""));
  const high = parseChineseNumeral((match[2] ?? "") + (match[3] ?? ""));
  if (low === null || high === null || high <= low) return [];
  return [exactly(low), { low, high }];
}

/** The product of the 万/亿 (and 千/百 after digits) a numeral ends with: "5万" → 10^4, "3.5亿" → 10^8, "50" → 1. */
function magnitudeOf(numeral: string): number {
  const trailing = /[百千万萬亿億佰仟]+$/.exec(numeral)?.[0] ?? "";
  let magnitude = 1;
  for (const unit of trailing) magnitude *= CHINESE_LARGE_UNITS.get(unit) ?? CHINESE_SMALL_UNITS.get(unit) ?? 1;
  return magnitude;
}

const RANGE_BETWEEN = /^\s*(?:至|到|-|–|—|~|～|〜)\s*$/;

function joinRanges(text: string, mentions: NumberMention[], magnitudes: number[]): void {
  for (let index = 0; index + 1 < mentions.length; index++) {
    const left = mentions[index];
    const right = mentions[index + 1];
    if (left === undefined || right === undefined) continue;
    const between = text.slice(left.end, right.start).replace(/^[%％]/, "");
    if (!RANGE_BETWEEN.test(between)) continue;
    joinRange(left, right, magnitudes[index + 1] ?? 1, (magnitudes[index] ?? 1) > 1);
    // 三到四成: the 成 of the right end is the left end's too.
    if (text.startsWith("成", right.end) && left.value < 10) left.readings.push(exactly(left.value * 10));
  }
}

const NUMERAL_CHARACTERS = `${[...CHINESE_DIGITS.keys(), ...CHINESE_SMALL_UNITS.keys(), ...CHINESE_LARGE_UNITS.keys()].join("")}点點`;
const NUMERAL_RUN = new RegExp(`[${NUMERAL_CHARACTERS}0-9０-９.]+`, "g");
const AND_A_HALF = new RegExp(`([${NUMERAL_CHARACTERS}0-9]+)(?:个|個)?(?:年|月|天|小时|小時|钟头|鐘頭|周|週|倍|公里|米)?半`, "g");
const FRACTION = new RegExp(`([${NUMERAL_CHARACTERS}0-9]+)分之([${NUMERAL_CHARACTERS}0-9.]+)`, "g");

/** X分之Y: Y/X, and the percentage it makes. 百分之 is left to the numeral it precedes. */
function fractionMentions(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(FRACTION)) {
    const denominatorText = match[1] ?? "";
    if (denominatorText === "百") continue;
    const denominator = readNumeral(denominatorText);
    const numerator = readNumeral(match[2] ?? "");
    if (denominator === null || numerator === null || denominator === 0) continue;
    mentions.push({
      written: match[0],
      value: numerator / denominator,
      start: match.index,
      end: match.index + match[0].length,
      readings: [exactly(numerator / denominator), roundedPercent((100 * numerator) / denominator)],
      firm: true,
    });
  }
  return mentions;
}

function readNumeral(written: string): number | null {
  if (/^[0-9.]+$/.test(written)) return Number(written);
  return parseChineseNumeral(written);
}

/**
 * What `extractNumbers` leaves out as mostly not a number, as soft mentions: numeral runs
 * no read number covers (a lone 一 or 零, 三四, 数十万, a bare 万), halves and 双.
 */
function softMentions(text: string, read: readonly NumberMention[]): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(NUMERAL_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (read.some((mention) => mention.start < end && start < mention.end && mention.written.length >= match[0].length)) continue;
    const readings = softReadings(match[0]);
    if (readings.length > 0) mentions.push(softMention(match[0], start, readings));
  }
  // 一个半小时, 两年半: and a half.
  for (const match of text.matchAll(AND_A_HALF)) {
    const whole = readNumeral(match[1] ?? "");
    if (whole === null) continue;
    mentions.push(softMention(match[0], match.index, [exactly(whole + 0.5)]));
  }
  for (const match of text.matchAll(/一半|半数|半數|过半|過半|半|双|雙/g)) {
    const readings = /双|雙/.test(match[0]) ? [exactly(2)] : [exactly(0.5), exactly(50)];
    mentions.push(softMention(match[0], match.index, readings));
  }
  return mentions;
}

function softReadings(run: string): NumberMention["readings"] {
  if (/^[0-9.]+$/.test(run)) return [];
  const readings: NumberMention["readings"] = [];
  const whole = parseChineseNumeral(run);
  if (whole !== null) readings.push(exactly(whole));
  for (const character of run) {
    const digit = CHINESE_DIGITS.get(character);
    if (digit !== undefined) readings.push(exactly(digit));
  }
  // A bare unit or units (万, 千万, 千千万万): their product and each alone, as in 万民 or 百万富翁.
  if (/^[十百千万萬亿億拾佰仟]+$/.test(run)) {
    let product = 1;
    for (const unit of run) {
      const value = CHINESE_LARGE_UNITS.get(unit) ?? CHINESE_SMALL_UNITS.get(unit) ?? 1;
      product *= value;
      readings.push(exactly(value));
    }
    readings.push(exactly(product));
  }
  // 数十万, 几百: "several" of the unit, up to ten times it.
  if (readings.length > 0 && whole !== null) readings.push({ low: whole, high: whole * 10 });
  return readings;
}
