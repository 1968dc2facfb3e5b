import { describe, expect, it } from "vitest";
import { buildAnchorProfiles, sharedAnchorWeight } from "../../../core/align/anchors";

describe("buildAnchorProfiles", () => {
  const english = ["GDP grew 5.2% in 2024, and 5G coverage reached 90%.", "The API is open.", "Nothing to see."];
  const chinese = ["2024年GDP增长5.2%，5G覆盖率达到百分之九十。", "该API已开放。", "无可奉告。"];
  const profiles = buildAnchorProfiles(english, chinese);
  const shared = (e: number, c: number) =>
    sharedAnchorWeight(profiles.english[e] ?? new Int32Array(), profiles.chinese[c] ?? new Int32Array(), profiles.weights);

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

  it("drops anchors found on one side only", () => {
    expect(profiles.english[2]).toHaveLength(0);
    expect(buildAnchorProfiles([], []).weights).toHaveLength(0);
  });
});
