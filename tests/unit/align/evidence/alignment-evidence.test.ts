import { describe, expect, it } from "vitest";
import { AlignmentEvidence } from "../../../../core/align/evidence/alignment-evidence";
import { buildAnchorProfiles } from "../../../../core/align/evidence/shared-anchors";
import { chineseLength, englishLength } from "../../../../core/align/evidence/text-length";

/** The evidence of English ↔ Chinese paragraphs from lengths and anchors alone (no dictionary). */
function evidenceOf(english: string[], chinese: string[]) {
  return new AlignmentEvidence({
    sourceLengths: english.map(englishLength),
    targetLengths: chinese.map(chineseLength),
    priorLength: { ratio: 4.1, variance: 30 },
    anchors: buildAnchorProfiles(english, chinese),
    profiles: null,
    matchWindow: { share: 0.3, characters: 40 },
    priorTranslationRate: 0.35,
    wordWeight: 0.5,
    lengthWeightWithWords: 0.5,
  });
}

describe("AlignmentEvidence bead costs", () => {
  const english = ["In 2019 the city opened 3 new libraries in the northern districts."];
  const opened = "2019年，该市在北部各区新开了3家图书馆。";

  it("charges a block for numbers one side holds and the other lacks", () => {
    // Of the same length (12), the second Chinese paragraph states numbers the English never does.
    const withNumbers = evidenceOf(english, [opened, "1998年拆了45座桥。"]);
    const withoutNumbers = evidenceOf(english, [opened, "那一年又拆了好些座旧桥。"]);
    const merged = (evidence: AlignmentEvidence) => evidence.costs(evidence.priorModels(), true).beadCost(0, 1, 0, 2, Infinity);
    // Two numbers (1998, 45), each found in one paragraph of its side: about one cost unit each.
    expect(merged(withNumbers) - merged(withoutNumbers)).toBeGreaterThan(1.5);
  });
});
