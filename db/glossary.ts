import { InputError } from "@/core/errors";
import type { Term } from "@/core/glossary";
import type { PrismaClient } from "@/generated/prisma/client";

/** The glossary in a stable order (by id, i.e. the order it was loaded in). */
export async function listTerms(prisma: PrismaClient): Promise<Term[]> {
  const rows = await prisma.term.findMany({ orderBy: { id: "asc" } });
  return rows.map((row) => ({
    english: row.english,
    hansPreferred: row.hansPreferred,
    hantPreferred: row.hantPreferred,
    hansAllowed: row.hansAllowed,
    hantAllowed: row.hantAllowed,
    forbidden: row.forbidden,
    note: row.note,
    noteZhHans: row.noteZhHans,
    noteZhHant: row.noteZhHant,
  }));
}

export interface ReplaceGlossaryOptions {
  /** An empty `terms` may replace a glossary that has terms (default: refused). */
  allowEmpty?: boolean;
}

/**
 * Replaces the whole glossary with `terms` in one transaction (a glossary file is the
 * source of truth for the concepts it lists). Flags that pointed at a removed term keep
 * their text and lose the link.
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
    await tx.term.deleteMany({});
    await tx.term.createMany({
      data: terms.map((term) => ({ ...term, source })),
    });
    return terms.length;
  }, { maxWait: 30_000, timeout: 60_000 });
}
