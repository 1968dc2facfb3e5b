import { describe, expect, it } from "vitest";
import { classifyBoilerplate, removeBoilerplate } from "@/core/segment/boilerplate";

describe("classifyBoilerplate", () => {
  it.each([
    ["Language : English 简体 繁體", "language-switcher"],
    ["語言： English | 简体 | 繁體", "language-switcher"],
    ["English | 中文", "language-switcher"],
    ["You might also like", "end-of-article"],
    ["Related Articles:", "end-of-article"],
    ["相关文章", "end-of-article"],
    ["延伸閱讀", "end-of-article"],
    ["Back to Top", "navigation"],
    ["↑ Back to top", "navigation"],
    ["返回顶部", "navigation"],
    ["回到頂端", "navigation"],
    ["下一篇：港口的未来", "navigation"],
    ["Share: Facebook | Twitter | Email | Print", "share"],
    ["分享到：微信 微博 打印", "share"],
    ["分享：Facebook | LINE | 列印", "share"],
    ["Print this article", "share"],
    ["© 2023 Parallax Test Review. All rights reserved.", "copyright"],
    ["版权所有 © 平行测试评论", "copyright"],
  ])("%s → %s", (paragraph, kind) => {
    expect(classifyBoilerplate(paragraph)).toBe(kind);
  });

  it.each([
    "English is the working language of the forum.",
    "Related articles in the journal took a different view.",
    "He went back to the top of the hill.",
    "Share prices fell sharply on Monday.",
    "简体字和繁體字的差别不只是笔画。",
    "中",
  ])("keeps real text: %s", (paragraph) => {
    expect(classifyBoilerplate(paragraph)).toBeNull();
  });
});

describe("removeBoilerplate", () => {
  it("drops furniture lines and cuts the article at 'You might also like'", () => {
    const paragraphs = [
      "Language : English 简体 繁體",
      "First paragraph.",
      "Share: Facebook Twitter",
      "Second paragraph.",
      "You might also like",
      "Another article title",
      "Back to Top",
    ];
    expect(removeBoilerplate(paragraphs)).toEqual(["First paragraph.", "Second paragraph."]);
  });
});
