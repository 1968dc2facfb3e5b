import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { CONTENT_LANGUAGES, type ContentLanguage } from "@/core/languages";
import { openBrowser, screenshotPath, useBrowser } from "./support/chromium";
import { demoArticles } from "./support/demo-manifest";

const baseUrl = inject("baseUrl");

/** The rows as the page shows them: the paragraph positions in each language's cell. */
async function rowsOnPage(page: Page): Promise<Record<ContentLanguage, number[]>[]> {
  return page.locator(".aligned-row").evaluateAll((rows, languages) =>
    rows.map((row) =>
      Object.fromEntries(
        languages.map((language) => [
          language,
          Array.from(row.querySelectorAll(`[data-lang="${language}"] p[data-position]`)).map((p) =>
            Number((p as HTMLElement).dataset.position),
          ),
        ]),
      ),
    ),
  [...CONTENT_LANGUAGES]) as Promise<Record<ContentLanguage, number[]>[]>;
}

describe("the article page", () => {
  const browser = useBrowser();

  for (const article of demoArticles) {
    it(`groups ${article.slug} as the demo manifest says (splits, merges, missing paragraphs)`, async () => {
      const page = await browser().newPage();
      await page.goto(`${baseUrl}/en/articles/${article.slug}`);
      expect(await rowsOnPage(page)).toEqual(article.expectedRows);
      await page.screenshot({ path: screenshotPath(`article-${article.slug}-en`), fullPage: true });
      await page.close();
    });
  }

  it("marks each column with its language and leaves an empty cell where a version has no paragraph", async () => {
    const article = demoArticles.find((a) => a.features.some((f) => f.kind === "missing"));
    const missing = article?.features.find((f) => f.kind === "missing");
    expect(article && missing).toBeTruthy();
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/${article?.slug}`);
    for (const language of CONTENT_LANGUAGES) {
      expect(await page.locator(`.aligned-head [lang="${language}"]`).count()).toBe(1);
      expect(await page.locator(`.aligned-row [data-lang="${language}"]`).first().getAttribute("lang")).toBe(language);
    }
    const row = page.locator(".aligned-row").nth(missing?.row ?? 0);
    const emptyCells = row.locator(".cell-empty");
    expect(await emptyCells.count()).toBe(1);
    expect(await emptyCells.locator(".empty-note").innerText()).toBe("No paragraph in this version");
    await page.close();
  });

  const credits = [
    ["en", "Alignment uses word evidence from CC-CEDICT (© MDBG, CC BY-SA 4.0)"],
    ["zh-Hans", "对齐使用了 CC-CEDICT 的词语证据（© MDBG，CC BY-SA 4.0）"],
    ["zh-Hant", "對齊使用了 CC-CEDICT 的詞語證據（© MDBG，CC BY-SA 4.0）"],
  ] as const;

  for (const [locale, columnNames] of [
    ["en", ["English", "Simplified Chinese", "Traditional Chinese"]],
    ["zh-Hans", ["英文", "简体中文", "繁体中文"]],
    ["zh-Hant", ["英文", "簡體中文", "繁體中文"]],
  ] as const) {
    it(`shows the interface around the article in ${locale}`, async () => {
      const page = await browser().newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const slug = demoArticles[1]?.slug ?? "";
      await page.goto(`${baseUrl}/${locale}/articles/${slug}`);
      expect(await page.getAttribute("html", "lang")).toBe(locale);
      expect(await page.locator(".aligned-head .column-heading").allInnerTexts()).toEqual(columnNames);
      expect(await page.locator("h1").getAttribute("lang")).toBe(locale);
      const credit = page.locator("article footer .dictionary-credit");
      expect(await credit.innerText()).toBe(credits.find(([l]) => l === locale)?.[1]);
      expect(await credit.locator("a").getAttribute("href")).toBe("https://cc-cedict.org/wiki/");
      expect(await credit.locator("a").innerText()).toBe("CC-CEDICT");
      await page.screenshot({ path: screenshotPath(`article-${slug}-${locale}`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("credits CC-CEDICT in the HTML the server sends, link included, in every UI language", async () => {
    const slug = demoArticles[0]?.slug ?? "";
    for (const [locale, text] of credits) {
      for (const path of [`/${locale}/articles/${slug}`, `/${locale}/articles/${slug}/r/1`]) {
        const response = await fetch(`${baseUrl}${path}`);
        expect(response.status, path).toBe(200);
        const footer = /<footer class="article-footer">(.*?)<\/footer>/s.exec(await response.text())?.[1] ?? "";
        expect(footer, path).toContain('<a href="https://cc-cedict.org/wiki/">CC-CEDICT</a>');
        expect(footer.replace(/<[^>]*>/g, ""), path).toBe(text);
      }
    }
  });

  it("links each row with a stable #p-anchor", async () => {
    const slug = demoArticles[0]?.slug ?? "";
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/${slug}#p-3`);
    const target = page.locator(".aligned-row:target");
    expect(await target.getAttribute("id")).toBe("p-3");
    expect(await target.locator(".row-link").getAttribute("href")).toBe("#p-3");
    await page.close();
  });

  it("stacks each row's languages on a narrow screen", async () => {
    const narrow = await openBrowser({ width: 390, height: 844 });
    try {
      const page = await narrow.newPage();
      const slug = demoArticles[2]?.slug ?? "";
      await page.goto(`${baseUrl}/zh-Hant/articles/${slug}`);
      const boxes = await page.locator(".aligned-row").first().locator(".cell").evaluateAll((cells) =>
        cells.map((cell) => cell.getBoundingClientRect().toJSON() as DOMRect),
      );
      expect(boxes).toHaveLength(3);
      for (let i = 1; i < boxes.length; i++) {
        const above = boxes[i - 1];
        const below = boxes[i];
        expect(below && above && below.top >= above.bottom - 1).toBe(true);
      }
      expect(await page.locator(".aligned-row").first().locator(".cell-language").first().isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath(`article-${slug}-narrow`), fullPage: false });
      const footer = page.locator("article footer");
      await footer.scrollIntoViewIfNeeded();
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      const box = await footer.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      await page.screenshot({ path: screenshotPath(`article-${slug}-narrow-footer`), fullPage: false });
      await page.close();
    } finally {
      await narrow.close();
    }
  });

  it("answers 404 for an unknown article", async () => {
    const response = await fetch(`${baseUrl}/en/articles/no-such-article`);
    expect(response.status).toBe(404);
  });
});
