import { alignChineseScripts, alignEnglishChinese } from "../../core/align";
import { createTraditionalToSimplifiedFolder } from "../../core/chinese";
import type { BilingualLexicon } from "../../core/lexicon";
import { loadCedictLexicon } from "../../ingest/cedict-lexicon";
import { poolScores, scoreBeads, type BeadScores } from "./bead-metrics";
import { loadBible } from "./bible-data";
import { isTuningBook, TUNING_SEEDS } from "./config";
import { paragraphCase, type AlignmentCase, type ParagraphPair } from "./paragraph-cases";
import { bookNames, verseCase, type VersePair } from "./verse-cases";

/**
 * One benchmark job, run in a fresh process by run.ts so that its peak memory is its own:
 *
 *   child.ts paragraph <pair> <size> <seed,seed,…>   → one JSON line per seed
 *   child.ts verse <pair> <dictionary|no-dictionary> → one JSON line per split (tuning, held-out)
 *
 * Each line: the scores, the aligner's own time (data loading excluded and reported
 * apart), the resident memory after loading and the process's peak (maxRSS), in MB.
 */
export interface JobResult {
  kind: "paragraph" | "verse";
  pair: string;
  size: number;
  seed: number | null;
  split: "tuning" | "held-out";
  dictionary: boolean;
  sourceCount: number;
  targetCount: number;
  scores: BeadScores;
  /** The aligner's own time: paragraph jobs, the faster of TIMED_RUNS runs on the same input. */
  alignSeconds: number;
  /** Paragraph jobs: every run's time, in order (the first includes compiling the aligner's code). */
  runSeconds: number[];
  loadSeconds: number;
  loadedMegabytes: number;
  peakMegabytes: number;
}

/**
 * Each paragraph case is aligned this many times and timed by its fastest run: the machine
 * is shared, and a slower run measures its neighbours' work as much as the aligner's (the
 * report shows every run).
 */
const TIMED_RUNS = 2;

const [kind, pair, third, fourth] = process.argv.slice(2);
const loadStart = performance.now();
const bible = loadBible();
const fold = createTraditionalToSimplifiedFolder();
const useDictionary = kind === "paragraph" ? pair !== "zh-Hans-zh-Hant-alt" : third !== "no-dictionary";
const lexicon: BilingualLexicon | undefined = useDictionary ? loadCedictLexicon() : undefined;
const loadSeconds = (performance.now() - loadStart) / 1000;
// Collect what loading left behind (the parsed dictionary JSON is ~250 MB of garbage), so
// that its collection is not timed as the aligner's (run.ts starts this with --expose-gc).
(globalThis as { gc?: () => void }).gc?.();
const loadedMegabytes = process.memoryUsage().rss / 2 ** 20;

function align(casePair: string, alignmentCase: AlignmentCase) {
  if (casePair === "zh-Hans-zh-Hant-alt") return alignChineseScripts(alignmentCase.source, alignmentCase.target, fold);
  return alignEnglishChinese(alignmentCase.source, alignmentCase.target, lexicon === undefined ? {} : { lexicon });
}

function emit(result: Omit<JobResult, "loadSeconds" | "loadedMegabytes" | "peakMegabytes" | "dictionary">): void {
  const peakMegabytes = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ...result, dictionary: lexicon !== undefined, loadSeconds, loadedMegabytes, peakMegabytes }));
}

if (kind === "paragraph" && pair !== undefined && third !== undefined && fourth !== undefined) {
  const size = Number(third);
  for (const seed of fourth.split(",").map(Number)) {
    const alignmentCase = paragraphCase(bible, pair as ParagraphPair, size, seed);
    const runSeconds: number[] = [];
    let beads: ReturnType<typeof align> = [];
    for (let run = 0; run < TIMED_RUNS; run++) {
      // Each run starts from a collected heap, as the first did: the peak is one alignment's.
      (globalThis as { gc?: () => void }).gc?.();
      const start = performance.now();
      beads = align(pair, alignmentCase);
      runSeconds.push((performance.now() - start) / 1000);
    }
    const alignSeconds = Math.min(...runSeconds);
    emit({
      kind: "paragraph",
      pair,
      size,
      seed,
      split: (TUNING_SEEDS as readonly number[]).includes(seed) ? "tuning" : "held-out",
      sourceCount: alignmentCase.source.length,
      targetCount: alignmentCase.target.length,
      scores: scoreBeads(beads, alignmentCase.gold),
      alignSeconds,
      runSeconds,
    });
  }
} else if (kind === "verse" && pair !== undefined) {
  const parts = { tuning: [] as BeadScores[], "held-out": [] as BeadScores[] };
  const seconds = { tuning: 0, "held-out": 0 };
  const counts = { tuning: [0, 0], "held-out": [0, 0] };
  bookNames(bible).forEach((book, index) => {
    const split = isTuningBook(index) ? "tuning" : "held-out";
    const alignmentCase = verseCase(bible, pair as VersePair, book);
    const start = performance.now();
    const beads = align(pair, alignmentCase);
    seconds[split] += (performance.now() - start) / 1000;
    parts[split].push(scoreBeads(beads, alignmentCase.gold));
    counts[split][0] = (counts[split][0] ?? 0) + alignmentCase.source.length;
    counts[split][1] = (counts[split][1] ?? 0) + alignmentCase.target.length;
  });
  for (const split of ["tuning", "held-out"] as const) {
    emit({
      kind: "verse",
      pair,
      size: counts[split][0] ?? 0,
      seed: null,
      split,
      sourceCount: counts[split][0] ?? 0,
      targetCount: counts[split][1] ?? 0,
      scores: poolScores(parts[split]),
      alignSeconds: seconds[split],
      runSeconds: [seconds[split]],
    });
  }
} else {
  console.error("usage: child.ts paragraph <pair> <size> <seeds> | child.ts verse <pair> [no-dictionary]");
  process.exitCode = 2;
}
