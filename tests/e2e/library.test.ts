import { describe, expect, inject, it } from "vitest";
import { openBrowser, screenshotPath, useBrowser } from "./support/chromium";
import { demoArticles } from "./support/demo-manifest";

const baseUrl = inject("baseUrl");

describe("/ sends readers to their language", () => {
  const cases: [string | null, string][] = [
    [null, "/en"],
    ["en-US,en;q=0.9", "/en"],
    ["zh-CN,zh;q=0.9", "/zh-Hans"],
    ["zh", "/zh-Hans"],
    ["zh-TW,zh;q=0.9", "/zh-Hant"],
    ["zh-HK", "/zh-Hant"],
    ["fr-FR", "/en"],
  ];
  for (const [acceptLanguage, expected] of cases) {
    it(`Accept-Language ${acceptLanguage ?? "(none)"} → ${expected}`, async () => {
      const response = await fetch(`${baseUrl}/`, {
        redirect: "manual",
        headers: acceptLanguage ? { "Accept-Language": acceptLanguage } : {},
      });
      expect(response.status).toBeGreaterThanOrEqual(300);
      expect(response.status).toBeLessThan(400);
      expect(new URL(response.headers.get("location") ?? "", baseUrl).pathname).toBe(expected);
    });
  }
});

describe("the library page", () => {
  const browser = useBrowser();

  const expectations = [
    { locale: "en", heading: "Library", sampleTitle: /open data/i },
    { locale: "zh-Hans", heading: "文库", sampleTitle: /开放数据/ },
    { locale: "zh-Hant", heading: "文庫", sampleTitle: /開放資料/ },
  ] as const;

  for (const { locale, heading, sampleTitle } of expectations) {
    it(`lists every demo article with titles in ${locale}`, async () => {
      const page = await browser().newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${baseUrl}/${locale}`);
      expect(await page.getAttribute("html", "lang")).toBe(locale);
      expect(await page.locator("h1").innerText()).toBe(heading);
      const items = page.locator(".library-item");
      expect(await items.count()).toBe(demoArticles.length);
      const titles = await page.locator(".library-item h2").allInnerTexts();
      expect(titles.some((title) => sampleTitle.test(title))).toBe(true);
      for (const { slug } of demoArticles) {
        expect(await page.locator(`a[href="/${locale}/articles/${slug}"]`).count()).toBe(1);
      }
      await page.screenshot({ path: screenshotPath(`library-${locale}`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("switches the interface language and keeps the current path", async () => {
    const page = await browser().newPage();
    const slug = demoArticles[0]?.slug ?? "";
    await page.goto(`${baseUrl}/en/articles/${slug}`);
    await page.locator('.language-switcher a[hreflang="zh-Hant"]').click();
    await page.waitForURL((url) => url.pathname === `/zh-Hant/articles/${slug}`);
    await page.waitForSelector('html[lang="zh-Hant"]');
    expect(await page.locator("h1").getAttribute("lang")).toBe("zh-Hant");
    const cookies = await browser().cookies(baseUrl);
    expect(cookies.find((cookie) => cookie.name === "NEXT_LOCALE")?.value).toBe("zh-Hant");
    await page.close();
  });

  for (const locale of ["en", "zh-Hans", "zh-Hant"] as const) {
    it(`keeps each language badge in one piece on a phone (${locale}, 390 px)`, async () => {
      const phone = await openBrowser({ width: 390, height: 844 });
      try {
        const page = await phone.newPage();
        await page.goto(`${baseUrl}/${locale}`);
        const badges = page.locator(".language-badge");
        expect(await badges.count()).toBeGreaterThan(0);
        // A badge broken over two lines is two boxes, each with half a border.
        const boxesPerBadge = await badges.evaluateAll((elements) => elements.map((element) => element.getClientRects().length));
        expect(boxesPerBadge.every((boxes) => boxes === 1)).toBe(true);
        await page.screenshot({ path: screenshotPath(`library-${locale}-phone`), fullPage: true });
      } finally {
        await phone.close();
      }
    });
  }
});
