import type { ArticleSummary, StoredArticle, StoredRow } from "@/core/article";
import { CONTENT_LANGUAGES, isContentLanguage, perLanguage, type ContentLanguage } from "@/core/languages";
import { readSentenceLinks } from "@/core/sentences";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

/**
 * A revision's content is read in three queries whose parameters do not grow with its size:
 * the revision with its versions, its rows, and the paragraphs of its (at most three)
 * versions, joined here. Prisma's nested `include` of rows → paragraphs sent one bound
 * parameter per row id, and a 50,000-row revision failed with P2029 (too many parameters).
 */
const revisionWithVersions = {
  versions: { orderBy: { language: "asc" } },
} satisfies Prisma.RevisionInclude;

type RevisionWithVersions = Prisma.RevisionGetPayload<{ include: typeof revisionWithVersions }>;

const rowColumns = {
  id: true,
  position: true,
  anchor: true,
  confidence: true,
  reasons: true,
  status: true,
  sentenceLinks: true,
} satisfies Prisma.RowSelect;

type RowRecord = Prisma.RowGetPayload<{ select: typeof rowColumns }>;

const paragraphColumns = { rowId: true, versionId: true, position: true, text: true } satisfies Prisma.ParagraphSelect;

type ParagraphRecord = Prisma.ParagraphGetPayload<{ select: typeof paragraphColumns }>;

/** One page of the library and the number of articles in it. */
export interface ArticlePage {
  articles: ArticleSummary[];
  /** Articles in the whole library (those with at least one revision). */
  total: number;
}

/**
 * The articles from the `offset`-th (0-based) on, at most `limit` of them, each with its
 * latest revision's titles and row count, newest publication first (undated ones last, ties
 * by slug in code-point order). Reads only the page's articles: the library's cost does not
 * grow with its size beyond the ordering itself.
 */
export async function listArticlePage(prisma: PrismaClient, offset: number, limit: number): Promise<ArticlePage> {
  const [latest, [counted]] = await Promise.all([
    prisma.$queryRaw<{ slug: string; revisionId: number; number: number; publishedAt: string | null }[]>`
      SELECT a.slug, r.id AS "revisionId", r.number, r."publishedAt"
      FROM "Article" a
      JOIN LATERAL (
        SELECT id, number, "publishedAt" FROM "Revision" WHERE "articleId" = a.id ORDER BY number DESC LIMIT 1
      ) r ON true
      ORDER BY r."publishedAt" DESC NULLS LAST, a.slug COLLATE "C" ASC
      LIMIT ${limit} OFFSET ${offset}`,
    prisma.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "Article" a WHERE EXISTS (SELECT 1 FROM "Revision" WHERE "articleId" = a.id)`,
  ]);
  const revisionIds = latest.map((row) => row.revisionId);
  const [versions, rowCounts] = await Promise.all([
    prisma.version.findMany({ where: { revisionId: { in: revisionIds } }, select: { revisionId: true, language: true, title: true } }),
    prisma.row.groupBy({ by: ["revisionId"], where: { revisionId: { in: revisionIds } }, _count: { _all: true } }),
  ]);
  const rowsOf = new Map(rowCounts.map((count) => [count.revisionId, count._count._all]));
  const articles = latest.map(
    (row): ArticleSummary => ({
      slug: row.slug,
      publishedAt: row.publishedAt,
      latestRevision: row.number,
      rowCount: rowsOf.get(row.revisionId) ?? 0,
      versions: sortByLanguage(
        versions.flatMap((v) =>
          v.revisionId === row.revisionId && isContentLanguage(v.language) ? [{ language: v.language, title: v.title }] : [],
        ),
      ),
    }),
  );
  return { articles, total: counted?.total ?? 0 };
}

/**
 * A stamp that changes whenever the library's content may have: an import that adds an
 * article or a revision (revision ids only grow) or a removal (the count drops). Two cheap
 * aggregates over the revisions' primary key.
 */
export async function findLibraryStamp(prisma: PrismaClient): Promise<string> {
  const [row] = await prisma.$queryRaw<{ revisions: number; newest: number }[]>`
    SELECT count(*)::int AS revisions, coalesce(max(id), 0)::int AS newest FROM "Revision"`;
  return `${row?.revisions ?? 0}-${row?.newest ?? 0}`;
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
    include: revisionWithVersions,
  });
  if (!found) return null;
  const [rows, paragraphs] = await Promise.all([
    prisma.row.findMany({ where: { revisionId: found.id }, orderBy: { position: "asc" }, select: rowColumns }),
    prisma.paragraph.findMany({
      where: { versionId: { in: found.versions.map((version) => version.id) } },
      orderBy: [{ versionId: "asc" }, { position: "asc" }],
      select: paragraphColumns,
    }),
  ]);
  return toStoredArticle(slug, latestRevision, found, rows, paragraphs);
}

export async function countArticles(prisma: PrismaClient): Promise<number> {
  return prisma.article.count();
}

function toStoredArticle(
  slug: string,
  latestRevision: number,
  revision: RevisionWithVersions,
  rows: readonly RowRecord[],
  paragraphs: readonly ParagraphRecord[],
): StoredArticle {
  const languageOfVersion = new Map(revision.versions.map((version) => [version.id, version.language]));
  const paragraphsOfRow = new Map<number, ParagraphRecord[]>();
  for (const paragraph of paragraphs) {
    const list = paragraphsOfRow.get(paragraph.rowId);
    if (list === undefined) paragraphsOfRow.set(paragraph.rowId, [paragraph]);
    else list.push(paragraph);
  }
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
    rows: rows.map((row): StoredRow => {
      const own = paragraphsOfRow.get(row.id) ?? [];
      return {
        position: row.position,
        anchor: row.anchor,
        confidence: row.confidence,
        reasons: row.reasons,
        status: row.status,
        paragraphs: perLanguage((language) =>
          own.filter((p) => languageOfVersion.get(p.versionId) === language).map((p) => ({ position: p.position, text: p.text })),
        ),
        sentenceLinks: readSentenceLinks(row.sentenceLinks),
      };
    }),
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
