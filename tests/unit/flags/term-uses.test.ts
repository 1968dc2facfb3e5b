import { describe, expect, it } from "vitest";
import { termUsesOfArticle } from "@/core/flags";
import { GLOSSARY, row } from "./support";

describe("termUsesOfArticle", () => {
  it("counts each rendering per row, term and Chinese version, with its kind, for the terms each row is about", () => {
    const rows = [
      row(0, { en: "The project's software and more software", "zh-Hans": "项目的软件和更多软件", "zh-Hant": "計畫的軟體和更多軟件" }),
      row(1, { en: "A waiter", "zh-Hans": "服务员" }),
      row(2, { "zh-Hant": "服務員連上網路" }),
    ];
    expect(termUsesOfArticle(rows, GLOSSARY)).toEqual([
      { rowPosition: 0, termIndex: 0, language: "zh-Hans", rendering: "项目", occurrence: "preferred", count: 1 },
      { rowPosition: 0, termIndex: 0, language: "zh-Hant", rendering: "計畫", occurrence: "allowed", count: 1 },
      { rowPosition: 0, termIndex: 1, language: "zh-Hans", rendering: "软件", occurrence: "preferred", count: 2 },
      { rowPosition: 0, termIndex: 1, language: "zh-Hant", rendering: "軟件", occurrence: "allowed", count: 1 },
      { rowPosition: 0, termIndex: 1, language: "zh-Hant", rendering: "軟體", occurrence: "preferred", count: 1 },
      { rowPosition: 2, termIndex: 2, language: "zh-Hant", rendering: "服務員", occurrence: "forbidden", count: 1 },
      { rowPosition: 2, termIndex: 5, language: "zh-Hant", rendering: "網路", occurrence: "preferred", count: 1 },
      { rowPosition: 2, termIndex: 6, language: "zh-Hant", rendering: "網路", occurrence: "allowed", count: 1 },
    ]);
  });
});
