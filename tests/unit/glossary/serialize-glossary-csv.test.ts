import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseGlossaryCsv } from "@/core/glossary/parse-glossary-csv";
import { serializeGlossaryCsv } from "@/core/glossary/serialize-glossary-csv";
import type { Term } from "@/core/glossary/term";
import { inputErrorOf } from "../support/input-error";

const term = (fields: Partial<Term> & Pick<Term, "english" | "hansPreferred" | "hantPreferred">): Term => ({
  hansAllowed: [],
  hantAllowed: [],
  hansForbidden: [],
  hantForbidden: [],
  note: null,
  noteZhHans: null,
  noteZhHant: null,
  ...fields,
});

const HEADER = "en,zh-Hans,zh-Hant,zh-Hans-allowed,zh-Hant-allowed,forbidden,note,note-zh-Hans,note-zh-Hant\r\n";

describe("serializeGlossaryCsv", () => {
  it("writes the DESIGN.md columns and the two note columns, alternatives joined with |, CRLF after every record", () => {
    const csv = serializeGlossaryCsv([
      term({ english: ["video", "clip"], hansPreferred: "视频", hantPreferred: "影片", hansAllowed: ["录像"], hantAllowed: ["視頻", "錄影"] }),
      term({ english: ["server"], hansPreferred: "服务器", hantPreferred: "伺服器", hansForbidden: ["服务员", "服務員"], hantForbidden: ["服务员", "服務員"], note: "computer", noteZhHant: "電腦" }),
    ]);
    expect(csv).toBe(`${HEADER}video|clip,视频,影片,录像,視頻|錄影,,,,\r\nserver,服务器,伺服器,,,服务员|服務員,computer,,電腦\r\n`);
  });

  it("writes zh-Hans-forbidden and zh-Hant-forbidden only when a version forbids a rendering the other does not, and reads them back", () => {
    const terms = [
      term({ english: ["artificial intelligence"], hansPreferred: "人工智能", hantPreferred: "人工智慧", hantForbidden: ["人工智能"] }),
      term({ english: ["server"], hansPreferred: "服务器", hantPreferred: "伺服器", hansForbidden: ["服务员"], hantForbidden: ["服务员", "服務員"] }),
    ];
    const csv = serializeGlossaryCsv(terms);
    expect(csv).toBe(
      "en,zh-Hans,zh-Hant,zh-Hans-allowed,zh-Hant-allowed,forbidden,note,note-zh-Hans,note-zh-Hant,zh-Hans-forbidden,zh-Hant-forbidden\r\n" +
        "artificial intelligence,人工智能,人工智慧,,,,,,,,人工智能\r\n" +
        "server,服务器,伺服器,,,服务员,,,,,服務員\r\n",
    );
    expect(parseGlossaryCsv(csv, "g.csv")).toEqual(terms);
  });

  it("quotes a field with a comma, a quote or a line break, doubling its quotes (RFC 4180)", () => {
    const csv = serializeGlossaryCsv([
      term({ english: ["server"], hansPreferred: "服务器", hantPreferred: "伺服器", note: 'The computer sense, not a "waiter";\nsee 服務員', noteZhHans: "甲，乙" }),
    ]);
    expect(csv).toBe(`${HEADER}server,服务器,伺服器,,,,"The computer sense, not a ""waiter"";\nsee 服務員",甲，乙,\r\n`);
  });

  it("writes the header alone for an empty glossary, which reads back as no terms", () => {
    expect(serializeGlossaryCsv([])).toBe(HEADER);
    expect(parseGlossaryCsv(serializeGlossaryCsv([]), "g.csv")).toEqual([]);
  });

  it("round-trips the demo glossary", () => {
    const text = readFileSync(path.resolve(import.meta.dirname, "../../../demo/glossary.csv"), "utf8");
    const terms = parseGlossaryCsv(text, "demo/glossary.csv");
    expect(parseGlossaryCsv(serializeGlossaryCsv(terms), "again.csv")).toEqual(terms);
  });

  it("round-trips awkward values: quotes, commas, CR LF and LF in notes, characters outside the BMP", () => {
    const terms = [
      term({
        english: ["line, \"quoted\"", "second name"],
        hansPreferred: "𠮷野家",
        hantPreferred: "𠮷野家",
        note: "a\r\nb\nc, \"d\"",
        noteZhHans: "“引号”，逗号",
        noteZhHant: "「引號」,逗號",
      }),
    ];
    expect(parseGlossaryCsv(serializeGlossaryCsv(terms), "g.csv")).toEqual(terms);
  });

  it("refuses a rendering holding |, which would read back as two alternatives", () => {
    expect(inputErrorOf(() => serializeGlossaryCsv([term({ english: ["a|b"], hansPreferred: "甲", hantPreferred: "甲" })]))).toMatch(
      /^term 1 \(a\|b\): the en value "a\|b" cannot be written to CSV/,
    );
  });
});
