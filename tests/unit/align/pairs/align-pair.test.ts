import { describe, expect, it } from "vitest";
import { alignPair } from "../../../../core/align/pairs/align-pair";
import { createTraditionalToSimplifiedFolder } from "../../../../core/chinese/fold";
import { beadNotation, withoutParagraph } from "../bead-notation";
import { SMALL_LEXICON } from "../fixtures/small-lexicon";
import { ENGLISH, SIMPLIFIED, TRADITIONAL } from "../fixtures/digital-plan";

const fold = createTraditionalToSimplifiedFolder();

describe("alignPair", () => {
  it("keeps the `from` language as the source whichever way round", () => {
    const english = withoutParagraph(ENGLISH, 9);
    expect(beadNotation(alignPair(english, SIMPLIFIED, "en", "zh-Hans", fold))).toBe("0|0 1|1 2|2 3|3 4|4 5|5 6|6 7|7 8|8 -|9");
    expect(beadNotation(alignPair(SIMPLIFIED, english, "zh-Hans", "en", fold))).toBe("0|0 1|1 2|2 3|3 4|4 5|5 6|6 7|7 8|8 9|-");
  });

  it("aligns the two Chinese scripts in either order", () => {
    const hant = withoutParagraph(TRADITIONAL, 0);
    expect(beadNotation(alignPair(SIMPLIFIED, hant, "zh-Hans", "zh-Hant", fold))).toBe("0|- 1|0 2|1 3|2 4|3 5|4 6|5 7|6 8|7 9|8");
    expect(beadNotation(alignPair(hant, SIMPLIFIED, "zh-Hant", "zh-Hans", fold))).toBe("-|0 0|1 1|2 2|3 3|4 4|5 5|6 6|7 7|8 8|9");
  });

  it("aligns two documents in the same language", () => {
    expect(beadNotation(alignPair(ENGLISH.slice(0, 3), ENGLISH.slice(0, 3), "en", "en", fold))).toBe("0|0 1|1 2|2");
  });

  it("passes a bilingual dictionary on to English ↔ Chinese, either way round", () => {
    const english = withoutParagraph(ENGLISH, 4);
    const forward = alignPair(english, SIMPLIFIED, "en", "zh-Hans", fold, { lexicon: SMALL_LEXICON });
    const backward = alignPair(SIMPLIFIED, english, "zh-Hans", "en", fold, { lexicon: SMALL_LEXICON });
    expect(beadNotation(backward)).toBe(beadNotation(forward.map((bead) => ({ ...bead, source: bead.target, target: bead.source }))));
  });
});
