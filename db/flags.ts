import { flagFingerprint, isFlagKind, type ComputedFlag, type FlagDetails, type FlagKind, type FlagStatus } from "@/core/flags";
import type { FlagFilter, StoredFlag } from "@/core/flag-reports";
import type { Term } from "@/core/glossary";
import { isContentLanguage } from "@/core/languages";
import { termOfRecord } from "./glossary";
import { Prisma, type FlagKind as DbFlagKind, type PrismaClient } from "@/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/** core/flags writes kinds with hyphens, the database enum with underscores. */
export function toDbKind(kind: FlagKind): DbFlagKind {
  return kind.replaceAll("-", "_") as DbFlagKind;
}

function fromDbKind(kind: DbFlagKind): FlagKind {
  const hyphenated = kind.replaceAll("_", "-");
  if (!isFlagKind(hyphenated)) throw new Error(`Internal error: unknown flag kind "${kind}" in the database.`);
  return hyphenated;
}

/** The glossary as the checks take it, with each term's id at the same index (flags name terms by index). */
export async function loadGlossaryForChecks(db: Db): Promise<{ terms: Term[]; termIds: number[] }> {
  const rows = await db.term.findMany({ orderBy: { id: "asc" } });
  return {
    terms: rows.map(termOfRecord),
    termIds: rows.map((row) => row.id),
  };
}

/** The first key of the advisory lock storeRevisionFlags takes per revision (the second is the revision id). */
const FLAGS_LOCK_CLASS = 7_301;

/** The row of a revision a flag is stored against. */
export interface RevisionRowRef {
  id: number;
  position: number;
  anchor: number;
}

export async function listRevisionRowRefs(db: Db, revisionId: number): Promise<RevisionRowRef[]> {
  return db.row.findMany({ where: { revisionId }, orderBy: { position: "asc" }, select: { id: true, position: true, anchor: true } });
}

export interface RevisionFlagsInput {
  revisionId: number;
  rows: readonly RevisionRowRef[];
  flags: readonly ComputedFlag[];
  /** The glossary's term ids, indexed as the terms the flags were computed with. */
  termIds: readonly number[];
  /**
   * The revision whose review decisions carry over to flags with the same fingerprint (the
   * article's previous revision, on import), or null. Flags the revision already has keep their
   * own decision whatever this says.
   */
  carryReviewsFrom: number | null;
}

export interface StoredFlagsSummary {
  stored: number;
  /** New flags that received a decision from the previous revision. */
  carried: number;
  /** Flags the revision had that the checks no longer raise. */
  removed: number;
}

/**
 * Makes the stored flags of a revision those of `input.flags`, matched by fingerprint
 * (flagFingerprint with the row's anchor): a flag the revision already has stays as it is —
 * id, review and version — with its term link and details refreshed; a new flag takes the
 * review of the same fingerprint in `carryReviewsFrom`, if any; a stored flag the checks no
 * longer raise is deleted. Two computed flags with one fingerprint are one flag (the first).
 * Run it inside the caller's transaction, so a revision never has half its flags.
 */
export async function storeRevisionFlags(tx: Prisma.TransactionClient, input: RevisionFlagsInput): Promise<StoredFlagsSummary> {
  // Two recomputations of one revision (two glossary edits at once) take turns, so the second
  // compares against what the first stored instead of inserting the same new flags again.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FLAGS_LOCK_CLASS}::int, ${input.revisionId}::int)`;
  const rowByPosition = new Map(input.rows.map((row) => [row.position, row]));
  const wanted = new Map<string, { flag: ComputedFlag; row: RevisionRowRef }>();
  for (const flag of input.flags) {
    const row = rowByPosition.get(flag.rowPosition);
    if (!row) throw new Error(`Internal error: a flag names row ${flag.rowPosition}, which revision ${input.revisionId} lacks.`);
    const fingerprint = flagFingerprint(flag, row.anchor);
    if (!wanted.has(fingerprint)) wanted.set(fingerprint, { flag, row });
  }

  const existing = await tx.flag.findMany({
    where: { revisionId: input.revisionId },
    select: { id: true, fingerprint: true, termId: true, details: true },
  });
  const existingByFingerprint = new Map(existing.map((flag) => [flag.fingerprint, flag]));
  const removed = existing.filter((flag) => !wanted.has(flag.fingerprint)).map((flag) => flag.id);
  if (removed.length > 0) await tx.flag.deleteMany({ where: { id: { in: removed } } });

  const carriedReviews = input.carryReviewsFrom === null ? new Map<string, CarriedReview>() : await reviewsOf(tx, input.carryReviewsFrom);
  const created: Prisma.FlagCreateManyInput[] = [];
  let carried = 0;
  for (const [fingerprint, { flag, row }] of wanted) {
    const termId = flag.termIndex === null ? null : (input.termIds[flag.termIndex] ?? null);
    const details = flag.details as Prisma.InputJsonValue;
    const known = existingByFingerprint.get(fingerprint);
    if (known) {
      if (known.termId !== termId || JSON.stringify(known.details) !== JSON.stringify(flag.details)) {
        await tx.flag.update({ where: { id: known.id }, data: { termId, details } });
      }
      continue;
    }
    const review = carriedReviews.get(fingerprint);
    if (review) carried += 1;
    created.push({
      revisionId: input.revisionId,
      rowId: row.id,
      kind: toDbKind(flag.kind),
      language: flag.language,
      termId,
      termLabel: flag.term,
      expected: flag.expected,
      found: flag.found,
      details,
      fingerprint,
      ...(review ?? {}),
    });
  }
  for (let start = 0; start < created.length; start += 500) {
    await tx.flag.createMany({ data: created.slice(start, start + 500) });
  }
  return { stored: wanted.size, carried, removed: removed.length };
}

