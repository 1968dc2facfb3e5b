import { parseGlossaryFile } from "@/core/glossary";
import { replaceGlossary } from "@/db/glossary";
import type { PrismaClient } from "@/generated/prisma/client";
import { decodeText } from "@/ingest/decode";
import { recomputeFlagsAfterGlossaryChange } from "@/services/flags";

/**
 * Replaces the glossary with an uploaded file's terms, CSV or TBX (by its name, else its
 * content: core/glossary parseGlossaryFile), for the glossary editor: the bytes are decoded
 * and parsed whole (errors are InputErrors naming `fileName` and the line) before anything is
 * written, the replacement and its "glossary.replace" audit entry are one transaction, and
 * the stored flags are recomputed after it. A file without terms empties a
 * glossary that has terms only with `allowEmpty`. Returns how many terms the glossary now holds.
 */
export async function replaceGlossaryFromUpload(
  prisma: PrismaClient,
  upload: { bytes: Uint8Array; fileName: string },
  editor: string,
  options: { allowEmpty: boolean },
): Promise<number> {
  const { text } = decodeText(upload.bytes, upload.fileName);
  const terms = parseGlossaryFile(text, upload.fileName);
  const count = await replaceGlossary(prisma, terms, upload.fileName, { allowEmpty: options.allowEmpty, editor });
  await recomputeFlagsAfterGlossaryChange(prisma);
  return count;
}
