import { describe, expect, it } from "vitest";
import { alignArticle, buildAlignedRows, type AlignedRow } from "../../../../core/align/rows/three-way-rows";
import type { Bead } from "../../../../core/align/types";
import { createTraditionalToSimplifiedFolder } from "../../../../core/chinese/fold";
import type { PerLanguage } from "../../../../core/languages";
import { splitParagraph, withoutParagraph } from "../bead-notation";
import { ENGLISH, SIMPLIFIED, TRADITIONAL } from "../fixtures/digital-plan";

const fold = createTraditionalToSimplifiedFolder();

/** Rows as one line: "en|zh-Hans|zh-Hant" per row, "-" for none: "0|0|0 1|1,2|1 …". */
function rowNotation(rows: readonly AlignedRow[]): string {
  const side = (indices: readonly number[]) => (indices.length === 0 ? "-" : indices.join(","));
  return rows
    .map((row) => `${side(row.paragraphs.en)}|${side(row.paragraphs["zh-Hans"])}|${side(row.paragraphs["zh-Hant"])}`)
    .join(" ");
}

/** Every paragraph of every language in exactly one row, rows in order, confidence in [0, 1]. */
function expectRowInvariants(rows: readonly AlignedRow[], counts: PerLanguage<number>): void {
  for (const language of ["en", "zh-Hans", "zh-Hant"] as const) {
    expect(rows.flatMap((row) => row.paragraphs[language])).toEqual(Array.from({ length: counts[language] }, (_, i) => i));
  }
  for (const row of rows) {
    expect(row.confidence).toBeGreaterThanOrEqual(0);
    expect(row.confidence).toBeLessThanOrEqual(1);
  }
}

/** Beads from the notation "0|0 1|1,2 2|-" with one score for all. */
function beads(notation: string, score = 0.9): Bead[] {
  const side = (text: string) => (text === "-" ? [] : text.split(",").map(Number));
  return notation.split(" ").map((bead) => {
    const [source = "-", target = "-"] = bead.split("|");
    return { source: side(source), target: side(target), score };
  });
}

function align(en: readonly string[], hans: readonly string[], hant: readonly string[]) {
  const rows = alignArticle({ en: [...en], "zh-Hans": [...hans], "zh-Hant": [...hant] }, fold);
  expectRowInvariants(rows, { en: en.length, "zh-Hans": hans.length, "zh-Hant": hant.length });
  return rows;
}

