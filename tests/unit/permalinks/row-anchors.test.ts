import { describe, expect, it } from "vitest";
import { assignAnchors, type RowTexts } from "@/core/permalinks/row-anchors";

const row = (en: string[], hans: string[] = [], hant: string[] = []): RowTexts => ({ en, "zh-Hans": hans, "zh-Hant": hant });

describe("assignAnchors", () => {
  it("numbers the rows of a first revision 1..n", () => {
    expect(assignAnchors([row(["a"]), row(["b"]), row(["c"])], [], 0)).toEqual([1, 2, 3]);
  });

  it("keeps the anchor of a row whose text survives, even when rows move", () => {
    const previous = [
      { anchor: 1, texts: row(["Intro."]) },
      { anchor: 2, texts: row(["Budget rose."]) },
      { anchor: 3, texts: row(["Outlook."]) },
    ];
    const next = [row(["Intro."]), row(["A new paragraph."]), row(["Budget  rose."]), row(["Outlook."])];
    expect(assignAnchors(next, previous, 3)).toEqual([1, 4, 2, 3]);
  });

  it("matches on a Chinese paragraph when the English one was edited", () => {
    const previous = [{ anchor: 7, texts: row(["Old wording."], ["预算增加了。"]) }];
    expect(assignAnchors([row(["New wording."], ["预算增加了。"])], previous, 9)).toEqual([7]);
  });

  it("never gives one anchor to two rows, nor reuses a retired anchor", () => {
    const previous = [{ anchor: 2, texts: row(["Same."]) }];
    expect(assignAnchors([row(["Same."]), row(["Same."])], previous, 5)).toEqual([2, 6]);
  });
});
