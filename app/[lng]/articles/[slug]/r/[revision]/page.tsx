import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleViewSection } from "@/components/article/article-view";
import { pickTitle } from "@/core/titles";
import { getTranslation } from "@/i18n/server";
import { loadArticle } from "@/server/articles";
import { parseLocale, parseRevisionNumber, parseSlug } from "@/server/params";

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
  const [article, { t }] = await Promise.all([
    loadArticle(parseSlug(slug), parseRevisionNumber(revision)),
    getTranslation(locale),
  ]);
  if (!article) notFound();
  return <ArticleViewSection article={article} locale={locale} t={t} />;
}