describe("alignArticle", () => {
  // The case of tests/integration/import.test.ts: a paragraph inserted in English and
  // Simplified only, in an article of short paragraphs.
  it("keeps a paragraph inserted in English and Simplified only in a row of its own", () => {
    const rows = align(
      [
        "The council published its first open budget in 2025, a spreadsheet of 12,000 lines.",
        "A new paragraph says the first quarterly report will appear in April.",
        "Residents downloaded it 40,000 times in the first month, far more than officials expected.",
        "Next year the council plans to publish spending every quarter rather than once a year.",
      ],
      [
        "市议会于2025年首次公开预算，这是一份一万二千行的电子表格。",
        "新增的一段说，第一份季度报告将于四月发布。",
        "第一个月，市民下载了四万次，远远超出官员的预期。",
        "明年，市议会计划每季度而不是每年公布一次支出。",
      ],
      [
        "市議會於2025年首次公開預算，這是一份一萬二千行的試算表。",
        "第一個月，市民下載了四萬次，遠遠超出官員的預期。",
        "明年，市議會計畫每季而不是每年公布一次支出。",
      ],
    );
    expect(rowNotation(rows)).toBe("0|0|0 1|1|- 2|2|1 3|3|2");
    expect(rows[1]?.reasons).toContain("unmatched:zh-Hant");
  });

  it("aligns three faithful versions row by row, confidently and without reasons", () => {
    const rows = align(ENGLISH, SIMPLIFIED, TRADITIONAL);
    expect(rowNotation(rows)).toBe("0|0|0 1|1|1 2|2|2 3|3|3 4|4|4 5|5|5 6|6|6 7|7|7 8|8|8 9|9|9");
    for (const row of rows) {
      expect(row.reasons).toEqual([]);
      expect(row.confidence).toBeGreaterThan(0.6);
    }
  });

  it("keeps a paragraph one version lacks in its own row, flagged unmatched", () => {
    const rows = align(ENGLISH, SIMPLIFIED, withoutParagraph(TRADITIONAL, 6));
    expect(rowNotation(rows)).toBe("0|0|0 1|1|1 2|2|2 3|3|3 4|4|4 5|5|5 6|6|- 7|7|6 8|8|7 9|9|8");
    expect(rows[6]?.reasons).toEqual(["unmatched:zh-Hant"]);
    expect(rows[6]?.confidence).toBeLessThan(0.5);
    expect(rows[7]?.reasons).toEqual([]);
  });

  it("handles a missing paragraph at the start and at the end", () => {
    expect(rowNotation(align(withoutParagraph(ENGLISH, 0), SIMPLIFIED, TRADITIONAL))).toBe(
      "-|0|0 0|1|1 1|2|2 2|3|3 3|4|4 4|5|5 5|6|6 6|7|7 7|8|8 8|9|9",
    );
    const rows = align(ENGLISH, withoutParagraph(SIMPLIFIED, 9), withoutParagraph(TRADITIONAL, 9));
    expect(rowNotation(rows)).toBe("0|0|0 1|1|1 2|2|2 3|3|3 4|4|4 5|5|5 6|6|6 7|7|7 8|8|8 9|-|-");
    expect(rows[9]?.reasons).toEqual(["unmatched:zh-Hans", "unmatched:zh-Hant"]);
  });

  it("puts a paragraph split in two in one row with its counterparts", () => {
    const rows = align(ENGLISH, splitParagraph(SIMPLIFIED, 2), TRADITIONAL);
    expect(rowNotation(rows)).toBe("0|0|0 1|1|1 2|2,3|2 3|4|3 4|5|4 5|6|5 6|7|6 7|8|7 8|9|8 9|10|9");
    expect(rows[2]?.reasons).toEqual([]);
  });

  it("accepts a finer Chinese pairing inside a row (both editions split the same paragraph)", () => {
    const rows = align(ENGLISH, splitParagraph(SIMPLIFIED, 1), splitParagraph(TRADITIONAL, 1));
    expect(rowNotation(rows).split(" ").slice(0, 3).join(" ")).toBe("0|0|0 1|1,2|1,2 2|3|3");
    expect(rows[1]?.reasons).toEqual([]);
  });

  it("treats a version the article lacks as absent, without lowering confidence", () => {
    const withoutTraditional = align(ENGLISH, SIMPLIFIED, []);
    expect(rowNotation(withoutTraditional)).toBe("0|0|- 1|1|- 2|2|- 3|3|- 4|4|- 5|5|- 6|6|- 7|7|- 8|8|- 9|9|-");
    for (const row of withoutTraditional) {
      expect(row.reasons).toEqual([]);
      expect(row.confidence).toBeGreaterThan(0.6);
    }
    expect(rowNotation(align([], SIMPLIFIED.slice(0, 2), TRADITIONAL.slice(0, 2)))).toBe("-|0|0 -|1|1");
  });

  it("gives a one-language article one row per paragraph at full confidence", () => {
    const rows = align(ENGLISH.slice(0, 3), [], []);
    expect(rowNotation(rows)).toBe("0|-|- 1|-|- 2|-|-");
    expect(rows.map((row) => row.confidence)).toEqual([1, 1, 1]);
  });

  it("aligns one-paragraph articles, and returns no rows for an empty article", () => {
    expect(rowNotation(align([ENGLISH[0] ?? ""], [SIMPLIFIED[0] ?? ""], [TRADITIONAL[0] ?? ""]))).toBe("0|0|0");
    expect(align([], [], [])).toEqual([]);
  });
});

