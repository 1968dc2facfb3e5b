import { describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { screenshotPath, useBrowser } from "./support/chromium";
import { demoArticles } from "./support/demo-manifest";

const baseUrl = inject("baseUrl");

/** The differences shown in one cell of a row: the text of each difference (by id) and its class. */
async function differencesIn(page: Page, row: number, language: string): Promise<{ id: string; class: string; text: string }[]> {
  return page.locator(".aligned-row").nth(row).locator(`[data-lang="${language}"] mark.diff`).evaluateAll((marks) => {
    const byId = new Map<string, { id: string; class: string; text: string }>();
    for (const mark of marks) {
      const id = mark.getAttribute("data-diff") ?? "";
      const kind = [...mark.classList].find((c) => c.startsWith("diff-") && c !== "diff-gap")?.slice(5) ?? "";
      const entry = byId.get(id) ?? { id, class: kind, text: "" };
      entry.text += mark.textContent ?? "";
      byId.set(id, entry);
    }
    return [...byId.values()];
  });
}

/**
 * Whether a highlight covers the manifest's snippet: they share two characters in a row (a
 * hunk may start or end a character off a hand-picked snippet), or the whole highlight is one
 * character of the snippet.
 */
const overlaps = (highlighted: string, snippet: string) => {
  const chars = Array.from(highlighted);
  if (chars.length === 1) return snippet.includes(highlighted);
  return chars.some((_, i) => i + 1 < chars.length && snippet.includes(chars.slice(i, i + 2).join("")));
};
const classOf = { regional: "regional-variant", divergent: "divergent-wording" } as const;

describe("terminology highlights in the article view", () => {
  const browser = useBrowser();

  for (const article of demoArticles) {
    const features = article.features.filter((f): f is typeof f & { kind: "regional" | "divergent" } => f.kind === "regional" || f.kind === "divergent");
    it(`shows each regional and divergent wording of ${article.slug} where the demo text puts it`, async () => {
      const page = await browser().newPage();
      await page.goto(`${baseUrl}/en/articles/${article.slug}`);
      for (const feature of features) {
        const expected = classOf[feature.kind];
        const hans = await differencesIn(page, feature.row, "zh-Hans");
        const hant = await differencesIn(page, feature.row, "zh-Hant");
        const where = `${article.slug} row ${feature.row}: ${feature.note}`;
        expect(hans.some((d) => d.class === expected && overlaps(d.text, feature.hans ?? "")), `${where} (zh-Hans)`).toBe(true);
        expect(hant.some((d) => d.class === expected && overlaps(d.text, feature.hant ?? "")), `${where} (zh-Hant)`).toBe(true);
      }
      await page.close();
    });
  }

  it("never highlights a difference that is only the script (预算 / 預算)", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/open-data-city-budgets`);
    const hant = page.locator('[data-lang="zh-Hant"]');
    expect(await hant.filter({ hasText: "預算" }).count()).toBeGreaterThan(0);
    const marked = await page.locator('[data-lang="zh-Hant"] mark.diff').allTextContents();
    expect(marked.filter((text) => text.includes("預算"))).toEqual([]);
    await page.close();
  });

  it("shows a variant form and an omission or addition somewhere in the demo", async () => {
    const page = await browser().newPage();
    const counts = { "variant-form": 0, omission: 0, addition: 0 };
    for (const article of demoArticles) {
      await page.goto(`${baseUrl}/en/articles/${article.slug}`);
      for (const kind of Object.keys(counts) as (keyof typeof counts)[]) counts[kind] += await page.locator(`mark.diff-${kind}`).count();
    }
    expect(counts["variant-form"]).toBeGreaterThan(0);
    expect(counts.omission + counts.addition).toBeGreaterThan(0);
    await page.close();
  });

  it("shows a card on hover and lights the counterpart in the other Chinese column", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/open-data-city-budgets`);
    const software = demoArticles.find((a) => a.slug === "open-data-city-budgets")?.features.find((f) => f.note.startsWith("software"));
    const row = page.locator(".aligned-row").nth(software?.row ?? 0);
    const mark = row.locator('[data-lang="zh-Hans"] mark.diff-regional-variant', { hasText: "软件" }).first();
    await mark.hover();
    const card = page.locator("#reading-card");
    await card.waitFor({ state: "visible" });
    // 软件 is also a glossary term: the card gives the difference first, then the term.
    expect((await card.innerText()).split("\n")[0]).toBe("SC 软件 ↔ TC 軟體 — Taiwan regional term (OpenCC)");
    const id = await mark.getAttribute("data-diff");
    expect(await row.locator(`[data-lang="zh-Hant"] mark[data-diff="${id}"].lit`).count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("highlights-hover-card") });
    await page.close();
  });

  it("shows the card for keyboard focus too", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/zh-Hant/articles/open-data-city-budgets`);
    await page.locator(".aligned mark.diff-regional-variant").first().focus();
    const card = page.locator("#reading-card");
    await card.waitFor({ state: "visible" });
    expect(await card.innerText()).toMatch(/^簡 .+ ↔ 繁 .+ — /);
    await page.close();
  });

  it("shows the card for an element focused before the page's script ran", async () => {
    const { page, release } = await openWithScriptsHeld(browser(), `${baseUrl}/zh-Hant/articles/open-data-city-budgets`);
    const mark = page.locator(".aligned mark.diff-regional-variant").first();
    await mark.waitFor({ state: "attached" });
    await mark.focus();
    release();
    const card = page.locator("#reading-card");
    await card.waitFor({ state: "visible" });
    expect(await card.innerText()).toMatch(/^簡 .+ ↔ 繁 .+ — /);
    await page.close();
  });

  it("lights a sentence the pointer rested on before the page's script ran", async () => {
    const { page, release } = await openWithScriptsHeld(browser(), `${baseUrl}/en/articles/open-data-city-budgets`);
    const sentence = page.locator('.aligned [data-lang="en"] [data-sentence]').first();
    await sentence.waitFor({ state: "attached" });
    await sentence.hover();
    release();
    const group = await sentence.getAttribute("data-sentence");
    await page.locator(`[data-lang="zh-Hans"] [data-sentence="${group}"].lit`).first().waitFor({ state: "attached" });
    await page.close();
  });

  it("marks a glossary term in all three columns and lights every rendering of the concept on hover", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/hospital-ai-triage-pilot`);
    const term = page.locator('[data-lang="en"] .term').first();
    const concept = await term.getAttribute("data-concept");
    const row = page.locator(".aligned-row").filter({ has: term });
    await term.hover();
    for (const language of ["en", "zh-Hans", "zh-Hant"]) {
      expect(await row.first().locator(`[data-lang="${language}"] [data-concept="${concept}"].lit`).count(), language).toBeGreaterThan(0);
    }
    expect(await page.locator("#reading-card").innerText()).toMatch(/^Glossary: /);
    await page.close();
  });

  it("summarises the differences per class, and a toggle hides a class", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/hospital-ai-triage-pilot`);
    for (const kind of ["variant-form", "regional-variant", "divergent-wording", "omission", "addition"]) {
      const shown = await page.locator(`.aligned mark.diff-${kind}`).evaluateAll((marks) => new Set(marks.map((m) => m.getAttribute("data-diff"))).size);
      const counted = Number(await page.locator(".legend-item", { has: page.locator(`[data-toggle="${kind}"]`) }).locator(".legend-count").innerText());
      expect(counted, kind).toBe(shown);
    }
    const regional = page.locator(".aligned mark.diff-regional-variant").first();
    const before = await regional.evaluate((m) => getComputedStyle(m).textDecorationLine);
    await page.locator('[data-toggle="regional-variant"]').uncheck();
    expect(before).toContain("underline");
    expect(await regional.evaluate((m) => getComputedStyle(m).textDecorationLine)).toBe("none");
    const list = page.locator(".difference-list");
    await list.locator("summary").click();
    const link = list.locator('li[data-class="regional-variant"] a').first();
    expect(await link.getAttribute("href")).toMatch(/^#p-\d+$/);
    await page.close();
  });
});

describe("reading modes", () => {
  const browser = useBrowser();
  const slug = "open-data-city-budgets";

  async function visibleCells(page: Page): Promise<{ lang: string; x: number; y: number }[]> {
    return page.locator(".aligned-row").first().locator(".cell").evaluateAll((cells) =>
      cells
        .filter((cell) => getComputedStyle(cell).display !== "none")
        .map((cell) => ({ lang: cell.getAttribute("data-lang") ?? "", x: cell.getBoundingClientRect().x, y: cell.getBoundingClientRect().y })),
    );
  }

  it("shows three columns by default", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/${slug}`);
    const cells = await visibleCells(page);
    expect(cells.sort((a, b) => a.x - b.x).map((c) => c.lang)).toEqual(["en", "zh-Hans", "zh-Hant"]);
    await page.screenshot({ path: screenshotPath("mode-three-columns") });
    await page.close();
  });

  for (const [view, order] of [
    ["zh-Hant,en", ["zh-Hant", "en"]],
    ["en,zh-Hans", ["en", "zh-Hans"]],
    ["zh-Hant,zh-Hans", ["zh-Hant", "zh-Hans"]],
  ] as const) {
    it(`shows two columns in the order ?view=${view} names them`, async () => {
      const page = await browser().newPage();
      await page.goto(`${baseUrl}/en/articles/${slug}?view=${view}`);
      const cells = await visibleCells(page);
      expect(cells.sort((a, b) => a.x - b.x).map((c) => c.lang)).toEqual(order);
      await page.screenshot({ path: screenshotPath(`mode-${view.replace(",", "-")}`) });
      await page.close();
    });
  }

  it("interleaves each English paragraph with its Chinese counterpart (中英对照), and remembers the mode", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/zh-Hans/articles/${slug}?view=interleaved-zh-Hans`);
    const cells = await visibleCells(page);
    expect(cells.map((c) => c.lang)).toEqual(["en", "zh-Hans"]);
    expect((cells[1]?.y ?? 0) > (cells[0]?.y ?? 0)).toBe(true);
    await page.screenshot({ path: screenshotPath("mode-interleaved-zh-Hans") });

    await page.goto(`${baseUrl}/zh-Hans/articles/${slug}`);
    await page.waitForURL((url) => url.searchParams.get("view") === "interleaved-zh-Hans");
    expect((await visibleCells(page)).map((c) => c.lang)).toEqual(["en", "zh-Hans"]);

    await page.locator(".view-picker select").selectOption("three");
    await page.waitForURL((url) => url.searchParams.get("view") === "three");
    expect((await visibleCells(page)).length).toBe(3);
    await page.close();
  });

  it("moves between rows with j and k, with a visible focus", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/${slug}`);
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-anchor"));
    const first = Number(await focused());
    await page.keyboard.press("j");
    expect(Number(await focused())).toBe(first + 1);
    await page.keyboard.press("k");
    expect(Number(await focused())).toBe(first);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.screenshot({ path: screenshotPath("keyboard-focus") });
    await page.close();
  });
});

