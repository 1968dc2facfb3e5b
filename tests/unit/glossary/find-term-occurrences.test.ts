import { describe, expect, it } from "vitest";
import { findTermOccurrences } from "@/core/glossary/find-term-occurrences";
import type { Term } from "@/core/glossary/term";
import type { ContentLanguage } from "@/core/languages";
import { term } from "../support/glossary-term";

const TERMS: Term[] = [
  term(["database"], "数据库", "資料庫", { hantAllowed: ["數據庫"] }),
  term(["data"], "数据", "資料", { hantAllowed: ["數據"] }),
  term(["artificial intelligence", "AI"], "人工智能", "人工智慧", { hantAllowed: ["人工智能"] }),
  term(["server"], "服务器", "伺服器", { hansForbidden: ["服务员", "服務員"], hantForbidden: ["服务员", "服務員"] }),
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

  it("knows the plurals that change a word's end: -is, -f/-fe, -man", () => {
    const terms = [term(["analysis"], "分析", "分析"), term(["life"], "生命", "生命"), term(["chairman"], "主席", "主席"), term(["chief"], "主管", "主管")];
    const names = (text: string) => findTermOccurrences(text, "en", terms).map((o) => text.slice(o.start, o.end));
    expect(names("Analyses and an analysis; lives, a life's end; chairmen, the Chairman's; chiefs; analysts; lifeline")).toEqual([
      "Analyses",
      "analysis",
      "lives",
      "life's",
      "chairmen",
      "Chairman's",
      "chiefs",
    ]);
  });

  it("matches the words of a name closed up too", () => {
    const terms = [term(["e-mail"], "电子邮件", "電子郵件"), term(["data set"], "数据集", "資料集")];
    const names = (text: string) => findTermOccurrences(text, "en", terms).map((o) => text.slice(o.start, o.end));
    expect(names("E-mails, an email, e mail; datasets, a data set's, data-set")).toEqual([
      "E-mails",
      "email",
      "e mail",
      "datasets",
      "data set's",
      "data-set",
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
    const terms = [term(["server"], "服务器", "伺服器", { hansForbidden: ["服務員"], hantForbidden: ["服務員"] }), term(["waiter"], "服务员", "服務員")];
    expect(findTermOccurrences("服務員", "zh-Hant", terms).map((o) => `${o.termIndex}:${o.kind}`)).toEqual(["1:preferred"]);
  });

  it("gives nothing for an empty text or glossary", () => {
    expect(findTermOccurrences("", "zh-Hans", TERMS)).toEqual([]);
    expect(findTermOccurrences("数据库", "zh-Hans", [])).toEqual([]);
  });
});

describe("findTermOccurrences on Chinese word boundaries", () => {
  const GLOSSARY: Term[] = [
    term(["project"], "项目", "專案", { hantAllowed: ["計畫", "計劃"] }),
    term(["video"], "视频", "影片", { hansAllowed: ["录像"], hantAllowed: ["視頻", "錄影"] }),
    term(["internet"], "互联网", "網際網路", { hantAllowed: ["互聯網", "網路"] }),
    term(["nurse"], "护士", "護理師", { hantAllowed: ["護士"] }),
    term(["network"], "网络", "網路", { hantAllowed: ["網絡"] }),
    ...TERMS,
  ];
  const marked = (text: string, language: ContentLanguage) =>
    findTermOccurrences(text, language, GLOSSARY).map((o) => text.slice(o.start, o.end));

  // False positives of substring matching: the rendering's characters belong to two words.
  it("does not find 项目 across the words of 这项目标 (this goal)", () => {
    expect(marked("这项目标很难在一年内达到。", "zh-Hans")).toEqual([]);
    expect(marked("這項目標很難在一年內達到。", "zh-Hant")).toEqual([]);
  });

  // ICU cuts 各|项目|标 (its Simplified dictionary lacks 各项), stranding 标, which belongs with 目.
  it("does not find 项目 in 各项目标 (each goal), but keeps it where the next character stands alone or starts a word", () => {
    expect(marked("各项目标均已完成。", "zh-Hans")).toEqual([]);
    expect(marked("各項目標均已完成。", "zh-Hant")).toEqual([]);
    expect(marked("该项目标志着合作的开始。", "zh-Hans")).toEqual(["项目"]);
    expect(marked("各项目的进展不一。", "zh-Hans")).toEqual(["项目"]);
    expect(marked("重点项目标准很高。", "zh-Hans")).toEqual(["项目"]);
  });

  // demo/articles/county-library-digital-archive/zh-Hant.md: 錄影帶 (videotape) is one word.
  it("does not find 錄影 inside 錄影帶 but finds it as a word of its own", () => {
    expect(marked("約600盤電影膠片和錄影帶，記錄了20世紀50年代以來的遊行、校園演出和市政會議。", "zh-Hant")).toEqual([]);
    expect(
      marked("影片數位化後佔用的儲存空間遠大於掃描頁面，館方不得不決定哪些錄影以最高品質保存。", "zh-Hant"),
    ).toEqual(["影片", "錄影"]);
  });

  // True matches from the demo articles that must stay marked.
  it("keeps the matches of the demo articles", () => {
    expect(marked("这个项目起步时规模并不大，最初只是财政局两名分析师的业余尝试。", "zh-Hans")).toEqual(["项目"]);
    expect(marked("這個專案的經費來自州文化", "zh-Hant")).toEqual(["專案"]);
    expect(marked("网络安全问题日益受到关注。", "zh-Hans")).toEqual(["网络"]);
    expect(marked("接受本文采访的护士们，态度比这些数字要谨慎。", "zh-Hans")).toEqual(["护士"]);
    expect(marked("台吊機改造為遙控操作，並計劃在明年年底前完成", "zh-Hant")).toEqual(["計劃"]);
  });

  it("finds a rendering of several words whole (人工智能 = 人工|智能)", () => {
    expect(marked("医院试用人工智能软件为急诊病人分诊。", "zh-Hans")).toEqual(["人工智能", "软件"]);
    expect(marked("醫院試用人工智慧軟體為急診病人分診。", "zh-Hant")).toEqual(["人工智慧", "軟體"]);
  });

  // ICU's dictionary lacks 互联网 (互|联|网) and cuts 互联网上 as 互|联|网上: its boundaries
  // say nothing about a word it does not know, so such a rendering is matched as a substring.
  it("matches a rendering the segmenter does not know as a substring", () => {
    expect(marked("并放到互联网上供公众免费查阅。", "zh-Hans")).toEqual(["互联网"]);
    expect(marked("並放到網際網路上供公眾免費查閱。", "zh-Hant")).toEqual(["網際網路"]);
  });
});

