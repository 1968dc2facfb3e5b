import { createHash } from "node:crypto";
import { assignAnchors, type RowTexts } from "@/core/permalinks";
import { CONTENT_LANGUAGES, isContentLanguage, perLanguage, type ContentLanguage } from "@/core/languages";
import type { PreparedRevision } from "@/core/pipeline";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";

export type SaveRevisionResult =
  | { status: "created"; slug: string; revision: number; rows: number }
  | { status: "unchanged"; slug: string; revision: number; rows: number; sentenceLinksAdded: number };

/** A revision just created, as the work that joins its transaction sees it. */
export interface CreatedRevision {
  revisionId: number;
  /** The article's revision before this one, or null for its first. */
  previousRevisionId: number | null;
  /** The new revision's rows with their ids and carried-over anchors, in order. */
  rows: { id: number; position: number; anchor: number }[];
}

export interface SaveRevisionOptions {
  /**
   * More to write with a new revision, in its transaction (the import stores its flags here),
   * so a failure there stores nothing of the revision either.
   */
  afterCreate?: (tx: Prisma.TransactionClient, created: CreatedRevision) => Promise<void>;
}

/**
 * Stores a prepared revision of the article `slug` in one transaction: either everything is
 * written or nothing is. Content identical to the latest revision adds no revision (it only
 * fills in sentence links its rows lack, see addMissingSentenceLinks); changed content
 * becomes revision n+1, with row anchors carried over from revision n where the text survives.
 */
