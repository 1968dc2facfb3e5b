import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { glossaryFormatOfName, serializeGlossary } from "@/core/glossary";
import { InputError } from "@/core/errors";
import { closeDatabase } from "@/db/client";
import { listTerms } from "@/db/glossary";
import { openMigratedDatabase } from "@/db/open";

/**
 * Writes the stored glossary to `file` as CSV or TBX, chosen by its extension (`.csv`;
 * `.tbx` or `.xml`), in the order the terms were loaded. The file is written whole to a
 * temporary file beside it and renamed over it, so a failure never leaves half a glossary.
 * Returns how many terms were written.
 *
 * @throws InputError(file, …) for another extension or a file that cannot be written.
 */
export async function exportGlossaryToFile(file: string): Promise<number> {
  const format = glossaryFormatOfName(file);
  if (format === null) throw new InputError(file, "the glossary is written as .csv or .tbx; name the file so");
  let terms;
  try {
    terms = await listTerms(await openMigratedDatabase());
  } finally {
    await closeDatabase();
  }
  const text = serializeGlossary(terms, format);
  const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, text, { flag: "wx" });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new InputError(file, cannotWrite(error));
  }
  return terms.length;
}

function cannotWrite(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "cannot be written: its folder does not exist";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "cannot be written: permission denied";
  if (code === "EISDIR") return "is a folder; name a file";
  return `cannot be written (${code ?? (error instanceof Error ? error.message : String(error))})`;
}
