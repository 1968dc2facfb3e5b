import { describe, expect, it } from "vitest";
import { checkArticle, type ComputedFlag } from "@/core/flags";
import { GLOSSARY, row, term } from "./support";

/** `kind lang row:paragraph term expected→found` per flag: one readable line each. */
const summary = (flags: ComputedFlag[]) =>
  flags.map((flag) => `${flag.kind} ${flag.language} ${flag.rowPosition}:${flag.paragraphPosition} ${flag.term} ${flag.expected}→${flag.found}`);

const check = (...rows: Parameters<typeof row>[1][]) => summary(checkArticle(rows.map((texts, k) => row(k, texts)), GLOSSARY));

describe("glossary-missing", () => {
  it("flags a Chinese version that uses none of the renderings of a term the English names", () => {
    expect(check({ en: "The project starts in May.", "zh-Hans": "这项工作五月开始。", "zh-Hant": "這個專案五月開始。" })).toEqual([
      "glossary-missing zh-Hans 0:0 project 项目→null",
    ]);
  });

  it("gives the flag's fields: term index, expected, found null, the row's first paragraph, no details", () => {
    const [flag] = checkArticle([row(0, { en: "Servers.", "zh-Hans": "机器。" })], GLOSSARY);
    expect(flag).toEqual({
      kind: "glossary-missing",
      language: "zh-Hans",
      rowPosition: 0,
      paragraphPosition: 0,
      termIndex: 2,
      term: "server",
      expected: "服务器",
      found: null,
      details: {},
    });
  });

  it("recognises the English term inflected: plural, possessive, capitalised, hyphenated", () => {
    expect(check({ en: "PROJECTS", "zh-Hans": "工作" }, { en: "The Project's budget", "zh-Hans": "预算" })).toEqual([
      "glossary-missing zh-Hans 0:0 project 项目→null",
      "glossary-missing zh-Hans 1:1 project 项目→null",
    ]);
    expect(check({ en: "Artificial-intelligence tools", "zh-Hant": "工具" })).toEqual(["glossary-missing zh-Hant 0:0 artificial intelligence 人工智慧→null"]);
  });

  it("does not flag an inflected English term the version renders", () => {
    expect(check({ en: "Two projects' budgets and the Software's servers", "zh-Hans": "两个项目的预算和软件的服务器" })).toEqual([]);
  });

  it("does not flag an allowed rendering (計畫, 軟件), or the English name kept in the Chinese (AI分诊)", () => {
    expect(check({ en: "The project uses software.", "zh-Hant": "這項計畫使用軟件。" })).toEqual([]);
    expect(check({ en: "AI triage", "zh-Hans": "AI分诊", "zh-Hant": "AI檢傷" })).toEqual([]);
  });

  it("does not flag a rendering inside a longer word (护士长, charge nurse) or begun in one (護理長 for 護理師)", () => {
    expect(check({ en: "said the charge nurse", "zh-Hans": "护士长说", "zh-Hant": "護理長說" })).toEqual([]);
  });

  it("does not flag a regional rendering OpenCC's tables give for the zh-Hans one (影像, Hong Kong's video)", () => {
    expect(check({ en: "It streams video.", "zh-Hant": "它傳輸影像。" })).toEqual([]);
  });

  it("ignores a version the row does not have, and a row with no English", () => {
    expect(check({ en: "The project", "zh-Hant": "專案" }, { "zh-Hans": "工作" })).toEqual([]);
  });
});

