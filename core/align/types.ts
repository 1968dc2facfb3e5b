/**
 * One group of a pairwise paragraph alignment: `source` paragraphs that translate, as a
 * block, the `target` paragraphs.
 *
 * Invariants of a `Bead[]` returned by the aligners:
 * - indices are 0-based paragraph positions, consecutive and ascending inside a bead;
 * - beads are in document order on both sides, and every paragraph of each side is in
 *   exactly one bead (so the concatenated `source` arrays are 0, 1, …, n-1);
 * - a side may be empty (a paragraph with no counterpart: 1-0 or 0-1), never both;
 * - `score` is a confidence in [0, 1]: how well the evidence (lengths, anchors, shared
 *   text) supports this grouping. Unmatched paragraphs get a low, fixed score.
 */
export interface Bead {
  source: number[];
  target: number[];
  score: number;
}

/**
 * A bead as half-open index ranges, the form the dynamic programming works in:
 * source paragraphs [sourceStart, sourceEnd), target paragraphs [targetStart, targetEnd).
 */
export interface BeadSpan {
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
}
