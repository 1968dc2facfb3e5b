import {
  prepareScriptComparison,
  type PreparedScriptComparison,
} from "./diff-scripts";
import { defaultScriptDiffResources, type ScriptDiffResources } from "./resources";
import type { DifferenceClass, Region } from "./types";
import { regionFromEvidence } from "./variant-forms";

/** One difference as `parallax compare-chinese --json` prints it. */
export interface LineDifference {
  class: DifferenceClass;
  hans: string;
  hant: string;
}

export interface LineComparison {
  /** 1-based, as people count lines. */
  line: number;
  differences: LineDifference[];
}

export interface ChineseLinesComparison {
  lines: LineComparison[];
}

/**
 * The data behind `parallax compare-chinese <hans.txt> <hant.txt> --json` (DESIGN.md):
 * one entry per line pair, in order, `line` 1-based. Lines are paired by index; when one
 * file has more lines, each extra line is an entry whose single difference is an
 * `omission` (extra zh-Hans line) or an `addition` (extra zh-Hant line) holding the line
 * without surrounding whitespace, or no difference if the extra line is blank.
 *
 * The regional standard of the Traditional file (Taiwan or Hong Kong) is detected once
 * from all line pairs together, so every line's variant forms are judged against the same
 * standard. Lines are compared as given (callers strip line terminators).
 */
export function compareChineseLines(
  hansLines: readonly string[],
  hantLines: readonly string[],
  resources: ScriptDiffResources = defaultScriptDiffResources(),
): ChineseLinesComparison {
  const paired = Math.min(hansLines.length, hantLines.length);
  const prepared: PreparedScriptComparison[] = [];
  for (let k = 0; k < paired; k++) {
    prepared.push(prepareScriptComparison(hansLines[k] ?? "", hantLines[k] ?? "", resources));
  }
  const region = detectRegion(prepared);

  const lines: LineComparison[] = prepared.map((comparison, k) => ({
    line: k + 1,
    differences: comparison.classify(region).map(({ class: kind, hans, hant }) => ({ class: kind, hans, hant })),
  }));
  for (let k = paired; k < hansLines.length; k++) lines.push(unpairedLine(k, hansLines[k] ?? "", "omission"));
  for (let k = paired; k < hantLines.length; k++) lines.push(unpairedLine(k, hantLines[k] ?? "", "addition"));
  return { lines };
}

function detectRegion(prepared: readonly PreparedScriptComparison[]): Region {
  let tw = 0;
  let hk = 0;
  for (const comparison of prepared) {
    tw += comparison.regionEvidence.tw;
    hk += comparison.regionEvidence.hk;
  }
  return regionFromEvidence({ tw, hk });
}

function unpairedLine(index: number, text: string, kind: "omission" | "addition"): LineComparison {
  const trimmed = text.trim();
  if (trimmed === "") return { line: index + 1, differences: [] };
  return {
    line: index + 1,
    differences: [kind === "omission" ? { class: kind, hans: trimmed, hant: "" } : { class: kind, hans: "", hant: trimmed }],
  };
}
