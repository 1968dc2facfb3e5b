import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseGlossaryCsv } from "@/core/glossary/parse-glossary-csv";
import { inputErrorOf } from "../support/input-error";

const HEADER = "en,zh-Hans,zh-Hant,zh-Hans-allowed,zh-Hant-allowed,forbidden,note";

describe("parseGlossaryCsv", () => {
  it("reads the demo glossary", () => {
    const text = readFileSync(path.resolve(import.meta.dirname, "../../../demo/glossary.csv"), "utf8");
    const terms = parseGlossaryCsv(text, "demo/glossary.csv");
    expect(terms).toHaveLength(15);
    expect(terms[0]).toEqual({
      english: ["software"],
      hansPreferred: "软件",
      hantPreferred: "軟體",
      hansAllowed: [],
      hantAllowed: ["軟件"],
      forbidden: [],
      note: "Taiwan prefers 軟體; 軟件 is the Hong Kong form",
    });
    expect(terms[1]?.english).toEqual(["artificial intelligence", "AI"]);
    expect(terms[7]?.forbidden).toEqual(["因特网", "因特網"]);
  });

  it("splits alternatives on | and trims every value", () => {
    const [term] = parseGlossaryCsv(`${HEADER}\n video | clip ,视频,影片, 录像 ,視頻| 錄影 ,,`, "g.csv");
    expect(term).toEqual({
      english: ["video", "clip"],
      hansPreferred: "视频",
      hantPreferred: "影片",
      hansAllowed: ["录像"],
      hantAllowed: ["視頻", "錄影"],
      forbidden: [],
      note: null,
    });
  });

  it("reads quoted fields: a note with commas, quotes and a line break", () => {
    const [term] = parseGlossaryCsv(`${HEADER}\r\nserver,服务器,伺服器,,,"服务员|服務員","The computer sense, not a ""waiter"";\nsee 服務員"\r\n`, "g.csv");
    expect(term?.forbidden).toEqual(["服务员", "服務員"]);
    expect(term?.note).toBe('The computer sense, not a "waiter";\nsee 服務員');
  });

  it("gives no terms for a header alone", () => {
    expect(parseGlossaryCsv(`${HEADER}\n`, "g.csv")).toEqual([]);
  });

  it("rejects an empty file", () => {
    expect(inputErrorOf(() => parseGlossaryCsv("", "g.csv"))).toMatch(/^g\.csv:1: the glossary is empty/);
  });

  it("rejects a header with other or reordered columns", () => {
    expect(inputErrorOf(() => parseGlossaryCsv("en,zh-Hant,zh-Hans,zh-Hans-allowed,zh-Hant-allowed,forbidden,note\n", "g.csv"))).toBe(
      `g.csv:1: expected the columns ${HEADER} but found en,zh-Hant,zh-Hans,zh-Hans-allowed,zh-Hant-allowed,forbidden,note`,
    );
  });

  it("rejects a record with the wrong number of fields, naming its line", () => {
    expect(inputErrorOf(() => parseGlossaryCsv(`${HEADER}\nsoftware,软件,軟體,,,,\nnetwork,网络,網路`, "g.csv"))).toBe(
      "g.csv:3: expected 7 fields, found 3",
    );
  });

  it("rejects a missing English name or preferred rendering", () => {
    expect(inputErrorOf(() => parseGlossaryCsv(`${HEADER}\n,软件,軟體,,,,`, "g.csv"))).toBe("g.csv:2: the en column is empty");
    expect(inputErrorOf(() => parseGlossaryCsv(`${HEADER}\nsoftware,软件, ,,,,`, "g.csv"))).toBe("g.csv:2: the zh-Hant column is empty");
  });

  it("rejects two preferred renderings", () => {
    expect(inputErrorOf(() => parseGlossaryCsv(`${HEADER}\nsoftware,软件|软体,軟體,,,,`, "g.csv"))).toMatch(
      /^g\.csv:2: zh-Hans holds one preferred rendering/,
    );
  });

  it("names the line of a quoting error after a multi-line field", () => {
    expect(inputErrorOf(() => parseGlossaryCsv(`${HEADER}\na,b,c,,,,"x\ny"\nd,e"f,g,,,,`, "g.csv"))).toMatch(/^g\.csv:4: a quote/);
  });
});
