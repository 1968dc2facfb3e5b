import { readdir, realpath, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { InputError } from "../core/errors";
import { CONTENT_LANGUAGES, type ContentLanguage } from "../core/languages";
import { slugify } from "../core/permalinks";
import { articleFormatOf, UNSUPPORTED_TYPE_MESSAGE } from "./article-format";
import { describeFsError, describeSpecialFile, resolveBesideItself, resolveWithin, statOrNull } from "./file-checks";

/** One article to import: its language files (paths) and a slug suggestion. */
export interface ArticleSource {
  /**
   * From the article folder's name (slugified: lowercase ASCII letters, digits, hyphens),
   * or "" when that leaves nothing (e.g. a folder named in Chinese) or when files were
   * named one by one (their folder may be "Downloads"): the caller then derives one, e.g.
   * from the English title, or takes `--slug`.
   */
  slug: string;
  files: Partial<Record<ContentLanguage, string>>;
  /**
   * What discovery decided on the user's behalf, one line each, for the caller to show:
   * files it ignored (a README, images) and regional tags it mapped (zh-TW → zh-Hant).
   */
  notes: string[];
}

export interface DiscoverOptions {
  /** Resolve relative arguments against this folder and return absolute paths (default: paths as given). */
  cwd?: string;
}

const EXPECTED_NAMES = "en.*, zh-Hans.*, zh-Hant.*";
const UNKNOWN_LANGUAGE_NAME = "unknown language file name; expected en.*, zh-Hans.* or zh-Hant.* (or zh-CN, zh-TW, zh-HK, zh-SG, zh-MO)";

const TAGS_BY_LOWERCASE = new Map<string, ContentLanguage>(CONTENT_LANGUAGES.map((tag) => [tag.toLowerCase(), tag]));

/**
 * Regional tags people name files by, and the script each region's publishers write:
 * mainland China and Singapore Simplified, Taiwan, Hong Kong and Macau Traditional.
 */
export const LANGUAGE_ALIASES: Readonly<Record<string, ContentLanguage>> = {
  "zh-CN": "zh-Hans",
  "zh-SG": "zh-Hans",
  "zh-TW": "zh-Hant",
  "zh-HK": "zh-Hant",
  "zh-MO": "zh-Hant",
};
const ALIASES_BY_LOWERCASE = new Map(Object.entries(LANGUAGE_ALIASES).map(([alias, tag]) => [alias.toLowerCase(), { alias, tag }]));

/** A language tag as written in a file name or `lang=`: the language, and the alias it was written as, if any. */
interface NamedLanguage {
  language: ContentLanguage;
  alias: string | null;
}

function languageOfTag(tag: string): NamedLanguage | null {
  const lower = tag.toLowerCase();
  const language = TAGS_BY_LOWERCASE.get(lower);
  if (language !== undefined) return { language, alias: null };
  const aliased = ALIASES_BY_LOWERCASE.get(lower);
  return aliased === undefined ? null : { language: aliased.tag, alias: aliased.alias };
}

/** A name shaped like a language tag with an extension: `fr.txt`, `zh-Hans.md`, `zh-TW.html`, `en.pdf`. */
const TAGGED_NAME = /^([a-z]{2,3}(?:-[a-z]{4}|-[a-z]{2})?)\.([^.]+)$/i;

function namedLanguageOfFile(fileName: string): NamedLanguage | null {
  const match = TAGGED_NAME.exec(fileName);
  if (match?.[1] === undefined || articleFormatOf(fileName) === null) return null;
  return languageOfTag(match[1]);
}

/** `en.html`, `ZH-hans.md`, `zh-TW.txt` → the language (tag case-insensitive, aliases mapped); null for any other name. */
export function languageOfFileName(fileName: string): ContentLanguage | null {
  return namedLanguageOfFile(fileName)?.language ?? null;
}

/**
 * A file that is meant as a language file but cannot be one: a language tag we do not hold
 * (`fr.txt`, `zh.md`) or a language file in a format we do not read (`zh-Hans.docx`).
 * Anything else that is not a language file (README.md, cover.jpg) is ignored.
 */
function languageFileProblem(fileName: string): string | null {
  if (languageOfFileName(fileName) !== null) return null;
  const match = TAGGED_NAME.exec(fileName);
  if (match?.[1] === undefined) return null;
  if (languageOfTag(match[1]) !== null) return UNSUPPORTED_TYPE_MESSAGE;
  return articleFormatOf(fileName) === null ? null : UNKNOWN_LANGUAGE_NAME;
}

/** `zh-Hant=/x/article-tw.html` → ["zh-Hant", "/x/article-tw.html"]; null when not of that form. */
function splitLanguageAssignment(arg: string): [string, string] | null {
  const match = /^([A-Za-z]{2,3}(?:-[A-Za-z]{4}|-[A-Za-z]{2})?)=(.+)$/.exec(arg);
  return match?.[1] === undefined || match[2] === undefined ? null : [match[1], match[2]];
}

type PathKind = "file" | "folder";

/** What a path given on the command line is (links followed), or an InputError saying why it cannot be read. */
async function expectPath(path: string, shownAs: string): Promise<PathKind> {
  const info = await stat(path).catch((error: unknown) => {
    // Say why: a loop, a dangling link, no permission.
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(shownAs, code === "ENOENT" ? "no such file or folder" : describeFsError(error));
  });
  if (info.isDirectory()) return "folder";
  if (info.isFile()) return "file";
  throw new InputError(shownAs, `${describeSpecialFile(info)}, not a regular file or folder; refused`);
}

/**
 * Finds the articles named on a command line. Accepts:
 *
 * 1. an article folder holding `en.*`, `zh-Hans.*`, `zh-Hant.*` (.html .htm .md .txt; the
 *    tag case-insensitive; `zh-CN`, `zh-SG` read as zh-Hans, `zh-TW`, `zh-HK`, `zh-MO` as
 *    zh-Hant) → one article, slug from the folder name;
 * 2. language files, each named by its tag (`a/en.html b/zh-Hans.txt`) or given as
 *    `lang=path` (`zh-Hant=/x/article-tw.html`) → one article, slug "";
 * 3. a parent folder whose subfolders are article folders → one article per subfolder,
 *    sorted by name (code-unit order, the same on every machine).
 *
 * Several folders may be given (each read as 1 or 3), but not folders and files together.
 * Hidden entries (".DS_Store", ".git") and subfolders of an article folder are ignored
 * silently; other files that are not language files (a README, images) are ignored with a
 * note in `notes`.
 *
 * A language file must be a regular file whose real location is inside its folder: a
 * symbolic link that leaves the folder (`zh-Hans.txt → /etc/passwd`), loops or dangles, a
 * FIFO, a device or a socket is refused, and so is a subfolder link leaving a parent folder.
 *
 * @throws InputError naming the path: missing path; a folder with no language files; a
 *   file whose tag is not a language we hold or whose format we do not read; two files for
 *   one language; an unknown tag in `lang=path`; a file that is not regular or leaves its folder.
 */
export async function discoverArticles(args: readonly string[], options: DiscoverOptions = {}): Promise<ArticleSource[]> {
  const locate = (path: string): string => (options.cwd === undefined ? path : resolve(options.cwd, path));
  if (args.length === 0) throw new InputError(options.cwd ?? ".", "nothing to import: name an article folder or its language files");

  const folders: string[] = [];
  const files: LanguageFile[] = [];
  for (const arg of args) {
    const assignment = splitLanguageAssignment(arg);
    // A path that exists is a path, even if it looks like "en=…".
    if (assignment !== null && (await statOrNull(locate(arg))) === null) {
      const [tag, path] = assignment;
      const named = languageOfTag(tag);
      if (named === null) throw new InputError(arg, `unknown language "${tag}"; expected en, zh-Hans or zh-Hant (or zh-CN, zh-TW, zh-HK, zh-SG, zh-MO)`);
      await expectArticleFile(locate(path), path);
      files.push({ ...named, name: tag, path: locate(path) });
      continue;
    }
    const kind = await expectPath(locate(arg), arg);
    if (kind === "folder") {
      folders.push(locate(arg));
      continue;
    }
    const named = namedLanguageOfFile(basename(arg));
    if (named === null) throw new InputError(arg, languageFileProblem(basename(arg)) ?? UNKNOWN_LANGUAGE_NAME);
    await resolveBesideItself(locate(arg), arg);
    files.push({ ...named, name: basename(arg), path: locate(arg) });
  }

  if (folders.length > 0 && files.length > 0) {
    throw new InputError(files[0]?.path ?? args[0] ?? ".", "give article folders or language files, not both");
  }
  if (files.length > 0) return [articleFromFiles(files, "", [])];
  const articles: ArticleSource[] = [];
  for (const folder of folders) articles.push(...(await readFolder(folder)));
  return articles;
}

/** A language file found or named: its language, the tag or name it was given by, its path. */
interface LanguageFile extends NamedLanguage {
  name: string;
  path: string;
}

async function expectArticleFile(path: string, shownAs: string): Promise<void> {
  if ((await expectPath(path, shownAs)) !== "file") throw new InputError(shownAs, "is a folder; expected a language file");
  if (articleFormatOf(path) === null) {
    throw new InputError(shownAs, UNSUPPORTED_TYPE_MESSAGE);
  }
  await resolveBesideItself(path, shownAs);
}

function articleFromFiles(files: readonly LanguageFile[], slug: string, notes: string[]): ArticleSource {
  const result: Partial<Record<ContentLanguage, string>> = {};
  for (const { language, path } of files) {
    const earlier = result[language];
    if (earlier !== undefined) throw new InputError(path, `two files for ${language}: ${earlier} and ${path}`);
    result[language] = path;
  }
  const aliasNotes = files.flatMap(({ name, alias, language }) => (alias === null ? [] : [`${name}: ${alias} read as ${language}`]));
  return { slug, files: result, notes: [...aliasNotes, ...notes] };
}

interface FolderListing {
  /** The folder's real path (symbolic links resolved): the boundary its files must stay in. */
  real: string;
  files: string[];
  folders: string[];
}

async function listFolder(folder: string): Promise<FolderListing> {
  const real = await realpath(folder).catch((error: unknown) => {
    throw new InputError(folder, describeFsError(error));
  });
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    throw new InputError(folder, describeFsError(error));
  });
  const listing: FolderListing = { real, files: [], folders: [] };
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    const isDirectory = entry.isSymbolicLink() ? (await statOrNull(path))?.isDirectory() === true : entry.isDirectory();
    (isDirectory ? listing.folders : listing.files).push(entry.name);
  }
  listing.files.sort();
  listing.folders.sort();
  return listing;
}

