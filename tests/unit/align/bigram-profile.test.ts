import { describe, expect, it } from "vitest";
import { bigramProfile, sharedBigramCount } from "../../../core/align/bigram-profile";

describe("bigramProfile", () => {
  it("takes bigrams of letters and digits only", () => {
    expect(bigramProfile("软件，软件。")).toHaveLength(3); // 软件 件软 软件
    expect(sharedBigramCount(bigramProfile("“软件”"), bigramProfile("软件"))).toBe(1);
  });

  it("treats a character outside the BMP as one character", () => {
    expect(bigramProfile("𠮷野家")).toHaveLength(2);
  });

  it("gives a one-letter text one key and a text without letters none", () => {
    expect(bigramProfile("好")).toHaveLength(1);
    expect(bigramProfile("——")).toHaveLength(0);
  });
});

describe("sharedBigramCount", () => {
  it("counts the multiset intersection", () => {
    expect(sharedBigramCount(bigramProfile("数据数据"), bigramProfile("数据中心的数据"))).toBe(2);
    expect(sharedBigramCount(bigramProfile("软件"), bigramProfile("软体"))).toBe(0);
  });
});
