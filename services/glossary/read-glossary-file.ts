import { parseGlossaryFile, type Term } from "@/core/glossary";
import { decodeText } from "@/ingest/decode";
import { readRegularFile } from "@/ingest/file-checks";

/**
 * The terms of a glossary file, CSV or TBX (by its extension, else its content: see
 * core/glossary parseGlossaryFile), read and decoded (UTF-8, UTF-16, GB18030, Big5) and
 * checked whole: nothing is returned unless every entry is valid. Touches no database, so
 * `parallax check-terms` reads its glossary here too.
 *
 * @throws InputError naming the file (and line): unreadable, not text, not well-formed,
 *   every invalid entry listed with its line.
 */
export async function readGlossaryFile(file: string): Promise<Term[]> {
  const { text } = decodeText(await readRegularFile(file), file);
  return parseGlossaryFile(text, file);
}