describe("glossary-forbidden", () => {
  it("flags a forbidden rendering of a term the English names, instead of glossary-missing", () => {
    expect(check({ en: "The server restarted.", "zh-Hans": "服务员重新启动了。", "zh-Hant": "伺服器重新啟動了。" })).toEqual([
      "glossary-forbidden zh-Hans 0:0 server 服务器→服务员",
    ]);
  });

  it("does not flag 服务员 in a row about a waiter", () => {
    expect(check({ en: "The waiter brought tea.", "zh-Hans": "服务员端来了茶。", "zh-Hant": "服務員端來了茶。" })).toEqual([]);
  });

  it("does not flag it beside the right rendering, when the English names the term no more often", () => {
    expect(check({ en: "The server room has a waiter.", "zh-Hans": "服务器机房里有一名服务员。" })).toEqual([]);
  });

  it("flags it in a row without English, each forbidden rendering once", () => {
    expect(check({ "zh-Hans": "服务员重启了，服务员又重启了。", "zh-Hant": "用因特網連線" })).toEqual([
      "glossary-forbidden zh-Hans 0:0 server 服务器→服务员",
      "glossary-forbidden zh-Hant 0:0 internet 網際網路→因特網",
    ]);
  });
});

describe("glossary-forbidden in one version only", () => {
  // A Taiwan house style: 人工智能 is the Simplified edition's word and refused in the Traditional one.
  const taiwanStyle = [term(["artificial intelligence", "AI"], "人工智能", "人工智慧", { hantForbidden: ["人工智能"] })];

  it("flags 人工智能 in the Traditional version and not in the Simplified one, where it is the preferred rendering", () => {
    const flags = checkArticle([row(0, { en: "AI reads the scans.", "zh-Hans": "人工智能读取影像。", "zh-Hant": "人工智能讀取影像。" })], taiwanStyle);
    expect(summary(flags)).toEqual(["glossary-forbidden zh-Hant 0:0 artificial intelligence 人工智慧→人工智能"]);
  });

  it("does not flag a Traditional version that writes 人工智慧", () => {
    expect(summary(checkArticle([row(0, { en: "AI reads the scans.", "zh-Hans": "人工智能读取影像。", "zh-Hant": "人工智慧讀取影像。" })], taiwanStyle))).toEqual([]);
  });
});

describe("sc-tc-mismatch", () => {
  it("flags a zh-Hant rendering that is no regional counterpart of the zh-Hans one (项目 / 計畫)", () => {
    const flags = checkArticle([row(0, { en: "The project", "zh-Hans": "这个项目", "zh-Hant": "這個計畫" })], GLOSSARY);
    expect(summary(flags)).toEqual(["sc-tc-mismatch zh-Hant 0:0 project 專案→計畫"]);
    expect(flags[0]?.details).toEqual({ otherRendering: "项目" });
  });

  it("expects the glossary's zh-Hant counterpart of the zh-Hans rendering (錄影 for 录像), or none when zh-Hant has the preferred one", () => {
    expect(check({ en: "video", "zh-Hans": "录像", "zh-Hant": "影片" })).toEqual(["sc-tc-mismatch zh-Hant 0:0 video 錄影→影片"]);
    const glossary = [term(["video"], "视频", "影片", { hansAllowed: ["短片"] })];
    const flags = checkArticle([row(0, { en: "video", "zh-Hans": "短片", "zh-Hant": "影片" })], glossary);
    expect(flags.map((flag) => [flag.kind, flag.expected, flag.found])).toEqual([["sc-tc-mismatch", null, "影片"]]);
  });

  it("does not flag regional counterparts: the preferred pair, the same word in the other script, a pair OpenCC knows", () => {
    expect(check({ en: "software", "zh-Hans": "软件", "zh-Hant": "軟體" })).toEqual([]);
    expect(check({ en: "software", "zh-Hans": "软件", "zh-Hant": "軟件" })).toEqual([]);
    expect(check({ en: "video", "zh-Hans": "录像", "zh-Hant": "錄影" })).toEqual([]);
  });

  it("does not take 项目 inside 各项目标 (each goal) for a rendering", () => {
    expect(check({ en: "Each goal of the project was met.", "zh-Hans": "该工程的各项目标均已达成。", "zh-Hant": "該計畫的各項目標均已達成。" })).toEqual([]);
    expect(check({ en: "Each goal of the project was met.", "zh-Hans": "该项目的各项目标均已达成。", "zh-Hant": "該計畫的各項目標均已達成。" })).toEqual([
      "sc-tc-mismatch zh-Hant 0:0 project 專案→計畫",
    ]);
  });

  it("compares nothing when a version renders the term in two ways more often than the English names it", () => {
    expect(check({ en: "The video", "zh-Hans": "视频和录像", "zh-Hant": "影片" })).toEqual([]);
  });

  it("still compares a rendering the version repeats where the English says it", () => {
    expect(check({ en: "The project is late, and it is over budget.", "zh-Hans": "项目延误了，项目也超支了。", "zh-Hant": "計畫延誤了，計畫也超支了。" })).toEqual([
      "sc-tc-mismatch zh-Hant 0:0 project 專案→計畫",
    ]);
  });
});

