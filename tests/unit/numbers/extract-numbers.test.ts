import { describe, expect, it } from "vitest";
import { extractNumbers } from "../../../core/numbers/extract-numbers";

describe("extractNumbers: digits", () => {
  it("reads thousands separators", () => expect(extractNumbers("3,500 people")).toEqual([3500]));
  it("reads decimals", () => expect(extractNumbers("grew 3.5 points")).toEqual([3.5]));
  it("reads years", () => expect(extractNumbers("by the end of 2025")).toEqual([2025]));
  it("reads percentages as their number", () => expect(extractNumbers("15% of them")).toEqual([15]));
  it("reads full-width digits", () => expect(extractNumbers("２０２５年增长３．５％")).toEqual([2025, 3.5]));
  it("keeps every number, in order, duplicates included", () =>
    expect(extractNumbers("From 4,800 to 12,000 in 2027, then 12,000 again")).toEqual([4800, 12000, 2027, 12000]));
  it("reads digits inside names and codes", () => expect(extractNumbers("5G and COVID-19")).toEqual([5, 19]));
  it("does not take list commas for thousands separators", () => expect(extractNumbers("1,2,3")).toEqual([1, 2, 3]));
});

describe("extractNumbers: digits with a magnitude", () => {
  it("multiplies by 亿", () => expect(extractNumbers("投入3.5亿元")).toEqual([350000000]));
  it("multiplies by 万 after separators", () => expect(extractNumbers("3,500万元")).toEqual([35000000]));
  it("multiplies by compound magnitudes (万亿)", () => expect(extractNumbers("1.2万亿美元")).toEqual([1200000000000]));
  it("drops 多 before a magnitude", () => expect(extractNumbers("300多万人")).toEqual([3000000]));
  it("reads English magnitudes", () =>
    expect(extractNumbers("3.5 billion yuan, 800 million and $4.2bn")).toEqual([3500000000, 800000000, 4200000000]));
  it("gives equal values for the same amount in both languages", () =>
    expect(extractNumbers("1.2 trillion")).toEqual(extractNumbers("1.2万亿")));
});

describe("extractNumbers: Chinese numerals", () => {
  it("reads 三十二", () => expect(extractNumbers("三十二")).toEqual([32]));
  it("reads 两千零二十二", () => expect(extractNumbers("两千零二十二年")).toEqual([2022]));
  it("reads 十多万 as its round figure", () => expect(extractNumbers("十多万人")).toEqual([100000]));
  it("reads 百分之十五", () => expect(extractNumbers("百分之十五")).toEqual([15]));
  it("reads 百分之三点五", () => expect(extractNumbers("增长百分之三点五")).toEqual([3.5]));
  it("reads 一九九七年 digit by digit", () => expect(extractNumbers("一九九七年")).toEqual([1997]));
  it("reads 二〇二五年 digit by digit", () => expect(extractNumbers("二〇二五年")).toEqual([2025]));
  it("reads ordinals: 第三, 第一", () => expect(extractNumbers("第三章第一节")).toEqual([3, 1]));
  it("reads 两", () => expect(extractNumbers("两岸")).toEqual([2]));
  it("reads 三点五亿", () => expect(extractNumbers("三点五亿")).toEqual([350000000]));
  it("reads 三亿五千万", () => expect(extractNumbers("三亿五千万")).toEqual([350000000]));
  it("reads colloquial 一千二", () => expect(extractNumbers("一千二")).toEqual([1200]));
  it("reads 一百零五", () => expect(extractNumbers("一百零五")).toEqual([105]));
  it("reads Traditional numerals", () => expect(extractNumbers("兩萬三千人，十億元")).toEqual([23000, 1000000000]));
  it("reads financial numerals", () => expect(extractNumbers("壹佰贰拾叁元")).toEqual([123]));
});

describe("extractNumbers: what is not a number", () => {
  it("skips a lone 一 (一些, 统一)", () => expect(extractNumbers("一些地区统一规划")).toEqual([]));
  it("skips words that start with 千, 万 or 百 (千万, 万一, 百姓)", () => expect(extractNumbers("千万不要，万一，百姓")).toEqual([]));
  it("skips approximate pairs (三四个, 一两天)", () => expect(extractNumbers("三四个人一两天")).toEqual([]));
  it("skips runs after 数 or 几 (数十万, 几百)", () => expect(extractNumbers("数十万人，几百家")).toEqual([]));
  it("skips a lone 零 (零售)", () => expect(extractNumbers("零售")).toEqual([]));
  it("returns [] for text without numbers, and for the empty string", () => {
    expect(extractNumbers("one of the plans")).toEqual([]);
    expect(extractNumbers("")).toEqual([]);
  });
});

describe("extractNumbers: English number words", () => {
  it("reads cardinals and ordinals", () => expect(extractNumbers("two plans, the third phase")).toEqual([2, 3]));
  it("reads hyphenated tens", () => expect(extractNumbers("twenty-five districts")).toEqual([25]));
  it("reads word magnitudes, also after one and a", () =>
    expect(extractNumbers("two million, one hundred, a thousand")).toEqual([2000000, 100, 1000]));
  it("does not read number words inside other words", () => expect(extractNumbers("often, tone, network")).toEqual([]));
  it("reads compound numbers as one value, as 九百三十 is", () => {
    expect(extractNumbers("nine hundred thirty years")).toEqual([930]);
    expect(extractNumbers("九百三十年")).toEqual([930]);
  });
  it("reads 'and' inside a number", () => {
    expect(extractNumbers("one hundred and twenty")).toEqual([120]);
    expect(extractNumbers("a hundred and fifty")).toEqual([150]);
  });
  it("reads thousands with their hundreds", () => expect(extractNumbers("two thousand five hundred men")).toEqual([2500]));
  it("reads hyphenated ordinals", () => expect(extractNumbers("on the twenty-first day")).toEqual([21]));
  it("keeps numbers joined by 'and' apart when they are not one number", () => {
    expect(extractNumbers("seven and seventy")).toEqual([7, 70]);
    expect(extractNumbers("first and second")).toEqual([1, 2]);
    expect(extractNumbers("three or four")).toEqual([3, 4]);
  });
});

describe("extractNumbers: the same figure in both languages", () => {
  it.each([
    ["more than 100,000 people", "十多万人"],
    ["in 2022", "两千零二十二年"],
    ["350 million yuan", "3.5亿元"],
    ["350 million yuan", "三点五亿元"],
    ["15 percent", "百分之十五"],
    ["12,000 lines", "一万二千行"],
    ["40,000 times", "四万次"],
    ["the fourth animal", "第四兽"],
  ])("%s ↔ %s", (english, chinese) => expect(extractNumbers(english)).toEqual(extractNumbers(chinese)));
});
