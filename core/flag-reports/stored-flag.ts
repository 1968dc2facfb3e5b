import type { FlagDetails, FlagKind, FlagStatus } from "../flags";
import type { ContentLanguage } from "../languages";

/**
 * A stored flag as the reports and the article view show it: JSON-safe (ISO time strings), so
 * it crosses into client components unchanged. `anchor` is the row's permalink number (#p-12),
 * `revision` the article's revision it belongs to.
 */
export interface StoredFlag {
  id: number;
  slug: string;
  revision: number;
  /** 0-based order of the row in its revision. */
  rowPosition: number;
  anchor: number;
  kind: FlagKind;
  language: ContentLanguage;
  /** The English headword of the term the flag is about (kept when the term is deleted). */
  term: string | null;
  expected: string | null;
  found: string | null;
  details: FlagDetails;
  review: FlagReview;
  /** Raised by every review; a review names the version it saw (optimistic locking). */
  version: number;
}

/** A reviewer's decision on a flag; `open` with no reviewer until someone decides. */
export interface FlagReview {
  status: FlagStatus;
  note: string | null;
  reviewedBy: string | null;
  /** ISO 8601, or null when nobody has reviewed it. */
  reviewedAt: string | null;
}
