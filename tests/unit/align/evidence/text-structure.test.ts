import { describe, expect, it } from "vitest";
import { chineseStructureKeys, englishStructureKeys } from "../../../../core/align/evidence/text-structure";

describe("structure keys", () => {
  it("count a list of names the same way in English and Chinese", () => {
    const english = "Of the sons of Pashhur: Elioenai, Maaseiah, Ishmael, Nethanel, Jozabad, and Elasah.";
    const chinese = "巴施户珥的子孙中，有以利约乃、玛西雅、以实玛利、拿坦业、约撒拔、以利亚撒。";
    expect(englishStructureKeys(english)).toEqual(["l:6"]);
    expect(chineseStructureKeys(chinese)).toEqual(["l:6"]);
  });

  it("count quotations", () => {
    expect(englishStructureKeys("He said, “Go.” She said, “Stay.”")).toEqual(["q:2"]);
    expect(chineseStructureKeys("他说：「去。」她说：「留下。」")).toEqual(["q:2"]);
  });

  it("find nothing in plain prose", () => {
    expect(englishStructureKeys("The council approved the plan on Tuesday.")).toEqual([]);
    expect(chineseStructureKeys("市议会周二批准了该计划。")).toEqual([]);
  });
});
