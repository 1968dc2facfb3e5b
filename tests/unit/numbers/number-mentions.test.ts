import { describe, expect, it } from "vitest";
import { extractNumbers, extractNumberSpans } from "@/core/numbers/extract-numbers";
import { findChineseNumberMentions } from "@/core/numbers/chinese-mentions";
import { findEnglishNumberMentions } from "@/core/numbers/english-mentions";
import { mentionsAgree } from "@/core/numbers/number-mentions";

const firm = (mentions: { written: string; firm: boolean }[]) => mentions.filter((m) => m.firm).map((m) => m.written);

describe("extractNumberSpans", () => {
  it("gives each number with the text it was read from", () =>
    expect(extractNumberSpans("Spent $4.2 billion on 十多万 homes")).toEqual([
      { value: 4200000000, start: 7, end: 18 },
      { value: 100000, start: 22, end: 25 },
    ]));
  it("finds what extractNumbers finds", () => {
    const text = "In 2022, 百分之十五 of 3,500 people — one hundred and twenty — 三点五亿";
    expect(extractNumberSpans(text).map((span) => span.value)).toEqual(extractNumbers(text));
  });
});

describe("extractNumbers: oneInsidePhrases", () => {
  it("reads twenty-one whole when asked", () => expect(extractNumbers("twenty-one", { oneInsidePhrases: true })).toEqual([21]));
  it("reads six hundred one thousand as 601,000 when asked", () =>
    expect(extractNumbers("six hundred one thousand seven hundred thirty", { oneInsidePhrases: true })).toEqual([601730]));
  it("keeps the anchors' reading by default", () => expect(extractNumbers("twenty-one")).toEqual([20]));
  it("still leaves a lone one alone", () => expect(extractNumbers("one of them", { oneInsidePhrases: true })).toEqual([]));
});

describe("findEnglishNumberMentions", () => {
  it("keeps the currency sign and the per cent in what is written", () =>
    expect(firm(findEnglishNumberMentions("A $4.2 billion deal, up 5 per cent and 6%."))).toEqual(["$4.2 billion", "5 per cent", "6%"]));
  it("does not count small number words, codes, times or list numbers as firm", () =>
    expect(firm(findEnglishNumberMentions("1. Two 5G masts at 15:30 and 3 pm, COVID-19, the first"))).toEqual([]));
  it("counts number words from ten up as firm", () => expect(firm(findEnglishNumberMentions("nine, ten, forty-one"))).toEqual(["ten", "forty-one"]));
  it("reads 'five and twenty' as 25", () => {
    const [mention] = findEnglishNumberMentions("five and twenty years");
    expect([mention?.written, mention?.value]).toEqual(["five and twenty", 25]);
  });
  it("does not count a group named by its number as firm, but keeps a counted one", () => {
    expect(firm(findEnglishNumberMentions("He was one of the twelve, the chief of the thirty; and the seventy who went"))).toEqual([]);
    expect(firm(findEnglishNumberMentions("the twelve apostles"))).toEqual(["twelve"]);
  });
  it("does not count a multitude ('ten thousands of') as firm", () =>
    expect(firm(findEnglishNumberMentions("ten thousands of angels"))).toEqual([]));
  it("widens 'more than' to a lower bound", () =>
    expect(findEnglishNumberMentions("more than 40,000")[0]?.readings[0]).toEqual({ low: 40000, high: 80000 }));
  it("widens 'about' by a tenth either way", () =>
    expect(findEnglishNumberMentions("about 2,000")[0]?.readings[0]).toEqual({ low: 1800, high: 2200 }));
  it("reads month names as soft numbers", () =>
    expect(findEnglishNumberMentions("December").map((m) => [m.written, m.value, m.firm])).toEqual([["December", 12, false]]));
});

describe("findChineseNumberMentions", () => {
  it("keeps 百分之 and 多 in what is written", () =>
    expect(firm(findChineseNumberMentions("上涨百分之五，十多万人，四万多次"))).toEqual(["百分之五", "十多万", "四万多"]));
  it("reads 十多万 as 100,000 to 200,000", () =>
    expect(findChineseNumberMentions("十多万")[0]?.readings[0]).toEqual({ low: 100000, high: 200000 }));
  it("reads 以上 after a measure word as a lower bound", () =>
    expect(findChineseNumberMentions("3000人以上")[0]?.readings[0]).toEqual({ low: 3000, high: 6000 }));
  it("reads 左右 as about", () => expect(findChineseNumberMentions("40分钟左右")[0]?.readings[0]).toEqual({ low: 36, high: 44 }));
  it("reads 三分之一 as a third and 33 per cent, its 三 no figure of its own", () => {
    const mentions = findChineseNumberMentions("三分之一");
    expect(firm(mentions)).toEqual(["三分之一"]);
    expect(mentionsAgree(mentions.find((m) => m.firm) ?? { readings: [] }, { readings: [{ low: 33, high: 33 }] })).toBe(true);
  });
  it("gives the left end of 3至5万 the right end's magnitude", () =>
    expect(findChineseNumberMentions("3至5万")[0]?.readings).toContainEqual({ low: 30000, high: 30000 }));
  it("does not count 十分 ('very') or 四方 ('square') as figures, but keeps 十分之一", () =>
    expect(firm(findChineseNumberMentions("十分重要，城是四方的，占十分之一"))).toEqual(["十分之一"]));
  it("adds a lone 一 as a soft mention", () =>
    expect(findChineseNumberMentions("一个人").map((m) => [m.written, m.firm])).toEqual([["一", false]]));
  it("reads 十两银子 as ten as well", () =>
    expect(findChineseNumberMentions("十两银子")[0]?.readings).toContainEqual({ low: 10, high: 10 }));
});

describe("mentionsAgree", () => {
  it("agrees when readings overlap", () =>
    expect(mentionsAgree({ readings: [{ low: 100000, high: 200000 }] }, { readings: [{ low: 150000, high: 150000 }] })).toBe(true));
  it("disagrees when no reading overlaps", () =>
    expect(mentionsAgree({ readings: [{ low: 2022, high: 2022 }] }, { readings: [{ low: 2023, high: 2023 }] })).toBe(false));
});
