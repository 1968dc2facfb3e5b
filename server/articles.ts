import "server-only";
import { cache } from "react";
import { connection } from "next/server";
import { findArticleView, listArticles } from "@/db/articles";
import { getPrisma } from "@/db/client";

/**
 * The pages' loaders. `connection()` marks them as per-request, so `next build` never opens
 * the database; React `cache()` shares one load between a page and its metadata.
 */
export const loadLibrary = cache(async () => {
  await connection();
  return listArticles(getPrisma());
});

export const loadArticle = cache(async (slug: string, revision?: number) => {
  await connection();
  return findArticleView(getPrisma(), slug, revision);
});
