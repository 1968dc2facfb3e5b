import { InputError } from "@/core/errors";
import { DuplicateTermError, TermConflictError, TermNotFoundError, type StoredTerm, type Term } from "@/core/glossary";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { recordAudit } from "./audit";

/** The glossary in a stable order (by id, i.e. the order it was loaded in). */
export async function listTerms(prisma: PrismaClient): Promise<Term[]> {
  const rows = await prisma.term.findMany({ orderBy: { id: "asc" } });
  return rows.map(termOfRecord);
}

/** A stored term as core/glossary's Term (without its id, version and time). */
export function termOfRecord(row: TermRecord): Term {
  return {
    english: row.english,
    hansPreferred: row.hansPreferred,
    hantPreferred: row.hantPreferred,
    hansAllowed: row.hansAllowed,
    hantAllowed: row.hantAllowed,
    hansForbidden: row.hansForbidden,
    hantForbidden: row.hantForbidden,
    note: row.note,
    noteZhHans: row.noteZhHans,
    noteZhHant: row.noteZhHant,
    source: row.source,
  };
}

export interface ReplaceGlossaryOptions {
  /** An empty `terms` may replace a glossary that has terms (default: refused). */
  allowEmpty?: boolean;
  /** Who replaces it, for the audit log ("glossary.replace" with every term before and after). */
  editor?: string;
}

/**
 * Replaces the whole glossary with `terms` in one transaction (a glossary file is the
 * source of truth for the concepts it lists). A concept is known by its pair of preferred
 * renderings: one already stored keeps its id (and so its history and the flags that name
 * it) and is updated only where the file changes it, raising its version, so that an editor
 * who loaded the older version is told rather than overwritten; new pairs are added in file
 * order after the others, and stored pairs the file lacks are removed (flags that pointed at
 * them keep their text and lose the link).
 *
 * @throws InputError(source, …) when `terms` is empty and the glossary is not, unless
 *   `allowEmpty`: a header-only file wiped a 15-term glossary without a word.
 */
export async function replaceGlossary(
  prisma: PrismaClient,
  terms: readonly Term[],
  source: string,
  options: ReplaceGlossaryOptions = {},
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    if (terms.length === 0 && options.allowEmpty !== true) {
      const existing = await tx.term.count();
      if (existing > 0) {
        throw new InputError(
          source,
          `the file has no terms and would delete all ${existing} terms of the glossary; nothing was changed (pass --allow-empty to empty it)`,
        );
      }
    }
    // No edit may slip in between reading the glossary and replacing it: the audit's "before"
    // is then exactly what was replaced, and a concurrent save waits, then meets a new version.
    await tx.$executeRawUnsafe('LOCK TABLE "Term" IN SHARE ROW EXCLUSIVE MODE');
    const before = await tx.term.findMany({ orderBy: { id: "asc" } });
    const storedByPair = new Map(before.map((row) => [pairKey(row), row]));
    const wanted = new Set(terms.map(pairKey));
    const removed = before.filter((row) => !wanted.has(pairKey(row))).map((row) => row.id);
    if (removed.length > 0) await tx.term.deleteMany({ where: { id: { in: removed } } });
    const added: Term[] = [];
    for (const term of terms) {
      const stored = storedByPair.get(pairKey(term));
      // The source the file names for a concept, else the file itself.
      const data = { ...term, source: term.source ?? source };
      if (!stored) added.push(data);
      else if (!sameConcept(stored, data)) await tx.term.update({ where: { id: stored.id }, data: { ...data, version: { increment: 1 } } });
    }
    await tx.term.createMany({ data: added });
    if (options.editor !== undefined) {
      await recordAudit(tx, {
        editor: options.editor,
        action: "glossary.replace",
        entity: "glossary",
        entityId: null,
        before: { terms: before.map(toStoredTerm) },
        after: { source, terms },
      });
    }
    return terms.length;
  }, { maxWait: 30_000, timeout: 60_000 });
}

const TRANSACTION_TIMES = { maxWait: 30_000, timeout: 60_000 };

function pairKey(term: { hansPreferred: string; hantPreferred: string }): string {
  return `${term.hansPreferred}\u0000${term.hantPreferred}`;
}

/** Whether a stored term already says what `term` says (its id and version aside). */
function sameConcept(stored: TermRecord, term: Term & { source: string }): boolean {
  const fields = ["english", "hansAllowed", "hantAllowed", "hansForbidden", "hantForbidden", "note", "noteZhHans", "noteZhHant", "source"] as const;
  return fields.every((field) => JSON.stringify(stored[field]) === JSON.stringify(term[field] ?? null));
}

