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
    expect(terms).toHaveLength(23);
    expect(terms[0]).toEqual({
      english: ["software"],
      hansPreferred: "软件",
      hantPreferred: "軟體",
      hansAllowed: [],
      hantAllowed: ["軟件"],
      hansForbidden: [],
      hantForbidden: [],
      note: "Taiwan prefers 軟體; 軟件 is the Hong Kong form",
      noteZhHans: "台湾通用“軟體”，“軟件”是香港的写法",
      noteZhHant: "台灣通用「軟體」，「軟件」是香港的寫法",
    });
    expect(terms.every((term) => term.note && term.noteZhHans && term.noteZhHant)).toBe(true);
    expect(terms[1]?.english).toEqual(["artificial intelligence", "AI"]);
    // `forbidden` forbids its renderings in both versions.
    expect([terms[7]?.hansForbidden, terms[7]?.hantForbidden]).toEqual([["因特网", "因特網"], ["因特网", "因特網"]]);
  });

  it("splits alternatives on | and trims every value", () => {
    const [term] = parseGlossaryCsv(`${HEADER}\n video | clip ,视频,影片, 录像 ,視頻| 錄影 ,,`, "g.csv");
    expect(term).toEqual({
      english: ["video", "clip"],
      hansPreferred: "视频",
      hantPreferred: "影片",
      hansAllowed: ["录像"],
      hantAllowed: ["視頻", "錄影"],
      hansForbidden: [],
      hantForbidden: [],
      note: null,
      noteZhHans: null,
      noteZhHant: null,
    });
  });

  it("reads the notes in the Chinese interfaces from the optional note columns, in either order", () => {
    const [both] = parseGlossaryCsv(`${HEADER},note-zh-Hans,note-zh-Hant\nnurse,护士,護理師,,護士,,Taiwan title,台湾职称,台灣職稱`, "g.csv");
    expect([both?.note, both?.noteZhHans, both?.noteZhHant]).toEqual(["Taiwan title", "台湾职称", "台灣職稱"]);
    const [swapped] = parseGlossaryCsv(`${HEADER},note-zh-Hant,note-zh-Hans\nnurse,护士,護理師,,,,,台灣職稱,`, "g.csv");
    expect([swapped?.note, swapped?.noteZhHans, swapped?.noteZhHant]).toEqual([null, null, "台灣職稱"]);
    const [one] = parseGlossaryCsv(`${HEADER},note-zh-Hans\nnurse,护士,護理師,,,,Taiwan title,台湾职称`, "g.csv");
    expect([one?.note, one?.noteZhHans, one?.noteZhHant]).toEqual(["Taiwan title", "台湾职称", null]);
  });

  it("refuses an unknown or repeated column after the note, naming it and the line", () => {
    expect(inputErrorOf(() => parseGlossaryCsv(`${HEADER},note-fr\nnurse,护士,護理師,,,,,x`, "g.csv"))).toMatch(
      /^g\.csv:1: unexpected column "note-fr"/,
    );
    expect(inputErrorOf(() => parseGlossaryCsv(`${HEADER},note-zh-Hans,note-zh-Hans\n`, "g.csv"))).toMatch(
      /^g\.csv:1: unexpected column "note-zh-Hans"/,
    );
  });

  it("counts the note columns in the number of fields a record needs", () => {
    expect(inputErrorOf(() => parseGlossaryCsv(`${HEADER},note-zh-Hans\nnurse,护士,護理師,,,,x`, "g.csv"))).toBe(
      "g.csv:2: expected 8 fields, found 7",
    );
  });

  it("reads quoted fields: a note with commas, quotes and a line break", () => {
    const [term] = parseGlossaryCsv(`${HEADER}\r\nserver,服务器,伺服器,,,"服务员|服務員","The computer sense, not a ""waiter"";\nsee 服務員"\r\n`, "g.csv");
    expect(term?.hansForbidden).toEqual(["服务员", "服務員"]);
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

describe("parseGlossaryCsv with several bad records", () => {
  it("lists every bad line in one error, in line order", () => {
    const text = `${HEADER}\nsoftware,软件,軟體,,,,\n,网络,網路,,,,\nnetwork,网络,網路\nnet,网络,網路,,,,\nweb,网络,網路,,,,\nsoftware,软件|软体,軟體,,,,`;
    expect(inputErrorOf(() => parseGlossaryCsv(text, "g.csv"))).toBe(
      "g.csv:3: 4 invalid entries: line 3: the en column is empty; line 4: expected 7 fields, found 3; " +
        "line 6: duplicate term: zh-Hans 网络 / zh-Hant 網路 is already on line 5; line 7: zh-Hans holds one preferred rendering; put the others in zh-Hans-allowed",
    );
  });
});
