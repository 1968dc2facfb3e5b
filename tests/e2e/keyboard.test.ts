import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshotPath, useBrowser } from "./support/chromium";
import { demoArticles } from "./support/demo-manifest";

const baseUrl = inject("baseUrl");

/** What has the focus: a row (by anchor), something inside the rows, or something else on the page. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return "body";
    if (active.classList.contains("aligned-row")) return `row ${active.getAttribute("data-anchor")}`;
    if (active.closest(".aligned")) return `inside ${active.tagName.toLowerCase()}.${active.className}`;
    return `page ${active.tagName.toLowerCase()}`;
  });
}

/** Presses Tab from the top of the page to its last stop (the credits link), recording each stop. */
async function tabStops(page: Page): Promise<string[]> {
  const stops: string[] = [];
  for (let press = 0; press < 400; press++) {
    await page.keyboard.press("Tab");
    const stop = await focused(page);
    if (stop === "body") break;
    stops.push(stop);
    if (await page.evaluate(() => document.activeElement?.closest(".article-footer") !== null)) break;
  }
  return stops;
}

describe("the keyboard in the article view", () => {
  const browser = useBrowser();

  for (const { slug } of demoArticles) {
    it(`gives ${slug} one Tab stop per row, and none inside a row`, async () => {
      const page = await browser().newPage();
      await page.goto(`${baseUrl}/zh-Hant/articles/${slug}`);
      const anchors = await page.locator(".aligned-row").evaluateAll((rows) => rows.map((row) => `row ${row.getAttribute("data-anchor")}`));
      const stops = await tabStops(page);
      expect(stops.filter((stop) => stop.startsWith("inside"))).toEqual([]);
      expect(stops.filter((stop) => stop.startsWith("row"))).toEqual(anchors);
      // Everything else on the page (header, mode picker, legend, list, credits) is a handful of stops.
      expect(stops.length - anchors.length).toBeLessThan(20);
      await page.close();
    });
  }

  it("moves within a row with → / ← to its sentences, differences and terms, each with its card; Tab goes on to the next row", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/zh-Hant/articles/open-data-city-budgets`);
    await page.waitForSelector("html[data-interactions=ready]");
    const row = page.locator(".aligned-row", { has: page.locator("mark.diff-regional-variant") }).first();
    const anchor = Number(await row.getAttribute("data-anchor"));
    await row.focus();

    // → walks the row in reading order until it reaches the regional difference; each stop is focusable but no Tab stop.
    let reached = false;
    for (let press = 0; press < 60 && !reached; press++) {
      await page.keyboard.press("ArrowRight");
      const active = await page.evaluate(() => ({
        inRow: document.activeElement?.closest(".aligned-row")?.getAttribute("data-anchor"),
        tabIndex: (document.activeElement as HTMLElement | null)?.tabIndex,
        regional: document.activeElement?.matches("mark.diff-regional-variant") ?? false,
      }));
      expect(active.inRow).toBe(String(anchor));
      expect(active.tabIndex).toBe(-1);
      reached = active.regional;
    }
    expect(reached).toBe(true);
    const card = page.locator("#reading-card");
    await card.waitFor({ state: "visible" });
    expect(await card.innerText()).toMatch(/^簡 .+ ↔ 繁 .+ — /);
    await page.screenshot({ path: screenshotPath("keyboard-arrow-to-difference") });

    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe(`row ${anchor + 1}`);
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe(`row ${anchor}`);

    // From the row, → goes to the text; ← from its first sentence reaches the gutter (the permalink, or a marker there).
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("sentence"))).toBe(true);
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => document.activeElement?.matches("a.row-link, .confidence-marker, .flag-marker"))).toBe(true);
    await page.close();
  });
});
