/**
 * Text into paragraphs, as every import format needs it: whitespace normalisation, plain text
 * and Markdown paragraphs, boilerplate removal, CJK character classes, publication dates.
 */
export { classifyBoilerplate, removeBoilerplate, type BoilerplateKind } from "./boilerplate";
export { firstChar, isCjkChar, isHanChar, joinsWithoutSpace, lastChar } from "./cjk";
export { assembleParagraphs, detectLineLayout, type LineLayout, type SourceLine } from "./line-paragraphs";
export { reduceInlineMarkdown } from "./markdown-inline";
export { collapseWhitespace, joinLines, normalizeLineEndings, stripBom } from "./normalize-whitespace";
export { parseMarkdownArticle, parsePlainTextArticle, splitParagraphs } from "./paragraphs";
export { findPublishedDate, isDateOnly, normalizePublishedDate } from "./published-date";
