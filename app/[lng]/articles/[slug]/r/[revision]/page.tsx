import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleViewSection } from "@/components/article/article-view";
import { pickTitle } from "@/core/titles";
import { getTranslation } from "@/i18n/server";
import { loadArticle } from "@/server/articles";
import { loadArticleReading } from "@/server/reading";
import { parseLocale, parseRevisionNumber, parseSlug } from "@/server/params";

/**
 * Rendered on the first request and then served from Next's cache: a revision never
 * changes. The page is rebuilt at most every few minutes in the background, so that a
 * glossary edit reaches its highlights.
 */
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ lng: string; slug: string; revision: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, slug, revision } = await params;
  const article = await loadArticle(parseSlug(slug), parseRevisionNumber(revision));
  return { title: article ? (pickTitle(article.versions, parseLocale(lng))?.title ?? slug) : slug };
}

/** A pinned revision: citations link here so that their meaning never silently changes. */
export default async function PinnedRevisionPage({ params }: Props) {
  const { lng, slug, revision } = await params;
  const locale = parseLocale(lng);
  const [reading, { t }] = await Promise.all([
    loadArticleReading(parseSlug(slug), parseRevisionNumber(revision)),
    getTranslation(locale),
  ]);
  if (!reading) notFound();
  return <ArticleViewSection {...reading} locale={locale} t={t} />;
}
