import { describe, expect, it } from "vitest";
import { diffScripts } from "@/core/script-diff/diff-scripts";
import { defaultScriptDiffResources } from "@/core/script-diff/resources";
import { createWordList } from "@/core/script-diff/tokenize";
import { tokenizeChinese } from "@/core/script-diff/tokenize-chinese";
import type { ScriptDifference } from "@/core/script-diff/types";
import { show, showWithOffsets } from "./show";

describe("diffScripts: script-only differences are no differences", () => {
  it("ignores words that differ by script only", () => {
    expect(diffScripts("我们的软件很好用", "我們的軟件很好用")).toEqual([]);
  });

  it("ignores a one-to-many character the conversion resolves (发 → 髮)", () => {
    expect(diffScripts("她剪了头发", "她剪了頭髮")).toEqual([]);
  });

  it("ignores Taiwan forms in a Taiwan text and Hong Kong forms in a Hong Kong text (region detected)", () => {
    // 裡/著 make the first a Taiwan text (only 屏幕/螢幕 differs); 裏/着 the second a Hong Kong one.
    expect(show(diffScripts("他在驾驶室里看着屏幕", "他在駕駛室裡看著螢幕"))).toEqual(["regional-variant 屏幕|螢幕 (tw)"]);
    expect(diffScripts("他在驾驶室里看着屏幕", "他在駕駛室裏看着屏幕")).toEqual([]);
  });

  it("ignores whitespace, even where it changes how words are cut", () => {
    expect(diffScripts("软件 开发", "軟件開發")).toEqual([]);
    expect(diffScripts("遥控吊机配合5G专用网络 重塑", "遙控吊機配合5G專用網絡\u3000重塑")).toEqual([]);
  });

  it("gives nothing for two empty texts", () => {
    expect(diffScripts("", "")).toEqual([]);
  });
});

describe("diffScripts: variant forms", () => {
  it("reports corner quotes against curly quotes", () => {
    expect(show(diffScripts("“他们会明白，”她说", "「他們會明白，」她說"))).toEqual([
      "variant-form “|「",
      "variant-form ”|」",
    ]);
  });

  it("reports full-width against half-width forms", () => {
    expect(show(diffScripts("共3个", "共３個"))).toEqual(["variant-form 3|３"]);
  });

  it("reports 裏 in a text that follows Taiwan's standard, which writes 裡", () => {
    expect(show(diffScripts("在驾驶室里工作", "在駕駛室裏工作", { region: "tw" }))).toEqual(["variant-form 室里|室裏"]);
    expect(diffScripts("在驾驶室里工作", "在駕駛室裏工作", { region: "hk" })).toEqual([]);
  });

  it("reports 著 in a text that follows Hong Kong's standard, which writes 着", () => {
    expect(show(diffScripts("看着屏幕", "看著屏幕", { region: "hk" }))).toEqual(["variant-form 着|著"]);
    expect(diffScripts("看着屏幕", "看著屏幕", { region: "tw" })).toEqual([]);
  });

  it("reports a variant neither region writes (爲 for 为)", () => {
    expect(show(diffScripts("为人民服务", "爲人民服務"))).toEqual(["variant-form 为|爲"]);
  });

  it("accepts Hong Kong's own forms and the common ones in a Hong Kong text, not in a Taiwan one", () => {
    expect(diffScripts("卫生署说明", "衞生署説明", { region: "hk" })).toEqual([]);
    expect(diffScripts("卫生署说明", "衛生署說明", { region: "hk" })).toEqual([]);
    expect(show(diffScripts("卫生署", "衞生署", { region: "tw" }))).toEqual(["variant-form 卫|衞"]);
  });
});

describe("diffScripts: regional variants", () => {
  it("reports a regional word at a token boundary with its exact offsets", () => {
    expect(showWithOffsets(diffScripts("我们的软件很好用", "我們的軟體很好用"))).toEqual([
      "regional-variant 软件|軟體 [3,5|3,5]",
    ]);
  });

  it("names the region of the table, and the edition's region when both tables agree", () => {
    expect(show(diffScripts("公共移动网络", "公共流動網絡"))).toEqual(["regional-variant 移动网络|流動網絡 (hk)"]);
    expect(show(diffScripts("一台服务器", "一台伺服器", { region: "hk" }))).toEqual(["regional-variant 服务器|伺服器 (hk)"]);
    expect(show(diffScripts("一台服务器", "一台伺服器", { region: "tw" }))).toEqual(["regional-variant 服务器|伺服器 (tw)"]);
  });

  it("accepts any of several candidates (视频 → 影片 or 視訊)", () => {
    expect(show(diffScripts("一段视频", "一段影片"))).toEqual(["regional-variant 视频|影片 (tw)"]);
    expect(show(diffScripts("召开视频会议", "召開視訊會議"))).toEqual(["regional-variant 视频会议|視訊會議 (tw)"]);
  });

  it("widens a hunk the token diff cut out of a dictionary wording", () => {
    // With this word list the token diff sees 打印|机 / 印表|机 and differs on 打印/印表 only.
    const resources = { ...defaultScriptDiffResources(), wordList: createWordList(["打印", "印表"]) };
    expect(show(diffScripts("一台打印机", "一台印表機", { resources }))).toEqual(["regional-variant 打印机|印表機 (tw)"]);
  });

  it("reports two regional words apart, not the shared text between them", () => {
    expect(show(diffScripts("软件和硬件", "軟體和硬體"))).toEqual([
      "regional-variant 软件|軟體 (tw)",
      "regional-variant 硬件|硬體 (tw)",
    ]);
  });

  it("cuts a hunk cleanly around a regional word", () => {
    expect(show(diffScripts("这款软件很好用", "這套軟體很好用"))).toEqual([
      "divergent-wording 款|套",
      "regional-variant 软件|軟體 (tw)",
    ]);
  });

  it("keeps a hunk whole when cutting out the regional word would split a word", () => {
    // 会议记录 is one word; 记录/紀錄 alone would cut it.
    expect(show(diffScripts("这是会议记录。", "這是紀錄。"))).toEqual(["divergent-wording 会议记录|紀錄"]);
  });

  it("pairs a regional word that moved across a short shared word", () => {
    const hans = "其中包括一些视频案例";
    const hant = "其中包括幾段案例影片";
    const differences = diffScripts(hans, hant);
    expect(show(differences)).toEqual(["divergent-wording 一些|幾段", "regional-variant 视频|影片 (tw)"]);
    expect(showWithOffsets(differences)[1]).toBe("regional-variant 视频|影片 [6,8|8,10]");
  });
});

