/**
 * Publication dates as publishers print them, normalised to ISO 8601 `YYYY-MM-DD`.
 *
 * Recognised: `2022-05-10` (optionally followed by a time, whose date part is taken as
 * written — the publisher's local date, not converted to UTC), `2022/5/10`, `2022.05.10`,
 * `May 10, 2022`, `10 May 2022` (full or abbreviated month names), `2022年5月10日` (also
 * with 号/號, full-width digits, or Chinese numerals: 二〇二二年五月十日).
 * Every result is a real calendar date; 2022-02-30 gives null.
 */

import { parseChineseNumeral } from "../numbers";

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH_NAME =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const ORDINAL = "(?:st|nd|rd|th)?";
const CHINESE_DIGIT = "[〇零一二三四五六七八九]";
const CHINESE_SMALL = "[一二三四五六七八九十]{1,3}";

interface DatePattern {
  regex: RegExp;
  /** Year, month, day from the match, or null when a part is not a number. */
  parts(match: RegExpExecArray): [number, number, number] | null;
}

const PATTERNS: readonly DatePattern[] = [
  {
    regex: /(?<![\d])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g,
    parts: (m) => [Number(m[1]), Number(m[3]), Number(m[4])],
  },
  {
    regex: new RegExp(
      `(\\d{4}|${CHINESE_DIGIT}{4})\\s*年\\s*(\\d{1,2}|${CHINESE_SMALL})\\s*月\\s*(\\d{1,2}|${CHINESE_SMALL})\\s*[日号號]`,
      "g",
    ),
    parts: (m) => numbers(chineseNumber(m[1]), chineseNumber(m[2]), chineseNumber(m[3])),
  },
  {
    regex: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?![\\d])`, "gi"),
    parts: (m) => numbers(Number(m[3]), monthNumber(m[1]), Number(m[2])),
  },
  {
    regex: new RegExp(`(?<![\\d])(\\d{1,2})${ORDINAL}\\s+${MONTH_NAME},?\\s+(\\d{4})(?![\\d])`, "gi"),
    parts: (m) => numbers(Number(m[3]), monthNumber(m[2]), Number(m[1])),
  },
];

function numbers(year: number | null, month: number | null, day: number | null): [number, number, number] | null {
  return year === null || month === null || day === null ? null : [year, month, day];
}

function monthNumber(name: string | undefined): number | null {
  return name === undefined ? null : (MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? null);
}

/** "2022" → 2022, "二〇二二" → 2022 (digit by digit), "十" → 10, "二十一" → 21 (core/numbers reads them). */
function chineseNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (/^\d+$/.test(text)) return Number(text);
  return parseChineseNumeral(text);
}

/** "YYYY-MM-DD" for a real calendar date, else null. */
function isoDate([year, month, day]: [number, number, number]): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1000) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

interface FoundDate {
  date: string;
  index: number;
  length: number;
}

function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(text); match !== null; match = pattern.regex.exec(text)) {
      const parts = pattern.parts(match);
      const date = parts === null ? null : isoDate(parts);
      if (date !== null) found.push({ date, index: match.index, length: match[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The first date written anywhere in `text` (e.g. "Published May 10, 2022 · 5 min read"),
 * as YYYY-MM-DD, or null when there is none.
 */
export function findPublishedDate(text: string): string | null {
  return findDates(text.normalize("NFKC"))[0]?.date ?? null;
}

/**
 * `value` read as one date — surrounding whitespace allowed, and after an ISO date a time
 * (`2022-05-10T08:00:00+08:00`) — as YYYY-MM-DD; null when it is anything else.
 */
export function normalizePublishedDate(value: string): string | null {
  const text = value.normalize("NFKC").trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (iso?.[1] !== undefined) return findPublishedDate(iso[1]);
  const whole = findDates(text).find((found) => found.index === 0 && found.length === text.length);
  return whole?.date ?? null;
}

const DATE_LABEL = /^(?:published(?:\s+on)?|posted(?:\s+on)?|updated|date|发布时间|發布時間|發佈時間|发表时间|發表時間|时间|時間|日期)\s*[:：]?\s*/i;

/**
 * True when `text` is nothing but a date, optionally labelled ("Published: May 10, 2022",
 * "发布时间：2022年5月10日") — a dateline, to be dropped from the body.
 */
export function isDateOnly(text: string): boolean {
  return normalizePublishedDate(text.trim().replace(DATE_LABEL, "")) !== null;
}
