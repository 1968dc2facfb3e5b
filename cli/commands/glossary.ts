import { parseArgs } from "node:util";
import { replaceGlossaryFromFile } from "@/services/glossary";
import { UsageError } from "../usage-error";

/**
 * `parallax glossary <file.csv> [--allow-empty]`: replaces the glossary whose terms the
 * article view marks (columns en, zh-Hans, zh-Hant, zh-Hans-allowed, zh-Hant-allowed,
 * forbidden, note, and optionally note-zh-Hans, note-zh-Hant).
 */
export async function runGlossary(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { "allow-empty": { type: "boolean", default: false } } });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError("usage: parallax glossary <file.csv> [--allow-empty]");
  const count = await replaceGlossaryFromFile(file, { allowEmpty: values["allow-empty"] });
  console.log(`Loaded ${count} glossary term${count === 1 ? "" : "s"} from ${file}.`);
  return 0;
}