describe("diffScripts: divergent wording, omissions and additions", () => {
  it("reports a translator's different wording as one difference", () => {
    expect(show(diffScripts("外界什么也看不清", "大家卻像霧裡看花"))).toEqual(["divergent-wording 外界什么也看不清|大家卻像霧裡看花"]);
  });

  it("reports text missing from the Traditional side at the start and at the end", () => {
    expect(showWithOffsets(diffScripts("今天，软件发布了", "軟體發布了"))).toEqual([
      "omission 今天，| [0,3|0,0]",
      "regional-variant 软件|軟體 [3,5|0,2]",
    ]);
    expect(showWithOffsets(diffScripts("软件发布了，今天", "軟件發布了"))).toEqual(["omission ，今天| [5,8|5,5]"]);
  });

  it("reports text added on the Traditional side at the start and at the end", () => {
    expect(showWithOffsets(diffScripts("发布了", "今天，發布了"))).toEqual(["addition |今天， [0,0|0,3]"]);
    expect(showWithOffsets(diffScripts("发布了", "發布了，今天"))).toEqual(["addition |，今天 [3,3|3,6]"]);
  });
});

describe("diffScripts: characters outside the BMP", () => {
  it("keeps offsets right after them", () => {
    expect(showWithOffsets(diffScripts("𠮷野家的软件", "𠮷野家的軟體"))).toEqual(["regional-variant 软件|軟體 [5,7|5,7]"]);
  });

  it("never splits them", () => {
    expect(showWithOffsets(diffScripts("我爱𠮷", "我愛𡘙"))).toEqual(["divergent-wording 𠮷|𡘙 [2,4|2,4]"]);
  });
});

describe("diffScripts: invariants", () => {
  const pairs: [string, string][] = [
    [
      "初步结果令人鼓舞，但改善幅度有限。分诊时间的中位数也缩短了约两分钟，主要是因为护士不必再在纸质病历和分散的信息系统里翻找病人的既往病史。",
      "初步結果令人振奮，不過進步有限。完成檢傷的中位時間也縮短約兩分鐘，主要是護理師不必再從紙本病歷和分散各處的資訊系統中翻找病史。",
    ],
    [
      "“扫描仪每年都在变得更好、更便宜，”她说，“我们无法替代的，是那些还记得照片里拍的是什么的人所掌握的知识。”",
      "「掃描器每年都變得更好、更便宜，」她說，「無法取代的，是那些還記得照片裡拍的是什麼的人所擁有的知識。」",
    ],
    ["𠮷野家在2024年推出了𡘙软件", "𡘙野家自2024年起推出𠮷軟體"],
  ];

  const boundaries = (text: string) => new Set(tokenizeChinese(text).flatMap((token) => [token.start, token.end]));
  const sides = (difference: ScriptDifference) => [
    [difference.hansStart, difference.hansEnd],
    [difference.hantStart, difference.hantEnd],
  ];

  it.each(pairs)("cuts only at word boundaries and slices the originals (%s)", (hans, hant) => {
    const differences = diffScripts(hans, hant);
    const cuts = [boundaries(hans), boundaries(hant)];
    for (const difference of differences) {
      expect(difference.hans).toBe(hans.slice(difference.hansStart, difference.hansEnd));
      expect(difference.hant).toBe(hant.slice(difference.hantStart, difference.hantEnd));
      expect(difference.hans !== "" || difference.hant !== "").toBe(true);
      sides(difference).forEach(([start, end], side) => {
        expect(cuts[side]?.has(start ?? -1) || start === 0).toBe(true);
        expect(cuts[side]?.has(end ?? -1) || end === 0).toBe(true);
      });
    }
  });

  it.each(pairs)("is sorted by Simplified position and never overlaps on either side (%s)", (hans, hant) => {
    const differences = diffScripts(hans, hant);
    for (const side of ["hans", "hant"] as const) {
      const ranges = differences
        .map((d) => (side === "hans" ? [d.hansStart, d.hansEnd] : [d.hantStart, d.hantEnd]))
        .filter(([start, end]) => end !== start)
        .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
      ranges.slice(1).forEach((range, k) => expect(range[0]).toBeGreaterThanOrEqual(ranges[k]?.[1] ?? 0));
    }
    const starts = differences.map((d) => d.hansStart);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("gives the same answer twice", () => {
    const [hans, hant] = pairs[0] ?? ["", ""];
    expect(diffScripts(hans, hant)).toEqual(diffScripts(hans, hant));
  });
});
