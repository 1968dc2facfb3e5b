import { joinLines } from "./normalize-whitespace";

/**
 * Groups source lines into paragraphs — the engine behind plain-text and Markdown import.
 *
 * The layout convention is decided once per document, because a single file is consistent
 * and a per-line guess is not:
 *
 * - **blocks**: the text has blank-line separators. Blank lines end paragraphs; the lines of
 *   a block are one paragraph (a hard-wrapped paragraph), joined with a space in English and
 *   with nothing between CJK characters.
 * - **indents**: no blank lines, but at least two lines start with a Chinese paragraph indent
 *   (U+3000, or a tab / two spaces before a Han character). An indented line starts a
 *   paragraph; an unindented line continues the previous one only when that line looks
 *   wrapped (it is about as wide as the widest line and does not end a sentence), so a
 *   short title or subheading stays a paragraph of its own.
 * - **lines**: neither — every non-empty line is a paragraph (one paragraph per line).
 *
 * In every mode a line starting with a full-width indent starts a paragraph, and a line
 * marked `breakBefore` / `breakAfter` (a Markdown heading or list item) is never joined
 * across that edge.
 */

/** One line of source text, without its line break. */
export interface SourceLine {
  text: string;
  /** The line starts a paragraph whatever the layout (a heading, a list item). */
  breakBefore?: boolean;
  /** Nothing is joined after this line (a heading). */
  breakAfter?: boolean;
}

export type LineLayout = "blocks" | "indents" | "lines";

/** A Chinese paragraph indent: U+3000 (after any spaces), or a tab or 2+ spaces before Han. */
const PARAGRAPH_INDENT = /^(?:[ \t\u00a0]*\u3000|(?:\t|[ \u00a0]{2,})[ \t\u00a0]*(?=[\p{Script=Han}“「『（《]))/u;

/** Sentence-final punctuation, looked for after stripping closing quotes and brackets. */
const SENTENCE_END = /[。！？!?.…．]$/u;
const TRAILING_CLOSERS = /[”’」』）)\]"'》〉]+$/u;

/** Below this share of the widest line, an unindented line is not a wrapped continuation. */
const WRAPPED_WIDTH_RATIO = 0.8;

function isBlank(line: SourceLine): boolean {
  return line.text.trim() === "";
}

function isIndented(line: SourceLine): boolean {
  return PARAGRAPH_INDENT.test(line.text);
}

/** Display width: CJK characters take two columns, as in the editors that hard-wrap text. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.trim()) width += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1;
  return width;
}

function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim().replace(TRAILING_CLOSERS, ""));
}

/** Decides the layout convention of a whole document (see the module comment). */
export function detectLineLayout(lines: readonly SourceLine[]): LineLayout {
  const firstText = lines.findIndex((line) => !isBlank(line));
  const lastText = lines.length - 1 - [...lines].reverse().findIndex((line) => !isBlank(line));
  if (firstText >= 0) {
    for (let i = firstText + 1; i < lastText; i++) {
      const line = lines[i];
      if (line !== undefined && isBlank(line)) return "blocks";
    }
  }
  const indented = lines.filter(isIndented).length;
  return indented >= 2 ? "indents" : "lines";
}

/**
 * Paragraphs from lines: each trimmed, whitespace collapsed (see `joinLines`), non-empty,
 * in order. No lines → no paragraphs.
 *
 * @param layout the convention, when the format fixes it (Markdown: always "blocks");
 *   detected from the lines otherwise.
 */
export function assembleParagraphs(lines: readonly SourceLine[], layout: LineLayout = detectLineLayout(lines)): string[] {
  // A loop, not Math.max(...widths): spreading 200,000 lines as arguments overflows the stack.
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, displayWidth(line.text));
  const paragraphs: string[] = [];
  let current: string[] = [];
  let previous: SourceLine | null = null;

  const flush = (): void => {
    const paragraph = joinLines(current);
    if (paragraph !== "") paragraphs.push(paragraph);
    current = [];
  };

  for (const line of lines) {
    if (isBlank(line)) {
      flush();
      previous = null;
      continue;
    }
    const startsParagraph =
      previous === null ||
      layout === "lines" ||
      line.breakBefore === true ||
      previous.breakAfter === true ||
      isIndented(line) ||
      (layout === "indents" && !looksWrapped(previous.text, widest));
    if (startsParagraph) flush();
    current.push(line.text);
    previous = line;
  }
  flush();
  return paragraphs;
}

/** A line that was cut by hard wrapping: nearly as wide as the widest line, mid-sentence. */
function looksWrapped(text: string, widest: number): boolean {
  return displayWidth(text) >= widest * WRAPPED_WIDTH_RATIO && !endsSentence(text);
}
