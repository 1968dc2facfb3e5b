import { describeError } from "./error-message";

const usage = `Usage: parallax <command> [options] [--verbose]

  import <folder|files...> [--slug S] [--dry-run]   import articles (en.*, zh-Hans.*, zh-Hant.*)
  align <source.txt> <target.txt> --from L --to L [--json]   align two texts, one paragraph per line
  compare-chinese <hans.txt> <hant.txt> [--json]      classify Simplified/Traditional differences per line
  check-terms <article-folder> --glossary <file.csv|file.tbx> [--json]   flag terminology; exit 0 none, 1 flags, 2 bad input
  glossary <file.csv|file.tbx> [--allow-empty]     replace the glossary the article view marks
  glossary --export <file.csv|file.tbx>            write the glossary to a file
  db migrate | status | seed | create-migration <name>   manage the database
  serve [--port N]                                 migrate, load the demo if empty, build if needed, start

Languages: en, zh-Hans, zh-Hant. The database is the embedded one in .data/pglite
(PGLITE_DIR) unless DATABASE_URL points at PostgreSQL. --verbose prints the details
(stack trace) of an unexpected error.`;

type Command = (args: string[]) => Promise<number>;

/**
 * Each command's module, imported only when that command runs: `align` must not pay for
 * Prisma, jsdom or Next, and `compare-chinese` not for the dictionary either.
 */
const commands: Record<string, () => Promise<Command>> = {
  import: async () => (await import("./commands/import")).runImport,
  align: async () => (await import("./commands/align")).runAlign,
  "compare-chinese": async () => (await import("./commands/compare-chinese")).runCompareChinese,
  "check-terms": async () => (await import("./commands/check-terms")).runCheckTerms,
  glossary: async () => (await import("./commands/glossary")).runGlossary,
  db: async () => (await import("./commands/db")).runDb,
  serve: async () => (await import("./commands/serve")).runServe,
};

/**
 * The exit code of a command that fails, where it is not 1: `check-terms` exits 1 when it
 * finds flags (so a CI job fails on them), and 2 on bad input or any other failure.
 */
const FAILURE_EXIT_CODES: Readonly<Record<string, number>> = { "check-terms": 2 };

/**
 * Runs one command and returns the process exit code: 0 success, 1 bad input or failure
 * (2 for check-terms, see FAILURE_EXIT_CODES).
 * `--verbose` anywhere before a `--` is taken out of the arguments and makes an unexpected
 * error print its stack trace; without it every error is one line.
 */
export async function main(argv: string[]): Promise<number> {
  const { args: commandLine, verbose } = takeVerbose(argv);
  const [command, ...args] = commandLine;
  try {
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      console.log(usage);
      return command === undefined ? 1 : 0;
    }
    const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (load === undefined) {
      console.error(`parallax: unknown command "${command}"\n\n${usage}`);
      return 1;
    }
    const run = await load();
    return await run(args);
  } catch (error) {
    console.error(`parallax ${command}: ${describeError(error, verbose)}`);
    return (command !== undefined && Object.hasOwn(FAILURE_EXIT_CODES, command) ? FAILURE_EXIT_CODES[command] : undefined) ?? 1;
  }
}

function takeVerbose(argv: string[]): { args: string[]; verbose: boolean } {
  const end = argv.indexOf("--");
  const options = end === -1 ? argv : argv.slice(0, end);
  const rest = end === -1 ? [] : argv.slice(end);
  const args = options.filter((arg) => arg !== "--verbose");
  return { args: [...args, ...rest], verbose: args.length !== options.length };
}
