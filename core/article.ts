import type { ContentLanguage, PerLanguage } from "./languages";
import type { SentenceLinks } from "./sentences";

/**
 * The shapes the data layer hands to pages and the CLI: plain, JSON-safe values
 * (ISO strings, no Dates), so they cross into client components unchanged.
 */

export interface VersionSummary {
  language: ContentLanguage;
  title: string | null;
}

export interface ArticleSummary {
  slug: string;
  publishedAt: string | null;
  latestRevision: number;
  versions: VersionSummary[];
  rowCount: number;
}

export interface StoredVersion {
  language: ContentLanguage;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  source: string;
}

export interface StoredParagraph {
  /** 0-based position in its version. */
  position: number;
  text: string;
}

/**
 * A row whose confidence is below this is doubtful: the reading view marks it uncertain and
 * the checks flag it (alignment-doubt). One threshold, so the two never disagree.
 */
export const UNCERTAIN_CONFIDENCE_BELOW = 0.6;

export interface StoredRow {
  /** 0-based order in the revision. */
  position: number;
  /** Stable across revisions; links use #p-{anchor}. */
  anchor: number;
  confidence: number;
  reasons: string[];
  status: "auto" | "reviewed";
  paragraphs: PerLanguage<StoredParagraph[]>;
  /** Which sentences of the row translate each other; null for a row stored without them. */
  sentenceLinks: SentenceLinks | null;
}

export interface StoredArticle {
  slug: string;
  revision: number;
  latestRevision: number;
  publishedAt: string | null;
  createdAt: string;
  versions: StoredVersion[];
  rows: StoredRow[];
}
