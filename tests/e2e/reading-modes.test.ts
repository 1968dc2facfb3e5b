import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { READING_VIEWS, showsBothChinese } from "@/components/article/reading-modes";
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

  for (const view of READING_VIEWS) {
    const both = showsBothChinese(view);
    it(`${both ? "shows" : "hides"} the Simplified↔Traditional legend, list and highlights in ${view}`, async () => {
      const page = await browser().newPage();
      await page.goto(`${baseUrl}/en/articles/${slug}?view=${view}`);
      expect(await page.locator(".legend [data-toggle]").count()).toBe(5);
      expect(await page.locator(".legend").isVisible()).toBe(both);
      expect(await page.locator(".difference-list").isVisible()).toBe(both);
      // The highlights of the differences in the shown Chinese column(s).
      const styled = await page.locator(".aligned mark.diff-regional-variant").evaluateAll((marks) =>
        marks
          .filter((mark) => mark.getClientRects().length > 0)
          .map((mark) => getComputedStyle(mark).textDecorationLine !== "none" || getComputedStyle(mark).backgroundColor !== "rgba(0, 0, 0, 0)"),
      );
      expect(styled.length).toBeGreaterThan(0);
      expect(styled.every((on) => on === both)).toBe(true);
      // Glossary terms are no Simplified↔Traditional difference: they keep their underline.
      expect(await page.locator(".legend-term .term").isVisible()).toBe(true);

      // Focusing a difference shows its card only where both sides are on screen.
      const mark = page.locator(".aligned mark.diff-regional-variant:visible").first();
      await mark.focus();
      const card = page.locator("#reading-card");
      if (both) {
        await card.waitFor({ state: "visible" });
        expect(await card.innerText()).toMatch(/^SC .+ ↔ TC .+ — /);
      } else {
        await page.waitForTimeout(100);
        expect((await card.isVisible()) ? await card.innerText() : "").not.toMatch(/↔/);
      }
      if (view === "en,zh-Hant" || view === "three") await page.screenshot({ path: screenshotPath(`mode-legend-${view.replace(",", "-")}`) });
      await page.close();
    });
  }
});
