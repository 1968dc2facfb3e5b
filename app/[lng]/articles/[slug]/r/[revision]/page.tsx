import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleViewSection } from "@/components/article/article-view";
import { pickTitle } from "@/core/titles";
import { getTranslation } from "@/i18n/server";
import { loadArticle } from "@/server/articles";
import { loadRevisionFlags } from "@/server/flags";
import { loadArticleReading } from "@/server/reading";
import { parseLocale, parseRevisionNumber, parseSlug } from "@/server/params";

/**
 * Rendered per request: a revision's text never changes, but the reviews of its flags and the
 * glossary do. proxy.ts renders it once per flags stamp and serves its bytes from memory
 * (server/flags-stamp, server/page-memory), so a review or a glossary edit shows on the next
 * load and readers do not pay for a render each.
 */
export const dynamic = "force-dynamic";

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
  const [reading, flags, { t }] = await Promise.all([
    loadArticleReading(parseSlug(slug), parseRevisionNumber(revision)),
    loadRevisionFlags(parseSlug(slug), parseRevisionNumber(revision)),
    getTranslation(locale),
  ]);
  if (!reading) notFound();
  return <ArticleViewSection {...reading} flags={flags} locale={locale} t={t} />;
}
