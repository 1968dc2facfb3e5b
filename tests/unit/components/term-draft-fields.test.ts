import { describe, expect, it } from "vitest";
import { differingFields, formValuesOf } from "@/components/glossary/term-draft-fields";
import type { StoredTerm } from "@/core/glossary";

const software: StoredTerm = {
  id: 7,
  version: 3,
  english: ["software", "programs"],
  hansPreferred: "软件",
  hantPreferred: "軟體",
  hansAllowed: [],
  hantAllowed: ["軟件"],
  hansForbidden: [],
  hantForbidden: ["软件"],
  note: "Taiwan prefers 軟體",
  noteZhHans: null,
  noteZhHant: null,
  source: null,
  updatedAt: "2026-12-07T22:00:00.000Z",
};

describe("the term form's values", () => {
  it("hold lists with ' | ' between values and a missing note as empty text", () => {
    expect(formValuesOf(software)).toEqual({
      english: "software | programs",
      hansPreferred: "软件",
      hantPreferred: "軟體",
      hansAllowed: "",
      hantAllowed: "軟件",
      hansForbidden: "",
      hantForbidden: "软件",
      note: "Taiwan prefers 軟體",
      noteZhHans: "",
      noteZhHant: "",
      source: "",
    });
    expect(Object.values(formValuesOf(null)).every((value) => value === "")).toBe(true);
  });

  it("differ only where the values differ, not in spacing around |", () => {
    const mine = { ...formValuesOf(software), english: "software|programs ", note: "My note" };
    expect(differingFields(mine, formValuesOf(software))).toEqual(["note"]);
  });
});