describe("inconsistent-rendering", () => {
  it("flags each row using a minority rendering, with the counts of every rendering", () => {
    const rows = [
      row(0, { en: "The project", "zh-Hant": "專案" }),
      row(1, { en: "The project", "zh-Hant": "專案" }),
      row(2, { en: "The project and its project team", "zh-Hant": "專案與專案團隊" }),
      row(3, { en: "The project", "zh-Hant": "計畫" }),
    ];
    const flags = checkArticle(rows, GLOSSARY);
    expect(summary(flags)).toEqual(["inconsistent-rendering zh-Hant 3:3 project 專案→計畫"]);
    expect(flags[0]?.details).toEqual({ renderingCounts: { 專案: 4, 計畫: 1 } });
  });

  it("breaks a tie in favour of the preferred rendering", () => {
    expect(check({ en: "software", "zh-Hant": "軟件" }, { en: "software", "zh-Hant": "軟體" })).toEqual([
      "inconsistent-rendering zh-Hant 0:0 software 軟體→軟件",
    ]);
  });

  it("does not count renderings in rows whose English does not name the term, nor forbidden ones", () => {
    expect(check({ en: "The project", "zh-Hans": "项目" }, { en: "The plan", "zh-Hant": "計畫" }, { en: "The project", "zh-Hant": "專案" })).toEqual([]);
    expect(check({ en: "server", "zh-Hans": "服务器" }, { en: "server", "zh-Hans": "服务员" })).toEqual([
      "glossary-forbidden zh-Hans 1:1 server 服务器→服务员",
    ]);
  });
});

describe("checkArticle", () => {
  it("finds nothing with an empty glossary or no rows", () => {
    expect(checkArticle([row(0, { en: "The project", "zh-Hans": "工作" })], [])).toEqual([]);
    expect(checkArticle([], GLOSSARY)).toEqual([]);
  });

  it("sorts flags by row, then kind, then language", () => {
    expect(
      check(
        { en: "The project", "zh-Hans": "项目", "zh-Hant": "專案" },
        { en: "The project on the server", "zh-Hans": "服务员", "zh-Hant": "計畫" },
        { en: "The project", "zh-Hans": "项目", "zh-Hant": "專案" },
      ),
    ).toEqual([
      "glossary-missing zh-Hans 1:1 project 项目→null",
      "glossary-missing zh-Hant 1:1 server 伺服器→null",
      "glossary-forbidden zh-Hans 1:1 server 服务器→服务员",
      "inconsistent-rendering zh-Hant 1:1 project 專案→計畫",
    ]);
  });
});

describe("glossary-missing with the other edition's word", () => {
  it("names the other variant's rendering written in this version's script as found, and its paragraph", () => {
    const rows = [row(0, { en: "The project's server", "zh-Hans": "该项目的服务器", "zh-Hant": "該項目的服務器" })];
    expect(summary(checkArticle(rows, GLOSSARY))).toEqual([
      "glossary-missing zh-Hant 0:0 project 專案→項目",
      "glossary-missing zh-Hant 0:0 server 伺服器→服務器",
    ]);
    expect(check({ en: "software", "zh-Hans": "这套软体" })).toEqual(["glossary-missing zh-Hans 0:0 software 软件→软体"]);
  });
});
