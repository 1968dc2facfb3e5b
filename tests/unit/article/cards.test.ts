import { describe, expect, it } from "vitest";
import { cardTexts } from "@/components/article/cards";
import type { Term } from "@/core/glossary";
import { createI18n } from "@/i18n/create-i18n";
import { NAMESPACES, type Translate, type UiLocale } from "@/i18n/settings";

const translator = (locale: UiLocale): Translate => createI18n(locale).getFixedT(locale, [...NAMESPACES]) as Translate;

const nurse = (noteZhHans: string | null): Term => ({
  english: ["nurse"],
  hansPreferred: "护士",
  hantPreferred: "護理師",
  hansAllowed: [],
  hantAllowed: ["護士"],
  hansForbidden: [],
  hantForbidden: [],
  note: "Taiwan's professional title is 護理師",
  noteZhHans,
  noteZhHant: null,
});

describe("a term's card", () => {
  it("ends with the note in the interface language", () => {
    const [card] = cardTexts([], [nurse("台湾的职称是“護理師”")], "zh-Hans", translator("zh-Hans")).terms;
    expect(card?.preferred.split("\n")[1]).toBe("台湾的职称是“護理師”");
  });

  it("shows the English note, saying it is in English, where the interface language has none", () => {
    const [hant] = cardTexts([], [nurse("台湾的职称是“護理師”")], "zh-Hant", translator("zh-Hant")).terms;
    expect(hant?.preferred.split("\n")[1]).toBe("（英文註釋）Taiwan's professional title is 護理師");
    const [english] = cardTexts([], [nurse(null)], "en", translator("en")).terms;
    expect(english?.preferred.split("\n")[1]).toBe("Taiwan's professional title is 護理師");
  });
});
