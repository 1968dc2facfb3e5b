import { removeBoilerplate } from "./boilerplate";
import type { ExtractedDocument } from "../document";
import { InputError } from "../errors";
import { assembleParagraphs, type SourceLine } from "./line-paragraphs";
import { reduceInlineMarkdown } from "./markdown-inline";
import { normalizePublishedDate } from "./published-date";
import { collapseWhitespace, normalizeLineEndings, stripBom } from "./normalize-whitespace";

/**
 * Paragraphs from already-decoded plain text.
 *
 * Invariants: every paragraph is trimmed, non-empty, has no line break and no run of two
 * whitespace characters (runs collapse to one ASCII space; U+3000 counts as whitespace),
 * and paragraphs keep their reading order. A leading BOM is ignored; CRLF, CR and LF line
 * endings are equivalent. Empty or whitespace-only text gives `[]`.
 *
 * The layout is decided per document (see `assembleParagraphs`): with blank-line
 * separators, the lines of a block form one paragraph (joined with a space in English and
 * with nothing between CJK characters); without any, each non-empty line is a paragraph,
 * except that Chinese text whose paragraphs start with a full-width indent (　　) is split
 * at the indents. Indents are stripped.
 */
export function splitParagraphs(text: string): string[] {
  return assembleParagraphs(toLines(text).map((line) => ({ text: line })));
}

function toLines(text: string): string[] {
  return normalizeLineEndings(stripBom(text)).split("\n");
}

/** A plain-text article: no title or metadata (a .txt file does not mark them), paragraphs as `splitParagraphs`. */
export function parsePlainTextArticle(text: string): ExtractedDocument {
  // Text copied from a publisher's page still carries its boilerplate (a language switcher
  // line, "You might also like", "Back to Top"); it is dropped as in HTML.
  return { title: null, byline: null, publishedAt: null, paragraphs: removeBoilerplate(splitParagraphs(text)) };
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const CODE_FENCE = /^ {0,3}(?:```|~~~)/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const BLOCKQUOTE_MARK = /^ {0,3}>[ ]?/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const METADATA = /^\s*(date|by|日期|作者)\s*[:：]\s*(.*?)\s*$/i;

/**
 * A Markdown article: a first `# ` line (the first non-blank line) is the title; then,
 * before the first paragraph, optional `Date: YYYY-MM-DD` and `By: name` lines (also
 * `日期：` / `作者：`) give `publishedAt` and `byline`; the rest are paragraphs separated by
 * blank lines — consecutive lines are always one paragraph, as in Markdown — with the same
 * invariants as `splitParagraphs` (a full-width indent still starts a paragraph).
 *
 * Later `#` headings and list items are paragraphs of their own (their marks removed);
 * blockquote marks, thematic breaks, code fences and reference definitions are dropped;
 * inline markup is reduced to its text (`reduceInlineMarkdown`).
 *
 * @param where names the file in errors: a Date line that is not a date throws
 *   `InputError("<where>:<line>", …)` (lines 1-based) rather than passing silently.
 */
export function parseMarkdownArticle(text: string, where = "Markdown text"): ExtractedDocument {
  const lines = toLines(text);
  let index = 0;
  const skipBlank = (): void => {
    while (index < lines.length && (lines[index] ?? "").trim() === "") index++;
  };

  skipBlank();
  let title: string | null = null;
  const heading = ATX_HEADING.exec(lines[index] ?? "");
  if (heading?.[1] === "#") {
    title = inlineText(heading[2] ?? "") || null;
    index++;
  }

  let byline: string | null = null;
  let publishedAt: string | null = null;
  if (title !== null) {
    for (;;) {
      const metadataStart = index;
      skipBlank();
      const match = METADATA.exec(lines[index] ?? "");
      const key = match?.[1]?.toLowerCase();
      const value = match?.[2] ?? "";
      if (key === "date" || key === "日期") {
        if (publishedAt !== null) {
          index = metadataStart;
          break;
        }
        publishedAt = normalizePublishedDate(value);
        if (publishedAt === null) {
          throw new InputError(`${where}:${index + 1}`, `the Date line must hold a date like 2022-05-10, not "${value}"`);
        }
      } else if (key === "by" || key === "作者") {
        if (byline !== null) {
          index = metadataStart;
          break;
        }
        byline = inlineText(value) || null;
      } else {
        index = metadataStart;
        break;
      }
      index++;
    }
  }

  // Markdown fixes the layout: consecutive lines are one paragraph, blank lines separate.
  const paragraphs = assembleParagraphs(markdownBodyLines(lines.slice(index)), "blocks")
    .map(inlineText)
    .filter((paragraph) => paragraph !== "");
  return { title, byline, publishedAt, paragraphs };
}

function inlineText(markdown: string): string {
  return collapseWhitespace(reduceInlineMarkdown(markdown));
}

/** Markdown block structure mapped onto plain source lines for `assembleParagraphs`. */
function markdownBodyLines(lines: readonly string[]): SourceLine[] {
  const result: SourceLine[] = [];
  for (const raw of lines) {
    if (CODE_FENCE.test(raw) || REFERENCE_DEFINITION.test(raw)) continue;
    let line = raw;
    while (BLOCKQUOTE_MARK.test(line)) line = line.replace(BLOCKQUOTE_MARK, "");
    if (THEMATIC_BREAK.test(line)) {
      result.push({ text: "" });
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading !== null) {
      result.push({ text: heading[2] ?? "", breakBefore: true, breakAfter: true });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item !== null) {
      result.push({ text: item[1] ?? "", breakBefore: true });
      continue;
    }
    result.push({ text: line });
  }
  return result;
}
