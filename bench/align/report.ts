import type { JobResult } from "./child";
import { TARGETS } from "./config";
import { parseCaseName } from "./repeated-cases";

/** The results as a plain-text table: one line per job (paragraph jobs per seed), then summaries. */
export function formatReport(results: readonly JobResult[]): string {
  const lines: string[] = [];
  const paragraph = results.filter((result) => result.kind === "paragraph");
  if (paragraph.length > 0) {
    lines.push(
      "Paragraph level (strict bead P/R/F1; align = the aligner's own time, the faster of its runs (runs: each one, in order); peak = process maxRSS)",
    );
    lines.push(row(["pair", "size", "split", "seed", "src×tgt", "P", "R", "F1", "align s", "runs s", "load s", "loaded MB", "peak MB"]));
    for (const result of paragraph) {
      lines.push(
        row([
          result.pair,
          String(result.size),
          result.split,
          String(result.seed),
          `${result.sourceCount}×${result.targetCount}`,
          result.scores.precision.toFixed(4),
          result.scores.recall.toFixed(4),
          result.scores.f1.toFixed(4),
          result.alignSeconds.toFixed(2),
          result.runSeconds.map((seconds) => seconds.toFixed(2)).join("/"),
          result.loadSeconds.toFixed(1),
          result.loadedMegabytes.toFixed(0),
          result.peakMegabytes.toFixed(0),
        ]),
      );
    }
    lines.push("");
    lines.push(
      "Paragraph level, per pair and size: worst F1 over seeds (tuning / held-out), median align time (fastest run per seed; and of every run), peak memory",
    );
    lines.push(row(["pair", "size", "min F1 tuning", "min F1 held-out", "median align s", "all runs s", "peak MB"]));
    for (const key of unique(paragraph.map((result) => `${result.pair} ${result.size}`))) {
      const group = paragraph.filter((result) => `${result.pair} ${result.size}` === key);
      const [pair = "", size = ""] = key.split(" ");
      lines.push(
        row([
          pair,
          size,
          worstF1(group.filter((r) => r.split === "tuning")),
          worstF1(group.filter((r) => r.split === "held-out")),
          median(group.map((r) => r.alignSeconds)).toFixed(2),
          median(group.flatMap((r) => r.runSeconds)).toFixed(2),
          Math.max(...group.map((r) => r.peakMegabytes)).toFixed(0),
        ]),
      );
    }
  }
  for (const pair of unique(paragraph.map((result) => result.pair))) {
    const { pair: basePair, repeated } = parseCaseName(pair);
    for (const size of unique(paragraph.filter((result) => result.pair === pair).map((result) => String(result.size)))) {
      const cost = (name: string) =>
        median(paragraph.filter((r) => r.pair === name && String(r.size) === size).map((r) => (r.alignSeconds / r.sourceCharacters) * 1e6));
      if (!repeated || !paragraph.some((r) => r.pair === basePair && String(r.size) === size)) continue;
      lines.push(
        `${pair} at ${size}: ${cost(pair).toFixed(2)} s per million characters of English, ${basePair} ${cost(basePair).toFixed(2)} (ratio ${(cost(pair) / cost(basePair)).toFixed(2)})`,
      );
    }
  }
  const verse = results.filter((result) => result.kind === "verse");
  if (verse.length > 0) {
    lines.push("");
    lines.push("Verse level (66 books, each aligned verse by verse; tuning = even-numbered books, held-out = odd)");
    lines.push(row(["pair", "dictionary", "split", "verses en×zh", "P", "R", "F1", "align s", "peak MB"]));
    for (const result of verse) {
      lines.push(
        row([
          result.pair,
          result.dictionary ? "CC-CEDICT" : "none",
          result.split,
          `${result.sourceCount}×${result.targetCount}`,
          result.scores.precision.toFixed(4),
          result.scores.recall.toFixed(4),
          result.scores.f1.toFixed(4),
          result.alignSeconds.toFixed(2),
          result.peakMegabytes.toFixed(0),
        ]),
      );
    }
  }
  return lines.join("\n");
}

