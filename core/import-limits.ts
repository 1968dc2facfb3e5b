/**
 * The documented limits of `parallax import` (README, "Limits"). Each one bounds work or
 * memory that would otherwise grow without bound with hostile input; a refusal names the
 * limit it hit, and these numbers are the single place they are set.
 */
export const IMPORT_LIMITS = {
  /** Bytes of one language file. A 20,000-paragraph article is about 9 MB of English. */
  maxFileBytes: 32 * 1024 * 1024,
  /**
   * How deeply the nodes of an HTML page may nest (counted from the document). Real pages
   * stay under about 60. jsdom walks the tree recursively (20,000 nested divs overflowed
   * the stack) and Readability's work grows faster than the square of the depth: one
   * paragraph under 30, 256 and 400 divs took 1.1, 3.9 and 17.5 s.
   */
  maxHtmlDepth: 256,
  /**
   * Paragraphs of one language version. An article page shows every row at once, and a
   * 50,000-paragraph import was stored but its page failed; long books belong in several
   * articles (one per chapter).
   */
  maxParagraphsPerLanguage: 5_000,
} as const;

/** 1536 → "1.5 KB", 33554432 → "32 MB" (binary units, one decimal below 10). */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, "");
  return `${shown} ${units[unit]}`;
}