/** An article folder (it holds language files) → one article; a parent of article folders → one per subfolder. */
async function readFolder(folder: string): Promise<ArticleSource[]> {
  const listing = await listFolder(folder);
  const hasLanguageFiles = listing.files.some((name) => languageOfFileName(name) !== null || languageFileProblem(name) !== null);
  if (hasLanguageFiles || listing.folders.length === 0) return [await readArticleFolder(folder, listing)];
  const articles: ArticleSource[] = [];
  for (const name of listing.folders) {
    const subfolder = join(folder, name);
    await resolveWithin(subfolder, listing.real, subfolder);
    articles.push(await readArticleFolder(subfolder, await listFolder(subfolder)));
  }
  return articles;
}

async function readArticleFolder(folder: string, listing: FolderListing): Promise<ArticleSource> {
  const files: LanguageFile[] = [];
  const ignored: string[] = [];
  for (const name of listing.files) {
    const path = join(folder, name);
    const problem = languageFileProblem(name);
    if (problem !== null) throw new InputError(path, problem);
    const named = namedLanguageOfFile(name);
    if (named === null) {
      ignored.push(name);
      continue;
    }
    const real = await resolveWithin(path, listing.real, path);
    const info = await statOrNull(real);
    if (info === null) throw new InputError(path, "no such file (it vanished while being read)");
    if (!info.isFile()) throw new InputError(path, `${describeSpecialFile(info)}, not a regular file; refused`);
    files.push({ ...named, name, path });
  }
  if (files.length === 0) throw new InputError(folder, `no language files (${EXPECTED_NAMES}) in ${folder}`);
  const notes = ignored.length === 0 ? [] : [`${folder}: ignored ${ignored.join(", ")} (not language files)`];
  return articleFromFiles(files, slugify(basename(resolve(folder))), notes);
}
