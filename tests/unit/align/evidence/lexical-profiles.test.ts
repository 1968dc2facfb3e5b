import { describe, expect, it } from "vitest";
import { buildLexicalProfiles, profilesFromKeys, repeatWeights, type SideKeys } from "../../../../core/align/evidence/lexical-profiles";
import { SMALL_LEXICON } from "../fixtures/small-lexicon";

describe("buildLexicalProfiles", () => {
  const english = ["The council approved the plan.", "Residents fear privacy risks.", "Nothing here matches."];
  const chinese = ["议会批准了计划。", "居民担心隐私风险。", "软件"];
  const profiles = buildLexicalProfiles(english, chinese, SMALL_LEXICON);
  const stemOf = (id: number) => SMALL_LEXICON.stems[profiles.dictionaryStems[id] ?? -1];

  it("numbers the stems that can match in this document only, not the whole dictionary", () => {
    // Not "software" (the English never says it), nor "fear" (担心 is not in this lexicon).
    expect([...profiles.dictionaryStems].map((stem) => SMALL_LEXICON.stems[stem])).toEqual(["council", "approv", "plan", "resident", "privacy", "risk"]);
    expect(profiles.sourceIdCount).toBe(6);
  });

  it("keeps the English words some Chinese word of the document can translate, with their offsets", () => {
    const { ids, offsets, start } = profiles.source;
    expect([...ids.subarray(start[0] ?? 0, start[1] ?? 0)].map(stemOf)).toEqual(["council", "approv", "plan"]);
    expect([...offsets.subarray(start[0] ?? 0, start[1] ?? 0)]).toEqual([4, 12, 25]);
    expect((start[3] ?? 0) - (start[2] ?? 0)).toBe(0);
  });

  it("keeps the Chinese words whose glosses occur in the English document, as types with their candidates", () => {
    const { ids, start } = profiles.target;
    const firstTypes = [...ids.subarray(start[0] ?? 0, start[1] ?? 0)];
    const candidates = firstTypes.map((type) =>
      [...profiles.typeStems.subarray(profiles.typeStart[type] ?? 0, profiles.typeStart[type + 1] ?? 0)].map(stemOf),
    );
    expect(candidates).toEqual([["council"], ["approv"], ["plan"]]);
    // 软件 "software": no English paragraph says software, so it counts for nothing.
    expect((start[3] ?? 0) - (start[2] ?? 0)).toBe(0);
  });

  it("gives every word a chance rate in (0, 1)", () => {
    for (const q of profiles.targetChance) {
      expect(q).toBeGreaterThan(0);
      expect(q).toBeLessThan(1);
    }
  });
});

describe("profilesFromKeys", () => {
  const side = (paragraphs: number[][]): SideKeys => {
    const start = Int32Array.from([0, ...paragraphs.map((_, index) => paragraphs.slice(0, index + 1).flat().length)]);
    const keys = Int32Array.from(paragraphs.flat());
    return { keys, offsets: Int32Array.from(keys, (_, at) => at), start, textPrefix: Float64Array.from(start) };
  };

  it("keeps the keys both sides have, as shared ids that translate to themselves", () => {
    const profiles = profilesFromKeys(side([[10, 11, 12], [13]]), side([[11, 12, 99]]));
    expect(profiles.typeCount).toBe(2);
    expect([...profiles.source.ids]).toEqual([0, 1]);
    expect([...profiles.target.ids]).toEqual([0, 1]);
    expect([...profiles.typeStems]).toEqual([0, 1]);
  });
});

describe("repeatWeights", () => {
  it("weighs the k-th occurrence of a word in its paragraph 1/k, counting afresh in each paragraph", () => {
    // Paragraph 0: a a b a; paragraph 1: a b.
    const weights = repeatWeights(Int32Array.of(0, 0, 1, 0, 0, 1), Int32Array.of(0, 4, 6), 2);
    expect([...weights]).toEqual([1, 1 / 2, 1, 1 / 3, 1, 1]);
  });
});
