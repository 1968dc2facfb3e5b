import type { ContentLanguage } from "../languages";

/**
 * One glossary term in one Chinese version across the corpus (every article's latest revision),
 * listed when it is rendered in more than one way: how often each rendering occurs, most
 * frequent first, and in how many articles.
 */
export interface TermConsistency {
  termId: number;
  /** The term's English headword. */
  term: string;
  language: ContentLanguage;
  renderings: RenderingCount[];
}

export interface RenderingCount {
  rendering: string;
  /** "preferred" | "allowed" | "forbidden": what the glossary says of this rendering. */
  occurrence: string;
  count: number;
  articles: number;
}
