import { describe, expect, it } from "vitest";
import { findBeadProblem } from "../../../../core/align/search/bead-invariants";
import { alignEnglishChinese } from "../../../../core/align/pairs/english-chinese";
import { beadNotation, mergeParagraphs, splitParagraph, withoutParagraph } from "../bead-notation";
import { ENGLISH, SIMPLIFIED, TRADITIONAL } from "../fixtures/digital-plan";

function align(english: readonly string[], chinese: readonly string[]) {
  const beads = alignEnglishChinese(english, chinese);
  expect(findBeadProblem(beads, english.length, chinese.length)).toBeNull();
  return beads;
}

describe("alignEnglishChinese", () => {
  it("pairs a faithful translation one to one, in Simplified and in Traditional", () => {
    const expected = "0|0 1|1 2|2 3|3 4|4 5|5 6|6 7|7 8|8 9|9";
    expect(beadNotation(align(ENGLISH, SIMPLIFIED))).toBe(expected);
    expect(beadNotation(align(ENGLISH, TRADITIONAL))).toBe(expected);
  });

  it("gives confident scores in [0, 1] to a faithful translation", () => {
    const scores = align(ENGLISH, SIMPLIFIED).map((bead) => bead.score);
    for (const score of scores) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    expect(scores.filter((score) => score >= 0.6)).toHaveLength(scores.length);
  });

  it("groups an English paragraph with the two Chinese paragraphs it was split into", () => {
    expect(beadNotation(align(ENGLISH, splitParagraph(SIMPLIFIED, 2)))).toBe(
      "0|0 1|1 2|2,3 3|4 4|5 5|6 6|7 7|8 8|9 9|10",
    );
    expect(beadNotation(align(ENGLISH, splitParagraph(TRADITIONAL, 1)))).toBe(
      "0|0 1|1,2 2|3 3|4 4|5 5|6 6|7 7|8 8|9 9|10",
    );
  });

  it("groups two English paragraphs with the Chinese paragraph that merges them", () => {
    expect(beadNotation(align(ENGLISH, mergeParagraphs(SIMPLIFIED, 3)))).toBe("0|0 1|1 2|2 3,4|3 5|4 6|5 7|6 8|7 9|8");
  });

  it("groups two Chinese paragraphs with the English paragraph that merges them", () => {
    expect(beadNotation(align(mergeParagraphs(ENGLISH, 6, " "), SIMPLIFIED))).toBe("0|0 1|1 2|2 3|3 4|4 5|5 6|6,7 7|8 8|9");
  });

  // In the middle, the missing paragraph is one with numbers: among paragraphs without any
  // anchor, lengths alone may place an omission one paragraph off (see alignEnglishChinese).
  it("leaves an English paragraph the translation lacks unmatched, at the start, middle and end", () => {
    expect(beadNotation(align(ENGLISH, withoutParagraph(SIMPLIFIED, 0)))).toBe("0|- 1|0 2|1 3|2 4|3 5|4 6|5 7|6 8|7 9|8");
    expect(beadNotation(align(ENGLISH, withoutParagraph(SIMPLIFIED, 6)))).toBe("0|0 1|1 2|2 3|3 4|4 5|5 6|- 7|6 8|7 9|8");
    expect(beadNotation(align(ENGLISH, withoutParagraph(SIMPLIFIED, 9)))).toBe("0|0 1|1 2|2 3|3 4|4 5|5 6|6 7|7 8|8 9|-");
  });

  it("leaves a Chinese paragraph the English lacks unmatched, at the start, middle and end", () => {
    expect(beadNotation(align(withoutParagraph(ENGLISH, 0), TRADITIONAL))).toBe("-|0 0|1 1|2 2|3 3|4 4|5 5|6 6|7 7|8 8|9");
    expect(beadNotation(align(withoutParagraph(ENGLISH, 7), TRADITIONAL))).toBe("0|0 1|1 2|2 3|3 4|4 5|5 6|6 -|7 7|8 8|9");
    expect(beadNotation(align(withoutParagraph(ENGLISH, 9), TRADITIONAL))).toBe("0|0 1|1 2|2 3|3 4|4 5|5 6|6 7|7 8|8 -|9");
  });

  it("scores an unmatched paragraph below a matched one", () => {
    const beads = align(ENGLISH, withoutParagraph(SIMPLIFIED, 9));
    const unmatched = beads.at(-1);
    expect(unmatched?.target).toEqual([]);
    expect(unmatched?.score).toBeLessThan(0.5);
  });

  it("uses shared numbers to place a missing paragraph among paragraphs of similar length", () => {
    // 7 and 8 differ in length, but 2019/2026 decide which one the translation kept.
    expect(beadNotation(align(ENGLISH.slice(6, 9), [SIMPLIFIED[6] ?? "", SIMPLIFIED[8] ?? ""]))).toBe("0|0 1|- 2|1");
  });

  it("aligns repeated identical paragraphs in order", () => {
    const english = ["Photo: Reuters", ENGLISH[0] ?? "", "Photo: Reuters", ENGLISH[1] ?? "", "Photo: Reuters"];
    const chinese = ["图片：路透社", SIMPLIFIED[0] ?? "", "图片：路透社", SIMPLIFIED[1] ?? "", "图片：路透社"];
    expect(beadNotation(align(english, chinese))).toBe("0|0 1|1 2|2 3|3 4|4");
  });

  it("aligns one-paragraph documents", () => {
    expect(beadNotation(align([ENGLISH[4] ?? ""], [SIMPLIFIED[4] ?? ""]))).toBe("0|0");
  });

  it("returns every paragraph unmatched when the other side is empty", () => {
    expect(beadNotation(align(ENGLISH.slice(0, 3), []))).toBe("0|- 1|- 2|-");
    expect(beadNotation(align([], SIMPLIFIED.slice(0, 2)))).toBe("-|0 -|1");
  });

  it("returns no beads when both sides are empty", () => {
    expect(align([], [])).toEqual([]);
  });

  it("keeps long documents aligned one to one (banded search)", () => {
    const english: string[] = [];
    const chinese: string[] = [];
    for (let copy = 0; copy < 30; copy++) {
      english.push(...ENGLISH);
      chinese.push(...SIMPLIFIED);
    }
    const beads = align(english, withoutParagraph(chinese, 150));
    const unmatched = beads.filter((bead) => bead.target.length === 0).map((bead) => bead.source);
    expect(unmatched).toEqual([[150]]);
    expect(beads.filter((bead) => bead.source.length === 1 && bead.target.length === 1)).toHaveLength(299);
  });
});
