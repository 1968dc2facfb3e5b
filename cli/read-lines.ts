import { readFile } from "node:fs/promises";
import { decodeText } from "@/ingest/decode";

/**
 * The lines of a text file in any supported encoding, for the commands that take one
 * paragraph per line. A final newline does not make an extra empty line.
 */
export async function readLines(path: string): Promise<string[]> {
  const { text } = decodeText(new Uint8Array(await readFile(path)), path);
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
