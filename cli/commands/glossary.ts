import os from "node:os";
import { parseArgs } from "node:util";
import { exportGlossaryToFile, replaceGlossaryFromFile } from "@/services/glossary";
import { UsageError } from "../usage-error";

const USAGE = "usage: parallax glossary <file.csv|file.tbx> [--allow-empty] | parallax glossary --export <file.csv|file.tbx>";

/**
 * `parallax glossary <file.csv|file.tbx> [--allow-empty]`: replaces the glossary whose terms
 * the article view marks (CSV columns en, zh-Hans, zh-Hant, zh-Hans-allowed, zh-Hant-allowed,
 * forbidden, note, and optionally note-zh-Hans, note-zh-Hant; or TBX-Basic).
 * `parallax glossary --export <file.csv|file.tbx>`: writes the stored glossary to a file in
 * the format its extension names.
 */
export async function runGlossary(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { "allow-empty": { type: "boolean", default: false }, export: { type: "string" } },
  });
  const exportTo = values.export;
  if (exportTo !== undefined) {
    if (positionals.length > 0 || values["allow-empty"] || exportTo === "") throw new UsageError(USAGE);
    const count = await exportGlossaryToFile(exportTo);
    console.log(`Wrote ${count} glossary term${count === 1 ? "" : "s"} to ${exportTo}.`);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(USAGE);
  const count = await replaceGlossaryFromFile(file, { allowEmpty: values["allow-empty"], editor: commandLineEditor() });
  console.log(`Loaded ${count} glossary term${count === 1 ? "" : "s"} from ${file}.`);
  return 0;
}

/** Who the audit log names for a glossary replaced from the command line: the operating-system user. */
function commandLineEditor(): string {
  let user: string;
  try {
    user = os.userInfo().username;
  } catch {
    user = process.env.USER || process.env.USERNAME || "unknown user";
  }
  return `command line (${user})`;
}
