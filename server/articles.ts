import "server-only";
import { cache } from "react";
import { connection } from "next/server";
import { findArticleView, listArticles } from "@/db/articles";
import { getPrisma } from "@/db/client";
import { listTerms } from "@/db/glossary";

/**
 * The pages' loaders; React `cache()` shares one load between a page and its metadata.
 * The library is per-request (`connection()`), so `next build` never opens the database.
 */
export const loadLibrary = cache(async () => {
  await connection();
  return listArticles(getPrisma());
});

/**
 * No `connection()` here: a pinned revision never changes, so its page may be rendered once
 * and cached (see app/[lng]/articles/[slug]/r/[revision]). It is never prerendered at build
 * time (no static params), so the build still never opens the database.
 */
export const loadArticle = cache(async (slug: string, revision?: number) => {
  return findArticleView(getPrisma(), slug, revision);
});

export const loadGlossary = cache(async () => listTerms(getPrisma()));
