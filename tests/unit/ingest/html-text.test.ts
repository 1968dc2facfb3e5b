import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extractBlockTexts } from "@/ingest/html-text";

function body(html: string): Element {
  const element = new JSDOM(`<body>${html}</body>`).window.document.body;
  return element;
}

describe("extractBlockTexts", () => {
  it("makes each block a text and recurses into nested blocks", () => {
    expect(extractBlockTexts(body("<p>One</p><blockquote><p>Two</p><p>Three</p></blockquote><ul><li>Four</li><li><p>Five</p></li></ul>"))).toEqual([
      "One",
      "Two",
      "Three",
      "Four",
      "Five",
    ]);
  });

  it("splits at <br><br> and joins at a single <br>", () => {
    expect(extractBlockTexts(body("<div>A line<br>continues.<br> <br>New paragraph.</div>"))).toEqual(["A line continues.", "New paragraph."]);
  });

  it("splits at every <br> in split mode", () => {
    expect(extractBlockTexts(body("<div>林海<br>研究员</div>"), "split")).toEqual(["林海", "研究员"]);
  });

  it("keeps inline text around a block in separate texts", () => {
    expect(extractBlockTexts(body("<div>Before <em>this</em><p>Inside</p>after</div>"))).toEqual(["Before this", "Inside", "after"]);
  });

  it("ignores scripts, styles, media and hidden elements", () => {
    const html = '<p>Kept<script>var x = "no";</script><style>p{}</style><img alt="no"></p><p hidden>no</p><p aria-hidden="true">no</p>';
    expect(extractBlockTexts(body(html))).toEqual(["Kept"]);
  });

  it("removes source line breaks between Chinese characters and collapses other whitespace", () => {
    expect(extractBlockTexts(body("<p>夜行\n   列车 and\n  night   trains</p><p>&nbsp;</p>"))).toEqual(["夜行列车 and night trains"]);
  });
});
