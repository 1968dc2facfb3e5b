import { parseArgs } from "node:util";
import { parseGlossaryCsv } from "@/core/glossary";
import { closeDatabase } from "@/db/client";
import { replaceGlossary } from "@/db/glossary";
import { openMigratedDatabase } from "@/db/open";
import { decodeText } from "@/ingest/decode";
import { readRegularFile } from "@/ingest/file-checks";
import { UsageError } from "../usage-error";

/**
 * `parallax glossary <file.csv>`: replaces the glossary whose terms the article view marks
 * (columns en, zh-Hans, zh-Hant, zh-Hans-allowed, zh-Hant-allowed, forbidden, note). The
 * whole file is checked before anything is written. A file without terms empties a glossary
 * that has terms only with `--allow-empty`.
 */
export async function runGlossary(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { "allow-empty": { type: "boolean", default: false } } });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError("usage: parallax glossary <file.csv> [--allow-empty]");
  const { text } = decodeText(await readRegularFile(file), file);
  const terms = parseGlossaryCsv(text, file);
  try {
    const count = await replaceGlossary(await openMigratedDatabase(), terms, file, { allowEmpty: values["allow-empty"] });
    console.log(`Loaded ${count} glossary term${count === 1 ? "" : "s"} from ${file}.`);
  } finally {
    await closeDatabase();
  }
  return 0;
}
