import { extractNumberSpans, type NumberSpan } from "./extract-numbers";
import { ENGLISH_MAGNITUDES } from "./english-number-words";
import {
  exactly,
  joinRange,
  roundedPercent,
  softMention,
  widen,
  type NumberMention,
  type NumberQualifier,
} from "./number-mentions";

/**
 * The numbers an English text states, as mentions (see `NumberMention`), in order: every
 * number `extractNumbers` reads, with the currency sign before it and the per cent after it
 * kept in `written`, and its readings widened by the words around it:
 *
 * - "about", "around", "roughly", "some", "approximately", "an estimated", "or so" → ±10%;
 * - "more than", "over", "at least", "upwards of", "-plus", "+" → a lower bound;
 * - "nearly", "almost", "under", "less than", "up to" → an upper bound;
 * - "3-5", "three to five", "between 3 and 5" → a range (see `joinRange`);
 * - "half a million" also 500,000; "7 in 10" also 70 per cent, its "10" not firm;
 * - "five and twenty" → 25; "the hundred twenty-seven" also 127; "9/11" also 911 (九一一);
 * - "1990s" also reads 90 (上世纪90年代), "the 90s" also 1990 and 2090; "$3m" also 3
 *   million, "50k" also 50,000.
 *
 * Also, not firm (they match a Chinese number but are never missed): month names (December
 * ↔ 12月), fractions and halves ("a third" ↔ 三分之一, "half" ↔ 一半), "a dozen", and among
 * the numbers read: number words below ten ("two", "first", "second"), digits inside a code
 * or name (5G, COVID-19, A380, 3D), times of day (15:30, 3 pm, "the eleventh hour"), list
 * numbering ("1." or "(2)" opening a line), a group named by its number ("one of the
 * twelve,"), a currency conversion in brackets ("100,000 yuan ($14,000)") and a number before
 * a plural magnitude ("ten thousands of", a multitude). Empty text → [].
 */
export function findEnglishNumberMentions(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  const magnitudes: number[] = [];
  for (const span of extractNumberSpans(text, { oneInsidePhrases: true })) {
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const after = text.slice(span.end, span.end + 20);
    const numeral = text.slice(span.start, span.end);
    const isDigits = /^[0-9０-９]/.test(numeral);

    const currency = CURRENCY_BEFORE.exec(before)?.[0] ?? "";
    const percent = PERCENT_AFTER.exec(after)?.[0] ?? "";
    const attached = isDigits ? (ATTACHED_LETTERS.exec(after)?.[0] ?? "") : "";
    const readings = [widen(span.value, qualifierOf(before.toLowerCase(), after.toLowerCase()))];
    // "half a million" is 500,000 (50万).
    if (/\bhalf\s+$/i.test(before)) readings.push(exactly(span.value / 2));
    // "the hundred twenty-seven provinces": a bare magnitude before the number belongs to it.
    const bareMagnitude = BARE_MAGNITUDE_BEFORE.exec(before)?.[1]?.toLowerCase();
    if (bareMagnitude !== undefined) readings.push(exactly(span.value + (bareMagnitude === "hundred" ? 100 : 1000)));
    if (attached === "m") readings.push(exactly(span.value * 1e6));
    if (attached === "k") readings.push(exactly(span.value * 1e3));
    if (attached === "s" || attached === "'s" || attached === "’s") readings.push(...decadeReadings(span.value));
    mentions.push({
      written: currency + numeral + percent,
      value: span.value,
      start: span.start - currency.length,
      end: span.end + percent.length,
      readings,
      firm: isFirm(text, span, attached, currency.length),
    });
    magnitudes.push(magnitudeOf(numeral));
  }
  joinRanges(text, mentions, magnitudes);
  return [...joinArchaicCompounds(text, mentions), ...softWordMentions(text)].sort((a, b) => a.start - b.start);
}

/** Whether a translation without this number should be questioned (the rule: see findEnglishNumberMentions). */
function isFirm(text: string, span: NumberSpan, attached: string, currencyLength: number): boolean {
  const numeral = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 20);
  if (PLURAL_MAGNITUDE_AFTER.test(after)) return false;
  if (ORDINAL_WORD.test(numeral) && HOUR_AFTER.test(after)) return false;
  const beforeCurrency = text.slice(Math.max(0, span.start - currencyLength - 40), span.start - currencyLength);
  if (currencyLength > 0 && CONVERSION_BEFORE.test(beforeCurrency)) return false;
  if (!/^[0-9０-９]/.test(numeral)) return span.value >= 10 && !(/\bthe\s+$/i.test(before) && GROUP_NAME_AFTER.test(after));
  return !isCodeOrTimeOrListDigits(text, span.start, span.end, attached);
}

