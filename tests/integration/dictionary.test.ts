import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { alignPair } from "@/core/align/align-pair";
import { buildLexicon } from "@/core/dictionary/build-lexicon";
import { prepareRevision } from "@/core/pipeline/prepare-revision";
import { loadCedictLexicon } from "@/ingest/dictionary";
import { runCli } from "./support/cli";

/**
 * Where the commands use the bilingual dictionary. The loader is replaced by a small lexicon
 * (or a failure), and the aligners are watched to see what they were given; the real
 * CC-CEDICT load is exercised by the import tests.
 */
const fake = vi.hoisted(() => ({ failure: null as Error | null }));
const smallLexicon = buildLexicon([
  { chinese: ["预算", "預算"], english: ["budget"] },
  { chinese: ["下载", "下載"], english: ["to download"] },
]);

vi.mock("@/ingest/dictionary", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/ingest/dictionary")>();
  return {
    ...real,
    loadCedictLexicon: vi.fn(() => {
      if (fake.failure) throw fake.failure;
      return smallLexicon;
    }),
  };
});
vi.mock("@/core/align/align-pair", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/core/align/align-pair")>();
  return { ...real, alignPair: vi.fn(real.alignPair) };
});
vi.mock("@/core/pipeline/prepare-revision", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/core/pipeline/prepare-revision")>();
  return { ...real, prepareRevision: vi.fn(real.prepareRevision) };
});

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-dictionary-"));
function file(name: string, content: string): string {
  const target = path.join(scratch, name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
  return target;
}
const noDatabase = { DATABASE_URL: "", PGLITE_DIR: path.join(scratch, "unused") };

const english = file("en.txt", "The city published its budget.\nResidents downloaded it 40,000 times.\n");
const hans = file("hans.txt", "该市公布了预算。\n居民下载了四万次。\n");
const hant = file("hant.txt", "該市公布了預算。\n居民下載了四萬次。\n");

/** A folder of one article with the given language files (Markdown). */
function article(name: string, languages: ("en" | "zh-Hans" | "zh-Hant")[]): string {
  const texts = { en: "# Budget\n\nThe city published its budget.\n", "zh-Hans": "# 预算\n\n该市公布了预算。\n", "zh-Hant": "# 預算\n\n該市公布了預算。\n" };
  for (const language of languages) file(path.join(name, `${language}.md`), texts[language]);
  return path.join(scratch, name);
}

beforeEach(() => {
  fake.failure = null;
  vi.mocked(loadCedictLexicon).mockClear();
  vi.mocked(alignPair).mockClear();
  vi.mocked(prepareRevision).mockClear();
});

describe("parallax align and the dictionary", () => {
  it("gives the dictionary to an English ↔ Chinese alignment, in either direction", async () => {
    for (const [source, target, from, to] of [[english, hans, "en", "zh-Hans"], [hant, english, "zh-Hant", "en"]]) {
      const result = await runCli(["align", source ?? "", target ?? "", "--from", from ?? "", "--to", to ?? "", "--json"], noDatabase);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
    }
    expect(vi.mocked(alignPair).mock.calls.map((call) => call[5]?.lexicon)).toEqual([smallLexicon, smallLexicon]);
  });

  it("does not load it for Simplified ↔ Traditional", async () => {
    const result = await runCli(["align", hans, hant, "--from", "zh-Hans", "--to", "zh-Hant", "--json"], noDatabase);
    expect(result.code).toBe(0);
    expect(loadCedictLexicon).not.toHaveBeenCalled();
    expect(vi.mocked(alignPair).mock.calls[0]?.[5]?.lexicon).toBeUndefined();
  });

  it("aligns without it, with a one-line warning on stderr, when its data cannot be read", async () => {
    fake.failure = new Error("/somewhere/cc-cedict/data/all.js: cannot read the CC-CEDICT data of the cc-cedict package (ENOENT)");
    const result = await runCli(["align", english, hans, "--from", "en", "--to", "zh-Hans", "--json"], noDatabase);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "parallax align: warning: aligning without the CC-CEDICT dictionary (/somewhere/cc-cedict/data/all.js: cannot read the CC-CEDICT data of the cc-cedict package (ENOENT))",
    );
    // The output contract is unchanged: every line of each side in one group, in order.
    const { groups } = JSON.parse(result.stdout) as { groups: { source: number[]; target: number[] }[] };
    expect(groups.flatMap((g) => g.source)).toEqual([0, 1]);
    expect(groups.flatMap((g) => g.target)).toEqual([0, 1]);
    expect(vi.mocked(alignPair).mock.calls[0]?.[5]?.lexicon).toBeUndefined();
  });
});

describe("parallax import and the dictionary", () => {
  it("loads it once for a batch and gives it to every article that has English and Chinese", async () => {
    const parent = path.dirname(article("batch/a-three", ["en", "zh-Hans", "zh-Hant"]));
    article("batch/b-two", ["en", "zh-Hant"]);
    const result = await runCli(["import", parent, "--dry-run"], noDatabase);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(loadCedictLexicon).toHaveBeenCalledTimes(1);
    expect(vi.mocked(prepareRevision).mock.calls.map((call) => call[2]?.lexicon)).toEqual([smallLexicon, smallLexicon]);
  });

  it("does not load it for an article with no English, or no Chinese", async () => {
    const parent = path.dirname(article("chinese-only/a", ["zh-Hans", "zh-Hant"]));
    article("chinese-only/b", ["en"]);
    const result = await runCli(["import", parent, "--dry-run"], noDatabase);
    expect(result.code).toBe(0);
    expect(loadCedictLexicon).not.toHaveBeenCalled();
    expect(vi.mocked(prepareRevision).mock.calls.map((call) => call[2]?.lexicon)).toEqual([undefined, undefined]);
  });

  it("imports without it, warning once, when its data cannot be read", async () => {
    fake.failure = new Error("not the cc-cedict data layout");
    const parent = path.dirname(article("failing/a", ["en", "zh-Hans"]));
    article("failing/b", ["en", "zh-Hant"]);
    const result = await runCli(["import", parent, "--dry-run"], noDatabase);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("parallax import: warning: aligning without the CC-CEDICT dictionary (not the cc-cedict data layout)");
    expect(result.stdout).toContain("a: 1 rows");
    expect(result.stdout).toContain("b: 1 rows");
  });
});