type CarriedReview = Pick<Prisma.FlagCreateManyInput, "status" | "reviewNote" | "reviewedBy" | "reviewedAt">;

/** The decisions taken on a revision's flags (anything but an untouched open flag), by fingerprint. */
async function reviewsOf(tx: Prisma.TransactionClient, revisionId: number): Promise<Map<string, CarriedReview>> {
  const reviewed = await tx.flag.findMany({
    where: { revisionId, OR: [{ status: { not: "open" } }, { reviewedBy: { not: null } }] },
    select: { fingerprint: true, status: true, reviewNote: true, reviewedBy: true, reviewedAt: true },
  });
  return new Map(reviewed.map(({ fingerprint, ...review }) => [fingerprint, review]));
}

const flagColumns = {
  id: true,
  kind: true,
  language: true,
  termLabel: true,
  expected: true,
  found: true,
  details: true,
  status: true,
  reviewNote: true,
  reviewedBy: true,
  reviewedAt: true,
  version: true,
  row: { select: { position: true, anchor: true } },
  revision: { select: { number: true, article: { select: { slug: true } } } },
} satisfies Prisma.FlagSelect;

type FlagRecord = Prisma.FlagGetPayload<{ select: typeof flagColumns }>;

function toStoredFlag(record: FlagRecord): StoredFlag {
  return {
    id: record.id,
    slug: record.revision.article.slug,
    revision: record.revision.number,
    rowPosition: record.row.position,
    anchor: record.row.anchor,
    kind: fromDbKind(record.kind),
    language: isContentLanguage(record.language) ? record.language : "en",
    term: record.termLabel,
    expected: record.expected,
    found: record.found,
    details: readDetails(record.details),
    review: {
      status: record.status,
      note: record.reviewNote,
      reviewedBy: record.reviewedBy,
      reviewedAt: record.reviewedAt?.toISOString() ?? null,
    },
    version: record.version,
  };
}

/** Details are written by storeRevisionFlags from FlagDetails; anything else reads as none. */
function readDetails(value: Prisma.JsonValue): FlagDetails {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as FlagDetails) : {};
}

/** Which flags: those of one revision, or those of every article's latest revision (optionally one article's). */
export type FlagScope =
  | { revisionId: number }
  | { slug: string; revision: number }
  | { latestOf: "corpus" }
  | { latestOf: { slug: string } };

async function revisionIdsOf(db: Db, scope: FlagScope): Promise<number[]> {
  if ("revisionId" in scope) return [scope.revisionId];
  if ("revision" in scope) {
    const found = await db.revision.findFirst({ where: { article: { slug: scope.slug }, number: scope.revision }, select: { id: true } });
    return found === null ? [] : [found.id];
  }
  return latestRevisionIds(db, scope.latestOf === "corpus" ? undefined : scope.latestOf.slug);
}

/** The ids of every article's latest revision (or of one article's: zero or one id). */
export async function latestRevisionIds(db: Db, slug?: string): Promise<number[]> {
  const rows = slug === undefined
    ? await db.$queryRaw<{ id: number }[]>`
        SELECT DISTINCT ON ("articleId") id FROM "Revision" ORDER BY "articleId", number DESC`
    : await db.$queryRaw<{ id: number }[]>`
        SELECT r.id FROM "Revision" r JOIN "Article" a ON a.id = r."articleId"
        WHERE a.slug = ${slug} ORDER BY r.number DESC LIMIT 1`;
  return rows.map((row) => row.id);
}

/** Every article's latest revision: its id, the article's slug and the revision's number. */
export async function listLatestRevisions(db: Db): Promise<{ revisionId: number; slug: string; number: number }[]> {
  return db.$queryRaw<{ revisionId: number; slug: string; number: number }[]>`
    SELECT DISTINCT ON (r."articleId") r.id AS "revisionId", a.slug, r.number
    FROM "Revision" r JOIN "Article" a ON a.id = r."articleId"
    ORDER BY r."articleId", r.number DESC`;
}

/** How many flags and term uses a revision has stored (0: it was never checked, or is spotless with no glossary term). */
export async function countRevisionChecks(db: Db, revisionId: number): Promise<number> {
  const [flags, uses] = await Promise.all([db.flag.count({ where: { revisionId } }), db.termUse.count({ where: { revisionId } })]);
  return flags + uses;
}

