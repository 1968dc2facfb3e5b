import { closeDatabase } from "@/db/client";
import { replaceGlossary } from "@/db/glossary";
import { openMigratedDatabase } from "@/db/open";
import { recomputeFlagsAfterGlossaryChange } from "@/services/flags";
import { readGlossaryFile } from "./read-glossary-file";

export { exportGlossaryToFile } from "./export-glossary-file";
export { readGlossaryFile } from "./read-glossary-file";

/**
 * Replaces the glossary with the terms of a CSV file (columns of ../shared/DESIGN.md plus the
 * per-language note columns) or a TBX-Basic file: the file is read, decoded and checked whole
 * before anything is written, and a file without terms empties a glossary that has terms only
 * with `allowEmpty`. The one way a glossary file enters the database, for the command line,
 * the demo seed and (next) the glossary editor. The stored flags of every article's latest
 * revision are then computed again with the new glossary. Returns how many terms the glossary
 * now holds.
 */
export async function replaceGlossaryFromFile(file: string, options: { allowEmpty: boolean; editor?: string }): Promise<number> {
  const terms = await readGlossaryFile(file);
  try {
    const prisma = await openMigratedDatabase();
    const count = await replaceGlossary(prisma, terms, file, options);
    await recomputeFlagsAfterGlossaryChange(prisma);
    return count;
  } finally {
    await closeDatabase();
  }
}
export { createGlossaryTerm, deleteGlossaryTerm, TermDraftError, updateGlossaryTerm } from "./edit-terms";
export { replaceGlossaryFromUpload } from "./replace-from-upload";
