import { describe, expect, it } from "vitest";
import { buildAnchorProfiles, sharedAnchorWeights } from "../../../../core/align/evidence/shared-anchors";

describe("buildAnchorProfiles", () => {
  const english = ["GDP grew 5.2% in 2024, and 5G coverage reached 90%.", "The API is open.", "Nothing to see."];
  const chinese = ["2024年GDP增长5.2%，5G覆盖率达到百分之九十。", "该API已开放。", "无可奉告。"];
  const profiles = buildAnchorProfiles(english, chinese);
  const shared = (e: number, c: number) => {
    const out = new Float64Array(2);
    sharedAnchorWeights(profiles.english[e] ?? new Int32Array(), profiles.chinese[c] ?? new Int32Array(), profiles.weights, profiles.missableWeights, out);
    return out[0] ?? 0;
  };

  it("matches numbers, years and Latin tokens across the languages", () => {
    // 5.2, 2024, gdp, 5 (from 5G), 5g, 90
    expect(shared(0, 0)).toBeCloseTo(6);
    expect(shared(1, 1)).toBeCloseTo(1);
  });

  it("finds nothing between paragraphs that share no anchor", () => {
    expect(shared(0, 1)).toBe(0);
    expect(shared(2, 2)).toBe(0);
  });

  it("weighs an anchor found in many paragraphs less", () => {
    const repeated = buildAnchorProfiles(["In 2024 …", "In 2024 …", "In 2024 …", "In 2024 …"], ["2024年", "2024年", "2024年", "2024年"]);
    expect(repeated.weights[0]).toBeCloseTo(0.5);
  });

  it("counts numbers and Latin tokens as missable, not quotation structure", () => {
    const quoted = buildAnchorProfiles(["He said, “Go.” In 2024 …"], ["他说：「去。」2024年……"]);
    const out = new Float64Array(2);
    sharedAnchorWeights(quoted.english[0] ?? new Int32Array(), quoted.chinese[0] ?? new Int32Array(), quoted.weights, quoted.missableWeights, out);
    expect([...out]).toEqual([2, 1]); // q:1 and 2024 shared; only 2024 missable
  });

  it("adds a paragraph's numbers that the other document never states to its missable weight", () => {
    const dropped = buildAnchorProfiles(["In 2019 the city opened 3 libraries."], ["2019年，该市开设了3家图书馆。", "1998年拆了45座桥。"]);
    expect(dropped.chineseMissable[0]).toBeCloseTo(2); // 2019 and 3, shared
    expect(dropped.chineseMissable[1]).toBeCloseTo(2); // 1998 and 45, Chinese only
  });

  it("drops anchors found on one side only", () => {
    expect(profiles.english[2]).toHaveLength(0);
    expect(buildAnchorProfiles([], []).weights).toHaveLength(0);
  });
});
