import { collapseWhitespace, joinLines } from "../core/segment";

/**
 * Turns a DOM subtree into paragraph texts the way a reader sees blocks on the page:
 * every block element (p, li, blockquote, h1–h6, div, td, …) ends the run of inline text
 * before it and starts a new one, and two or more `<br>` in a row split a run. Scripts,
 * styles, media, form controls and `hidden` / `aria-hidden` elements contribute nothing.
 *
 * Invariants: results are trimmed, non-empty, whitespace-collapsed (`collapseWhitespace`),
 * in document order. HTML source line breaks between CJK characters vanish, as in a browser.
 */

/** How a single `<br>` inside a run is treated. */
export type LineBreakMode =
  /** a line break within a paragraph: lines are joined (Chinese without a space) */
  | "join"
  /** every line is a text of its own (author blocks: name<br>affiliation) */
  | "split";

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIALOG", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER",
  "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT",
  "TH", "THEAD", "TR", "UL",
]);

const SKIPPED_TAGS = new Set([
  "AUDIO", "BUTTON", "CANVAS", "EMBED", "HEAD", "IFRAME", "IMG", "INPUT", "MATH", "NOSCRIPT", "OBJECT",
  "PICTURE", "SCRIPT", "SELECT", "SOURCE", "STYLE", "SVG", "TEMPLATE", "TEXTAREA", "VIDEO",
]);

/** Stands for a `<br>` inside collected text; U+2028 is "line separator", so a literal one means the same. */
const LINE_BREAK = "\u2028";
/** Two or more breaks, possibly with whitespace between them: a paragraph split. */
const PARAGRAPH_BREAK = /\u2028(?:[^\S\u2028]*\u2028)+/;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Paragraph texts of `root`'s content (see the module comment). */
export function extractBlockTexts(root: Element, breaks: LineBreakMode = "join"): string[] {
  const texts: string[] = [];
  let run = "";
  const flush = (): void => {
    for (const text of runToTexts(run, breaks)) texts.push(text);
    run = "";
  };
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      run += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return;
    if (tag === "BR") {
      run += LINE_BREAK;
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    element.childNodes.forEach(visit);
    if (isBlock) flush();
  };
  root.childNodes.forEach(visit);
  flush();
  return texts;
}

function runToTexts(run: string, breaks: LineBreakMode): string[] {
  return run.split(PARAGRAPH_BREAK).flatMap((chunk) => {
    const lines = chunk.split(LINE_BREAK);
    const texts = breaks === "join" ? [joinLines(lines)] : lines.map(collapseWhitespace);
    return texts.filter((text) => text !== "");
  });
}
