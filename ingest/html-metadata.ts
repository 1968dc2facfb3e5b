import { collapseWhitespace, isCjkChar, lastChar, firstChar, findPublishedDate, normalizePublishedDate } from "../core/segment";
import { extractBlockTexts } from "./html-text";

/**
 * Article metadata read from a publisher page's DOM (the original document, before any
 * cleaning): title, byline and publication date. Each finder returns null when the page
 * does not say, never a guess from the body text.
 */

/** Page furniture that may carry other articles' titles, authors and dates. */
const FURNITURE_SELECTOR = "nav, footer, aside, [role=navigation], [role=contentinfo], [role=complementary]";
const FURNITURE_TOKEN = /^(?:.*[-_])?(?:related|recommend|recommended|recommendations|might|more|sidebar|comment|comments|footer|nav|menu|share|social)(?:[-_].*)?$/i;

/** Class or id tokens of an author block: author, authors, byline, post-author, author-info, … */
const AUTHOR_TOKEN = /^(?:[a-z0-9]+[-_])*(?:author|authors|byline|bylines|writer|writers)(?:[-_](?:info|block|box|name|names|list|wrap|wrapper|meta|card|line|area))?$/i;

/** An author block is short: a name and an affiliation or two, not a bio of the body's length. */
const MAX_AUTHOR_BLOCK_CHARS = 400;

function tokensOf(element: Element): string[] {
  return `${element.getAttribute("class") ?? ""} ${element.id}`.split(/\s+/).filter(Boolean);
}

/** True when the element sits in navigation, a footer, a sidebar or a related-articles list. */
export function isInFurniture(element: Element): boolean {
  if (element.closest(FURNITURE_SELECTOR) !== null) return true;
  for (let ancestor = element.parentElement; ancestor !== null; ancestor = ancestor.parentElement) {
    if (tokensOf(ancestor).some((token) => FURNITURE_TOKEN.test(token))) return true;
  }
  return false;
}

