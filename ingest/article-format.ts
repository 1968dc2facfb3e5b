/** The formats an article file may be in, chosen by its extension. */
export type ArticleFormat = "html" | "markdown" | "text";

const FORMATS_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  ".html": "html",
  ".htm": "html",
  ".md": "markdown",
  ".txt": "text",
};

/** The extensions we import, with their dot: ".html", ".htm", ".md", ".txt". */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(FORMATS_BY_EXTENSION);

/** The format for a file name or path (extension compared case-insensitively), or null. */
export function articleFormatOf(fileName: string): ArticleFormat | null {
  const match = /\.[^./\\]+$/.exec(fileName);
  return match === null ? null : (FORMATS_BY_EXTENSION[match[0].toLowerCase()] ?? null);
}

/** The message for a file whose extension we do not read. */
export const UNSUPPORTED_TYPE_MESSAGE = `unsupported file type; expected ${ARTICLE_EXTENSIONS.join(", ")}`;
