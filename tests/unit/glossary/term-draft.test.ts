import { describe, expect, it } from "vitest";
import { checkTermDraft } from "@/core/glossary/term-draft";

const complete = {
  english: "software|softwares",
  hansPreferred: " 软件 ",
  hantPreferred: "軟體",
  hansAllowed: ["软件", "軟件"],
  hantAllowed: "軟件 | ",
  hansForbidden: "",
  hantForbidden: "",
  note: "  ",
  noteZhHans: "指计算机程序",
  noteZhHant: null,
};

describe("checkTermDraft", () => {
  it("normalises a complete draft like the CSV reader does: trimmed, | splits, blanks dropped, a blank note null", () => {
    expect(checkTermDraft(complete)).toEqual({
      term: {
        english: ["software", "softwares"],
        hansPreferred: "软件",
        hantPreferred: "軟體",
        hansAllowed: ["軟件"],
        hantAllowed: ["軟件"],
        hansForbidden: [],
        hantForbidden: [],
        note: null,
        noteZhHans: "指计算机程序",
        noteZhHant: null,
        source: null,
      },
    });
  });

  it("names every required field that is empty", () => {
    const result = checkTermDraft({ english: " | ", hansPreferred: "", hantPreferred: undefined });
    expect(result).toEqual({
      problems: [
        { field: "english", code: "required", message: "english is empty" },
        { field: "hansPreferred", code: "required", message: "hansPreferred is empty" },
        { field: "hantPreferred", code: "required", message: "hantPreferred is empty" },
      ],
    });
  });

  it("takes one preferred rendering per script", () => {
    const result = checkTermDraft({ ...complete, hantPreferred: "軟體|軟件" });
    expect(result).toMatchObject({ problems: [{ field: "hantPreferred", code: "one-preferred" }] });
  });

  it("refuses a rendering that is both to be used and forbidden in the same version", () => {
    const result = checkTermDraft({ ...complete, hantForbidden: "軟體" });
    expect(result).toMatchObject({ problems: [{ field: "hantForbidden", code: "allowed-and-forbidden", message: "軟體 is both a rendering to use and a forbidden one" }] });
  });

  it("lets a version forbid what the other version uses (人工智能 is the mainland's word, refused in a Taiwan edition)", () => {
    const result = checkTermDraft({ ...complete, english: "artificial intelligence", hansPreferred: "人工智能", hantPreferred: "人工智慧", hansAllowed: "", hantAllowed: "", hantForbidden: "人工智能" });
    expect(result).toMatchObject({ term: { hansPreferred: "人工智能", hansForbidden: [], hantForbidden: ["人工智能"] } });
  });

  it("refuses values that are not text, and overlong ones", () => {
    expect(checkTermDraft({ ...complete, english: [1, 2] })).toMatchObject({ problems: [{ field: "english", code: "not-text" }] });
    expect(checkTermDraft({ ...complete, note: { html: "<b>" } })).toMatchObject({ problems: [{ field: "note", code: "not-text" }] });
    expect(checkTermDraft({ ...complete, hansPreferred: "软".repeat(201) })).toMatchObject({ problems: [{ field: "hansPreferred", code: "too-long" }] });
    expect(checkTermDraft({ ...complete, noteZhHant: "註".repeat(2001) })).toMatchObject({ problems: [{ field: "noteZhHant", code: "too-long" }] });
  });

  it("treats something that is not an object as an empty draft", () => {
    const result = checkTermDraft("software");
    expect("problems" in result && result.problems.map((problem) => problem.field)).toEqual(["english", "hansPreferred", "hantPreferred"]);
  });
});
