import { describe, expect, inject, it } from "vitest";
import { openBrowser, screenshotPath, useBrowser } from "./support/chromium";

const baseUrl = inject("baseUrl");
const slug = "open-data-city-budgets";

describe("the language switcher", () => {
  it("is on the article page without JavaScript: plain links to the same page in the other languages", async () => {
    const browser = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await browser.newPage();
      await page.goto(`${baseUrl}/en/articles/${slug}`);
      const links = page.locator(".site-header .language-switcher a");
      expect(await links.count()).toBe(3);
      // The page was rendered from its revision (proxy.ts), so the links keep that revision.
      expect(await page.locator('.language-switcher a[hreflang="zh-Hant"]').getAttribute("href")).toBe(`/zh-Hant/articles/${slug}/r/1`);
      expect(await page.locator('.language-switcher a[aria-current="page"]').getAttribute("hreflang")).toBe("en");
      await page.locator('.language-switcher a[hreflang="zh-Hans"]').click();
      await page.waitForURL((url) => url.pathname === `/zh-Hans/articles/${slug}/r/1`);
      expect(await page.getAttribute("html", "lang")).toBe("zh-Hans");
      expect(await page.locator(".aligned-row").count()).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath("language-switcher-no-script-zh-Hans") });
    } finally {
      await browser.close();
    }
  });

  describe("with JavaScript", () => {
    const browser = useBrowser();

    it("links to the address shown, with the reading mode and the row", async () => {
      const page = await browser().newPage();
      await page.goto(`${baseUrl}/en/articles/${slug}?view=interleaved-zh-Hant#p-3`);
      const zhHant = page.locator('.language-switcher a[hreflang="zh-Hant"]');
      await expect.poll(() => zhHant.getAttribute("href")).toBe(`/zh-Hant/articles/${slug}?view=interleaved-zh-Hant#p-3`);
      // A mode chosen after the page loaded goes along too.
      await page.locator(".view-picker select").selectOption("en,zh-Hans");
      await zhHant.click();
      await page.waitForURL((url) => url.pathname === `/zh-Hant/articles/${slug}` && url.searchParams.get("view") === "en,zh-Hans");
      expect(await page.getAttribute("html", "lang")).toBe("zh-Hant");
      await page.close();
    });
  });
});
