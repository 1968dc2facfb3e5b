import { describe, expect, it } from "vitest";
import { createTraditionalToSimplifiedFolder, foldPunctuation } from "../../../core/chinese/fold";

const fold = createTraditionalToSimplifiedFolder();

describe("createTraditionalToSimplifiedFolder", () => {
  it("folds Traditional characters to Simplified ones", () => {
    expect(fold("資訊安全與網路治理")).toBe("资讯安全与网路治理");
  });

  it("folds characters only, never words: 軟體 stays 软体, not 软件", () => {
    expect(fold("軟體")).toBe("软体");
    expect(fold("資訊")).toBe("资讯");
    expect(fold("網路")).toBe("网路");
    expect(fold("人工智慧")).toBe("人工智慧");
  });

  it("folds Taiwan and Hong Kong variant characters", () => {
    expect(fold("裏")).toBe("里");
    expect(fold("裡")).toBe("里");
    expect(fold("看著")).toBe("看着");
    expect(fold("臺灣")).toBe("台湾");
    expect(fold("衞生")).toBe("卫生");
    expect(fold("綫")).toBe("线");
  });

  it("follows chains in the tables to the end (薴 → 苧 → 苎)", () => {
    expect(fold("薴")).toBe("苎");
  });

  it("preserves the length in code points, including characters outside the BMP", () => {
    const text = "𠮷野家的𩸽魚與「軟體」😀，共3家。";
    const folded = fold(text);
    expect([...folded]).toHaveLength([...text].length);
    expect(folded).toBe("𠮷野家的𩸽鱼与「软体」😀，共3家。");
  });

  it("folds Traditional characters outside the BMP that have a Simplified form", () => {
    expect(fold("㗲")).toBe("𠵾");
  });

  it("leaves Simplified text, Latin text and the empty string alone", () => {
    expect(fold("软件和信息服务业")).toBe("软件和信息服务业");
    expect(fold("GDP grew 5% in 2025.")).toBe("GDP grew 5% in 2025.");
    expect(fold("")).toBe("");
  });

  it("is idempotent", () => {
    const text = "臺灣的資訊軟體產業裡著名的公司";
    expect(fold(fold(text))).toBe(fold(text));
  });

  it("is built once and shared", () => {
    expect(createTraditionalToSimplifiedFolder()).toBe(fold);
  });
});

describe("foldPunctuation", () => {
  it("maps corner quotes to curly quotes (and the full-width colon to ASCII)", () => {
    expect(foldPunctuation("他說：「我們稱之為『數位轉型』。」")).toBe("他說:“我們稱之為‘數位轉型’。”");
  });

  it("maps vertical quote forms like their horizontal ones", () => {
    expect(foldPunctuation("﹁引號﹂﹃內層﹄")).toBe("“引號”‘內層’");
  });

  it("maps full-width digits, Latin letters and ASCII punctuation to half-width", () => {
    expect(foldPunctuation("ＧＤＰ增長３．５％（２０２５年）")).toBe("GDP增長3.5%(2025年)");
  });

  it("maps the ideographic space and name dots to one form", () => {
    expect(foldPunctuation("　神\u3000說")).toBe(" 神 說");
    expect(foldPunctuation("馬丁‧路德・金")).toBe("馬丁·路德·金");
  });

  it("keeps one code point per code point, and leaves other text alone", () => {
    const text = "「𠮷」，。、ａ";
    expect([...foldPunctuation(text)]).toHaveLength([...text].length);
    expect(foldPunctuation("plain text。")).toBe("plain text。");
    expect(foldPunctuation("")).toBe("");
  });
});
