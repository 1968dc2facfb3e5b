import { describe, expect, it } from "vitest";
import { buildLexicalProfiles } from "../../../../core/align/evidence/lexical-profiles";
import {
  ChanceTally,
  chanceOfMatch,
  createMatchCounts,
  estimateTranslationRates,
  matchEvidence,
  uniformRates,
  wordEvidence,
} from "../../../../core/align/evidence/word-evidence";
import { SMALL_LEXICON } from "../fixtures/small-lexicon";

const profiles = buildLexicalProfiles(["The council plan.", "The plan."], ["议会计划。", "计划。"], SMALL_LEXICON);

describe("matchEvidence", () => {
  const model = wordEvidence(profiles, uniformRates(profiles, 0.5));
  const local = (stem: string) => profiles.dictionaryStems.indexOf(SMALL_LEXICON.stemIds.get(stem) ?? -1);
  const council = local("council");
  const plan = local("plan");

  it("rewards a match of a rare word more than one of a word every paragraph has", () =>
    expect(matchEvidence(model, "source", council, 1)).toBeGreaterThan(matchEvidence(model, "source", plan, 1)));

  it("rewards a match less the more text it was looked for in", () =>
    expect(matchEvidence(model, "source", council, 0.3)).toBeGreaterThan(matchEvidence(model, "source", council, 2)));

  it("charges a miss log(1 − t)", () => expect(model.sourceMissed[council]).toBeCloseTo(Math.log(0.5)));

  it("gives chances of a match by chance in (0, 1), growing with the text", () => {
    const small = chanceOfMatch(model, "source", council, 0.5);
    expect(small).toBeGreaterThan(0);
    expect(chanceOfMatch(model, "source", council, 3)).toBeGreaterThan(small);
  });
});

describe("estimateTranslationRates", () => {
  it("learns a high rate for a word always matched, a low one for a word never matched", () => {
    const counts = createMatchCounts(profiles);
    for (let seen = 0; seen < 50; seen++) {
      counts.source(0, true, 0.1);
      counts.source(1, false, 0.1);
    }
    const rates = estimateTranslationRates(counts, 0.35);
    expect(rates.source[0]).toBeGreaterThan(0.85);
    expect(rates.source[1]).toBeLessThan(0.1);
  });

  it("keeps a word seen once near the side's overall rate", () => {
    const counts = createMatchCounts(profiles);
    counts.source(0, true, 0.1);
    const rates = estimateTranslationRates(counts, 0.35);
    expect(rates.source[0]).toBeGreaterThan(0.3);
    expect(rates.source[0]).toBeLessThan(0.95);
  });
});

describe("ChanceTally", () => {
  it("finds words burstier than their document-wide rate when neighbours match more often", () => {
    const tally = new ChanceTally();
    for (let word = 0; word < 1000; word++) tally.source(word, word % 5 === 0, 0.05);
    expect(tally.burstiness(0).source).toBeGreaterThan(3);
  });

  it("stays near 1 without evidence", () => expect(new ChanceTally().burstiness().target).toBe(1));
});
