import { describe, expect, it } from "vitest";
import { createTraditionalToSimplifiedFolder } from "../../../core/chinese/fold";
import { linkSentences, type SentenceLinks } from "../../../core/sentences/link-sentences";
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
