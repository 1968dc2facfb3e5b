import { describe, expect, it } from "vitest";
import { glossaryFormatOfName, parseGlossaryFile, serializeGlossary } from "@/core/glossary/glossary-file";
import type { Term } from "@/core/glossary/term";
import { inputErrorOf } from "../support/input-error";

const software: Term = {
  english: ["software"],
  hansPreferred: "软件",
  hantPreferred: "軟體",
  hansAllowed: [],
  hantAllowed: ["軟件"],
  hansForbidden: [],
  hantForbidden: [],
  note: null,
  noteZhHans: null,
  noteZhHant: null,
};

describe("glossary files", () => {
  it("tell the format from the extension, in any case", () => {
    expect(["g.csv", "G.CSV", "g.tbx", "g.TBX", "g.xml", "g.txt", "csv"].map(glossaryFormatOfName)).toEqual([
      "csv",
      "csv",
      "tbx",
      "tbx",
      "tbx",
      null,
      null,
    ]);
  });

  it("read each format by its extension, else by its content", () => {
    const csv = serializeGlossary([software], "csv");
    const tbx = serializeGlossary([{ ...software, source: "guide" }], "tbx");
    expect(parseGlossaryFile(csv, "g.csv")).toEqual([software]);
    expect(parseGlossaryFile(tbx, "g.tbx")).toEqual([{ ...software, source: "guide" }]);
    expect(parseGlossaryFile(csv, "glossary")).toEqual([software]);
    expect(parseGlossaryFile(`\uFEFF${tbx}`, "glossary")).toEqual([{ ...software, source: "guide" }]);
  });

  it("trust the extension over the content: TBX named .csv is read as CSV and refused", () => {
    expect(inputErrorOf(() => parseGlossaryFile(serializeGlossary([software], "tbx"), "g.csv"))).toMatch(/^g\.csv:1: /);
  });
});
