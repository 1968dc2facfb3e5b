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

/**
 * Replaces the whole glossary with `terms` in one transaction (a glossary file is the
 * source of truth for the concepts it lists). Flags that pointed at a removed term keep
 * their text and lose the link.
 */
export async function replaceGlossary(prisma: PrismaClient, terms: readonly Term[], source: string): Promise<number> {
  return prisma.$transaction(async (tx) => {
    await tx.term.deleteMany({});
    await tx.term.createMany({
      data: terms.map((term) => ({ ...term, source })),
    });
    return terms.length;
  });
}
