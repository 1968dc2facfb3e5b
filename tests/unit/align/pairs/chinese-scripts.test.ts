import { describe, expect, it } from "vitest";
import { findBeadProblem } from "../../../../core/align/search/bead-invariants";
import { alignChineseScripts } from "../../../../core/align/pairs/chinese-scripts";
import { createTraditionalToSimplifiedFolder } from "../../../../core/chinese/fold";
import { beadNotation, mergeParagraphs, splitParagraph, withoutParagraph } from "../bead-notation";
import { SIMPLIFIED, TRADITIONAL } from "../fixtures/digital-plan";

const fold = createTraditionalToSimplifiedFolder();

function align(hans: readonly string[], hant: readonly string[]) {
  const beads = alignChineseScripts(hans, hant, fold);
  expect(findBeadProblem(beads, hans.length, hant.length)).toBeNull();
  return beads;
}

describe("alignChineseScripts", () => {
  it("pairs two editions one to one despite regional wording (软件/軟體, 网络/網路, 数据/資料)", () => {
    expect(beadNotation(align(SIMPLIFIED, TRADITIONAL))).toBe("0|0 1|1 2|2 3|3 4|4 5|5 6|6 7|7 8|8 9|9");
  });

  it("scores editions that differ only in regional words as confident", () => {
    for (const bead of align(SIMPLIFIED, TRADITIONAL)) expect(bead.score).toBeGreaterThan(0.8);
  });

  it("scores a paragraph identical after folding as fully confident", () => {
    expect(align(["议会将于2026年再次审议该计划。"], ["議會將於2026年再次審議該計畫。"])[0]?.score).toBeGreaterThan(0.8);
    expect(align(["他说：“好的。”"], ["他說：「好的。」"])[0]?.score).toBe(1);
  });

  it("pairs a reworded paragraph rather than leaving both sides unmatched", () => {
    const hans = [SIMPLIFIED[0] ?? "", "委员会认为，这项计划的成本过高，应当分阶段实施，并在每个阶段结束时评估效果。", SIMPLIFIED[2] ?? ""];
    const hant = [TRADITIONAL[0] ?? "", "委員會指出，此計畫成本太高，宜分階段推動，每一階段完成後都要檢討成效。", TRADITIONAL[2] ?? ""];
    expect(beadNotation(align(hans, hant))).toBe("0|0 1|1 2|2");
  });

  it("groups a paragraph with the two paragraphs the other edition split it into", () => {
    expect(beadNotation(align(SIMPLIFIED, splitParagraph(TRADITIONAL, 3)))).toBe("0|0 1|1 2|2 3|3,4 4|5 5|6 6|7 7|8 8|9 9|10");
    expect(beadNotation(align(splitParagraph(SIMPLIFIED, 0), TRADITIONAL))).toBe("0,1|0 2|1 3|2 4|3 5|4 6|5 7|6 8|7 9|8 10|9");
  });

  it("groups two paragraphs with the paragraph the other edition merged them into", () => {
    expect(beadNotation(align(mergeParagraphs(SIMPLIFIED, 6), TRADITIONAL))).toBe("0|0 1|1 2|2 3|3 4|4 5|5 6|6,7 7|8 8|9");
  });

  it("leaves a paragraph missing from the other edition unmatched, at the start, middle and end", () => {
    expect(beadNotation(align(SIMPLIFIED, withoutParagraph(TRADITIONAL, 0)))).toBe("0|- 1|0 2|1 3|2 4|3 5|4 6|5 7|6 8|7 9|8");
    expect(beadNotation(align(SIMPLIFIED, withoutParagraph(TRADITIONAL, 5)))).toBe("0|0 1|1 2|2 3|3 4|4 5|- 6|5 7|6 8|7 9|8");
    expect(beadNotation(align(withoutParagraph(SIMPLIFIED, 9), TRADITIONAL))).toBe("0|0 1|1 2|2 3|3 4|4 5|5 6|6 7|7 8|8 -|9");
  });

  it("aligns repeated identical paragraphs in order", () => {
    const hans = ["（完）", SIMPLIFIED[1] ?? "", "（完）", SIMPLIFIED[2] ?? "", "（完）"];
    const hant = ["（完）", TRADITIONAL[1] ?? "", "（完）", TRADITIONAL[2] ?? "", "（完）"];
    expect(beadNotation(align(hans, hant))).toBe("0|0 1|1 2|2 3|3 4|4");
  });

  it("aligns one-paragraph documents", () => {
    expect(beadNotation(align([SIMPLIFIED[8] ?? ""], [TRADITIONAL[8] ?? ""]))).toBe("0|0");
  });

  it("returns every paragraph unmatched when the other edition is empty, and [] when both are", () => {
    expect(beadNotation(align(SIMPLIFIED.slice(0, 2), []))).toBe("0|- 1|-");
    expect(beadNotation(align([], TRADITIONAL.slice(0, 3)))).toBe("-|0 -|1 -|2");
    expect(align([], [])).toEqual([]);
  });

  it("folds the Simplified side too, so 著 written for 着 in Traditional still matches", () => {
    const beads = align(["他看着显著的变化。"], ["他看著顯著的變化。"]);
    expect(beads[0]?.score).toBe(1);
  });

  it("keeps long editions aligned one to one (banded search)", () => {
    const hans: string[] = [];
    const hant: string[] = [];
    for (let copy = 0; copy < 40; copy++) {
      hans.push(...SIMPLIFIED);
      hant.push(...TRADITIONAL);
    }
    const beads = align(withoutParagraph(hans, 5), withoutParagraph(hant, 300));
    expect(beads.filter((bead) => bead.source.length === 0 || bead.target.length === 0)).toHaveLength(2);
    expect(beads.filter((bead) => bead.source.length === 1 && bead.target.length === 1)).toHaveLength(398);
  });
});

