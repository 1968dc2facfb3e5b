import { describe, expect, it } from "vitest";
import { reduceInlineMarkdown } from "@/core/segment/markdown-inline";

describe("reduceInlineMarkdown", () => {
  it.each([
    ["**bold** and __strong__", "bold and strong"],
    ["*em* and _em_", "em and em"],
    ["***both***", "both"],
    ["**bold _nested_ text**", "bold nested text"],
    ["~~gone~~ kept", "gone kept"],
    ["a [link](https://example.org \"title\") here", "a link here"],
    ["a [reference][ref] link", "a reference link"],
    ["see <https://example.org/x>", "see https://example.org/x"],
    ["run `npm test` now", "run npm test now"],
    ["``a `tick` inside``", "a `tick` inside"],
    ["before ![a chart](chart.png) after", "before  after"],
    ["a <span class=\"x\">tagged</span> word", "a tagged word"],
    ["\\*not emphasis\\*", "*not emphasis*"],
    ["snake_case_name stays", "snake_case_name stays"],
    ["`**literal**` in code", "**literal** in code"],
    ["中文**加粗**与[链接](https://example.org)", "中文加粗与链接"],
    ["2 * 3 * 4", "2 * 3 * 4"],
  ])("%s → %s", (markdown, text) => {
    expect(reduceInlineMarkdown(markdown)).toBe(text);
  });
});
