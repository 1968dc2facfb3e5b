import { closeDatabase } from "@/db/client";
import { replaceGlossary } from "@/db/glossary";
import { openMigratedDatabase } from "@/db/open";
import { readGlossaryFile } from "./read-glossary-file";

export { exportGlossaryToFile } from "./export-glossary-file";
export { readGlossaryFile } from "./read-glossary-file";

/**
 * Replaces the glossary with the terms of a CSV file (columns of ../shared/DESIGN.md plus the
 * per-language note columns) or a TBX-Basic file: the file is read, decoded and checked whole
 * before anything is written, and a file without terms empties a glossary that has terms only
 * with `allowEmpty`. The one way a glossary file enters the database, for the command line,
 * the demo seed and (next) the glossary editor. Returns how many terms the glossary now holds.
 */
export async function replaceGlossaryFromFile(file: string, options: { allowEmpty: boolean }): Promise<number> {
  const terms = await readGlossaryFile(file);
  try {
    return await replaceGlossary(await openMigratedDatabase(), terms, file, options);
  } finally {
    await closeDatabase();
  }
}
