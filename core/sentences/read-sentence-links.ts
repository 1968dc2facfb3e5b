import { CONTENT_LANGUAGES } from "../languages";
import type { SentenceLinks } from "./link-sentences";

/**
 * The sentence links of a row as stored (a JSON column), checked against the SentenceLinks
 * shape: the value itself when it has that shape, null otherwise (a row stored before
 * sentences were linked, or data of some other shape), so the reader shows the row without
 * sentence highlighting rather than failing. Only the shape is checked; offsets that do not
 * fit the paragraph's text are the renderer's to drop.
 */
export function readSentenceLinks(value: unknown): SentenceLinks | null {
  if (!isObject(value) || !isObject(value.sentences) || !Array.isArray(value.groups)) return null;
  const { sentences, groups } = value;
  for (const language of CONTENT_LANGUAGES) {
    const paragraphs = sentences[language];
    if (!Array.isArray(paragraphs)) return null;
    for (const paragraph of paragraphs) {
      if (!isObject(paragraph) || !isCount(paragraph.position) || !Array.isArray(paragraph.spans)) return null;
      if (!paragraph.spans.every((span) => isPair(span) && span[0] <= span[1])) return null;
    }
  }
  for (const group of groups) {
    if (!isObject(group) || !isObject(group.members) || typeof group.confidence !== "number") return null;
    const members = group.members;
    if (!CONTENT_LANGUAGES.every((language) => Array.isArray(members[language]) && members[language].every(isPair))) return null;
  }
  return value as unknown as SentenceLinks;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isPair(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && isCount(value[0]) && isCount(value[1]);
}
