import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import type { ExtractedDocument } from "../core/document";
import { InputError } from "../core/errors";
import { removeBoilerplate, isCjkChar, findPublishedDate, isDateOnly } from "../core/segment";
import {
  bylineFromAuthorBlocks,
  cleanByline,
  findAuthorBlocks,
  findMetaAuthor,
  findPublishedAt,
  findTitle,
  formatByline,
} from "./html-metadata";
import { assertHtmlDepthWithinLimit } from "./html-depth";
import { extractBlockTexts } from "./html-text";

export const NO_BODY_MESSAGE = "no article body found in the HTML page";

/**
 * Below this much text (CJK characters weigh 3, other characters 1, so ~100 English
 * characters or ~34 Chinese ones: about one short paragraph in either language) a page
 * has no article body, only furniture.
 */
const MIN_BODY_WEIGHT = 100;

/** Marks the original author blocks so their clones can be found in the copy readability mutates. */
const AUTHOR_MARK = "data-parallax-author";

/**
 * Containers that never hold the article body on a publisher page. Not `form`: ASP.NET
 * WebForms sites (common among Chinese publishers) wrap the whole page in one.
 */
const FURNITURE = "nav, footer, aside, [role=navigation], [role=contentinfo], [role=complementary], [role=search]";

/**
 * The article in a publisher's HTML page, as plain paragraphs and metadata.
 *
 * The page is parsed by jsdom with scripts disabled and no subresource loading (jsdom's
 * defaults: nothing runs, nothing is fetched). Metadata comes from the original DOM
 * (`findTitle`, `findPublishedAt`; the byline from the author block, else readability or
 * `<meta name="author">`); the body from @mozilla/readability run on a copy from which
 * navigation, footers, sidebars and the author block were removed. The body becomes
 * paragraphs block by block (`extractBlockTexts`: p, li, blockquote, h2–h6 …, `<br><br>`
 * splits); a leading title / dateline / author echo is dropped, and page furniture by its
 * text (`removeBoilerplate`: language switcher, "You might also like" and all after it,
 * "Back to Top", share bars).
 *
 * Invariants: paragraphs as in `ExtractedDocument` (trimmed, non-empty, reading order);
 * the author block never appears among them.
 *
 * @param url the page's address, for resolving relative links (optional; not fetched).
 * @throws InputError(where, …) when elements nest deeper than IMPORT_LIMITS.maxHtmlDepth.
 * @throws InputError(where, "no article body found in the HTML page") when readability
 *   finds nothing or less than about one paragraph of text survives; InputError for an
 *   invalid `url`.
 */
export function extractHtmlArticle(html: string, where: string, url?: string): ExtractedDocument {
  if (url !== undefined && !URL.canParse(url)) throw new InputError(where, `"${url}" is not a valid URL`);
  assertHtmlDepthWithinLimit(html, where);
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return extractFromDocument(dom.window.document, where);
  } finally {
    dom.window.close();
  }
}

function extractFromDocument(document: Document, where: string): ExtractedDocument {
  const authorBlocks = findAuthorBlocks(document);
  for (const block of authorBlocks) block.setAttribute(AUTHOR_MARK, "");

  const copy = document.cloneNode(true) as Document;
  for (const element of copy.querySelectorAll(`${FURNITURE}, [${AUTHOR_MARK}]`)) element.remove();
  // A page-level <header> holds the logo and menu; one inside the article holds its title, which we read elsewhere.
  for (const header of copy.querySelectorAll("header")) {
    if (header.closest("article, main, [role=main]") === null) header.remove();
  }

  const article = new Readability<Node>(copy, { serializer: (node) => node }).parse();
  const content = article?.content;
  if (article === null || content === null || content === undefined || content.nodeType !== 1) {
    throw new InputError(where, NO_BODY_MESSAGE);
  }

  const title = findTitle(document, article.title);
  const echoes = new Set(
    [title, ...authorBlocks.flatMap((block) => extractBlockTexts(block, "split"))].filter(isText).map(comparable),
  );
  const { body, datelines, authorLines } = splitLeadingMetadata(removeBoilerplate(extractBlockTexts(content as Element)), echoes);
  if (bodyWeight(body) < MIN_BODY_WEIGHT) throw new InputError(where, NO_BODY_MESSAGE);

  const byline =
    bylineFromAuthorBlocks(authorBlocks) ??
    formatByline([authorLines]) ??
    cleanByline(article.byline) ??
    findMetaAuthor(document);
  const publishedAt = findPublishedAt(document, article.publishedTime) ?? (datelines[0] === undefined ? null : findPublishedDate(datelines[0]));
  return { title, byline, publishedAt, paragraphs: body };
}

function isText(value: string | null): value is string {
  return value !== null && value !== "";
}

function comparable(text: string): string {
  return text.replace(/^[•·●▪*–—-]+\s*/u, "").replace(/\s+/g, " ").trim().toLowerCase();
}

interface LeadingMetadata {
  body: string[];
  /** Date-only paragraphs found above the body ("May 10, 2022"). */
  datelines: string[];
  /** Short lines right after a dateline: an author block without markup (name, affiliation). */
  authorLines: string[];
}

/** At most this many lines after a dateline are taken for an unmarked author block. */
const MAX_AUTHOR_LINES = 3;
const MAX_AUTHOR_LINE_CHARS = 150;
const SENTENCE_OR_CLAUSE_END = /[.。!?！？:：;；]["”’」』)）]*$/u;

/**
 * Readability often keeps what sits above the body: the headline, the dateline, and an
 * author block (name, affiliation) that has no class to recognise it by. Those are metadata,
 * not text to align, so they are taken off the top: paragraphs equal to the title or an
 * author-block line, dates, and — only directly after a dateline, as publishers lay them
 * out — up to three short lines that do not end like a sentence.
 */
function splitLeadingMetadata(paragraphs: readonly string[], echoes: ReadonlySet<string>): LeadingMetadata {
  const datelines: string[] = [];
  const authorLines: string[] = [];
  let index = 0;
  while (index < paragraphs.length) {
    const paragraph = paragraphs[index] ?? "";
    if (echoes.has(comparable(paragraph))) {
      index++;
    } else if (isDateOnly(paragraph)) {
      datelines.push(paragraph);
      index++;
      while (index < paragraphs.length - 1 && authorLines.length < MAX_AUTHOR_LINES && isAuthorLine(paragraphs[index] ?? "")) {
        authorLines.push(paragraphs[index] ?? "");
        index++;
      }
    } else {
      break;
    }
  }
  return { body: paragraphs.slice(index), datelines, authorLines };
}

function isAuthorLine(paragraph: string): boolean {
  return paragraph.length <= MAX_AUTHOR_LINE_CHARS && !SENTENCE_OR_CLAUSE_END.test(paragraph) && !isDateOnly(paragraph);
}

function bodyWeight(paragraphs: readonly string[]): number {
  let weight = 0;
  for (const paragraph of paragraphs) {
    for (const char of paragraph) weight += isCjkChar(char) ? 3 : 1;
  }
  return weight;
}
