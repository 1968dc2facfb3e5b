import { describe, expect, it } from "vitest";
import { findNumberMismatches, type CheckRow, type ComputedFlag } from "@/core/flags";

/** A row of one English paragraph and one paragraph in each Chinese version ("" leaves a version out). */
function row(english: string, simplified: string, traditional = "", position = 3): CheckRow {
  const paragraph = (text: string, at: number) => (text === "" ? [] : [{ position: at, text }]);
  return {
    position,
    anchor: position + 1,
    confidence: 1,
    reasons: [],
    paragraphs: { en: paragraph(english, 5), "zh-Hans": paragraph(simplified, 6), "zh-Hant": paragraph(traditional, 7) },
  };
}

/** The flags' language, expected and found: what a reviewer reads. */
function summary(flags: ComputedFlag[]) {
  return flags.map((flag) => [flag.language, flag.expected, flag.found]);
}

describe("findNumberMismatches: numbers written two ways that agree", () => {
  const agreeing: [string, string, string][] = [
    ["十多万 and 'more than 100,000'", "More than 100,000 people signed.", "十多万人签了名。"],
    ["十二万多 and 'more than 120,000'", "The fair drew more than 120,000 visitors.", "展会吸引了十二万多名观众。"],
    ["十二万多 and 'over 120,000'", "Over 120,000 visitors came.", "来了十二万多名观众。"],
    ["十二万多 and '120,000-plus'", "A 120,000-plus crowd.", "十二万多人的人潮。"],
    ["十多万 and a figure inside its range", "About 150,000 homes lost power.", "十多万户停电。"],
    ["两千零二十二年 and 2022", "In 2022 the plan changed.", "两千零二十二年，计划变了。"],
    ["2022年 and 2022", "The 2022 budget.", "2022年预算。"],
    ["二〇二二年 and 2022", "It opened in 2022.", "它于二〇二二年开放。"],
    ["3.5亿元 and '350 million yuan'", "The city spent 350 million yuan.", "市政府花了3.5亿元。"],
    ["42亿美元 and '$4.2 billion'", "A $4.2 billion deal.", "一笔42亿美元的交易。"],
    ["百分之五 and 5%", "Prices rose 5%.", "物价上涨了百分之五。"],
    ["百分之五 and '5 per cent'", "Prices rose 5 per cent.", "物价上涨了百分之五。"],
    ["5% and '5 percent'", "Prices rose 5 percent.", "物价上涨5%。"],
    ["一万两千 and 12,000", "12,000 books were scanned.", "一万两千本书已扫描。"],
    ["1.2万 and 12,000", "12,000 books were scanned.", "1.2万本书已扫描。"],
    ["12月3日 and 'December 3'", "The vote is on December 3.", "投票定于12月3日举行。"],
    ["12月3日 and '3 December 2025'", "It closed on 3 December 2025.", "它于2025年12月3日关闭。"],
    ["约 and 'about'", "It takes about 40 minutes.", "大约需要四十分钟。"],
    ["左右 and 'around'", "Around 3,000 requests a day.", "每天三千次左右的请求。"],
    ["近 and 'nearly'", "Nearly 600 pages.", "将近六百页。"],
    ["逾 and 'over'", "Over 1,500 comments.", "逾1500条评论。"],
    ["以上 and 'more than'", "More than 3,000 people.", "3000人以上。"],
    ["a range 3至5 and '3-5'", "It takes 3-5 years.", "需要3至5年。"],
    ["a range 三到五 and 'three to five'", "It takes three to five years.", "需要三到五年。"],
    ["a range 3-5万 and '30,000-50,000'", "Between 30,000 and 50,000 people.", "3-5万人。"],
    ["a fiscal year 2022-23 and 2022至2023", "In fiscal 2022-23.", "在2022至2023财年。"],
    ["a decade 1990s and 90年代", "In the 1990s.", "在上世纪90年代。"],
    ["decades 1960s and 1970s and 六七十年代", "From the 1960s and 1970s.", "20世纪六七十年代的。"],
    ["三分之一 and 33%", "33% of them left.", "三分之一的人离开了。"],
    ["三成 and 30%", "30% of them left.", "三成的人离开了。"],
    ["一半 and 50%", "50% of them stayed.", "一半的人留下了。"],
    ["第一 and 'first', 两 and 'two'", "The first of two votes.", "两次投票中的第一次。"],
    ["一 and the digit 1", "Only 1 person came.", "只来了一个人。"],
    ["a number stated twice in English and once in Chinese", "40 metres high, 40 metres wide.", "高宽各四十米。"],
    ["a time of day 15:30 and 下午三点半", "It starts at 15:30.", "下午三点半开始。"],
    ["a time of day '3 pm' and 15时", "It starts at 3 pm.", "15时开始。"],
    ["a code 5G and COVID-19", "The 5G network and COVID-19.", "第五代移动网络与新冠疫情。"],
    ["list numbering 1. and 一、", "1. Introduction", "一、引言"],
    ["'five and twenty' and 二十五", "He was five and twenty years old.", "他二十五岁。"],
    ["'half a million' and 50万", "Half a million people.", "50万人。"],
    ["'7 in 10' and 七成", "7 in 10 voters agreed.", "七成选民表示赞同。"],
    ["'30-40%' and 三到四成", "30-40% of firms.", "三到四成的企业。"],
    ["a currency conversion in brackets the translation drops", "A fine of 100,000 yuan ($14,000).", "罚款10万元。"],
    ["'40 km' and 40千米", "A 40 km road.", "一条40千米长的公路。"],
    ["'1.5 hours' and 一个半小时", "It took 1.5 hours.", "花了一个半小时。"],
    ["'2.5 years' and 两年半", "After 2.5 years.", "两年半之后。"],
    ["9/11 and 九一一", "In the aftermath of 9/11.", "九一一事件之后。"],
    ["9/11 and 9·11", "In the aftermath of 9/11.", "9·11事件之后。"],
  ];
  for (const [name, english, chinese] of agreeing) {
    it(`does not flag ${name}`, () => expect(findNumberMismatches(row(english, chinese))).toEqual([]));
  }

  it("does not flag a Chinese number the English leaves implicit", () =>
    expect(findNumberMismatches(row("A dozen towns joined.", "十二个镇加入了。"))).toEqual([]));

  it("does not flag a small number word the translation leaves to the grammar", () =>
    expect(findNumberMismatches(row("The two cities met for the first time.", "两市首次会面。"))).toEqual([]));
});

