import { readFile } from "node:fs/promises";
import { InputError } from "@/core/errors";
import { decodeText } from "@/ingest/decode";

/**
 * The lines of a text file in any supported encoding, for the commands that take one
 * paragraph per line. A final newline does not make an extra empty line.
 */
export async function readLines(path: string): Promise<string[]> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new InputError(path, "no such file");
    if (error.code === "EISDIR") throw new InputError(path, "is a folder, not a text file");
    throw error;
  });
  const { text } = decodeText(new Uint8Array(bytes), path);
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
