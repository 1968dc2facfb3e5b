import { describe, expect, it } from "vitest";
import { InputError } from "@/core/errors";
import { extractHtmlArticle } from "@/ingest/html";
import { fixtureText, thrownBy } from "./fixtures";

function extract(relativePath: string) {
  return extractHtmlArticle(fixtureText(relativePath), relativePath);
}

const BOILERPLATE = /Language|语言|語言|简体 繁體|You might also like|相关文章|延伸閱讀|Back to Top|返回顶部|回到頂端|Share:|分享|Facebook|©|Subscribe|专家|Ports in a Warming World|暖化世界中的港口/;

describe("extractHtmlArticle — publisher pages in three languages", () => {
  const en = extract("library/night-trains/en.html");
  const hans = extract("library/night-trains/zh-Hans.html");
  const hant = extract("library/night-trains/zh-Hant.html");

  it("reads the title from og:title, the <h1> (not the site-suffixed <title>), or the <h1> over a site-name <title>", () => {
    expect(en.title).toBe("Night Trains and the Slow Return of Overland Travel");
    expect(hans.title).toBe("夜行列车与陆路旅行的缓慢回归");
    expect(hant.title).toBe("夜行列車與陸路旅行的緩慢回歸");
  });

  it("turns the author block (name + affiliation) into the byline", () => {
    expect(en.byline).toBe("Lin Hai, Senior Fellow, Institute for Transport Futures");
    expect(hans.byline).toBe("林海，交通未来研究所高级研究员");
    expect(hant.byline).toBe("林海，交通未來研究所資深研究員");
  });

  it("reads the date from article:published_time, a visible dateline, and <time datetime>", () => {
    expect([en.publishedAt, hans.publishedAt, hant.publishedAt]).toEqual(["2023-06-03", "2023-06-03", "2023-06-03"]);
  });

  it("keeps the body: paragraphs, the subheading, each list item and the quote, in order", () => {
    expect(hans.paragraphs).toEqual([
      "二十年前，欧洲大多数卧铺列车都在亏损，运营商一个接一个地将其停运。如今几乎每个季度都有新线路开通，最繁忙夜晚的车票往往提前数周售罄。",
      "原因部分在于实用。一趟晚上九点出发、早上八点到达的列车可以省下一晚的酒店费用，旅客抵达的是市中心，而不是四十公里外的机场。",
      "也有文化上的原因。尤其是年轻乘客，把旅程本身视为假期的一部分——正如一位列车员所说，那是“一个会移动的房间”。",
      "运营商学到了什么",
      "成功的运营商总结了三条经验：",
      "出售整段旅程，而不仅仅是一张床位。",
      "跨境共享车辆，让车厢从不闲置。",
      "像航空公司那样，提前一年公布时刻表。",
      "这些在亚洲并不新鲜，那里大城市之间的夜间列车从未消失。新鲜的是，各国政府愿意把卧铺列车视为气候政策的一部分，而不是怀旧。",
      "“问题不再是人们是否想要夜行列车，”一位规划人员说，“而是我们能否造出足够的车厢。”",
      "如果这个问题得到解决，未来十年陆路旅行或许能夺回它半个世纪前失去的阵地。",
    ]);
    expect(hant.paragraphs).toHaveLength(11);
    expect(hant.paragraphs[3]).toBe("營運商學到了什麼");
  });

  it("splits a paragraph at <br><br>", () => {
    expect(en.paragraphs.slice(-2)).toEqual([
      "If that question is answered, the next decade may see overland travel regain ground that it lost half a century ago.",
      "This essay first appeared in the summer issue of our quarterly.",
    ]);
  });

  it("drops the language switcher, share bars, related lists, Back to Top, navigation and footer", () => {
    for (const doc of [en, hans, hant]) {
      for (const paragraph of doc.paragraphs) expect(paragraph).not.toMatch(BOILERPLATE);
    }
  });

  it("keeps the title, dateline and author block out of the body", () => {
    for (const doc of [en, hans, hant]) {
      const body = doc.paragraphs.join("\n");
      expect(body).not.toContain(doc.title ?? "-");
      expect(body).not.toMatch(/Lin Hai|林海|2023|June 3/);
    }
  });

  it("does not run the page's scripts", () => {
    expect(hans.paragraphs.join("")).not.toContain("此段由脚本写入");
  });

  it("gives the three versions the same paragraph structure", () => {
    expect(hans.paragraphs).toHaveLength(11);
    expect(en.paragraphs).toHaveLength(12); // plus the note after <br><br>
  });
});

describe("extractHtmlArticle — pages without markup hints", () => {
  it("takes an unmarked author list after the dateline as the byline, as on the seed's publisher", () => {
    const doc = extract("pages/unmarked-author.html");
    expect(doc.byline).toBe("Amara Okafor, Visiting Scholar, Centre for Civic Infrastructure");
    expect(doc.publishedAt).toBe("2021-09-14");
    expect(doc.paragraphs).toHaveLength(3);
    expect(doc.paragraphs[0]).toMatch(/^In many towns the public library/);
    expect(doc.paragraphs.at(-1)).toMatch(/the main cost is staff time\.$/);
  });

  it("reads a minimal HTML fragment", () => {
    const first = "The first paragraph of a very small page, long enough to count as an article body on its own merits.";
    const html = `<p>${first}</p><p>And a second one.</p>`;
    expect(extractHtmlArticle(html, "fragment.html").paragraphs).toEqual([first, "And a second one."]);
  });

  it("reads a page wrapped in one <form>, as ASP.NET sites build them", () => {
    const html = `<body><form id="form1" method="post"><nav><a href="/">首页</a></nav><div class="main">
      <h1>夜行列车</h1><p>二十年前，欧洲大多数卧铺列车都在亏损，运营商一个接一个地将其停运。</p>
      <p>如今几乎每个季度都有新线路开通，最繁忙夜晚的车票往往提前数周售罄。</p></div></form></body>`;
    const doc = extractHtmlArticle(html, "form.html");
    expect(doc.title).toBe("夜行列车");
    expect(doc.paragraphs).toHaveLength(2);
  });

  it("joins lines split by a single <br> and by source line breaks, without spaces between CJK characters", () => {
    const html = `<article><p>二十年前，欧洲大多数卧铺列车<br>都在亏损，
      运营商一个接一个地将其停运。如今几乎每个季度都有新线路开通。</p></article>`;
    expect(extractHtmlArticle(html, "p.html").paragraphs).toEqual([
      "二十年前，欧洲大多数卧铺列车都在亏损，运营商一个接一个地将其停运。如今几乎每个季度都有新线路开通。",
    ]);
  });
});

describe("extractHtmlArticle — no article body", () => {
  it("rejects a page with only navigation and a footer, naming the file", () => {
    const error = thrownBy(() => extract("pages/no-body.html"));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).describe()).toBe("pages/no-body.html: no article body found in the HTML page");
  });

  it("rejects an empty body and a body with a single line of text", () => {
    expect(() => extractHtmlArticle("<html><body></body></html>", "empty.html")).toThrow("no article body found");
    expect(() => extractHtmlArticle("<p>Just a caption.</p>", "tiny.html")).toThrow("no article body found");
  });

  it("rejects an invalid page URL as an input error", () => {
    expect(() => extractHtmlArticle("<p>x</p>", "x.html", "not a url")).toThrow(InputError);
  });
});
