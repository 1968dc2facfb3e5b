import { describe, expect, it } from "vitest";
import { buildLexicalProfiles } from "../../../../core/align/evidence/lexical-profiles";
import { firstPostingFrom, RowEvidenceScanner } from "../../../../core/align/evidence/row-evidence-scanner";
import { gainTable, matchedInParagraph, uniformRates, wordEvidence, type WordEvidence } from "../../../../core/align/evidence/word-evidence";
import { SMALL_LEXICON } from "../fixtures/small-lexicon";

const english = [
  "The council approved the plan; the plan protects privacy.",
  "Residents fear privacy risks in the network service.",
  "Nothing here matches.",
];
const chinese = ["议会批准了计划。", "居民担心网络服务的隐私风险，隐私。", "软件计划", "无关"];
const profiles = buildLexicalProfiles(english, chinese, SMALL_LEXICON);
const model = wordEvidence(profiles, uniformRates(profiles, 0.4));

/** The quick measure of one pair, straight from its definition, for comparison. */
function bruteForce(evidence: WordEvidence, e: number, c: number, gains: { source: Float64Array; target: Float64Array }) {
  const { source, target, typeStart, typeStems } = profiles;
  const offered = new Set<number>();
  for (let at = target.start[c] ?? 0; at < (target.start[c + 1] ?? 0); at++) {
    const type = target.ids[at] ?? 0;
    for (let k = typeStart[type] ?? 0; k < (typeStart[type + 1] ?? 0); k++) offered.add(typeStems[k] ?? 0);
  }
  const stems = new Set<number>();
  for (let at = source.start[e] ?? 0; at < (source.start[e + 1] ?? 0); at++) stems.add(source.ids[at] ?? 0);
  const matchedSource = matchedInParagraph(evidence, "source");
  const matchedTarget = matchedInParagraph(evidence, "target");
  const result = { source: 0, target: 0, sourceGain: 0, targetGain: 0 };
  for (let at = source.start[e] ?? 0; at < (source.start[e + 1] ?? 0); at++) {
    const stem = source.ids[at] ?? 0;
    const weight = source.weights[at] ?? 1;
    const matched = offered.has(stem);
    result.source += weight * ((matched ? matchedSource[stem] : evidence.sourceMissed[stem]) ?? 0);
    if (matched) result.sourceGain += weight * (gains.source[stem] ?? 0);
  }
  for (let at = target.start[c] ?? 0; at < (target.start[c + 1] ?? 0); at++) {
    const type = target.ids[at] ?? 0;
    const weight = target.weights[at] ?? 1;
    let matched = false;
    for (let k = typeStart[type] ?? 0; k < (typeStart[type + 1] ?? 0); k++) matched ||= stems.has(typeStems[k] ?? 0);
    result.target += weight * ((matched ? matchedTarget[type] : evidence.targetMissed[type]) ?? 0);
    if (matched) result.targetGain += weight * (gains.target[type] ?? 0);
  }
  return result;
}

describe("RowEvidenceScanner", () => {
  const gains = { source: gainTable(model, "source", 0.5), target: gainTable(model, "target", 0.5) };

  it("measures every pair of a row as the pair's definition says, with and without gains", () => {
    const scanner = new RowEvidenceScanner(profiles);
    for (let e = 0; e < english.length; e++) {
      const parts = new Float64Array(2 * chinese.length);
      const gainParts = new Float64Array(2 * chinese.length);
      scanner.measureRow(model, e, 0, chinese.length, parts, 2, { ...gains, out: gainParts });
      for (let c = 0; c < chinese.length; c++) {
        const expected = bruteForce(model, e, c, gains);
        expect(parts[2 * c], `${e},${c} English`).toBeCloseTo(expected.source, 9);
        expect(parts[2 * c + 1], `${e},${c} Chinese`).toBeCloseTo(expected.target, 9);
        expect(gainParts[2 * c], `${e},${c} English gain`).toBeCloseTo(expected.sourceGain, 9);
        expect(gainParts[2 * c + 1], `${e},${c} Chinese gain`).toBeCloseTo(expected.targetGain, 9);
      }
    }
  });

  it("measures a range of the row the same as the whole row", () => {
    const scanner = new RowEvidenceScanner(profiles);
    const whole = new Float64Array(2 * chinese.length);
    scanner.measureRow(model, 0, 0, chinese.length, whole, 2);
    const part = new Float64Array(4);
    scanner.measureRow(model, 0, 1, 3, part, 2);
    expect([...part]).toEqual([...whole.subarray(2, 6)]);
  });

  it("finds a translation worth more than an unrelated paragraph", () => {
    const scanner = new RowEvidenceScanner(profiles);
    const parts = new Float64Array(2 * chinese.length);
    scanner.measureRow(model, 0, 0, chinese.length, parts, 2);
    const pair = (c: number) => (parts[2 * c] ?? 0) + (parts[2 * c + 1] ?? 0);
    expect(pair(0)).toBeGreaterThan(pair(1));
    expect(pair(0)).toBeGreaterThan(pair(3));
  });
});

describe("firstPostingFrom", () => {
  it("finds the first posting at or after a paragraph from any cursor, as a plain scan does", () => {
    // A small deterministic generator: sorted paragraph lists with repeats and gaps.
    let state = 12345;
    const next = (below: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % below;
    };
    for (let trial = 0; trial < 300; trial++) {
      const length = next(40);
      const paragraphs = Int32Array.from({ length }, () => next(60)).sort();
      const start = next(length + 1);
      const end = start + next(length - start + 1);
      const from = next(70);
      const cursor = start + next(end - start + 1);
      let expected = start;
      while (expected < end && (paragraphs[expected] ?? 0) < from) expected++;
      expect(firstPostingFrom(paragraphs, start, end, from, cursor)).toBe(expected);
    }
  });
});
