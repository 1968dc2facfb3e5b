import { checkTermDraft, type StoredTerm, type TermProblem } from "@/core/glossary";
import { createTerm, deleteTerm, updateTerm } from "@/db/glossary";
import type { PrismaClient } from "@/generated/prisma/client";
import { recomputeFlagsAfterGlossaryChange } from "@/services/flags";

/** A draft that breaks the glossary's rules: every problem, one per field at most. */
export class TermDraftError extends Error {
  override readonly name = "TermDraftError";
  constructor(readonly problems: TermProblem[]) {
    super(problems.map((problem) => problem.message).join("; "));
  }
}

/**
 * The glossary editor's writes, shared by the web and any other caller: each checks the
 * draft (core/glossary checkTermDraft), writes the term and its audit entry in one
 * transaction (db/glossary), then recomputes the stored flags, which depend on the glossary.
 * Updates and deletes carry the version the editor saw and fail with TermConflictError
 * (carrying the newer term) when someone else saved first.
 *
 * @throws TermDraftError, DuplicateTermError, TermConflictError, TermNotFoundError
 */
export async function createGlossaryTerm(prisma: PrismaClient, draft: unknown, editor: string): Promise<StoredTerm> {
  const created = await createTerm(prisma, checked(draft), editor);
  await recomputeFlagsAfterGlossaryChange(prisma);
  return created;
}

export async function updateGlossaryTerm(prisma: PrismaClient, id: number, seenVersion: number, draft: unknown, editor: string): Promise<StoredTerm> {
  const updated = await updateTerm(prisma, id, seenVersion, checked(draft), editor);
  await recomputeFlagsAfterGlossaryChange(prisma);
  return updated;
}

export async function deleteGlossaryTerm(prisma: PrismaClient, id: number, seenVersion: number, editor: string): Promise<StoredTerm> {
  const deleted = await deleteTerm(prisma, id, seenVersion, editor);
  await recomputeFlagsAfterGlossaryChange(prisma);
  return deleted;
}

function checked(draft: unknown) {
  const result = checkTermDraft(draft);
  if ("problems" in result) throw new TermDraftError(result.problems);
  return result.term;
}
