/**
 * `npm run bench:import` — how the import's preparation (alignment of paragraphs, then of
 * each row's sentences) grows with long paragraphs and long documents, on Bible text from
 * ../shared/data/bible (see bench/align/bible-data.ts):
 *
 * - one paragraph per language holding 100 KB, then 1 MB of English (verses joined in
 *   order) and the same verses in Simplified and Traditional Chinese;
 * - documents of 200 and 2,000 paragraphs a language (5 verses each), and with `--limit`
 *   IMPORT_LIMITS.maxParagraphsPerLanguage (5,000; several minutes).
 *
 * Prints each case's time (the faster of two runs when the first takes under 20 s: machines
 * are shared) and the ratios 1 MB / 100 KB and 2,000 / 200 (10 means linear). Nothing is
 * asserted: figures, not a test.
 */
import { performance } from "node:perf_hooks";
import { createTraditionalToSimplifiedFolder } from "@/core/chinese";
import type { LanguageVersionInput } from "@/core/document";
import { IMPORT_LIMITS } from "@/core/import-limits";
import { prepareRevision } from "@/core/pipeline";
import { loadCedictLexicon } from "@/ingest/cedict-lexicon";
import { readEdition } from "../align/bible-data";

const english = readEdition("en").filter((verse) => verse.text !== "");
const hansByRef = new Map(readEdition("zh-Hans").map((verse) => [verse.ref, verse.text]));
const hantByRef = new Map(readEdition("zh-Hant").map((verse) => [verse.ref, verse.text]));

/** The first verses holding `bytes` of English, and their Chinese. */
function versesOf(bytes: number): typeof english {
  let size = 0;
  let count = 0;
  while (size < bytes && count < english.length) size += Buffer.byteLength(english[count++]?.text ?? "") + 1;
  return english.slice(0, count);
}

function version(language: LanguageVersionInput["language"], paragraphs: string[]): LanguageVersionInput {
  return { language, source: `${language}.txt`, encoding: "UTF-8", document: { title: null, byline: null, publishedAt: null, paragraphs } };
}

/** One paragraph a language holding `bytes` of English. */
function oneParagraph(bytes: number): LanguageVersionInput[] {
  const verses = versesOf(bytes);
  return [
    version("en", [verses.map((verse) => verse.text).join(" ")]),
    version("zh-Hans", [verses.map((verse) => hansByRef.get(verse.ref) ?? "").join("")]),
    version("zh-Hant", [verses.map((verse) => hantByRef.get(verse.ref) ?? "").join("")]),
  ];
}

/** `count` paragraphs a language, each a run of five verses. */
function manyParagraphs(count: number): LanguageVersionInput[] {
  const verses = english.slice(0, count * 5);
  const group = <T,>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, k) => items.slice(k * size, k * size + size));
  const paragraphs = group(verses, 5);
  return [
    version("en", paragraphs.map((p) => p.map((verse) => verse.text).join(" "))),
    version("zh-Hans", paragraphs.map((p) => p.map((verse) => hansByRef.get(verse.ref) ?? "").join(""))),
    version("zh-Hant", paragraphs.map((p) => p.map((verse) => hantByRef.get(verse.ref) ?? "").join(""))),
  ];
}

const started = performance.now();
const lexicon = loadCedictLexicon();
console.log(`CC-CEDICT lexicon loaded in ${((performance.now() - started) / 1000).toFixed(1)} s (not counted below)`);
const fold = createTraditionalToSimplifiedFolder();

function timeCase(name: string, versions: LanguageVersionInput[]): number {
  const runs: number[] = [];
  let rows = 0;
  for (let run = 0; run < 2; run++) {
    const start = performance.now();
    rows = prepareRevision(versions, fold, { lexicon }).rows.length;
    runs.push((performance.now() - start) / 1000);
    if ((runs[0] ?? 0) >= 20) break;
  }
  const best = Math.min(...runs);
  const sizes = versions.map((v) => `${v.language} ${(Buffer.byteLength(v.document.paragraphs.join("\n")) / 1024).toFixed(0)} KB`).join(", ");
  console.log(`${name.padEnd(28)} ${best.toFixed(2).padStart(7)} s  (runs ${runs.map((r) => r.toFixed(2)).join(", ")} s; ${rows} rows; ${sizes})`);
  return best;
}

const small = timeCase("one paragraph, 100 KB", oneParagraph(100_000));
const large = timeCase("one paragraph, 1 MB", oneParagraph(1_000_000));
const few = timeCase("200 paragraphs", manyParagraphs(200));
const many = timeCase("2,000 paragraphs", manyParagraphs(2_000));
console.log(`ratio 1 MB / 100 KB paragraph: ${(large / small).toFixed(1)} (10 = linear)`);
console.log(`ratio 2,000 / 200 paragraphs: ${(many / few).toFixed(1)} (10 = linear)`);
if (process.argv.includes("--limit")) {
  const limit = IMPORT_LIMITS.maxParagraphsPerLanguage;
  timeCase(`${limit.toLocaleString("en-US")} paragraphs (the limit)`, manyParagraphs(limit));
}
