import { describe, expect, it } from "vitest";
import { BlockEvidenceCounter, boundBlock } from "../../../../core/align/evidence/block-evidence";
import { buildLexicalProfiles } from "../../../../core/align/evidence/lexical-profiles";
import { RowEvidenceScanner } from "../../../../core/align/evidence/row-evidence-scanner";
import { gainTable, uniformRates, wordEvidence } from "../../../../core/align/evidence/word-evidence";
import { SMALL_LEXICON } from "../fixtures/small-lexicon";

const english = [
  "The council approved the plan. Residents fear privacy risks in the software network service.",
  "Residents fear privacy risks.",
  "The council approved the plan.",
];
const chinese = ["议会批准了计划。居民担心软件网络服务的隐私风险。", "居民担心隐私风险。", "议会批准了计划。"];
const profiles = buildLexicalProfiles(english, chinese, SMALL_LEXICON);
const model = wordEvidence(profiles, uniformRates(profiles, 0.6));
const window = { share: 0.1, characters: 4 };

describe("BlockEvidenceCounter", () => {
  it("finds more evidence for a translation than for a pair of unrelated paragraphs", () => {
    const counter = new BlockEvidenceCounter(profiles, window);
    expect(counter.measure(model, 1, 2, 1, 2)).toBeGreaterThan(0);
    expect(counter.measure(model, 1, 2, 2, 3)).toBeLessThan(0);
  });

  it("looks for a word's translation near its place only: sentences in the wrong order find little", () => {
    const counter = new BlockEvidenceCounter(profiles, window);
    // English 2 + 1 against Chinese 1 + 2: the same words, each half in the other half.
    const crossed = counter.measure(model, 1, 3, 1, 3);
    const straight = counter.measure(model, 1, 2, 1, 2) + counter.measure(model, 2, 3, 2, 3);
    expect(crossed).toBeLessThan(straight);
  });

  it("lets a word be the translation of one word only: three English 'plan' find one 计划 once", () => {
    // Both Chinese texts are six characters long, so every word is looked for in as much
    // text; the window spans the whole block, so only the number of 计划 differs.
    const repeated = buildLexicalProfiles(["The plan, the plan, the plan."], ["计划甲乙丙丁", "计划计划计划"], SMALL_LEXICON);
    const rates = wordEvidence(repeated, uniformRates(repeated, 0.6));
    const counter = new BlockEvidenceCounter(repeated, { share: 1, characters: 100 });
    counter.measure(rates, 0, 1, 0, 1);
    const oneOffered = counter.sourcePart;
    counter.measure(rates, 0, 1, 1, 2);
    const threeOffered = counter.sourcePart;
    // The 2nd and 3rd "plan" (weights 1/2 and 1/3) miss instead of matching: each loses a
    // match's evidence (> 0) and pays a miss's, log(1 − 0.6).
    expect(oneOffered).toBeLessThan(threeOffered + (1 / 2 + 1 / 3) * Math.log(0.4));
  });

  it("splits the evidence into the English and the Chinese words' parts", () => {
    const counter = new BlockEvidenceCounter(profiles, window);
    const total = counter.measure(model, 0, 1, 0, 1);
    expect(counter.sourcePart + counter.targetPart).toBeCloseTo(total);
  });
});

describe("boundBlock", () => {
  it("is never below the exact evidence of the block", () => {
    const counter = new BlockEvidenceCounter(profiles, window);
    const scanner = new RowEvidenceScanner(profiles);
    const tables = { source: gainTable(model, "source", counter.boundExposure), target: gainTable(model, "target", counter.boundExposure) };
    const gains = new Map<string, [number, number]>();
    for (let e = 0; e < 3; e++) {
      const out = new Float64Array(6);
      scanner.measureRow(model, e, 0, 3, new Float64Array(6), 2, { ...tables, out });
      for (let c = 0; c < 3; c++) gains.set(`${e},${c}`, [out[2 * c] ?? 0, out[2 * c + 1] ?? 0]);
    }
    const pairGain = (e: number, c: number, side: 0 | 1) => gains.get(`${e},${c}`)?.[side] ?? 0;
    // A paragraph's words all matched: the most any pair could give it, summed over its words.
    const paragraphGain = (side: 0 | 1, paragraph: number) => {
      let most = 0;
      for (let other = 0; other < 3; other++) most = Math.max(most, side === 0 ? pairGain(paragraph, other, 0) : pairGain(other, paragraph, 1));
      return most;
    };
    for (const [e0, e1, c0, c1] of [
      [0, 1, 0, 1],
      [0, 2, 0, 1],
      [0, 1, 0, 2],
      [1, 3, 1, 3],
      [0, 3, 0, 2],
    ] as const) {
      const bound = boundBlock(model, pairGain, paragraphGain, e0, e1, c0, c1);
      expect(bound).toBeGreaterThanOrEqual(counter.measure(model, e0, e1, c0, c1) - 1e-9);
    }
  });
});
