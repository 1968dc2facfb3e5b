import { describe, expect, it } from "vitest";
import { createTraditionalToSimplifiedFolder } from "@/core/chinese";
import { searchTerms } from "@/core/glossary/search-terms";
import type { Term } from "@/core/glossary/term";
import { term } from "../support/glossary-term";

const software = term(["software"], "软件", "軟體", { hantAllowed: ["軟件"] });
const network = term(["network", "Internet"], "网络", "網路");
const container = term(["container"], "集装箱", "貨櫃", { hansForbidden: ["容器"], hantForbidden: ["容器"] });
const terms = [software, network, container];
const fold = createTraditionalToSimplifiedFolder();
const english = (found: Term[]) => found.map((found) => found.english[0]);

describe("searchTerms", () => {
  it("finds English forms by substring, ignoring case", () => {
    expect(english(searchTerms(terms, "INTER", fold))).toEqual(["network"]);
    expect(english(searchTerms(terms, "ware", fold))).toEqual(["software"]);
  });

  it("finds Chinese renderings in either script, character for character", () => {
    // 網絡 is 网络 in Traditional characters; 软体 is 軟體 in Simplified ones.
    expect(english(searchTerms(terms, "網絡", fold))).toEqual(["network"]);
    expect(english(searchTerms(terms, "网路", fold))).toEqual(["network"]);
    expect(english(searchTerms(terms, "软体", fold))).toEqual(["software"]);
    expect(english(searchTerms(terms, "貨", fold))).toEqual(["container"]);
  });

  it("does not convert words: 电脑 does not find the term rendered 计算机 / 電算機", () => {
    expect(english(searchTerms([term(["computer"], "计算机", "電算機")], "电脑", fold))).toEqual([]);
  });

  it("finds allowed and forbidden renderings too", () => {
    expect(english(searchTerms(terms, "容器", fold))).toEqual(["container"]);
  });

  it("gives every term, in order, for a blank query, and nothing when nothing matches", () => {
    expect(english(searchTerms(terms, "  ", fold))).toEqual(["software", "network", "container"]);
    expect(searchTerms(terms, "database", fold)).toEqual([]);
  });
});
