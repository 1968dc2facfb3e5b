import { describe, expect, it } from "vitest";
import { describeConfidence } from "../../../components/article/confidence";

describe("describeConfidence", () => {
  it("marks rows below 0.6 as uncertain, with a whole percentage", () => {
    expect(describeConfidence({ confidence: 0.934, reasons: [] })).toEqual({ uncertain: false, percent: 93, reasons: [] });
    expect(describeConfidence({ confidence: 0.35, reasons: [] }).uncertain).toBe(true);
  });

  it("splits reasons into a kind the interface translates and its detail", () => {
    const reasons = ["pairings-disagree:en-zh-Hant", "unmatched:zh-Hans", "low-similarity:zh-Hans-zh-Hant"];
    expect(describeConfidence({ confidence: 0.2, reasons }).reasons).toEqual([
      { kind: "pairings-disagree", detail: "en-zh-Hant" },
      { kind: "unmatched", detail: "zh-Hans" },
      { kind: "low-similarity", detail: "zh-Hans-zh-Hant" },
    ]);
  });

  it("passes reasons of other kinds through as text", () => {
    expect(describeConfidence({ confidence: 0.4, reasons: ["split-by-editor:en"] }).reasons).toEqual([
      { kind: "other", text: "split-by-editor:en" },
    ]);
  });
});
