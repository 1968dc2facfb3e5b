import { describe, expect, it } from "vitest";
import { explainFlag, flagCardLine, formatReviewTime } from "../../../components/flags/flag-wording";
import type { StoredFlag } from "@/core/flag-reports";
import { createI18n } from "@/i18n/create-i18n";
import { NAMESPACES, type Translate, type UiLocale } from "@/i18n/settings";

const translate = (locale: UiLocale): Translate => createI18n(locale).getFixedT(locale, [...NAMESPACES]);

const doubtful: StoredFlag = {
  id: 1,
  slug: "port",
  revision: 1,
  rowPosition: 3,
  anchor: 4,
  kind: "alignment-doubt",
  language: "zh-Hant",
  term: null,
  expected: null,
  found: null,
  details: { confidence: 0.4, reasons: ["unmatched:zh-Hant", "pairings-disagree:en-zh-Hant"] },
  review: { status: "open", note: null, reviewedBy: null, reviewedAt: null },
  version: 1,
};

describe("a flag's wording", () => {
  it("words a doubtful alignment's reasons as the row's marker does, in the reader's language", () => {
    expect(explainFlag(doubtful, translate("en"))).toBe(
      "This row’s three-way alignment is doubtful (confidence 40%): a paragraph with no counterpart (Traditional Chinese); the pairwise alignments disagree here (en-zh-Hant).",
    );
    expect(explainFlag(doubtful, translate("zh-Hant"))).toContain("（繁體中文）");
  });

  it("makes a marker's card line of kind, version and explanation, and adds the decision once taken", () => {
    const forbidden: StoredFlag = {
      ...doubtful,
      kind: "glossary-forbidden",
      language: "zh-Hans",
      term: "internet",
      expected: "互联网",
      found: "因特网",
      details: {},
      review: { status: "dismissed", note: "quoted from 1998", reviewedBy: "Mei", reviewedAt: "2026-12-01T10:00:00.000Z" },
    };
    expect(flagCardLine(forbidden, translate("en"))).toBe(
      "Forbidden rendering · Simplified Chinese: 因特网 is a forbidden rendering of “internet”; the glossary prefers 互联网. (Dismissed by Mei)",
    );
  });

  it("shows a review's time the same way to every reader, in UTC", () => {
    expect(formatReviewTime("2026-12-01T09:05:59.123Z")).toBe("2026-12-01 09:05 UTC");
  });
});