/**
 * Opens `url` with the page's scripts held back (not its stylesheets, which the parser
 * waits for), as on a slow connection: the page is parsed and shown, nothing reacts yet,
 * until `release()`.
 */
async function openWithScriptsHeld(context: BrowserContext, url: string) {
  const page = await context.newPage();
  let release = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  // Parsing does not wait for the held scripts; the load event does.
  await page.goto(url, { waitUntil: "commit" });
  return { page, release };
}

describe("glossary terms on Chinese word boundaries, and their notes", () => {
  const browser = useBrowser();

  it("does not mark a glossary term inside a longer word (錄影 in 錄影帶, videotape), and marks it as a word of its own", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/zh-Hant/articles/county-library-digital-archive`);
    const marked = await page.locator('[data-lang="zh-Hant"] .term').evaluateAll((terms) =>
      terms.map((term) => {
        const cell = term.closest("[data-lang]") as Element;
        const after = document.createRange();
        after.setStartAfter(term);
        after.setEnd(cell, cell.childNodes.length);
        return { text: term.textContent ?? "", next: after.toString().slice(0, 1) };
      }),
    );
    expect(await page.locator('[data-lang="zh-Hant"]').filter({ hasText: "錄影帶" }).count()).toBeGreaterThan(0);
    expect(marked.filter(({ text, next }) => text === "錄影" && next === "帶")).toEqual([]);
    expect(marked.filter(({ text }) => text === "錄影").length).toBeGreaterThan(0);
    await page.close();
  });

  it("shows a term's note in the interface language", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/zh-Hans/articles/hospital-ai-triage-pilot`);
    await page.locator('[data-lang="zh-Hans"] .term', { hasText: "人工智能" }).first().hover();
    // The card may give the Simplified/Traditional difference first, then the term and its note.
    const card = (await page.locator("#reading-card").innerText()).split("\n");
    expect(card).toContain("台湾写作“人工智慧”，香港一般沿用“人工智能”");
    expect(card.join("\n")).not.toContain("Taiwan writes");
    await page.screenshot({ path: screenshotPath("term-note-zh-Hans") });
    await page.close();
  });
});
