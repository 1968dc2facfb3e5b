import type { ArticleSummary, StoredArticle, StoredRow } from "@/core/article";
import { CONTENT_LANGUAGES, isContentLanguage, perLanguage, type ContentLanguage } from "@/core/languages";
import { readSentenceLinks } from "@/core/sentences";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

const revisionWithContent = {
  versions: { orderBy: { language: "asc" } },
  rows: {
    orderBy: { position: "asc" },
    include: {
      paragraphs: { orderBy: { position: "asc" }, include: { version: { select: { language: true } } } },
    },
  },
} satisfies Prisma.RevisionInclude;

type RevisionWithContent = Prisma.RevisionGetPayload<{ include: typeof revisionWithContent }>;

/** Every article with its latest revision's titles, newest publication first. */
export async function listArticles(prisma: PrismaClient): Promise<ArticleSummary[]> {
  const articles = await prisma.article.findMany({
    include: {
      revisions: {
        orderBy: { number: "desc" },
        take: 1,
        include: { versions: { select: { language: true, title: true } }, _count: { select: { rows: true } } },
      },
    },
  });
  return articles
    .flatMap((article) => {
      const latest = article.revisions[0];
      if (!latest) return [];
      return [
        {
          slug: article.slug,
          publishedAt: latest.publishedAt,
          latestRevision: latest.number,
          rowCount: latest._count.rows,
          versions: sortByLanguage(
            latest.versions.flatMap((v) => (isContentLanguage(v.language) ? [{ language: v.language, title: v.title }] : [])),
          ),
        },
      ];
    })
    .sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "") || a.slug.localeCompare(b.slug));
}

/** An article's revision `revision` (the latest when omitted), or null when there is none. */
export async function findArticleView(
  prisma: PrismaClient,
  slug: string,
  revision?: number,
): Promise<StoredArticle | null> {
  const article = await prisma.article.findUnique({
    where: { slug },
    include: { revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true } } },
  });
  const latestRevision = article?.revisions[0]?.number;
  if (!article || latestRevision === undefined) return null;
  const found = await prisma.revision.findUnique({
    where: { articleId_number: { articleId: article.id, number: revision ?? latestRevision } },
    include: revisionWithContent,
  });
  return found ? toStoredArticle(slug, latestRevision, found) : null;
}

export async function countArticles(prisma: PrismaClient): Promise<number> {
  return prisma.article.count();
}

function toStoredArticle(slug: string, latestRevision: number, revision: RevisionWithContent): StoredArticle {
  return {
    slug,
    revision: revision.number,
    latestRevision,
    publishedAt: revision.publishedAt,
    createdAt: revision.createdAt.toISOString(),
    versions: sortByLanguage(
      revision.versions.flatMap((v) =>
        isContentLanguage(v.language)
          ? [{ language: v.language, title: v.title, byline: v.byline, publishedAt: v.publishedAt, source: v.source }]
          : [],
      ),
    ),
    rows: revision.rows.map(
      (row): StoredRow => ({
        position: row.position,
        anchor: row.anchor,
        confidence: row.confidence,
        reasons: row.reasons,
        status: row.status,
        paragraphs: perLanguage((language) =>
          row.paragraphs
            .filter((p) => p.version.language === language)
            .map((p) => ({ position: p.position, text: p.text })),
        ),
        sentenceLinks: readSentenceLinks(row.sentenceLinks),
      }),
    ),
  };
}

function sortByLanguage<T extends { language: ContentLanguage }>(items: T[]): T[] {
  return [...items].sort((a, b) => CONTENT_LANGUAGES.indexOf(a.language) - CONTENT_LANGUAGES.indexOf(b.language));
}

/** The number of an article's newest revision, or null when there is no such article. */
export async function findLatestRevisionNumber(prisma: PrismaClient, slug: string): Promise<number | null> {
  const latest = await prisma.revision.findFirst({
    where: { article: { slug } },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  return latest?.number ?? null;
}
