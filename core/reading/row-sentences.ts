import type { StoredRow } from "../article";
import { CONTENT_LANGUAGES } from "../languages";
import { paragraphKey } from "./analyze-article";

/**
 * One sentence of a paragraph as the reading view wraps it: [start, end) UTF-16 offsets into
 * the paragraph's text, and the id of its group of sentences that translate each other.
 */
export interface ParagraphSentence {
  start: number;
  end: number;
  /** `<row anchor>-<group index>`: unique in a revision's page, since anchors are. */
  group: string;
}

/**
 * The sentences of a row's paragraphs, keyed by paragraphKey (as the marks are), each
 * paragraph's in order, from the row's stored sentence links. A row stored without links
 * gives an empty map; a sentence whose ids or offsets do not fit the row's paragraphs (data
 * of another revision, say) is left out rather than wrapped around the wrong text.
 */
export function rowSentences(row: StoredRow): Map<string, ParagraphSentence[]> {
  const result = new Map<string, ParagraphSentence[]>();
  const links = row.sentenceLinks;
  if (links === null) return result;
  for (const language of CONTENT_LANGUAGES) {
    const texts = new Map(row.paragraphs[language].map((p) => [p.position, p.text]));
    const spans = new Map(links.sentences[language].map((p) => [p.position, p.spans]));
    links.groups.forEach((group, index) => {
      for (const [position, sentence] of group.members[language]) {
        const span = spans.get(position)?.[sentence];
        const text = texts.get(position);
        if (span === undefined || text === undefined || span[0] >= span[1] || span[1] > text.length) continue;
        const key = paragraphKey(language, position);
        result.set(key, [...(result.get(key) ?? []), { start: span[0], end: span[1], group: `${row.anchor}-${index}` }]);
      }
    });
  }
  for (const sentences of result.values()) sentences.sort((a, b) => a.start - b.start);
  return result;
}
