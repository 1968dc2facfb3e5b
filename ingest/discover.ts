import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { InputError } from "../core/errors";
import { CONTENT_LANGUAGES, type ContentLanguage } from "../core/languages";
import { slugify } from "../core/permalinks";
import { articleFormatOf, UNSUPPORTED_TYPE_MESSAGE } from "./article-format";

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
}

export interface DiscoverOptions {
  /** Resolve relative arguments against this folder and return absolute paths (default: paths as given). */
  cwd?: string;
}

const EXPECTED_NAMES = "en.*, zh-Hans.*, zh-Hant.*";
const UNKNOWN_LANGUAGE_NAME = "unknown language file name; expected en.*, zh-Hans.* or zh-Hant.*";

const TAGS_BY_LOWERCASE = new Map<string, ContentLanguage>(CONTENT_LANGUAGES.map((tag) => [tag.toLowerCase(), tag]));

/** `en.html`, `ZH-hans.md` → the language (tag case-insensitive); null for any other name. */
export function languageOfFileName(fileName: string): ContentLanguage | null {
  const match = /^([a-z]{2,3}(?:-[a-z]{4})?)\.[^.]+$/i.exec(fileName);
  if (match?.[1] === undefined || articleFormatOf(fileName) === null) return null;
  return TAGS_BY_LOWERCASE.get(match[1].toLowerCase()) ?? null;
}

/** `zh-Hant=/x/article-tw.html` → ["zh-Hant", "/x/article-tw.html"]; null when not of that form. */
function splitLanguageAssignment(arg: string): [string, string] | null {
  const match = /^([A-Za-z]{2,3}(?:-[A-Za-z]{4})?)=(.+)$/.exec(arg);
  return match?.[1] === undefined || match[2] === undefined ? null : [match[1], match[2]];
}

type PathKind = "file" | "folder";

/** What is at `path`: a file, a folder, "other" (a device, a socket), or null when nothing is. */
async function pathKind(path: string): Promise<PathKind | "other" | null> {
  const info = await stat(path).catch(() => null);
  if (info === null) return null;
  return info.isDirectory() ? "folder" : info.isFile() ? "file" : "other";
}

async function expectPath(path: string, shownAs: string): Promise<PathKind> {
  const kind = await pathKind(path);
  if (kind === null) throw new InputError(shownAs, "no such file or folder");
  if (kind === "other") throw new InputError(shownAs, "not a regular file or folder");
  return kind;
}

/**
 * Finds the articles named on a command line. Accepts:
 *
 * 1. an article folder holding `en.*`, `zh-Hans.*`, `zh-Hant.*` (.html .htm .md .txt; the
 *    tag case-insensitive) → one article, slug from the folder name;
 * 2. language files, each named by its tag (`a/en.html b/zh-Hans.txt`) or given as
 *    `lang=path` (`zh-Hant=/x/article-tw.html`) → one article, slug "";
 * 3. a parent folder whose subfolders are article folders → one article per subfolder,
 *    sorted by name (code-unit order, the same on every machine).
 *
 * Several folders may be given (each read as 1 or 3), but not folders and files together.
 * Hidden entries (".DS_Store", ".git") are ignored; subfolders of an article folder too.
 *
 * @throws InputError naming the path: missing path; a folder with no language files; a
 *   file in an article folder (or given alone) whose name is not a language tag; two files
 *   for one language; an unknown tag in `lang=path`; an unsupported extension.
 */
