import { describe, expect, it } from "vitest";
import { describeConfidence } from "../../../core/align/confidence";

describe("describeConfidence", () => {
  it("marks rows below 0.6 as uncertain, with a whole percentage", () => {
    expect(describeConfidence({ confidence: 0.934, reasons: [] })).toEqual({ uncertain: false, percent: 93, reasons: [] });
    expect(describeConfidence({ confidence: 0.35, reasons: [] }).uncertain).toBe(true);
  });

  it("splits reasons into a kind the interface translates and its detail", () => {
    expect(describeConfidence({ confidence: 0.2, reasons: ["pairings-disagree:en-zh-Hant", "unmatched:zh-Hans"] }).reasons).toEqual([
      { kind: "pairings-disagree", detail: "en-zh-Hant" },
      { kind: "unmatched", detail: "zh-Hans" },
    ]);
  });

  it("passes reasons of other kinds through as text", () => {
    expect(describeConfidence({ confidence: 0.4, reasons: ["low-similarity:zh-Hans-zh-Hant"] }).reasons).toEqual([
      { kind: "other", text: "low-similarity:zh-Hans-zh-Hant" },
    ]);
  });
});