describe("findNumberMismatches: numbers that disagree", () => {
  it("flags 3.5亿 against 35 million", () =>
    expect(summary(findNumberMismatches(row("It cost 35 million yuan.", "耗资3.5亿元。")))).toEqual([["zh-Hans", "35 million", "3.5亿"]]));

  it("flags 百分之二十一 against 12%", () =>
    expect(summary(findNumberMismatches(row("Turnout fell 12%.", "投票率下降了百分之二十一。")))).toEqual([
      ["zh-Hans", "12%", "百分之二十一"],
    ]));

  it("flags a number the Chinese leaves out, with found null", () =>
    expect(summary(findNumberMismatches(row("About 2,300 glass plates survive.", "玻璃底片保存了下来。")))).toEqual([
      ["zh-Hans", "2,300", null],
    ]));

  it("flags a wrong year", () =>
    expect(summary(findNumberMismatches(row("The 2025 budget.", "2024年预算。")))).toEqual([["zh-Hans", "2025", "2024"]]));

  it("flags a wrong day of a date and leaves the month that agrees out of found", () =>
    expect(summary(findNumberMismatches(row("On December 3, 2022.", "2022年12月4日。")))).toEqual([["zh-Hans", "3", "4"]]));

  it("flags a number word from ten up", () =>
    expect(summary(findNumberMismatches(row("Forty days.", "三十天。")))).toEqual([["zh-Hans", "Forty", "三十"]]));

  it("flags each Chinese version on its own, with its own numbers", () => {
    const flags = findNumberMismatches(row("600,000 residents.", "六十万居民。", "六萬居民。"));
    expect(summary(flags)).toEqual([["zh-Hant", "600,000", "六萬"]]);
    expect(flags[0]).toEqual({
      kind: "number-mismatch",
      language: "zh-Hant",
      rowPosition: 3,
      paragraphPosition: 7,
      termIndex: null,
      term: null,
      expected: "600,000",
      found: "六萬",
      details: { englishNumbers: ["600,000"], chineseNumbers: ["六萬"] },
    });
  });

  it("points at the paragraph holding the disagreeing number", () => {
    const split: CheckRow = {
      ...row("The 2025 budget grew 15%.", ""),
      paragraphs: {
        en: [{ position: 5, text: "The 2025 budget grew 15%." }],
        "zh-Hans": [
          { position: 6, text: "2025年预算。" },
          { position: 7, text: "增长了百分之十二。" },
        ],
        "zh-Hant": [],
      },
    };
    const [flag] = findNumberMismatches(split);
    expect([flag?.expected, flag?.found, flag?.paragraphPosition]).toEqual(["15%", "百分之十二", 7]);
  });

  it("lists every missed number once, in order", () =>
    expect(summary(findNumberMismatches(row("In 2019, 2019 and 2021 we had 75 staff.", "我们有75名员工。")))).toEqual([
      ["zh-Hans", "2019; 2021", null],
    ]));
});

describe("findNumberMismatches: rows it does not judge", () => {
  it("says nothing about a Chinese version absent from the row", () =>
    expect(findNumberMismatches(row("600,000 residents.", "", ""))).toEqual([]));
  it("says nothing without English", () => expect(findNumberMismatches(row("", "六十万居民。"))).toEqual([]));
  it("says nothing when the English states no firm number", () =>
    expect(findNumberMismatches(row("Two of the three towns.", "五个镇。"))).toEqual([]));
});
