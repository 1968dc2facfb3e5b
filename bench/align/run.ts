import { spawn } from "node:child_process";
import path from "node:path";
import type { JobResult } from "./child";
import { HELD_OUT_SEEDS, PARAGRAPH_PAIRS_MEASURED, REPEATED_CASES_MEASURED, SIZES, TUNING_SEEDS, VERSE_PAIRS_MEASURED } from "./config";
import { checkTargets, formatReport } from "./report";

/**
 * `npm run bench:align` — alignment quality, time and memory on the Bible
 * (../shared/data/bible, read in place; see bench/align/bible-data.ts):
 *
 * - paragraph level, for each pair and size, tuning and held-out seeds (paragraph-cases.ts),
 *   and English ↔ Simplified text that cycles through the Bible 2.6 times (repeated-cases.ts,
 *   "en-zh-Hans-repeated");
 * - verse level, English ↔ each Chinese text, book by book, tuning and held-out books
 *   (verse-cases.ts), with the dictionary and, for reference, without;
 *
 * every (pair, size) in a fresh child process, one job at a time (the machine has two
 * cores and other work), so that each run's peak memory is its own and timings are not
 * disturbed by the benchmark itself. Prints a table and exits 1 when a target of TARGETS
 * is missed. Options: --sizes 200,2000 --pairs en-zh-Hans --no-verse (for quick looks);
 * --seeds 2001-2030 (or 5,6,7) measures other seeds instead of the tuning and held-out ones,
 * every one of which counts as held out.
 */
async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const seeds = options.seeds.join(",");
  const results: JobResult[] = [];
  const started = performance.now();
  for (const pair of options.pairs) {
    for (const size of options.sizes) {
      process.stderr.write(`paragraph ${pair} ${size} …\n`);
      results.push(...(await runJob(["paragraph", pair, String(size), seeds])));
    }
  }
  if (options.verse) {
    for (const pair of VERSE_PAIRS_MEASURED) {
      process.stderr.write(`verse ${pair} …\n`);
      results.push(...(await runJob(["verse", pair, "dictionary"])));
      results.push(...(await runJob(["verse", pair, "no-dictionary"])));
    }
  }
  console.log(formatReport(results));
  const failures = checkTargets(results, options.sizes);
  console.log(`\nBenchmark took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  if (failures.length === 0) {
    console.log("All targets met.");
    return 0;
  }
  console.log(`Targets missed:\n${failures.map((failure) => `  - ${failure}`).join("\n")}`);
  return 1;
}

function parseOptions(args: string[]) {
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at === -1 ? undefined : args[at + 1];
  };
  const sizes = value("--sizes")?.split(",").map(Number) ?? [...SIZES];
  const pairs = value("--pairs")?.split(",") ?? [...PARAGRAPH_PAIRS_MEASURED, ...REPEATED_CASES_MEASURED];
  const seedsOption = value("--seeds");
  const seeds = seedsOption === undefined ? [...TUNING_SEEDS, ...HELD_OUT_SEEDS] : parseSeeds(seedsOption);
  return { sizes, pairs, seeds, verse: !args.includes("--no-verse") };
}

/** "2001-2030" or "5,6,7" (or both, comma-separated) → the seeds, in order. */
function parseSeeds(text: string): number[] {
  const seeds = text.split(",").flatMap((part) => {
    const [from, to] = part.split("-").map(Number);
    if (from === undefined || !Number.isInteger(from) || (to !== undefined && !(Number.isInteger(to) && to >= from))) return [Number.NaN];
    return Array.from({ length: (to ?? from) - from + 1 }, (_, offset) => from + offset);
  });
  if (seeds.length === 0 || seeds.some((seed) => !Number.isInteger(seed) || seed < 0)) {
    throw new Error(`--seeds "${text}": expected seeds like 2001-2030 or 5,6,7`);
  }
  return seeds;
}

/** Runs child.ts with `args` in a fresh Node process and parses its JSON lines. */
function runJob(args: string[]): Promise<JobResult[]> {
  const child = path.join(import.meta.dirname, "child.ts");
  return new Promise((resolve, reject) => {
    const processHandle = spawn(process.execPath, ["--expose-gc", "--import", "tsx", child, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    processHandle.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    processHandle.on("error", reject);
    processHandle.on("close", (code) => {
      if (code !== 0) {
        reject(new Error(`benchmark job ${args.join(" ")} exited with code ${code}`));
        return;
      }
      resolve(
        output
          .split("\n")
          .filter((line) => line.trim() !== "")
          .map((line) => JSON.parse(line) as JobResult),
      );
    });
  });
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`bench:align: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
