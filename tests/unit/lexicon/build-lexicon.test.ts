import { describe, expect, it } from "vitest";
import { segmentLongestFirst } from "../../../core/lexicon/char-trie";
import { buildLexicon } from "../../../core/lexicon/build-lexicon";
import type { BilingualLexicon } from "../../../core/lexicon/types";

/** The stems the lexicon gives a Chinese word (via the trie, as the aligner looks it up). */
function glossStems(lexicon: BilingualLexicon, word: string): string[] {
  const stems: string[] = [];
  segmentLongestFirst(lexicon.trie, word, (index, start, end) => {
    if (start !== 0 || end !== word.length) return;
    for (let at = lexicon.wordStemStart[index] ?? 0; at < (lexicon.wordStemStart[index + 1] ?? 0); at++) {
      stems.push(lexicon.stems[lexicon.wordStems[at] ?? 0] ?? "");
    }
  });
  return stems.sort();
}

describe("buildLexicon", () => {
  const lexicon = buildLexicon([
    { chinese: ["创造", "創造"], english: ["to create", "to bring about"] },
    { chinese: ["神"], english: ["God"] },
    { chinese: ["神"], english: ["god; deity", "(coll.) awesome"] },
    { chinese: ["说", "說"], english: ["variant of 說|说[shuo1]", "to speak; to say", "surname Shuo", "CL:個|个[ge4]"] },
    {
      chinese: ["打"],
      english: ["a semantically light, transitive verb that is combined with various grammatical objects", "to hit"],
    },
    { chinese: ["空"], english: ["(used in names)"] },
  ]);

  it("reads glosses as stems, Simplified and Traditional headwords alike", () => {
    expect(glossStems(lexicon, "创造")).toEqual(["bring", "creat"]);
    expect(glossStems(lexicon, "創造")).toEqual(["bring", "creat"]);
  });

  it("pools the entries of one headword and drops parenthesised qualifiers", () =>
    expect(glossStems(lexicon, "神")).toEqual(["awesom", "deity", "god"]));

  it("skips glosses that refer elsewhere (variant of, surname, CL:)", () => expect(glossStems(lexicon, "说")).toEqual(["say", "speak"]));

  it("skips explanations longer than a translation", () => expect(glossStems(lexicon, "打")).toEqual(["hit"]));

  it("leaves out headwords without any usable gloss", () => expect(glossStems(lexicon, "空")).toEqual([]));

  it("maps every stem to its id", () => {
    lexicon.stems.forEach((stem, id) => expect(lexicon.stemIds.get(stem)).toBe(id));
  });

  it("builds an empty lexicon from no entries", () => expect(buildLexicon([]).stems).toEqual([]));
});
