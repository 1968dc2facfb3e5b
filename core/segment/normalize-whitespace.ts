import { firstChar, joinsWithoutSpace, lastChar } from "./cjk";

/**
 * Whitespace rules shared by every text format we import.
 *
 * Invariants of the results: no byte-order mark, only "\n" as line break, and — for
 * `collapseWhitespace` and `joinLines` — no leading or trailing whitespace and no run of
 * two whitespace characters. JavaScript's `\s` covers U+3000 (ideographic space), U+00A0
 * (no-break space) and U+FEFF, so they collapse like ASCII spaces.
 */

const BOM = "\ufeff";

/** Removes one leading U+FEFF (a BOM that survived decoding); other U+FEFF are left alone. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * CRLF (Windows) and lone CR (classic Mac OS) become LF; U+2028 becomes LF and U+2029
 * (paragraph separator) a blank line, so later steps only ever see "\n".
 */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\u2028/g, "\n").replace(/\u2029/g, "\n\n");
}

/**
 * Trims and collapses every whitespace run to one ASCII space. A run that contains a line
 * break and sits between two CJK characters is removed instead: it is a layout wrap, and
 * Chinese puts no space there. Spaces typed within a line are kept (collapsed), since they
 * may be deliberate even in Chinese (e.g. before a Latin word).
 */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/\s+/g, (run, offset: number, whole: string) => {
      if (!/[\n\r\u2028\u2029]/.test(run)) return " ";
      const before = lastChar(whole.slice(Math.max(0, offset - 2), offset));
      const after = firstChar(whole.slice(offset + run.length));
      return joinsWithoutSpace(before, after) ? "" : " ";
    })
    .trim();
}

/**
 * Joins the lines of one paragraph: with one space between Latin text, with none between
 * CJK characters (a hard-wrapped Chinese paragraph must not gain spaces). Each line is
 * collapsed first; empty lines are skipped.
 */
export function joinLines(lines: readonly string[]): string {
  let joined = "";
  for (const raw of lines) {
    const line = collapseWhitespace(raw);
    if (line === "") continue;
    if (joined === "") {
      joined = line;
    } else {
      joined += joinsWithoutSpace(lastChar(joined), firstChar(line)) ? line : ` ${line}`;
    }
  }
  return joined;
}
