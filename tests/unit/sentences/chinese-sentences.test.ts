import { describe, expect, it } from "vitest";
import { splitChineseSentences } from "../../../core/sentences/chinese-sentences";

const sentences = (text: string) => splitChineseSentences(text).map((span) => text.slice(span.start, span.end));

describe("splitChineseSentences", () => {
  it("splits at 。！？ in Simplified and Traditional text", () => {
    expect(sentences("计划通过了。真的吗？是的！")).toEqual(["计划通过了。", "真的吗？", "是的！"]);
    expect(sentences("計畫通過了。真的嗎？是的！")).toEqual(["計畫通過了。", "真的嗎？", "是的！"]);
  });

  it("ends a sentence after the closing quote that follows its mark", () => {
    expect(sentences("他说：「我来了。」然后走了。")).toEqual(["他说：「我来了。」", "然后走了。"]);
    expect(sentences("她问：“你去吗？”我说：“去。”")).toEqual(["她问：“你去吗？”", "我说：“去。”"]);
  });

  it("keeps a quotation mark that is not closed by a mark inside the sentence", () =>
    expect(sentences("神说：「要有光」，就有了光。")).toEqual(["神说：「要有光」，就有了光。"]));

  it("keeps a parenthetical note with its sentence, even when the note has a full stop", () =>
    expect(sentences("（大卫的诗。）耶和华啊，我的敌人何其加增。他们起来攻击我。")).toEqual([
      "（大卫的诗。）耶和华啊，我的敌人何其加增。",
      "他们起来攻击我。",
    ]));

  it("treats …… and runs of marks as one ending", () =>
    expect(sentences("他犹豫了……最后答应了！？好。")).toEqual(["他犹豫了……", "最后答应了！？", "好。"]));

  it("accepts ASCII marks in Chinese text", () => expect(sentences("增长3.5%!明年呢?")).toEqual(["增长3.5%!", "明年呢?"]));

  it("gives UTF-16 offsets, trimmed of spaces including the ideographic space", () => {
    expect(splitChineseSentences("　起初，　神创造天地。")).toEqual([{ start: 1, end: 11 }]);
  });

  it("counts a character outside the BMP as two units without splitting it", () => {
    const text = "𠀋字在此。下一句。";
    expect(sentences(text)).toEqual(["𠀋字在此。", "下一句。"]);
    expect(splitChineseSentences(text)[1]).toEqual({ start: 6, end: 10 });
  });

  it("returns one sentence without a mark, none for empty text", () => {
    expect(sentences("没有句号的标题")).toEqual(["没有句号的标题"]);
    expect(splitChineseSentences("")).toEqual([]);
  });
});
