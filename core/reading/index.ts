/** What a reader is shown about stored rows: Simplified/Traditional differences, glossary marks, sentences. */
export { analyzeArticle, paragraphKey, type ArticleAnalysis, type ParagraphMark, type RowDifference } from "./analyze-article";
export { rowSentences, type ParagraphSentence } from "./row-sentences";