export async function saveRevision(
  prisma: PrismaClient,
  slug: string,
  prepared: PreparedRevision,
  options: SaveRevisionOptions = {},
): Promise<SaveRevisionResult> {
  const contentHash = hashContent(prepared);
  try {
    return await prisma.$transaction(
      async (tx) => {
        const article = await tx.article.findUnique({ where: { slug } });
        const latest = article
          ? await tx.revision.findFirst({ where: { articleId: article.id }, orderBy: { number: "desc" } })
          : null;
        if (latest && latest.contentHash === contentHash) {
          const rows = await tx.row.count({ where: { revisionId: latest.id } });
          const sentenceLinksAdded = await addMissingSentenceLinks(tx, latest.id, prepared);
          return { status: "unchanged", slug, revision: latest.number, rows, sentenceLinksAdded } as const;
        }
        const articleId = article?.id ?? (await tx.article.create({ data: { slug } })).id;
        if (article) await tx.article.update({ where: { id: article.id }, data: { updatedAt: new Date() } });

        const anchors = await anchorsForNewRows(tx, articleId, latest?.id ?? null, prepared);
        const revision = await tx.revision.create({
          data: { articleId, number: (latest?.number ?? 0) + 1, contentHash, publishedAt: prepared.publishedAt },
        });
        const versionIds = new Map<ContentLanguage, number>();
        for (const version of prepared.versions) {
          const created = await tx.version.create({
            data: {
              revisionId: revision.id,
              language: version.language,
              title: version.document.title,
              byline: version.document.byline,
              publishedAt: version.document.publishedAt,
              source: version.source,
              encoding: version.encoding,
              textHash: sha256(version.document.paragraphs.join("\n")),
            },
          });
          versionIds.set(version.language, created.id);
        }
        const rows = await tx.row.createManyAndReturn({
          data: prepared.rows.map((row, position) => ({
            revisionId: revision.id,
            position,
            anchor: anchors[position] ?? position + 1,
            confidence: row.confidence,
            reasons: row.reasons,
            sentenceLinks: row.sentenceLinks,
          })),
          select: { id: true, position: true, anchor: true },
        });
        const rowIdByPosition = new Map(rows.map((row) => [row.position, row.id]));
        const paragraphs = prepared.rows.flatMap((row, rowPosition) =>
          CONTENT_LANGUAGES.flatMap((language) =>
            row.paragraphs[language].map((paragraphPosition) => ({
              versionId: versionIds.get(language) ?? missing(`version ${language}`),
              position: paragraphPosition,
              text: paragraphText(prepared, language, paragraphPosition),
              rowId: rowIdByPosition.get(rowPosition) ?? missing(`row ${rowPosition}`),
            })),
          ),
        );
        // Small batches: Prisma's createMany payload, not the database, dominates memory.
        for (let start = 0; start < paragraphs.length; start += 500) {
          await tx.paragraph.createMany({ data: paragraphs.slice(start, start + 500) });
        }
        await options.afterCreate?.(tx, {
          revisionId: revision.id,
          previousRevisionId: latest?.id ?? null,
          rows: [...rows].sort((a, b) => a.position - b.position),
        });
        return { status: "created", slug, revision: revision.number, rows: rows.length } as const;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new Error(
        `Another import of "${slug}" was saved at the same moment; nothing of this one was stored. Run it again.`,
      );
    }
    throw error;
  }
}

/**
 * Rows stored before sentences were linked hold null. Importing the same content again gives
 * them the links of the prepared row made of the same paragraphs, so earlier imports gain
 * sentence lighting without a new revision. A stored row the aligner now groups otherwise
 * keeps null: it still renders, only without sentence lighting. Returns the rows filled in.
 */
async function addMissingSentenceLinks(
  tx: Prisma.TransactionClient,
  revisionId: number,
  prepared: PreparedRevision,
): Promise<number> {
  const unlinked = await tx.row.findMany({
    where: { revisionId, sentenceLinks: { equals: Prisma.DbNull } },
    select: { id: true, paragraphs: { select: { position: true, version: { select: { language: true } } } } },
  });
  if (unlinked.length === 0) return 0;
  const linksByParagraphs = new Map(prepared.rows.map((row) => [paragraphsKey(row.paragraphs), row.sentenceLinks]));
  let added = 0;
  for (const row of unlinked) {
    const positions = perLanguage((language) =>
      row.paragraphs.filter((p) => p.version.language === language).map((p) => p.position),
    );
    const links = linksByParagraphs.get(paragraphsKey(positions));
    if (links === undefined) continue;
    await tx.row.update({ where: { id: row.id }, data: { sentenceLinks: links } });
    added += 1;
  }
  return added;
}

/** Identifies a row by its paragraphs' positions in each language (order-free). */
function paragraphsKey(paragraphs: Record<ContentLanguage, readonly number[]>): string {
  return CONTENT_LANGUAGES.map((language) => [...paragraphs[language]].sort((a, b) => a - b).join(",")).join("|");
}

async function anchorsForNewRows(
  tx: Prisma.TransactionClient,
  articleId: number,
  previousRevisionId: number | null,
  prepared: PreparedRevision,
): Promise<number[]> {
  const newRows: RowTexts[] = prepared.rows.map((row) => perLanguage((language) =>
    row.paragraphs[language].map((position) => paragraphText(prepared, language, position)),
  ));
  if (previousRevisionId === null) return assignAnchors(newRows, [], 0);
  const highest = await tx.row.aggregate({ where: { revision: { articleId } }, _max: { anchor: true } });
  const previousRows = await tx.row.findMany({
    where: { revisionId: previousRevisionId },
    orderBy: { position: "asc" },
    select: { anchor: true, paragraphs: { select: { text: true, version: { select: { language: true } } } } },
  });
  const previous = previousRows.map((row) => ({
    anchor: row.anchor,
    texts: perLanguage((language) =>
      row.paragraphs.filter((p) => p.version.language === language).map((p) => p.text),
    ),
  }));
  return assignAnchors(newRows, previous, highest._max.anchor ?? 0);
}

function paragraphText(prepared: PreparedRevision, language: ContentLanguage, position: number): string {
  const version = prepared.versions.find((v) => v.language === language);
  return version?.document.paragraphs[position] ?? missing(`${language} paragraph ${position}`);
}

/** A stable digest of everything a revision shows: titles, bylines, dates and paragraphs. */
function hashContent(prepared: PreparedRevision): string {
  return sha256(
    JSON.stringify(
      prepared.versions.map((version) => [
        version.language,
        version.document.title,
        version.document.byline,
        version.document.publishedAt,
        version.document.paragraphs,
      ]),
    ),
  );
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function missing(what: string): never {
  throw new Error(`Internal error: ${what} is missing from the prepared revision.`);
}

/** The languages and titles of the latest revision of `slug`, or null when there is no such article. */
export async function findLatestHeadings(
  prisma: PrismaClient,
  slug: string,
): Promise<{ language: ContentLanguage; title: string | null }[] | null> {
  const latest = await prisma.revision.findFirst({
    where: { article: { slug } },
    orderBy: { number: "desc" },
    select: { versions: { select: { language: true, title: true } } },
  });
  if (latest === null) return null;
  return latest.versions.flatMap((version) =>
    isContentLanguage(version.language) ? [{ language: version.language, title: version.title }] : [],
  );
}
