import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { READING_VIEWS } from "@/core/reading/views";
import { screenshotPath, useBrowser } from "./support/chromium";

const baseUrl = inject("baseUrl");
const slug = "open-data-city-budgets";

/** The widest shown paragraph of the rows, in ems of its own font size. */
function widestParagraphInEm(page: Page): Promise<number> {
  return page.locator(".aligned-row .cell p").evaluateAll((paragraphs) =>
    Math.max(
      ...paragraphs
        .filter((p) => p.getClientRects().length > 0)
        .map((p) => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize)),
    ),
  );
}

describe("reading modes", () => {
  const browser = useBrowser();

  it("keep a readable measure in every mode: no paragraph wider than 40 em at 1400 px", async () => {
    const page = await browser().newPage();
    const widths: Record<string, number> = {};
    for (const view of READING_VIEWS) {
      await page.goto(`${baseUrl}/en/articles/${slug}?view=${view}`);
      widths[view] = Math.round((await widestParagraphInEm(page)) * 10) / 10;
    }
    for (const [view, width] of Object.entries(widths)) {
      expect(width, view).toBeLessThanOrEqual(40);
      // …and the columns still use the room they have (three columns share 1400 px).
      expect(width, view).toBeGreaterThanOrEqual(view === "three" ? 24 : 38);
    }
    await page.goto(`${baseUrl}/zh-Hans/articles/${slug}?view=interleaved-zh-Hans`);
    await page.screenshot({ path: screenshotPath("mode-interleaved-measure") });
    await page.close();
  });
});
