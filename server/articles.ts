import "server-only";
import { cache } from "react";
import { connection } from "next/server";
import { LIBRARY_PAGE_SIZE, pageOffset } from "@/core/pagination";
import { findArticleView, listArticlePage } from "@/db/articles";
import { getPrisma } from "@/db/client";
import { listTerms } from "@/db/glossary";

/**
 * The pages' loaders; React `cache()` shares one load between a page and its metadata.
 * The library is per-request (`connection()`), so `next build` never opens the database;
 * proxy.ts keeps each of its pages in memory until an import changes the library.
 * `page` is 1-based; a page past the end comes back empty.
 */
export const loadLibraryPage = cache(async (page: number) => {
  await connection();
  return listArticlePage(getPrisma(), pageOffset(page, LIBRARY_PAGE_SIZE), LIBRARY_PAGE_SIZE);
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
