/** Numbers as values, whichever way a text writes them: digits, Chinese numerals, English words. */
export { parseChineseNumeral } from "./chinese-numerals";
export { findChineseNumberMentions } from "./chinese-mentions";
export { findEnglishNumberMentions } from "./english-mentions";
export { extractNumbers, extractNumberSpans, type ExtractNumbersOptions, type NumberSpan } from "./extract-numbers";
export { mentionsAgree, type NumberInterval, type NumberMention } from "./number-mentions";
