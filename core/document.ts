import type { ContentLanguage } from "./languages";

/**
 * One language version of an article after extraction: plain text, boilerplate removed.
 * Paragraphs are trimmed, non-empty, in reading order (0-based positions in data).
 */
export interface ExtractedDocument {
  title: string | null;
  byline: string | null;
  /** ISO 8601 date (YYYY-MM-DD) when the source states one. */
  publishedAt: string | null;
  paragraphs: string[];
}

/** A document together with where it came from, ready for the import pipeline. */
export interface LanguageVersionInput {
  language: ContentLanguage;
  /** Path or upload name, used in messages. */
  source: string;
  /** The encoding the bytes were decoded from, e.g. "UTF-8", "GB18030", "Big5". */
  encoding: string;
  document: ExtractedDocument;
}