describe("alignChineseScripts on editions that differ for real", () => {
  // Two digital texts of the Chinese Union Version (zh-Hant-alt-like): older forms (裏, 着,
  // 喫, 纔), another bracket for notes, no reverence space, and one verse boundary moved.
  const hans = [
    "起初，　神创造天地。地是空虚混沌，渊面黑暗；　神的灵运行在水面上。",
    "他们在街上如瞎子乱走，又被血玷污，以致人不能摸他们的衣服。",
    "我的法则（或译：指教）你要谨守；因为它必将长久的日子加给你。",
    "耶稣被圣灵充满，从约旦河回来，圣灵将他引到旷野，四十天受魔鬼的试探。",
    "那些日子没有吃甚么；日子满了，他就饿了。",
    "云彩从会幕上挪开了，不料，米利暗长了大麻疯，",
  ];
  const alt = [
    "起初神創造天地。地是空虛混沌，淵面黑暗；神的靈運行在水面上。",
    "他們在街上如瞎子亂走，又被血玷污，以致人不能摸他們的衣服。",
    "我的法則〔或作：指教〕你要謹守；因為它必將長久的日子加給你。",
    "耶穌被聖靈充滿，從約但河回來，聖靈將他引到曠野，",
    "四十天受魔鬼的試探。那些日子沒有喫甚麼；日子滿了，他就餓了。",
    "雲彩從會幕上挪開了，不料，米利暗長了大痲瘋，",
  ];

  it("pairs them verse by verse, even where a few words moved across a verse boundary", () => {
    expect(beadNotation(align(hans, alt))).toBe("0|0 1|1 2|2 3|3 4|4 5|5");
    for (const bead of align(hans, alt)) expect(bead.score).toBeGreaterThan(0.5);
  });

  it("leaves out of a pair a paragraph whose neighbour repeats its names", () => {
    const withRepeat = [
      "耶洗别听见拿伯被石头打死，就对亚哈说：「你起来得耶斯列人拿伯不肯为价银给你的葡萄园吧！现在他已经死了。」",
      "亚哈听见拿伯死了，就起来，下去要得耶斯列人拿伯的葡萄园。",
      hans[1] ?? "",
    ];
    const withoutRepeat = ["耶洗別聽見拿伯被石頭打死，就對亞哈說：「你起來得耶斯列人拿伯不肯為價銀給你的葡萄園吧！現在他已經死了。」", alt[1] ?? ""];
    expect(beadNotation(align(withRepeat, withoutRepeat))).toBe("0|0 1|- 2|1");
  });
});
