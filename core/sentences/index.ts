/** Sentences: splitting paragraphs (with UTF-16 offsets) and linking them across languages. */
export { splitChineseSentences } from "./chinese-sentences";
export { splitEnglishSentences } from "./english-sentences";
export {
  linkSentences,
  type LinkSentencesOptions,
  type RowParagraph,
  type SentenceGroup,
  type SentenceId,
  type SentenceLinks,
} from "./link-sentences";
export { readSentenceLinks } from "./read-sentence-links";
export type { SentenceSpan } from "./sentence-span";
