import type { LanguageVersionInput } from "../core/document";
import type { ContentLanguage } from "../core/languages";
import { InputError } from "../core/errors";
import { IMPORT_LIMITS } from "../core/import-limits";
import { parseMarkdownArticle, parsePlainTextArticle } from "../core/segment";
import { articleFormatOf, UNSUPPORTED_TYPE_MESSAGE } from "./article-format";
import { decodeText } from "./decode";
import { extractHtmlArticle } from "./html";
import { decodeHtmlBytes } from "./html-charset";

/**
 * Reads one language version of an article from a file's bytes: the extension picks the
 * format (.html/.htm, .md, .txt), the bytes are decoded (HTML: BOM, then the page's
 * declared charset, then detection; others: `decodeText`), and the text is extracted.
 *
 * Invariant: the result has at least one paragraph and at most
 * IMPORT_LIMITS.maxParagraphsPerLanguage.
 * @throws InputError naming `fileName` for an unknown extension, undecodable, empty or
 *   binary bytes, a page without article body, or a text with no paragraphs.
 */
export function readLanguageVersion(bytes: Uint8Array, fileName: string, language: ContentLanguage): LanguageVersionInput {
  const format = articleFormatOf(fileName);
  if (format === null) {
    throw new InputError(fileName, UNSUPPORTED_TYPE_MESSAGE);
  }
  const { text, encoding } = format === "html" ? decodeHtmlBytes(bytes, fileName) : decodeText(bytes, fileName);
  const document =
    format === "html"
      ? extractHtmlArticle(text, fileName)
      : format === "markdown"
        ? parseMarkdownArticle(text, fileName)
        : parsePlainTextArticle(text);
  if (document.paragraphs.length === 0) throw new InputError(fileName, "no paragraphs found");
  const limit = IMPORT_LIMITS.maxParagraphsPerLanguage;
  if (document.paragraphs.length > limit) {
    throw new InputError(
      fileName,
      `${document.paragraphs.length.toLocaleString("en-US")} paragraphs; the limit is ${limit.toLocaleString("en-US")} per language (README, "Limits"): split the text into several articles`,
    );
  }
  return { language, source: fileName, encoding, document };
}
