import { describe, expect, it } from "vitest";
import { buildCharTrie, segmentLongestFirst } from "../../../core/lexicon/char-trie";

const words = ["人工", "人工智能", "智能", "软件", "𠀋字"];
const trie = buildCharTrie(words);

function segment(text: string): string[] {
  const found: string[] = [];
  segmentLongestFirst(trie, text, (word, start, end) => found.push(`${words[word]}@${start}-${end}`));
  return found;
}

describe("segmentLongestFirst", () => {
  it("takes the longest word at each position, left to right", () =>
    expect(segment("人工智能软件")).toEqual(["人工智能@0-4", "软件@4-6"]));
  it("skips characters that start no word", () => expect(segment("新的人工，旧的智能")).toEqual(["人工@2-4", "智能@7-9"]));
  it("handles characters outside the BMP, with UTF-16 offsets", () => expect(segment("用𠀋字")).toEqual(["𠀋字@1-4"]));
  it("finds nothing in empty text", () => expect(segment("")).toEqual([]));
});

describe("buildCharTrie", () => {
  it("keeps the first index of a repeated word and ignores empty words", () => {
    const repeated = buildCharTrie(["甲乙", "", "甲乙"]);
    const found: number[] = [];
    segmentLongestFirst(repeated, "甲乙", (word) => found.push(word));
    expect(found).toEqual([0]);
    expect(repeated.maxLength).toBe(2);
  });
});