async function whereOf(db: Db, scope: FlagScope, filter: FlagFilter): Promise<Prisma.FlagWhereInput> {
  const revisionIds = await revisionIdsOf(db, scope);
  return {
    revisionId: { in: revisionIds },
    ...(filter.kind === undefined ? {} : { kind: toDbKind(filter.kind) }),
    ...(filter.language === undefined ? {} : { language: filter.language }),
    ...(filter.status === undefined ? {} : { status: filter.status }),
  };
}

/**
 * The flags of `scope` that pass `filter`, in reading order: by article slug, row, kind
 * and language. `limit`/`offset` read a page of them.
 */
export async function listFlags(
  db: Db,
  scope: FlagScope,
  filter: FlagFilter = {},
  page: { offset: number; limit: number } | null = null,
): Promise<{ flags: StoredFlag[]; total: number }> {
  const where = await whereOf(db, scope, filter);
  const [records, total] = await Promise.all([
    db.flag.findMany({
      where,
      select: flagColumns,
      orderBy: [{ revision: { article: { slug: "asc" } } }, { row: { position: "asc" } }, { kind: "asc" }, { language: "asc" }, { id: "asc" }],
      ...(page === null ? {} : { skip: page.offset, take: page.limit }),
    }),
    db.flag.count({ where }),
  ]);
  return { flags: records.map(toStoredFlag), total };
}

/** How many flags of `scope` pass `filter`, per kind and status (kinds and statuses with none are absent). */
export async function countFlagsByKindAndStatus(
  db: Db,
  scope: FlagScope,
  filter: FlagFilter = {},
): Promise<{ kind: FlagKind; status: FlagStatus; count: number }[]> {
  const groups = await db.flag.groupBy({ by: ["kind", "status"], where: await whereOf(db, scope, filter), _count: { _all: true } });
  return groups.map((group) => ({ kind: fromDbKind(group.kind), status: group.status, count: group._count._all }));
}

/** One flag by id, or null. */
export async function findFlag(db: Db, id: number): Promise<StoredFlag | null> {
  const record = await db.flag.findUnique({ where: { id }, select: flagColumns });
  return record === null ? null : toStoredFlag(record);
}

export interface ReviewDecision {
  status: FlagStatus;
  note: string | null;
  /** The flag version the reviewer saw. */
  expectedVersion: number;
}

export type ReviewResult =
  | { status: "reviewed"; flag: StoredFlag }
  | { status: "conflict"; flag: StoredFlag }
  | { status: "not-found" };

/**
 * Records `editor`'s decision on flag `id` when the flag is still at `expectedVersion`, with an
 * audit entry (before and after), in one transaction. When another review came first the flag
 * is left alone and comes back as it now is (`conflict`); of concurrent reviews of one version
 * exactly one is recorded, since the update is conditional on the version it raises.
 */
export async function reviewFlag(prisma: PrismaClient, id: number, decision: ReviewDecision, editor: string, now = new Date()): Promise<ReviewResult> {
  return prisma.$transaction(async (tx) => {
    const before = await findFlag(tx, id);
    if (before === null) return { status: "not-found" } as const;
    const updated = await tx.flag.updateMany({
      where: { id, version: decision.expectedVersion },
      data: {
        status: decision.status,
        reviewNote: decision.note,
        reviewedBy: editor,
        reviewedAt: now,
        version: { increment: 1 },
      },
    });
    const after = await findFlag(tx, id);
    if (after === null) return { status: "not-found" } as const;
    if (updated.count === 0) return { status: "conflict", flag: after } as const;
    await tx.auditEntry.create({
      data: {
        editor,
        action: "flag.review",
        entity: "flag",
        entityId: id,
        before: auditRecord(before),
        after: auditRecord(after),
        at: now,
      },
    });
    return { status: "reviewed", flag: after } as const;
  }, { maxWait: 30_000, timeout: 30_000 });
}

function auditRecord(flag: StoredFlag): Prisma.InputJsonValue {
  return {
    slug: flag.slug,
    revision: flag.revision,
    anchor: flag.anchor,
    kind: flag.kind,
    language: flag.language,
    term: flag.term,
    expected: flag.expected,
    found: flag.found,
    status: flag.review.status,
    note: flag.review.note,
    reviewedBy: flag.review.reviewedBy,
    reviewedAt: flag.review.reviewedAt,
    version: flag.version,
  };
}

/**
 * A stamp that changes whenever what the article pages show of flags and terms may have: a
 * review (flag versions only grow), flags added or removed (by an import or a recomputation),
 * and any glossary edit (a term's version and update time, the terms' count and newest id).
 */
export async function findFlagsStamp(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<{ flags: string; terms: string }[]>`
    SELECT
      (SELECT concat_ws('-', count(*), max(id), sum(version)) FROM "Flag") AS flags,
      (SELECT concat_ws('-', count(*), max(id), sum(version), extract(epoch FROM max("updatedAt"))) FROM "Term") AS terms`;
  return `${row?.flags ?? ""}/${row?.terms ?? ""}`;
}