describe("buildAlignedRows", () => {
  const counts = { en: 3, "zh-Hans": 3, "zh-Hant": 3 };

  it("builds one row per bead when the three pairings agree", () => {
    const rows = buildAlignedRows(counts, { enHans: beads("0|0 1|1 2|2"), enHant: beads("0|0 1|1 2|2"), hansHant: beads("0|0 1|1 2|2") });
    expect(rowNotation(rows)).toBe("0|0|0 1|1|1 2|2|2");
    expect(rows.map((row) => row.confidence)).toEqual([0.9, 0.9, 0.9]);
  });

  it("lets two agreeing pairings outvote the third, lowering the confidence of the rows it disputes", () => {
    // en 1 ↔ zh-Hans 1 ↔ zh-Hant 1, but en↔zh-Hant pairs en 1 with zh-Hant 1 and 2.
    const enHant = [...beads("0|0", 0.9), ...beads("1|1,2", 0.5), ...beads("2|-", 0.4)];
    const rows = buildAlignedRows(counts, { enHans: beads("0|0 1|1 2|2"), enHant, hansHant: beads("0|0 1|1 2|2") });
    expect(rowNotation(rows)).toBe("0|0|0 1|1|1 2|2|2");
    for (const row of rows.slice(1)) {
      expect(row.reasons).toEqual(["pairings-disagree:en-zh-Hant"]);
      expect(row.confidence).toBeLessThan(0.5);
    }
    expect(rows[0]?.reasons).toEqual([]);
  });

  // Regression: the en↔zh-Hant 2-1 bead used to merge the new paragraph with its
  // neighbour in every language (one row en 0,1 / zh-Hans 0,1 / zh-Hant 0).
  it("keeps a paragraph only English and Simplified have in its own row when en↔zh-Hant merged it", () => {
    const rows = buildAlignedRows(
      { en: 4, "zh-Hans": 4, "zh-Hant": 3 },
      {
        enHans: beads("0|0 1|1 2|2 3|3", 0.95),
        enHant: [...beads("0,1|0", 0.87), ...beads("2|1 3|2", 0.99)],
        hansHant: [...beads("0|0", 1), ...beads("1|-", 0.4), ...beads("2|1 3|2", 1)],
      },
    );
    expect(rowNotation(rows)).toBe("0|0|0 1|1|- 2|2|1 3|3|2");
    expect(rows[1]?.reasons).toEqual(["pairings-disagree:en-zh-Hant", "unmatched:zh-Hant"]);
    expect(rows[2]?.reasons).toEqual([]);
    expect(rows[3]?.reasons).toEqual([]);
  });

  it("flags a pairing that leaves unmatched what the other two link", () => {
    const rows = buildAlignedRows(
      { en: 2, "zh-Hans": 2, "zh-Hant": 2 },
      { enHans: beads("0|0 1|1"), enHant: beads("0|0 1|1"), hansHant: beads("0|0 1|- -|1") },
    );
    expect(rowNotation(rows)).toBe("0|0|0 1|1|1");
    expect(rows[1]?.reasons).toEqual(["pairings-disagree:zh-Hans-zh-Hant"]);
  });

  it("outvotes a pairing shifted against the other two, flagging every row it disputes", () => {
    const rows = buildAlignedRows(counts, {
      enHans: beads("0|0 1|1 2|2"),
      enHant: beads("0|0,1 1|2 2|-"),
      hansHant: beads("0|0 1|1 2|2"),
    });
    expect(rowNotation(rows)).toBe("0|0|0 1|1|1 2|2|2");
    for (const row of rows) expect(row.reasons).toEqual(["pairings-disagree:en-zh-Hant"]);
  });

  it("orders unmatched paragraphs of different languages where they stand", () => {
    const rows = buildAlignedRows(counts, {
      enHans: beads("0|0 1|- 2|1 -|2"),
      enHant: beads("0|0 1|- 2|1 -|2"),
      hansHant: beads("0|0 1|1 2|2"),
    });
    expect(rowNotation(rows)).toBe("0|0|0 1|-|- 2|1|1 -|2|2");
    expect(rows[1]?.reasons).toEqual(["unmatched:zh-Hans", "unmatched:zh-Hant"]);
  });

  it("flags a row whose bead fits poorly", () => {
    const enHans = [...beads("0|0"), ...beads("1|1", 0.3), ...beads("2|2")];
    const rows = buildAlignedRows(counts, { enHans, enHant: beads("0|0 1|1 2|2"), hansHant: beads("0|0 1|1 2|2") });
    expect(rows[1]?.reasons).toEqual(["low-length-fit:en-zh-Hans"]);
    expect(rows[1]?.confidence).toBe(0.3);
  });

  it("rejects a pairing that does not cover its paragraphs", () => {
    expect(() =>
      buildAlignedRows(counts, { enHans: beads("0|0 1|1"), enHant: beads("0|0 1|1 2|2"), hansHant: beads("0|0 1|1 2|2") }),
    ).toThrow(/en-zh-Hans alignment: beads cover 2 of 3 source paragraphs/);
  });

  it("ignores the pairings of a language the article lacks", () => {
    const rows = buildAlignedRows({ en: 2, "zh-Hans": 0, "zh-Hant": 2 }, { enHans: [], enHant: beads("0|0 1|1"), hansHant: [] });
    expect(rowNotation(rows)).toBe("0|-|0 1|-|1");
  });
});
