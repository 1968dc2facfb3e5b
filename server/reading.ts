import "server-only";
import { cache } from "react";
import { analyzeArticle } from "@/core/reading";
import { loadArticle, loadGlossary } from "./articles";

/** An article with everything its reading view highlights, computed once per render. */
export const loadArticleReading = cache(async (slug: string, revision?: number) => {
  const [article, terms] = await Promise.all([loadArticle(slug, revision), loadGlossary()]);
  if (!article) return null;
  return { article, terms, analysis: analyzeArticle(article.rows, terms) };
});