/** "100,000 yuan ($14,000)": an amount in brackets after another is a conversion, which translations often drop. */
const CONVERSION_BEFORE = /[0-9][^()]{0,25}\(\s*(?:about|around|roughly|approximately|some|or|c\.)?\s*$/i;
const BARE_MAGNITUDE_BEFORE = /\b(hundred|thousand)\s+(?:and\s+)?$/i;
/** "the chief of the thirty;", "one of the twelve,": a group named by its number, which a translation may name otherwise. */
const GROUP_NAME_AFTER = /^(?:\s*[,.;:!?)”’"']|\s*$|\s+(?:and|or|who|whom|whose|which|that)\b)/i;
/** "the eleventh hour": a time of day, which translations give in their own reckoning (酉初). */
const ORDINAL_WORD = /[a-z](?:st|nd|rd|th)$/i;
const HOUR_AFTER = /^\s+hour\b/i;
/** "ten thousands of", "two hundreds": a multitude, not a count (千万人). */
const PLURAL_MAGNITUDE_AFTER = /^[ -]?(?:hundreds|thousands|millions|billions)\b/i;
const CURRENCY_BEFORE = /(?:(?:US|HK|NT|NZ|A|C|S)?\$|[£€¥]|(?:RMB|USD|HKD|CNY|EUR|GBP)\s?)$/;
const PERCENT_AFTER = /^(?:\s?%|\s?per ?cent\b|-?\s?percent\b)/i;
/** Letters written straight after digits: a suffix or a unit ("21st", "1990s", "$3m", "40km") or part of a code (5G, 3D). */
const ATTACHED_LETTERS = /^(?:'s|’s|[A-Za-z]+)/;
const ORDINAL_OR_UNIT_SUFFIX = /^(?:st|nd|rd|th|s|'s|’s|m|k|[a-z]+)$/;

/** Qualifier words in the last few words before the number, or right after it. */
function qualifierOf(before: string, after: string): NumberQualifier {
  const near = before.replace(/[$£€¥]|(?:us|hk|nt|nz|rmb|usd)\s?$/g, "").trimEnd();
  if (/(?:\bmore than|\bover|\bat least|\bupwards of|\bin excess of|\babove|\bexceeding|\bbeyond)$/.test(near)) return "at-least";
  if (/^(?:-plus\b|\+|\s?plus\b|\s?or more\b|-odd\b|\s?odd\b)/.test(after)) return "at-least";
  if (/(?:\bnearly|\balmost|\bunder|\bless than|\bfewer than|\bup to|\bbelow|\bjust short of)$/.test(near)) return "at-most";
  if (/(?:\babout|\baround|\broughly|\bsome|\bapproximately|\ban estimated|\bestimated|\bclose to|\bcirca|\bc\.|~)$/.test(near)) return "about";
  if (/^\s?or so\b/.test(after)) return "about";
  return "exact";
}

/** "1990s" → 1990 and 90; "90s" → 90, 1990 and 2090. */
function decadeReadings(value: number) {
  if (value >= 1000) return [exactly(value % 100)];
  if (value < 100) return [exactly(1900 + value), exactly(2000 + value)];
  return [];
}

/**
 * Digits that are not a quantity a translation must repeat: part of a code or a name (a
 * letter, or a letter and a hyphen, before them; capitals after them: 5G, 3D), a time of day
 * (15:30, 3 pm, 9 o'clock), "24/7", or list numbering that opens a line ("1.", "2)", "(3)").
 */
function isCodeOrTimeOrListDigits(text: string, start: number, end: number, attached: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (/[A-Za-z][-‐]?$/.test(before)) return true;
  if (attached !== "" && !ORDINAL_OR_UNIT_SUFFIX.test(attached)) return true;
  if (/^:[0-9]{2}/.test(after) || /[0-9]:$/.test(before)) return true;
  if (/^\s?(?:a\.?m\.?|p\.?m\.?|o['’]clock)(?![A-Za-z])/i.test(after)) return true;
  if (/^\/7\b/.test(after) && text.slice(start, end) === "24") return true;
  if (/(?:^|\n)[ \t]*[([]?$/.test(before) && /^[.)\]](?:\s|$)/.test(after)) return true;
  if (/\($/.test(before) && /^\)/.test(after)) return true;
  return false;
}

/** The magnitude written in a numeral ("5 million" → 10^6, "50" → 1), for ranges like "3 to 5 million". */
function magnitudeOf(numeral: string): number {
  const word = /(hundred|thousand|million|billion|trillion|mn|bn|tn)$/i.exec(numeral)?.[1]?.toLowerCase();
  return word === undefined ? 1 : (ENGLISH_MAGNITUDES.get(word) ?? 1);
}

/** What may stand between the two ends of a range: "3-5", "3 – 5", "three to five", "between 3 and 5". */
const RANGE_BETWEEN = /^\s*(?:-|–|—|~|to|through)\s*$/i;

function joinRanges(text: string, mentions: NumberMention[], magnitudes: number[]): void {
  for (let index = 0; index + 1 < mentions.length; index++) {
    const left = mentions[index];
    const right = mentions[index + 1];
    if (left === undefined || right === undefined) continue;
    const between = text.slice(left.end, right.start).replace(/^\s?(?:%|per ?cent|percent)/i, "");
    const isRange =
      RANGE_BETWEEN.test(between) ||
      (/^\s*and\s*$/i.test(between) && /\bbetween\s+(?:[$£€¥]\s?)?$/i.test(text.slice(Math.max(0, left.start - 10), left.start)));
    if (isRange) joinRange(left, right, magnitudes[index + 1] ?? 1, (magnitudes[index] ?? 1) > 1);
    // "7 in 10", "three out of four": a proportion, which Chinese gives as 七成 or 四分之三.
    if (/^\s+(?:in|out of)\s+$/i.test(between)) {
      right.firm = false;
      if (right.value !== 0) left.readings.push(roundedPercent((100 * left.value) / right.value));
    }
    // "9/11" is also 九一一 (911), which Chinese reads digit by digit.
    if (between === "/" && /^[0-9]{1,2}$/.test(left.written) && /^[0-9]{1,2}$/.test(right.written)) {
      const joined = exactly(Number(left.written + right.written));
      left.readings.push(joined);
      right.readings.push(joined);
    }
  }
}

const ARCHAIC_COMPOUND =
  /\b(one|two|three|four|five|six|seven|eight|nine) and (twent|thirt|fort|fift|sixt|sevent|eight|ninet)(y|ieth)\b/gi;
const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TENS = ["twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"];

/**
 * "five and twenty" (25), "the seven and twentieth year" (27th): the unit before the tens,
 * as older English writes them. The numbers read inside such a compound give way to it.
 */
function joinArchaicCompounds(text: string, mentions: NumberMention[]): NumberMention[] {
  const compounds: NumberMention[] = [];
  for (const match of text.matchAll(ARCHAIC_COMPOUND)) {
    const unit = UNITS.indexOf((match[1] ?? "").toLowerCase()) + 1;
    const tens = (TENS.indexOf((match[2] ?? "").toLowerCase()) + 2) * 10;
    const start = match.index;
    const end = start + match[0].length;
    compounds.push({ written: match[0], value: tens + unit, start, end, readings: [exactly(tens + unit)], firm: true });
  }
  if (compounds.length === 0) return mentions;
  const inside = (mention: NumberMention) => compounds.some((compound) => compound.start <= mention.start && mention.end <= compound.end);
  return [...mentions.filter((mention) => !inside(mention)), ...compounds];
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_PATTERN =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/g;
const FRACTIONS =
  /\b(?:(a|one|two|three)[ -])?(half|halves|thirds?|quarters?|fifths?|tenths?)\b|\b(dozen)\b|\b(twice|double|doubled)\b/gi;
const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ["half", 2],
  ["halves", 2],
  ["third", 3],
  ["thirds", 3],
  ["quarter", 4],
  ["quarters", 4],
  ["fifth", 5],
  ["fifths", 5],
  ["tenth", 10],
  ["tenths", 10],
]);
const NUMERATORS: ReadonlyMap<string, number> = new Map([
  ["a", 1],
  ["one", 1],
  ["two", 2],
  ["three", 3],
]);

/**
 * Words that name a number without being one `extractNumbers` reads: capitalised month
 * names (December ↔ 12月), fractions ("a third" ↔ 三分之一 and 33%, "half" ↔ 一半 and 50%),
 * "a dozen" (12), "twice"/"doubled" (2 and 200%). Never firm.
 */
function softWordMentions(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(MONTH_PATTERN)) {
    const name = (match[1] ?? "").toLowerCase();
    const month = MONTHS.findIndex((full) => full.startsWith(name.slice(0, 3))) + 1;
    if (month > 0) mentions.push(softMention(match[0], match.index, [exactly(month)]));
  }
  for (const match of text.matchAll(FRACTIONS)) {
    const word = (match[2] ?? "").toLowerCase();
    let readings;
    if (match[3] !== undefined) readings = [exactly(12)];
    else if (match[4] !== undefined) readings = [exactly(2), exactly(200), exactly(100)];
    else {
      const denominator = DENOMINATORS.get(word) ?? 1;
      const numerator = NUMERATORS.get((match[1] ?? "a").toLowerCase()) ?? 1;
      readings = [exactly(numerator / denominator), roundedPercent((100 * numerator) / denominator), exactly(denominator)];
    }
    mentions.push(softMention(match[0], match.index, readings));
  }
  return mentions;
}
