import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { bylineFromAuthorBlocks, findAuthorBlocks, findPublishedAt, findTitle, formatByline } from "@/ingest/html-metadata";

const page = (html: string): Document => new JSDOM(html).window.document;

describe("findTitle", () => {
  it("prefers og:title, but the <h1> when og:title is the <h1> plus a site name", () => {
    expect(findTitle(page('<meta property="og:title" content="Curated"><h1>Heading</h1>'), "R")).toBe("Curated");
    expect(findTitle(page('<meta property="og:title" content="Heading | Site"><h1>Heading</h1>'), "R")).toBe("Heading");
  });
  it("falls back to the single <h1>, then readability's title, then <title>", () => {
    expect(findTitle(page("<title>Site</title><h1>Heading</h1>"), "Site")).toBe("Heading");
    expect(findTitle(page("<title>Site</title><h1>One</h1><h1>Two</h1>"), "From readability")).toBe("From readability");
    expect(findTitle(page("<title>Only title</title>"), null)).toBe("Only title");
    expect(findTitle(page("<p>x</p>"), null)).toBeNull();
  });
});

describe("author blocks", () => {
  it("finds the first author block outside related lists, with each <li> an author", () => {
    const doc = page(`<div class="related"><span class="author">Not Me</span></div>
      <ul class="authors"><li><a rel="author">Lin Hai</a><p>Senior Fellow</p></li><li>By Chen Yu<br>Editor</li></ul>`);
    expect(bylineFromAuthorBlocks(findAuthorBlocks(doc))).toBe("Lin Hai, Senior Fellow; Chen Yu, Editor");
  });
  it("ignores class names that only contain the word (author-john) and long bios", () => {
    const doc = page(`<article class="post author-john"><p>Text</p></article><div class="author">${"Long bio. ".repeat(60)}</div>`);
    expect(findAuthorBlocks(doc)).toEqual([]);
  });
  it("formats Chinese bylines with Chinese punctuation and drops labels and bullets", () => {
    expect(formatByline([["• 作者：林海", "交通未来研究所"], ["周岚"]])).toBe("林海，交通未来研究所；周岚");
    expect(formatByline([[" "]])).toBeNull();
  });
});

describe("findPublishedAt", () => {
  it("reads meta tags, then <time>, then a dateline after the <h1>", () => {
    expect(findPublishedAt(page('<meta name="pubdate" content="2022-05-10">'), null)).toBe("2022-05-10");
    expect(findPublishedAt(page("<time>May 10, 2022</time>"), null)).toBe("2022-05-10");
    expect(findPublishedAt(page("<h1>T</h1><div><span>发布时间：2022年5月10日</span></div><p>正文</p>"), null)).toBe("2022-05-10");
  });
  it("prefers readability's published time and normalizes it to YYYY-MM-DD", () => {
    expect(findPublishedAt(page("<time>May 10, 2022</time>"), "2021-01-02T10:00:00Z")).toBe("2021-01-02");
  });
  it("does not take a date from the body or from a related-articles list", () => {
    const body = `<h1>T</h1><p>${"On May 4, 1919, students marched through the city, and the day is still remembered. ".repeat(2)}</p>`;
    expect(findPublishedAt(page(body), null)).toBeNull();
    expect(findPublishedAt(page('<aside><time datetime="2020-01-01">x</time></aside>'), null)).toBeNull();
  });
});
