import { describe, expect, it } from "vitest";
import { englishStem, englishStems } from "../../../core/lexicon/english-words";

describe("englishStem", () => {
  it("reduces inflections to one stem", () => {
    for (const word of ["create", "created", "creates", "creating"]) expect(englishStem(word)).toBe("creat");
    expect(englishStem("cities")).toBe(englishStem("city"));
    expect(englishStem("churches")).toBe(englishStem("church"));
    expect(englishStem("running")).toBe(englishStem("run"));
    expect(englishStem("planned")).toBe(englishStem("plan"));
  });

  it("maps irregular forms to their base", () => {
    expect(englishStem("said")).toBe(englishStem("say"));
    expect(englishStem("went")).toBe(englishStem("go"));
    expect(englishStem("children")).toBe(englishStem("child"));
    expect(englishStem("brethren")).toBe(englishStem("brother"));
  });

  it("ignores case", () => expect(englishStem("Moses")).toBe(englishStem("moses")));

  it("drops function words and dictionary metalanguage", () => {
    for (const word of ["the", "of", "unto", "shall", "not", "variant", "classifier", "sth", "a"]) expect(englishStem(word)).toBeNull();
  });
});

describe("englishStems", () => {
  it("gives the content words of a text, in order, repeats kept; possessives split off", () =>
    expect(englishStems("God's Spirit was over the waters, the waters.")).toEqual(["god", "spirit", "water", "water"]));
  it("returns [] for text without letters", () => expect(englishStems("12, 34!")).toEqual([]));
});