function isAuthorElement(element: Element): boolean {
  const rel = (element.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
  const itemprop = (element.getAttribute("itemprop") ?? "").toLowerCase().split(/\s+/);
  return (
    rel.includes("author") ||
    itemprop.includes("author") ||
    itemprop.includes("creator") ||
    tokensOf(element).some((token) => AUTHOR_TOKEN.test(token))
  );
}

function looksLikeAuthorBlock(element: Element): boolean {
  const text = collapseWhitespace(element.textContent ?? "");
  if (text === "" || text.length > MAX_AUTHOR_BLOCK_CHARS) return false;
  if (element.querySelector("h1") !== null) return false;
  return [...element.querySelectorAll("p")].every((p) => (p.textContent ?? "").trim().length <= 200);
}

/**
 * The article's author block(s): the first element in document order marked as an author
 * (class/id like "author", "byline", "post-author"; `rel=author`; `itemprop=author`) that is
 * short and outside page furniture, together with marked siblings right after it (one
 * block per author on some sites). Outermost elements only. Empty when there is none.
 */
export function findAuthorBlocks(document: Document): Element[] {
  const body = document.body;
  if (body === null) return [];
  const marked = [...body.querySelectorAll("*")].filter(isAuthorElement);
  const outermost = marked.filter((element) => !marked.some((other) => other !== element && other.contains(element)));
  const first = outermost.find((element) => !isInFurniture(element) && looksLikeAuthorBlock(element));
  if (first === undefined) return [];
  const blocks = [first];
  for (let next = first.nextElementSibling; next !== null && outermost.includes(next) && looksLikeAuthorBlock(next); next = next.nextElementSibling) {
    blocks.push(next);
  }
  return blocks;
}

const BULLET = /^[•·●▪◦‣*–—-]+\s*/u;
const AUTHOR_LABEL = /^(?:written by\s+|by\s+|(?:作者|文|撰文|记者|記者)\s*[:：/／|｜]\s*)/iu;

/** "name" + "affiliation" → "name, affiliation" (or "名字，单位" when CJK meets CJK). */
function joinWithComma(parts: readonly string[], latin: string, cjk: string): string {
  return parts.reduce((joined, part) => {
    if (joined === "") return part;
    return joined + (isCjkChar(lastChar(joined)) || isCjkChar(firstChar(part)) ? cjk : latin) + part;
  }, "");
}

/**
 * A byline from author blocks: each author's lines (name, then affiliation) joined with
 * commas, authors joined with semicolons (see `formatByline`). With several `<li>` in a
 * block, each is one author. Null when nothing is left.
 */
export function bylineFromAuthorBlocks(blocks: readonly Element[]): string | null {
  const authors = blocks.flatMap((block) => {
    const items = [...block.querySelectorAll("li")].filter((li) => li.parentElement?.closest("li") === null);
    return items.length > 0 ? items : [block];
  });
  return formatByline(authors.map((author) => extractBlockTexts(author, "split")));
}

/**
 * One byline from the lines of each author: bullets and "By" / "作者：" labels removed,
 * repeated lines dropped, lines joined with ", " (with "，" where CJK meets CJK), authors
 * with "; " (or "；"). Null when no text is left.
 */
export function formatByline(authors: readonly (readonly string[])[]): string | null {
  const names = authors
    .map((lines) => {
      const cleaned = lines
        .map((line) => line.replace(BULLET, "").replace(AUTHOR_LABEL, "").trim())
        .filter((line, index, all) => line !== "" && all.indexOf(line) === index);
      return joinWithComma(cleaned, ", ", "，");
    })
    .filter((name) => name !== "");
  if (names.length === 0) return null;
  return names.reduce((joined, name) => (joined === "" ? name : joined + (isCjkChar(lastChar(joined)) ? "；" : "; ") + name), "");
}

/** A byline someone else found (readability, a meta tag), if it looks like a name, not a URL or a paragraph. */
export function cleanByline(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = collapseWhitespace(value).replace(BULLET, "").replace(AUTHOR_LABEL, "");
  if (text === "" || text.length > 200 || /^[a-z]+:\/\//i.test(text)) return null;
  return text;
}

function metaContent(document: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const content = document.querySelector(selector)?.getAttribute("content");
    if (content !== null && content !== undefined && content.trim() !== "") return collapseWhitespace(content);
  }
  return null;
}

/** `<meta name="author">` and its common spellings. */
export function findMetaAuthor(document: Document): string | null {
  return cleanByline(metaContent(document, ['meta[name="author" i]', 'meta[property="article:author" i]', 'meta[name="dc.creator" i]']));
}

/** The text of the page's one `<h1>` outside furniture, or null when there are none or several. */
function singleHeading(document: Document): string | null {
  const headings = [...document.querySelectorAll("body h1")].filter((h1) => !isInFurniture(h1));
  const texts = headings.map((h1) => collapseWhitespace(h1.textContent ?? "")).filter(Boolean);
  return texts.length === 1 ? (texts[0] ?? null) : null;
}

/**
 * The article title: `og:title` (publishers curate it), unless it is the page's `<h1>` plus
 * a site name ("Title | Site"), in which case the `<h1>`; else the single `<h1>`; else
 * readability's title; else `<title>`. Readability alone keeps site names in CJK titles
 * ("标题 - 网站") and takes a site-name-only `<title>` for the headline.
 */
export function findTitle(document: Document, readabilityTitle: string | null | undefined): string | null {
  const og = metaContent(document, ['meta[property="og:title" i]', 'meta[name="twitter:title" i]']);
  const heading = singleHeading(document);
  if (og !== null && heading !== null && og !== heading && og.includes(heading)) return heading;
  const fallbacks = [readabilityTitle ?? "", document.title].map(collapseWhitespace).filter((text) => text !== "");
  return og ?? heading ?? fallbacks[0] ?? null;
}

const PUBLISHED_META = [
  'meta[property="article:published_time" i]',
  'meta[name="article:published_time" i]',
  'meta[itemprop="datePublished" i]',
  'meta[name="pubdate" i]',
  'meta[name="publishdate" i]',
  'meta[name="publish-date" i]',
  'meta[name="dc.date.issued" i]',
  'meta[name="dc.date" i]',
  'meta[name="date" i]',
];

/** How much text after the `<h1>` to search for a printed date (a dateline sits right there). */
const DATELINE_SEARCH_CHARS = 400;
/** A text longer than this is body text; dates in it are not the publication date. */
const MAX_DATELINE_CHARS = 100;

/**
 * The publication date as YYYY-MM-DD: readability's `publishedTime` (from
 * `article:published_time` or JSON-LD), other date meta tags, the first `<time>` outside
 * page furniture (its `datetime`, else its text), or a short dateline printed after the
 * `<h1>` ("May 10, 2022", "2022年5月10日"). Null when none of these holds a valid date.
 */
export function findPublishedAt(document: Document, readabilityPublished: string | null | undefined): string | null {
  const declared = [readabilityPublished ?? null, metaContent(document, PUBLISHED_META)];
  for (const value of declared) {
    const date = value === null ? null : (normalizePublishedDate(value) ?? findPublishedDate(value));
    if (date !== null) return date;
  }
  for (const time of document.querySelectorAll("body time")) {
    if (isInFurniture(time)) continue;
    const datetime = time.getAttribute("datetime");
    const date = (datetime === null ? null : normalizePublishedDate(datetime)) ?? findPublishedDate(time.textContent ?? "");
    if (date !== null) return date;
  }
  return findDatelineAfterHeading(document);
}

function findDatelineAfterHeading(document: Document): string | null {
  const heading = [...document.querySelectorAll("body h1")].find((h1) => !isInFurniture(h1));
  if (heading === undefined) return null;
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = heading;
  let searched = 0;
  for (let node = walker.nextNode(); node !== null && searched < DATELINE_SEARCH_CHARS; node = walker.nextNode()) {
    const text = (node.nodeValue ?? "").trim();
    if (text === "" || heading.contains(node)) continue;
    const parent = node.parentElement;
    if (parent === null || parent.closest("script, style, noscript, template") !== null) continue;
    const blockText = collapseWhitespace(parent.textContent ?? "");
    if (blockText.length > MAX_DATELINE_CHARS) break; // the body has started
    searched += text.length;
    const date = findPublishedDate(blockText);
    if (date !== null) return date;
  }
  return null;
}
