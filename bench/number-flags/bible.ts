import { findNumberMismatches, type CheckRow } from "@/core/flags";
import { readEdition, readVerseAlignment, type Verse } from "../align/bible-data";

/**
 * number-mismatch on text nobody wrote for it: the Bible of ../shared/data/bible (English WEB,
 * Chinese Union Version in both scripts), one row per reference verse group of the chosen
 * books (gold alignment, so every flag is about numbers, not about a misaligned row). Prints
 * each flag with its verses, for reading, and the counts.
 *
 *   npx tsx bench/number-flags/bible.ts [BOOK … | all]     (USFM codes; default: GEN NUM EZR NEH REV)
 */
const chosen = process.argv.slice(2);
const everyBook = chosen.includes("all");
const books = new Set(chosen.length > 0 ? chosen : ["GEN", "NUM", "EZR", "NEH", "REV"]);

const english = readEdition("en");
const simplified = readEdition("zh-Hans");
const traditional = readEdition("zh-Hant");
const alignment = readVerseAlignment(english, simplified, "alignment-exceptions.tsv");

const paragraphsOf = (verses: readonly Verse[], indices: readonly number[]) =>
  indices
    .map((index) => verses[index])
    .filter((verse): verse is Verse => verse !== undefined && verse.text !== "")
    .map((verse, position) => ({ position, text: verse.text }));

let rows = 0;
let flags = 0;
for (const group of alignment.groups) {
  const first = english[group.source[0] ?? -1];
  if (first === undefined || !(everyBook || books.has(first.book))) continue;
  const row: CheckRow = {
    position: rows,
    anchor: rows + 1,
    confidence: 1,
    reasons: [],
    paragraphs: {
      en: paragraphsOf(english, group.source),
      "zh-Hans": paragraphsOf(simplified, group.target),
      "zh-Hant": paragraphsOf(traditional, group.target),
    },
  };
  if (row.paragraphs.en.length === 0 || row.paragraphs["zh-Hans"].length === 0) continue;
  rows++;
  for (const flag of findNumberMismatches(row)) {
    flags++;
    const chinese = row.paragraphs[flag.language].map((paragraph) => paragraph.text).join(" ");
    console.log(`${first.ref} ${flag.language}: expected ${flag.expected} found ${flag.found ?? "—"}`);
    console.log(`  en: ${row.paragraphs.en.map((paragraph) => paragraph.text).join(" ")}`);
    console.log(`  ${flag.language}: ${chinese}`);
  }
}
console.log(`books ${everyBook ? "all" : [...books].join(" ")}: ${rows} rows checked, ${flags} number-mismatch flags`);
