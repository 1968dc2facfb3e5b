import { describe, expect, inject, it } from "vitest";
import { openBrowser, screenshotPath } from "./support/chromium";

const baseUrl = inject("baseUrl");

describe("an address nobody serves", () => {
  // The browser's language decides which not-found page a locale-less or unknown-locale path gets.
  const cases = [
    { browserLocale: "en-US", path: "/fr", expected: "/en/fr", lang: "en", heading: "Not found", back: "Back to the library" },
    { browserLocale: "zh-TW", path: "/fr", expected: "/zh-Hant/fr", lang: "zh-Hant", heading: "找不到頁面", back: "返回文庫" },
    {
      browserLocale: "zh-CN",
      path: "/fr/articles/open-data-city-budgets",
      expected: "/zh-Hans/fr/articles/open-data-city-budgets",
      lang: "zh-Hans",
      heading: "找不到页面",
      back: "返回文库",
    },
    { browserLocale: "en-US", path: "/zh-Hans/no/such/page", expected: "/zh-Hans/no/such/page", lang: "zh-Hans", heading: "找不到页面", back: "返回文库" },
  ];

  for (const { browserLocale, path, expected, lang, heading, back } of cases) {
    it(`${path} (browser in ${browserLocale}) answers 404 with the site's not-found page in ${lang}`, async () => {
      const browser = await openBrowser({ locale: browserLocale, width: 390, height: 844 });
      try {
        const page = await browser.newPage();
        const response = await page.goto(`${baseUrl}${path}`);
        expect(new URL(page.url()).pathname).toBe(expected);
        expect(response?.status()).toBe(404);
        // Next answers notFound() with an error shell that its script fills in (vercel/next.js
        // issue 62228), so the page's language and heading are read once the heading is there.
        await page.locator("main h1").waitFor();
        expect(await page.getAttribute("html", "lang")).toBe(lang);
        expect(await page.locator("main h1").innerText()).toBe(heading);
        // Inside the site's own layout: its header, language switcher and a way back.
        expect(await page.locator(".site-header .language-switcher a").count()).toBe(3);
        expect(await page.locator(`main a[href="/${lang}"]`).innerText()).toBe(back);
        await page.screenshot({ path: screenshotPath(`not-found-${lang}-phone`) });
      } finally {
        await browser.close();
      }
    });
  }
});
