/**
 * Paragraph alignment, the public face of core/align: other modules and layers import from
 * here, never from the sub-folders, which are organised by job:
 *   pairs/       one entry point per language pairing (English↔Chinese, Chinese↔Chinese);
 *   evidence/    what a bead costs: lengths, shared anchors, words;
 *   search/      the banded dynamic programme over beads and its two passes;
 *   rows/        three-way rows built from the pairings, their consistency;
 *   structures/  small data structures the others share (union-find, multisets, ids, sums).
 */
export type { Bead, BeadSpan } from "./types";
export { alignPair } from "./pairs/align-pair";
export { alignEnglishChinese, type EnglishChineseOptions } from "./pairs/english-chinese";
export { alignChineseScripts } from "./pairs/chinese-scripts";
export { alignArticle, buildAlignedRows, type AlignedRow, type LanguagePair, type Pairings, type RowReason } from "./rows/three-way-rows";
