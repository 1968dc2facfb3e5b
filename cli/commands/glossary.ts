import { readFile } from "node:fs/promises";
import { parseGlossaryCsv } from "@/core/glossary";
import { closeDatabase } from "@/db/client";
import { replaceGlossary } from "@/db/glossary";
import { openMigratedDatabase } from "@/db/open";
import { decodeText } from "@/ingest/decode";
import { UsageError } from "../usage-error";

/**
 * `parallax glossary <file.csv>`: replaces the glossary whose terms the article view marks
 * (columns en, zh-Hans, zh-Hant, zh-Hans-allowed, zh-Hant-allowed, forbidden, note). The
 * whole file is checked before anything is written.
 */
export async function runGlossary(args: string[]): Promise<number> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) throw new UsageError("usage: parallax glossary <file.csv>");
  const { text } = decodeText(new Uint8Array(await readFile(file)), file);
  const terms = parseGlossaryCsv(text, file);
  try {
    const count = await replaceGlossary(await openMigratedDatabase(), terms, file);
    console.log(`Loaded ${count} glossary term${count === 1 ? "" : "s"} from ${file}.`);
  } finally {
    await closeDatabase();
  }
  return 0;
}
