import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshotPath, useBrowser } from "./support/chromium";

const baseUrl = inject("baseUrl");
const slug = "open-data-city-budgets";

/** The text of the lit sentences in one cell of a row. */
function litText(page: Page, row: number, language: string): Promise<string> {
  return page
    .locator(".aligned-row")
    .nth(row)
    .locator(`[data-lang="${language}"] .sentence.lit`)
    .evaluateAll((sentences) => sentences.map((sentence) => sentence.textContent ?? "").join(""));
}

describe("sentence links in the article view", () => {
  const browser = useBrowser();

  it("lights the Chinese counterparts of a hovered English sentence in both Chinese columns", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/${slug}`);
    // The demo's first paragraph: "…downloaded more than 40,000 times…" is "…下载了四万多次。" in Chinese.
    const sentence = page.locator(".aligned-row").first().locator('[data-lang="en"] .sentence', { hasText: "40,000 times" });
    await sentence.hover();
    const hans = await litText(page, 0, "zh-Hans");
    const hant = await litText(page, 0, "zh-Hant");
    expect(hans).toContain("这批文件上线第一个月就被下载了四万多次。");
    expect(hant).toContain("四萬多次");
    // Only the counterparts: not the sentences about the school course, nor the whole paragraph.
    expect(hans).not.toContain("统计课");
    expect(hant).not.toContain("統計課");
    expect(await litText(page, 0, "en")).toBe(await sentence.textContent());
    expect(await page.locator(".sentence.lit").evaluateAll((lit) => lit.every((element) => element.closest(".aligned-row[data-anchor='1']")))).toBe(true);

    // Lit is visibly different from unlit.
    const background = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background('[data-lang="zh-Hans"] .sentence.lit')).not.toBe(await background('[data-lang="zh-Hans"] .sentence:not(.lit)'));
    await page.screenshot({ path: screenshotPath("sentence-hover"), clip: { x: 0, y: 0, width: 1400, height: 900 } });

    // Moving away puts the light out.
    await page.locator(".article-header h1").hover();
    expect(await page.locator(".sentence.lit").count()).toBe(0);
    await page.close();
  });

  it("moves the focus from sentence to sentence with the arrow keys, lighting each one's counterparts", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/${slug}`);
    await page.locator(".aligned-row").first().focus();
    const focused = () => page.evaluate(() => ({ group: document.activeElement?.getAttribute("data-sentence"), text: document.activeElement?.textContent }));
    // → and ← also stop at the terms and differences inside a sentence: press until the focus is on a sentence.
    const toSentence = async (key: "ArrowRight" | "ArrowLeft") => {
      for (let press = 0; press < 20; press++) {
        await page.keyboard.press(key);
        if ((await focused()).group) return focused();
      }
      throw new Error(`${key} reached no sentence`);
    };
    const first = await toSentence("ArrowRight");
    expect(first.text).toMatch(/^When the finance department in Millbrook published/);
    expect(await page.locator(`[data-lang="zh-Hant"] [data-sentence="${first.group}"].lit`).count()).toBeGreaterThan(0);
    const second = await toSentence("ArrowRight");
    expect(second.text).toMatch(/^Instead, the files were downloaded/);
    expect(await litText(page, 0, "zh-Hans")).toContain("四万多次");
    await page.screenshot({ path: screenshotPath("sentence-keyboard-focus"), clip: { x: 0, y: 380, width: 1400, height: 320 } });
    expect((await toSentence("ArrowLeft")).group).toBe(first.group);
    // A sentence is not a Tab stop: Tab goes on to the next row.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-anchor"))).toBe(
      await page.locator(".aligned-row").nth(1).getAttribute("data-anchor"),
    );
    await page.close();
  });
});
