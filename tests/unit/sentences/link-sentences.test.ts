import { describe, expect, it } from "vitest";
import { createTraditionalToSimplifiedFolder } from "../../../core/chinese/fold";
import { linkSentences, type SentenceLinks } from "../../../core/sentences/link-sentences";
import { CEDICT } from "../align/fixtures/cedict";
import { ENGLISH, SIMPLIFIED, TRADITIONAL } from "../align/fixtures/digital-plan";

const fold = createTraditionalToSimplifiedFolder();

/** Groups as "en|zh-Hans|zh-Hant" with "paragraph.sentence" members, "-" for none. */
function groupNotation(links: SentenceLinks): string {
  const side = (ids: readonly [number, number][]) => (ids.length === 0 ? "-" : ids.map(([p, s]) => `${p}.${s}`).join(","));
  return links.groups.map((g) => `${side(g.members.en)}|${side(g.members["zh-Hans"])}|${side(g.members["zh-Hant"])}`).join(" ");
}

describe("linkSentences", () => {
  it("links the sentences of a row one to one in order, with their offsets", () => {
    const links = linkSentences(
      { en: [{ position: 1, text: ENGLISH[1] ?? "" }], "zh-Hans": [{ position: 1, text: SIMPLIFIED[1] ?? "" }], "zh-Hant": [{ position: 1, text: TRADITIONAL[1] ?? "" }] },
      { foldToSimplified: fold },
    );
    expect(groupNotation(links)).toBe("1.0|1.0|1.0 1.1|1.1|1.1");
    const [first] = links.sentences.en;
    expect(first?.position).toBe(1);
    expect(first?.spans).toHaveLength(2);
    const [start, end] = first?.spans[0] ?? [0, 0];
    expect((ENGLISH[1] ?? "").slice(start, end)).toBe(
      "Officials said the plan responds to complaints from residents and businesses that online services are slow, fragmented and hard to use.",
    );
    for (const group of links.groups) {
      expect(group.confidence).toBeGreaterThanOrEqual(0);
      expect(group.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("links across the paragraphs of a row, ids naming each sentence's own paragraph", () => {
    // English paragraph 2 against the same text split in two Chinese paragraphs (2, 3).
    const hans = SIMPLIFIED[2] ?? "";
    const cut = hans.indexOf("。") + 1;
    const links = linkSentences(
      {
        en: [{ position: 2, text: ENGLISH[2] ?? "" }],
        "zh-Hans": [
          { position: 2, text: hans.slice(0, cut) },
          { position: 3, text: hans.slice(cut) },
        ],
        "zh-Hant": [],
      },
      { foldToSimplified: fold },
    );
    expect(groupNotation(links)).toBe("2.0|2.0|- 2.1|3.0|-");
  });

  it("puts every sentence in exactly one group, in order in every language", () => {
    const links = linkSentences(
      {
        en: [{ position: 0, text: `${ENGLISH[3] ?? ""} ${ENGLISH[4] ?? ""}` }],
        "zh-Hans": [{ position: 0, text: SIMPLIFIED[3] ?? "" }],
        "zh-Hant": [{ position: 0, text: `${TRADITIONAL[3] ?? ""}${TRADITIONAL[4] ?? ""}` }],
      },
      { foldToSimplified: fold },
    );
    for (const language of ["en", "zh-Hans", "zh-Hant"] as const) {
      const ids = links.groups.flatMap((group) => group.members[language]);
      const expected = links.sentences[language].flatMap(({ position, spans }) => spans.map((_, index) => [position, index]));
      expect(ids).toEqual(expected);
    }
  });

  it("is JSON-safe", () => {
    const links = linkSentences(
      { en: [{ position: 0, text: "One. Two." }], "zh-Hans": [{ position: 0, text: "一。二。" }], "zh-Hant": [] },
      { foldToSimplified: fold },
    );
    expect(JSON.parse(JSON.stringify(links))).toEqual(links);
  });

  it("returns no sentences and no groups for a row without text", () => {
    expect(linkSentences({ en: [], "zh-Hans": [], "zh-Hant": [] }, { foldToSimplified: fold })).toEqual({
      sentences: { en: [], "zh-Hans": [], "zh-Hant": [] },
      groups: [],
    });
  });
});

describe("linkSentences on one long English sentence against ten Chinese ones (issue 11)", () => {
  // 1 Chronicles 27:26-31: semicolons in English, ten sentences in Chinese. The band of the
  // paragraph aligner stopped short and the import died with "alignment band is disconnected".
  const english = "Over those who did the work of the field for tillage of the ground was Ezri the son of Chelub; and over the vineyards was Shimei the Ramathite; and over the increase of the vineyards for the wine cellars was Zabdi the Shiphmite; and over the olive trees and the sycamore trees that were in the lowland was Baal Hanan the Gederite; and over the cellars of oil was Joash; and over the herds that fed in Sharon was Shitrai the Sharonite; and over the herds that were in the valleys was Shaphat the son of Adlai; and over the camels was Obil the Ishmaelite; and over the donkeys was Jehdeiah the Meronothite; and over the flocks was Jaziz the Hagrite.";
  const simplified = "掌管耕田种地的是基绿的儿子以斯利。掌管葡萄园的是拉玛人示每。掌管葡萄园酒窖的是实弗米人撒巴底。掌管高原橄榄树和桑树的是基第利人巴勒・哈南。掌管油库的是约阿施。掌管沙仑牧放牛群的是沙仑人施提赉。掌管山谷牧养牛群的是亚第赉的儿子沙法。掌管驼群的是以实玛利人阿比勒。掌管驴群的是米仑人耶希底亚。掌管羊群的是夏甲人雅悉。";
  const traditional = "掌管耕田種地的是基綠的兒子以斯利。掌管葡萄園的是拉瑪人示每。掌管葡萄園酒窖的是實弗米人撒巴底。掌管高原橄欖樹和桑樹的是基第利人巴勒‧哈南。掌管油庫的是約阿施。掌管沙崙牧放牛群的是沙崙人施提賚。掌管山谷牧養牛群的是亞第賚的兒子沙法。掌管駝群的是以實瑪利人阿比勒。掌管驢群的是米崙人耶希底亞。掌管羊群的是夏甲人雅悉。";

  it("links them into groups that cover every sentence, instead of throwing", () => {
    const links = linkSentences(
      { en: [{ position: 0, text: english }], "zh-Hans": [{ position: 0, text: simplified }], "zh-Hant": [{ position: 0, text: traditional }] },
      { foldToSimplified: fold, lexicon: CEDICT },
    );
    expect(links.sentences["zh-Hans"][0]?.spans).toHaveLength(10);
    const members = (language: "en" | "zh-Hans" | "zh-Hant") => links.groups.flatMap((group) => group.members[language].map(([, s]) => s));
    expect(members("en")).toEqual([0]);
    expect(members("zh-Hans")).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(members("zh-Hant")).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