/** Every target of TARGETS that the results miss, as sentences; [] when all are met. */
export function checkTargets(results: readonly JobResult[], sizes: readonly number[]): string[] {
  const failures: string[] = [];
  for (const result of results) {
    if (result.kind !== "paragraph") continue;
    const target = TARGETS.paragraphF1[parseCaseName(result.pair).pair];
    if (target !== undefined && result.scores.f1 < target) {
      failures.push(`${result.pair} at ${result.size} paragraphs, seed ${result.seed}: F1 ${result.scores.f1.toFixed(4)} < ${target}`);
    }
  }
  for (const result of results) {
    if (result.kind === "verse" && result.dictionary && result.scores.f1 < TARGETS.verseF1) {
      failures.push(`verse level ${result.pair} (${result.split} books): F1 ${result.scores.f1.toFixed(4)} < ${TARGETS.verseF1}`);
    }
  }
  const paragraph = results.filter((result) => result.kind === "paragraph");
  for (const pair of unique(paragraph.map((result) => result.pair))) {
    const at = (size: number) => paragraph.filter((result) => result.pair === pair && result.size === size);
    const largest = at(TARGETS.largestSize);
    if (sizes.includes(TARGETS.largestSize) && largest.length > 0) {
      const seconds = median(largest.map((result) => result.alignSeconds));
      const megabytes = Math.max(...largest.map((result) => result.peakMegabytes));
      const { pair: basePair, repeated } = parseCaseName(pair);
      const base = paragraph.filter((result) => result.pair === basePair && result.size === TARGETS.largestSize);
      if (repeated && base.length > 0) {
        // Seconds per million characters of English, against the single-Bible case's.
        const cost = (group: readonly JobResult[]) => median(group.map((result) => (result.alignSeconds / result.sourceCharacters) * 1e6));
        const ratio = cost(largest) / cost(base);
        if (ratio > TARGETS.maxRepeatedCostPerCharacterRatio) {
          failures.push(`${pair} at ${TARGETS.largestSize} paragraphs: ${ratio.toFixed(2)} times ${basePair}'s time per character > ${TARGETS.maxRepeatedCostPerCharacterRatio}`);
        }
      }
      // The repeated case holds 2.4 times the text: its bar is the time per character above.
      if (!repeated && seconds > TARGETS.maxSeconds) failures.push(`${pair} at ${TARGETS.largestSize} paragraphs: ${seconds.toFixed(2)} s > ${TARGETS.maxSeconds} s`);
      if (megabytes > TARGETS.maxMegabytes) failures.push(`${pair} at ${TARGETS.largestSize} paragraphs: ${megabytes.toFixed(0)} MB > ${TARGETS.maxMegabytes} MB`);
      const half = at(TARGETS.doublingFrom);
      if (half.length > 0) {
        const timeRatio = seconds / median(half.map((result) => result.alignSeconds));
        const memoryRatio = megabytes / Math.max(...half.map((result) => result.peakMegabytes));
        if (timeRatio > TARGETS.maxDoublingRatio) failures.push(`${pair}: doubling the input multiplied time by ${timeRatio.toFixed(2)}`);
        if (memoryRatio > TARGETS.maxDoublingRatio) failures.push(`${pair}: doubling the input multiplied memory by ${memoryRatio.toFixed(2)}`);
      }
    }
  }
  return failures;
}

function row(cells: readonly string[]): string {
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(20) : cell.padStart(index === 2 ? 9 : 12))).join(" ");
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function minimum(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.min(...values);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The lowest F1 of some paragraph runs, or "—" when there are none (e.g. only other seeds asked for). */
function worstF1(results: readonly JobResult[]): string {
  return results.length === 0 ? "—" : minimum(results.map((r) => r.scores.f1)).toFixed(4);
}
