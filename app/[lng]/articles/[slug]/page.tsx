import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleViewSection } from "@/components/article/article-view";
import { pickTitle } from "@/core/titles";
import { getTranslation } from "@/i18n/server";
import { loadArticle } from "@/server/articles";
import { loadRevisionFlags } from "@/server/flags";
import { loadArticleReading } from "@/server/reading";
import { parseLocale, parseSlug } from "@/server/params";

/** Normally proxy.ts serves this URL from the pinned revision's cached page; this render is the fallback. */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lng: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, slug } = await params;
  const article = await loadArticle(parseSlug(slug));
  return { title: article ? (pickTitle(article.versions, parseLocale(lng))?.title ?? slug) : slug };
}

export default async function ArticlePage({ params }: Props) {
  const { lng, slug } = await params;
  const locale = parseLocale(lng);
  const [reading, { t }] = await Promise.all([loadArticleReading(parseSlug(slug)), getTranslation(locale)]);
  if (!reading) notFound();
  const flags = await loadRevisionFlags(reading.article.slug, reading.article.revision);
  return <ArticleViewSection {...reading} flags={flags} locale={locale} t={t} />;
}
