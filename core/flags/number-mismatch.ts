import { findChineseNumberMentions, findEnglishNumberMentions, mentionsAgree, type NumberMention } from "../numbers";
import type { CheckRow, ComputedFlag } from "./flag";

const CHINESE_LANGUAGES = ["zh-Hans", "zh-Hant"] as const;

/**
 * number-mismatch flags of one row: at most one per Chinese version, when a number the
 * English states firmly has no counterpart in that version.
 *
 * The rule, built to keep false alarms rare:
 * - The row's English and each Chinese version are read as number mentions
 *   (core/numbers `findEnglishNumberMentions`, `findChineseNumberMentions`): digits, Chinese
 *   numerals (十多万, 两千零二十二, 3.5亿, 百分之五, 一万两千, 1.2万, 三分之一) and English words, each with
 *   the values it allows — an approximation (约, 左右, "about"), a bound (多, 余, 以上, 逾, 近,
 *   "more than", "-plus", "nearly") or a range (3至5, "3-5", "three to five") widens it, so
 *   十二万多 agrees with "more than 120,000" and 十多万 with "more than 100,000".
 * - The two sides are compared as sets of values, not counts: an English number agrees when
 *   any Chinese mention (firm or soft) allows one of its values, so a number one side states
 *   twice and the other once is no mismatch, and a value's form does not matter (5% = 百分之五
 *   = "5 per cent"; "2022" = 2022年 = 两千零二十二年; "350 million yuan" = 3.5亿元; "$4.2 billion"
 *   = 42亿美元; "December 3" = 12月3日).
 * - Only English numbers stated firmly can be missed: digits (not inside a code like 5G or
 *   COVID-19, not a time of day, not list numbering, not a currency conversion in brackets)
 *   and number words from ten up. Small number words ("two", "first"), month names and
 *   fractions can match but are never missed, since translators write them as 两, 首次, 一半 or
 *   leave them to the grammar.
 * - A number only the Chinese states is not flagged by itself: translations spell out what
 *   English leaves implicit ("a dozen" → 十二, "twice" → 两次, "a decade" → 十年). It is shown as
 *   `found` when the English misses a number, as the likely counterpart (12% against
 *   百分之二十一).
 *
 * The flag's `expected` is the missed English numbers as written ("3.5 billion; 12%"),
 * `found` the Chinese numbers no English one agrees with, or null when the version states none
 * (the number is missing); `details` lists every firm number of each side. The flag's
 * paragraph is the one holding the first of `found` (the version's first when there is none).
 * A version with no paragraph in the row (a missing translation, an alignment matter) gets no
 * number flag.
 */
export function findNumberMismatches(row: CheckRow): ComputedFlag[] {
  const english = row.paragraphs.en;
  if (english.length === 0) return [];
  const englishMentions = findEnglishNumberMentions(joinParagraphs(english));
  const firmEnglish = englishMentions.filter((mention) => mention.firm);
  if (firmEnglish.length === 0) return [];

  const flags: ComputedFlag[] = [];
  for (const language of CHINESE_LANGUAGES) {
    const paragraphs = row.paragraphs[language];
    if (paragraphs.length === 0) continue;
    const chineseText = joinParagraphs(paragraphs);
    const chineseMentions = findChineseNumberMentions(chineseText);
    const missed = firmEnglish.filter((mention) => !chineseMentions.some((chinese) => mentionsAgree(mention, chinese)));
    if (missed.length === 0) continue;
    const unexplained = chineseMentions.filter(
      (chinese) => chinese.firm && !englishMentions.some((mention) => mentionsAgree(mention, chinese)),
    );
    flags.push({
      kind: "number-mismatch",
      language,
      rowPosition: row.position,
      paragraphPosition: paragraphAt(paragraphs, unexplained[0]?.start ?? 0),
      termIndex: null,
      term: null,
      expected: listWritten(missed),
      found: unexplained.length === 0 ? null : listWritten(unexplained),
      details: {
        englishNumbers: uniqueWritten(firmEnglish),
        chineseNumbers: uniqueWritten(chineseMentions.filter((mention) => mention.firm)),
      },
    });
  }
  return flags;
}

const PARAGRAPH_JOINER = "\n\n";

function joinParagraphs(paragraphs: readonly { text: string }[]): string {
  return paragraphs.map((paragraph) => paragraph.text).join(PARAGRAPH_JOINER);
}

/** The position of the paragraph holding `offset` of the joined text. */
function paragraphAt(paragraphs: readonly { position: number; text: string }[], offset: number): number | null {
  let end = 0;
  for (const paragraph of paragraphs) {
    end += paragraph.text.length + PARAGRAPH_JOINER.length;
    if (offset < end) return paragraph.position;
  }
  return paragraphs.at(-1)?.position ?? null;
}

/** Numbers as written, each once, in order, joined by "; " (a comma belongs to "3,500"). */
function listWritten(mentions: readonly NumberMention[]): string {
  return uniqueWritten(mentions).join("; ");
}

function uniqueWritten(mentions: readonly NumberMention[]): string[] {
  return [...new Set(mentions.map((mention) => mention.written))];
}
