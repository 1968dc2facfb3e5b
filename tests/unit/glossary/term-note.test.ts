import { describe, expect, it } from "vitest";
import { noteForLanguage, type Term } from "@/core/glossary";

const nurse = (notes: Pick<Term, "note" | "noteZhHans" | "noteZhHant">): Term => ({
  english: ["nurse"],
  hansPreferred: "护士",
  hantPreferred: "護理師",
  hansAllowed: [],
  hantAllowed: ["護士"],
  hansForbidden: [],
  hantForbidden: [],
  ...notes,
});

describe("noteForLanguage", () => {
  const written = nurse({ note: "Taiwan's title is 護理師", noteZhHans: "台湾的职称是“護理師”", noteZhHant: "台灣的職稱是「護理師」" });

  it("gives the note written in the interface's language", () => {
    expect(noteForLanguage(written, "en")).toEqual({ text: "Taiwan's title is 護理師", language: "en", fallback: false });
    expect(noteForLanguage(written, "zh-Hans")).toEqual({ text: "台湾的职称是“護理師”", language: "zh-Hans", fallback: false });
    expect(noteForLanguage(written, "zh-Hant")).toEqual({ text: "台灣的職稱是「護理師」", language: "zh-Hant", fallback: false });
  });

  it("falls back to the English note, saying so, where that language has none", () => {
    const englishOnly = nurse({ note: "Taiwan's title is 護理師", noteZhHans: null, noteZhHant: "台灣的職稱是「護理師」" });
    expect(noteForLanguage(englishOnly, "zh-Hans")).toEqual({ text: "Taiwan's title is 護理師", language: "en", fallback: true });
    expect(noteForLanguage(englishOnly, "zh-Hant")?.fallback).toBe(false);
  });

  it("gives null for a term without notes, or with only a note in another Chinese interface", () => {
    expect(noteForLanguage(nurse({ note: null, noteZhHans: null, noteZhHant: null }), "zh-Hant")).toBeNull();
    expect(noteForLanguage(nurse({ note: null, noteZhHans: "台湾的职称", noteZhHant: null }), "zh-Hant")).toBeNull();
    expect(noteForLanguage(nurse({ note: null, noteZhHans: "台湾的职称", noteZhHant: null }), "en")).toBeNull();
  });
});