/** Every term with its id and version, in the glossary's order (by id). */
export async function listStoredTerms(prisma: PrismaClient): Promise<StoredTerm[]> {
  return (await prisma.term.findMany({ orderBy: { id: "asc" } })).map(toStoredTerm);
}

export async function findStoredTerm(prisma: PrismaClient, id: number): Promise<StoredTerm | null> {
  const row = await prisma.term.findUnique({ where: { id } });
  return row ? toStoredTerm(row) : null;
}

/**
 * Adds a term (version 1) and its "term.create" audit entry, in one transaction.
 * @throws DuplicateTermError when another term has the same preferred pair.
 */
export async function createTerm(prisma: PrismaClient, term: Term, editor: string): Promise<StoredTerm> {
  return prisma.$transaction(async (tx) => {
    await refuseDuplicate(tx, term, null);
    const created = toStoredTerm(await insistUnique(term, () => tx.term.create({ data: { ...term, source: term.source ?? null } })));
    await recordAudit(tx, { editor, action: "term.create", entity: "term", entityId: created.id, before: null, after: created });
    return created;
  }, TRANSACTION_TIMES);
}

/**
 * Replaces term `id` with `term` if it is still at `seenVersion` (the version the editor
 * loaded), raising its version; records "term.update" with before and after, in one
 * transaction. The write itself is conditional on the version (UPDATE … WHERE id AND
 * version), so of two writers who saw the same version exactly one succeeds, whatever the
 * interleaving: the second waits for the first's row lock and then matches no row.
 * @throws TermConflictError (carrying the stored term) when the version moved on,
 *   TermNotFoundError when the term is gone, DuplicateTermError for another term's pair.
 */
export async function updateTerm(prisma: PrismaClient, id: number, seenVersion: number, term: Term, editor: string): Promise<StoredTerm> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.term.findUnique({ where: { id } });
    if (!before) throw new TermNotFoundError(id);
    if (before.version !== seenVersion) throw new TermConflictError(toStoredTerm(before));
    await refuseDuplicate(tx, term, id);
    const { count } = await insistUnique(term, () =>
      tx.term.updateMany({ where: { id, version: seenVersion }, data: { ...term, version: { increment: 1 } } }),
    );
    if (count === 0) throw await conflictOrGone(tx, id);
    const after = await tx.term.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { editor, action: "term.update", entity: "term", entityId: id, before: toStoredTerm(before), after: toStoredTerm(after) });
    return toStoredTerm(after);
  }, TRANSACTION_TIMES);
}

/**
 * Deletes term `id` if it is still at `seenVersion`, recording "term.delete" with the
 * deleted term as before, in one transaction. Flags that named it keep their text.
 * @throws TermConflictError when the version moved on, TermNotFoundError when it is gone.
 */
export async function deleteTerm(prisma: PrismaClient, id: number, seenVersion: number, editor: string): Promise<StoredTerm> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.term.findUnique({ where: { id } });
    if (!before) throw new TermNotFoundError(id);
    if (before.version !== seenVersion) throw new TermConflictError(toStoredTerm(before));
    const { count } = await tx.term.deleteMany({ where: { id, version: seenVersion } });
    if (count === 0) throw await conflictOrGone(tx, id);
    const deleted = toStoredTerm(before);
    await recordAudit(tx, { editor, action: "term.delete", entity: "term", entityId: id, before: deleted, after: null });
    return deleted;
  }, TRANSACTION_TIMES);
}

type TermRecord = Prisma.TermGetPayload<object>;

function toStoredTerm(row: TermRecord): StoredTerm {
  return { ...termOfRecord(row), source: row.source, id: row.id, version: row.version, updatedAt: row.updatedAt.toISOString() };
}

async function conflictOrGone(tx: Prisma.TransactionClient, id: number): Promise<Error> {
  const current = await tx.term.findUnique({ where: { id } });
  return current ? new TermConflictError(toStoredTerm(current)) : new TermNotFoundError(id);
}

/** One concept per preferred pair: says which term has it, rather than a constraint's name. */
async function refuseDuplicate(tx: Prisma.TransactionClient, term: Term, ownId: number | null): Promise<void> {
  const other = await tx.term.findFirst({
    where: { hansPreferred: term.hansPreferred, hantPreferred: term.hantPreferred, ...(ownId === null ? {} : { id: { not: ownId } }) },
    select: { id: true },
  });
  if (other) throw new DuplicateTermError(term.hansPreferred, term.hantPreferred, other.id);
}

/** A concurrent write may take the pair between the check and the write: the unique index then says so. */
async function insistUnique<T>(term: Term, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DuplicateTermError(term.hansPreferred, term.hantPreferred, null);
    }
    throw error;
  }
}
