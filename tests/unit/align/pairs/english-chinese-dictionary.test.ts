import { describe, expect, it } from "vitest";
import { findBeadProblem } from "../../../../core/align/search/bead-invariants";
import { alignEnglishChinese } from "../../../../core/align/pairs/english-chinese";
import { beadNotation, mergeParagraphs, splitParagraph, withoutParagraph } from "../bead-notation";
import { CEDICT } from "../fixtures/cedict";
import { ENGLISH, SIMPLIFIED, TRADITIONAL } from "../fixtures/digital-plan";

function align(english: readonly string[], chinese: readonly string[]) {
  const beads = alignEnglishChinese(english, chinese, { lexicon: CEDICT });
  expect(findBeadProblem(beads, english.length, chinese.length)).toBeNull();
  return beads;
}

describe("alignEnglishChinese with a bilingual dictionary (CC-CEDICT)", () => {
  it("pairs a faithful translation one to one, confidently", () => {
    const beads = align(ENGLISH, SIMPLIFIED);
    expect(beadNotation(beads)).toBe("0|0 1|1 2|2 3|3 4|4 5|5 6|6 7|7 8|8 9|9");
    for (const bead of beads) expect(bead.score).toBeGreaterThan(0.8);
  });

  // The limit of lengths and numbers alone: these paragraphs have no number, and without
  // the dictionary each omission is placed one paragraph off.
  it.each([3, 4, 5])("places a missing paragraph without numbers (%i) where it is missing", (missing) => {
    const expected = ENGLISH.map((_, e) => (e < missing ? `${e}|${e}` : e === missing ? `${e}|-` : `${e}|${e - 1}`)).join(" ");
    expect(beadNotation(align(ENGLISH, withoutParagraph(SIMPLIFIED, missing)))).toBe(expected);
  });

  it("leaves a paragraph missing at the start or at the end unmatched", () => {
    expect(beadNotation(align(ENGLISH, withoutParagraph(TRADITIONAL, 0)))).toBe("0|- 1|0 2|1 3|2 4|3 5|4 6|5 7|6 8|7 9|8");
    expect(beadNotation(align(withoutParagraph(ENGLISH, 9), TRADITIONAL))).toBe("0|0 1|1 2|2 3|3 4|4 5|5 6|6 7|7 8|8 -|9");
  });

  it("groups splits and merges", () => {
    expect(beadNotation(align(ENGLISH, splitParagraph(SIMPLIFIED, 4)))).toBe("0|0 1|1 2|2 3|3 4|4,5 5|6 6|7 7|8 8|9 9|10");
    expect(beadNotation(align(ENGLISH, mergeParagraphs(TRADITIONAL, 4)))).toBe("0|0 1|1 2|2 3|3 4,5|4 6|5 7|6 8|7 9|8");
  });

  it("keeps a long run of paragraphs each split in two", () => {
    let chinese = [...SIMPLIFIED];
    // Split paragraphs 1, 3, 5 and 7 (indices shift as the document grows).
    for (const [step, paragraph] of [1, 3, 5, 7].entries()) chinese = splitParagraph(chinese, paragraph + step);
    expect(beadNotation(align(ENGLISH, chinese))).toBe("0|0 1|1,2 2|3 3|4,5 4|6 5|7,8 6|9 7|10,11 8|12 9|13");
  });

  it("aligns identical repeated paragraphs in order", () => {
    const english = ["Photo: Reuters", ENGLISH[0] ?? "", "Photo: Reuters", ENGLISH[1] ?? "", "Photo: Reuters"];
    const chinese = ["图片：路透社", SIMPLIFIED[0] ?? "", "图片：路透社", SIMPLIFIED[1] ?? "", "图片：路透社"];
    expect(beadNotation(align(english, chinese))).toBe("0|0 1|1 2|2 3|3 4|4");
  });

  it("aligns one-paragraph documents, and an empty side", () => {
    expect(beadNotation(align([ENGLISH[7] ?? ""], [SIMPLIFIED[7] ?? ""]))).toBe("0|0");
    expect(beadNotation(align(ENGLISH.slice(0, 2), []))).toBe("0|- 1|-");
    expect(align([], [])).toEqual([]);
  });
});
