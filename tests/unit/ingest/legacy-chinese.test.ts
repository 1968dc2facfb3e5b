import { describe, expect, it } from "vitest";
import { measureCommonCharacters } from "@/ingest/chinese-plausibility";
import { decodeLegacyChinese } from "@/ingest/legacy-chinese";
import { fixtureBytes } from "./fixtures";

describe("measureCommonCharacters", () => {
  it("scores real Chinese high and ignores ASCII", () => {
    const measure = measureCommonCharacters("Night trains 夜行列车回来了，车票提前售罄。");
    expect(measure.counted).toBe(15);
    expect(measure.share).toBeGreaterThan(0.8);
  });
  it("scores the wrong decoding of the same bytes low", () => {
    const gbkBytes = fixtureBytes("encodings/gbk-simplified.txt");
    const asBig5 = new TextDecoder("big5").decode(gbkBytes);
    expect(measureCommonCharacters(asBig5).share).toBeLessThan(0.3);
  });
  it("is zero for text without non-ASCII characters", () => {
    expect(measureCommonCharacters("plain ASCII")).toEqual({ counted: 0, share: 0 });
  });
});

describe("decodeLegacyChinese", () => {
  it("prefers the decoding with ordinary Chinese when both encodings accept the bytes", () => {
    const gbkBytes = fixtureBytes("encodings/gbk-simplified.txt");
    expect(() => new TextDecoder("big5", { fatal: true }).decode(gbkBytes)).not.toThrow(); // both are valid…
    expect(decodeLegacyChinese(gbkBytes)?.encoding).toBe("GB18030"); // …but only one reads as Chinese
  });
  it("returns null when neither decoding looks like Chinese", () => {
    expect(decodeLegacyChinese(fixtureBytes("encodings/latin1.txt"))).toBeNull();
  });
});
