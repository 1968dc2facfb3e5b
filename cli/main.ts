import { InputError } from "@/core/errors";
import { DatabaseOpenError } from "@/db/errors";
import { DatabaseBusyError } from "@/db/pglite-lock";
import { runAlign } from "./commands/align";
import { runCompareChinese } from "./commands/compare-chinese";
import { runDb } from "./commands/db";
import { runGlossary } from "./commands/glossary";
import { runImport } from "./commands/import";
import { runServe } from "./commands/serve";
import { UsageError } from "./usage-error";

const usage = `Usage: parallax <command> [options]

  import <folder|files...> [--slug S] [--dry-run]   import articles (en.*, zh-Hans.*, zh-Hant.*)
  align <source.txt> <target.txt> --from L --to L [--json]   align two texts, one paragraph per line
  compare-chinese <hans.txt> <hant.txt> [--json]      classify Simplified/Traditional differences per line
  glossary <file.csv> [--allow-empty]              replace the glossary the article view marks
  db migrate | status | seed | create-migration <name>   manage the database
  serve [--port N]                                 migrate, load the demo if empty, build if needed, start

Languages: en, zh-Hans, zh-Hant. The database is the embedded one in .data/pglite
(PGLITE_DIR) unless DATABASE_URL points at PostgreSQL.`;

/** Runs one command and returns the process exit code: 0 success, 1 bad input or failure. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "import":
        return await runImport(args);
      case "align":
        return await runAlign(args);
      case "compare-chinese":
        return await runCompareChinese(args);
      case "glossary":
        return await runGlossary(args);
      case "db":
        return await runDb(args);
      case "serve":
        return await runServe(args);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        console.log(usage);
        return command === undefined ? 1 : 0;
      default:
        console.error(`parallax: unknown command "${command}"\n\n${usage}`);
        return 1;
    }
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`parallax ${command}: ${error.describe()}`);
      return 1;
    }
    if (error instanceof DatabaseBusyError || error instanceof DatabaseOpenError || error instanceof UsageError) {
      console.error(`parallax ${command}: ${error.message}`);
      return 1;
    }
    console.error(`parallax ${command}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
