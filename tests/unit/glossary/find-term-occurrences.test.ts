import { describe, expect, it } from "vitest";
import { findTermOccurrences } from "@/core/glossary/find-term-occurrences";
import type { Term } from "@/core/glossary/term";
import type { ContentLanguage } from "@/core/languages";

const term = (english: string[], hans: string, hant: string, extra: Partial<Term> = {}): Term => ({
  english,
  hansPreferred: hans,
  hantPreferred: hant,
  hansAllowed: [],
  hantAllowed: [],
  forbidden: [],
  note: null,
  ...extra,
});

const TERMS: Term[] = [
  term(["database"], "数据库", "資料庫", { hantAllowed: ["數據庫"] }),
  term(["data"], "数据", "資料", { hantAllowed: ["數據"] }),
  term(["artificial intelligence", "AI"], "人工智能", "人工智慧", { hantAllowed: ["人工智能"] }),
  term(["server"], "服务器", "伺服器", { forbidden: ["服务员", "服務員"] }),
  term(["policy"], "政策", "政策"),
  term(["software"], "软件", "軟體", { hantAllowed: ["軟件"] }),
];

/** `matched text:kind:term` for each occurrence. */
const found = (text: string, language: ContentLanguage) =>
  findTermOccurrences(text, language, TERMS).map(
    (occurrence) => `${text.slice(occurrence.start, occurrence.end)}:${occurrence.kind}:${TERMS[occurrence.termIndex]?.english[0]}`,
  );

describe("findTermOccurrences in English", () => {
  it("matches case-insensitively on word boundaries", () => {
    expect(found("The Database and the DATA. Metadata is not data-free.", "en")).toEqual([
      "Database:preferred:database",
      "DATA:preferred:data",
      "data:preferred:data",
    ]);
  });

  it("tolerates plural and possessive endings", () => {
    expect(found("Two databases, the database's index, new policies and one policy.", "en")).toEqual([
      "databases:preferred:database",
      "database's:preferred:database",
      "policies:preferred:policy",
      "policy:preferred:policy",
    ]);
  });

  it("matches multi-word names across line breaks and hyphens", () => {
    expect(found("Artificial\nintelligence and artificial-intelligence tools", "en")).toEqual([
      "Artificial\nintelligence:preferred:artificial intelligence",
      "artificial-intelligence:preferred:artificial intelligence",
    ]);
  });

  it("matches a name in capitals case-sensitively", () => {
    expect(found("AI systems, said Ai; maintain", "en")).toEqual(["AI:preferred:artificial intelligence"]);
  });

  it("returns UTF-16 offsets and the glossary's rendering", () => {
    expect(findTermOccurrences("𠮷 servers", "en", TERMS)).toEqual([
      { termIndex: 3, start: 3, end: 10, rendering: "server", kind: "preferred" },
    ]);
  });
});

describe("findTermOccurrences in Chinese", () => {
  it("finds Simplified preferred and forbidden renderings", () => {
    expect(found("服务器不是服务员，数据存在数据库里", "zh-Hans")).toEqual([
      "服务器:preferred:server",
      "服务员:forbidden:server",
      "数据:preferred:data",
      "数据库:preferred:database",
    ]);
  });

  it("finds Traditional preferred and allowed renderings, longest first", () => {
    expect(found("資料庫、數據庫與資料；軟體或軟件；人工智慧或人工智能", "zh-Hant")).toEqual([
      "資料庫:preferred:database",
      "數據庫:allowed:database",
      "資料:preferred:data",
      "軟體:preferred:software",
      "軟件:allowed:software",
      "人工智慧:preferred:artificial intelligence",
      "人工智能:allowed:artificial intelligence",
    ]);
  });

  it("does not fold scripts: a Traditional rendering is not found in a Simplified text", () => {
    expect(found("資料庫", "zh-Hans")).toEqual([]);
  });

  it("keeps offsets right after characters outside the BMP", () => {
    expect(findTermOccurrences("𠮷软件", "zh-Hans", TERMS)).toEqual([
      { termIndex: 5, start: 2, end: 4, rendering: "软件", kind: "preferred" },
    ]);
  });

  it("prefers a preferred rendering over a forbidden one of another term at the same place", () => {
    const terms = [term(["server"], "服务器", "伺服器", { forbidden: ["服務員"] }), term(["waiter"], "服务员", "服務員")];
    expect(findTermOccurrences("服務員", "zh-Hant", terms).map((o) => `${o.termIndex}:${o.kind}`)).toEqual(["1:preferred"]);
  });

  it("gives nothing for an empty text or glossary", () => {
    expect(findTermOccurrences("", "zh-Hans", TERMS)).toEqual([]);
    expect(findTermOccurrences("数据库", "zh-Hans", [])).toEqual([]);
  });
});
