/** Numbers as values, whichever way a text writes them: digits, Chinese numerals, English words. */
export { parseChineseNumeral } from "./chinese-numerals";
export { extractNumbers, type ExtractNumbersOptions } from "./extract-numbers";