export async function discoverArticles(args: readonly string[], options: DiscoverOptions = {}): Promise<ArticleSource[]> {
  const locate = (path: string): string => (options.cwd === undefined ? path : resolve(options.cwd, path));
  if (args.length === 0) throw new InputError(options.cwd ?? ".", "nothing to import: name an article folder or its language files");

  const folders: string[] = [];
  const files: { language: ContentLanguage; path: string }[] = [];
  for (const arg of args) {
    const assignment = splitLanguageAssignment(arg);
    // A path that exists is a path, even if it looks like "en=…".
    if (assignment !== null && (await pathKind(locate(arg))) === null) {
      const [tag, path] = assignment;
      const language = TAGS_BY_LOWERCASE.get(tag.toLowerCase());
      if (language === undefined) throw new InputError(arg, `unknown language "${tag}"; expected en, zh-Hans or zh-Hant`);
      await expectArticleFile(locate(path), path);
      files.push({ language, path: locate(path) });
      continue;
    }
    const kind = await expectPath(locate(arg), arg);
    if (kind === "folder") {
      folders.push(locate(arg));
      continue;
    }
    const language = languageOfFileName(basename(arg));
    if (language === null) throw new InputError(arg, fileNameProblem(basename(arg)));
    files.push({ language, path: locate(arg) });
  }

  if (folders.length > 0 && files.length > 0) {
    throw new InputError(files[0]?.path ?? args[0] ?? ".", "give article folders or language files, not both");
  }
  if (files.length > 0) return [articleFromFiles(files)];
  const articles: ArticleSource[] = [];
  for (const folder of folders) articles.push(...(await readFolder(folder)));
  return articles;
}

async function expectArticleFile(path: string, shownAs: string): Promise<void> {
  if ((await expectPath(path, shownAs)) !== "file") throw new InputError(shownAs, "is a folder; expected a language file");
  if (articleFormatOf(path) === null) {
    throw new InputError(shownAs, UNSUPPORTED_TYPE_MESSAGE);
  }
}

/** Why a file name is not a language file: its extension, or its name. */
function fileNameProblem(fileName: string): string {
  const tag = /^([^.]+)\./.exec(fileName)?.[1]?.toLowerCase();
  if (tag !== undefined && TAGS_BY_LOWERCASE.has(tag) && articleFormatOf(fileName) === null) {
    return UNSUPPORTED_TYPE_MESSAGE;
  }
  return UNKNOWN_LANGUAGE_NAME;
}

function articleFromFiles(files: readonly { language: ContentLanguage; path: string }[]): ArticleSource {
  const result: Partial<Record<ContentLanguage, string>> = {};
  for (const { language, path } of files) {
    const earlier = result[language];
    if (earlier !== undefined) throw new InputError(path, `two files for ${language}: ${earlier} and ${path}`);
    result[language] = path;
  }
  return { slug: "", files: result };
}

interface FolderListing {
  files: string[];
  folders: string[];
}

async function listFolder(folder: string): Promise<FolderListing> {
  const entries = await readdir(folder, { withFileTypes: true });
  const listing: FolderListing = { files: [], folders: [] };
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    const isDirectory = entry.isSymbolicLink() ? (await stat(path).catch(() => null))?.isDirectory() === true : entry.isDirectory();
    (isDirectory ? listing.folders : listing.files).push(entry.name);
  }
  listing.files.sort();
  listing.folders.sort();
  return listing;
}

/** An article folder (it holds language files) → one article; a parent of article folders → one per subfolder. */
async function readFolder(folder: string): Promise<ArticleSource[]> {
  const listing = await listFolder(folder);
  const hasLanguageFiles = listing.files.some((name) => languageOfFileName(name) !== null);
  if (hasLanguageFiles || listing.folders.length === 0) return [await readArticleFolder(folder, listing)];
  const articles: ArticleSource[] = [];
  for (const name of listing.folders) {
    const subfolder = join(folder, name);
    articles.push(await readArticleFolder(subfolder, await listFolder(subfolder)));
  }
  return articles;
}

async function readArticleFolder(folder: string, listing: FolderListing): Promise<ArticleSource> {
  const files: { language: ContentLanguage; path: string }[] = [];
  for (const name of listing.files) {
    const language = languageOfFileName(name);
    if (language !== null) files.push({ language, path: join(folder, name) });
  }
  if (files.length === 0) throw new InputError(folder, `no language files (${EXPECTED_NAMES}) in ${folder}`);
  const stray = listing.files.find((name) => languageOfFileName(name) === null);
  if (stray !== undefined) throw new InputError(join(folder, stray), fileNameProblem(stray));
  const article = articleFromFiles(files);
  return { ...article, slug: slugify(basename(resolve(folder))) };
}
