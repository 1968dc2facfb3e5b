import { describe, expect, it } from "vitest";
import { createTraditionalToSimplifiedFolder } from "@/core/chinese/fold";
import { createRegionalIndex } from "@/core/script-diff/regional-index";
import { defaultScriptDiffResources } from "@/core/script-diff/resources";

const fold = createTraditionalToSimplifiedFolder();
const folded = (key: string, index = defaultScriptDiffResources().regionalIndex) =>
  index.candidatesFor(key).map((candidate) => `${candidate.folded}:${candidate.regions.join("+")}`);

describe("createRegionalIndex", () => {
  it("reads every candidate of an OpenCC entry with several", () => {
    const index = createRegionalIndex([{ name: "t", region: "tw", direction: "hans-to-hant", entries: "网上 線上 網路上" }], fold);
    expect(folded("网上", index)).toEqual(["线上:tw", "网路上:tw"]);
  });

  it("reads reversed tables (regional wording first) the other way round", () => {
    const index = createRegionalIndex([{ name: "t", region: "tw", direction: "hant-to-hans", entries: "資訊 信息" }], fold);
    expect(folded("信息", index)).toEqual(["资讯:tw"]);
    expect(folded("资讯", index)).toEqual([]);
  });

  it("folds keys written in Traditional characters, as OpenCC writes them", () => {
    const index = createRegionalIndex([{ name: "t", region: "tw", direction: "hans-to-hant", entries: "軟件 軟體" }], fold);
    expect(folded("软件", index)).toEqual(["软体:tw"]);
  });

  it("drops pairs that differ by script only", () => {
    const index = createRegionalIndex([{ name: "t", region: "hk", direction: "hans-to-hant", entries: "软件 軟件" }], fold);
    expect(folded("软件", index)).toEqual([]);
    expect(index.maxKeyLength).toBe(0);
  });

  it("merges the regions of tables that agree, Taiwan first", () => {
    const index = createRegionalIndex(
      [
        { name: "hk", region: "hk", direction: "hans-to-hant", entries: "服务器 伺服器" },
        { name: "tw", region: "tw", direction: "hans-to-hant", entries: "服务器 伺服器" },
        { name: "glossary", direction: "hans-to-hant", entries: [["服务器", "伺服器", "服務器主機"]] },
      ],
      fold,
    );
    expect(folded("服务器", index)).toEqual(["伺服器:tw+hk", "服务器主机:"]);
  });
});

describe("the default regional index", () => {
  it("holds OpenCC's Taiwan phrases", () => {
    expect(folded("软件")).toContain("软体:tw");
    expect(folded("人工智能")).toContain("人工智慧:tw");
    expect(folded("打印机")).toContain("印表机:tw");
  });

  it("gives 视频 several candidates, from OpenCC's forward and reversed tables and the supplement", () => {
    expect(folded("视频")).toEqual(expect.arrayContaining(["影片:tw+hk", "视讯:tw", "影像:hk"]));
  });

  it("holds the supplement's Hong Kong vocabulary", () => {
    expect(folded("移动网络")).toContain("流动网络:hk");
  });
});
