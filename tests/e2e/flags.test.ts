import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openBrowser, screenshotPath, useBrowser } from "./support/chromium";
import { demoArticles } from "./support/demo-manifest";
import { signInOverHttp } from "./support/editor";

const baseUrl = inject("baseUrl");

interface ExportedFlag {
  id: number;
  slug: string;
  revision: number;
  anchor: number;
  kind: string;
  language: string;
  explanation: string;
  link: string;
  review: { status: string };
}

async function exported(query: string): Promise<ExportedFlag[]> {
  const response = await fetch(`${baseUrl}/api/flags/export?format=json&${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { flags: ExportedFlag[] }).flags;
}

/** The demo article with the most flags, and its flags (the demo glossary fits the demo corpus, so there are some). */
async function mostFlaggedArticle(): Promise<{ slug: string; flags: ExportedFlag[] }> {
  const all = await exported("lng=en");
  const bySlug = demoArticles.map(({ slug }) => ({ slug, flags: all.filter((flag) => flag.slug === slug) }));
  const most = bySlug.sort((a, b) => b.flags.length - a.flags.length)[0];
  if (!most || most.flags.length === 0) throw new Error("the demo corpus has no flags");
  return most;
}

/** Moves the focus with ← from a row to its flag marker, as a keyboard user would. */
async function focusFlagMarker(page: Page, anchor: number): Promise<void> {
  await page.waitForSelector("html[data-interactions=ready]");
  await page.locator(`#p-${anchor}`).focus();
  for (let press = 0; press < 80; press++) {
    if (await page.evaluate(() => document.activeElement?.classList.contains("flag-marker") ?? false)) return;
    await page.keyboard.press("ArrowLeft");
  }
  throw new Error(`← never reached the flag marker of row ${anchor}`);
}

describe("flags in the article view", () => {
  const browser = useBrowser();

  it("shows a panel of counts per kind and status beside the legend, with a link to the article's report", async () => {
    const { slug, flags } = await mostFlaggedArticle();
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/${slug}`);
    const panel = page.locator(".flags-panel");
    expect(await panel.locator(".flags-panel-total").innerText()).toBe(String(flags.length));
    for (const kind of new Set(flags.map((flag) => flag.kind))) {
      const open = flags.filter((flag) => flag.kind === kind && flag.review.status === "open").length;
      expect(await panel.locator(`tr[data-kind="${kind}"] td[data-status="open"]`).innerText(), kind).toBe(String(open));
    }
    expect(await panel.locator("a").getAttribute("href")).toBe(`/en/articles/${slug}/flags`);
    // One marker per flagged row, counting that row's flags; no marker on the others.
    const markers = await page.locator(".aligned-row").evaluateAll((rows) =>
      rows.flatMap((row) => {
        const marker = row.querySelector(".flag-marker");
        return marker ? [[Number(row.getAttribute("data-anchor")), Number(marker.getAttribute("data-flags"))]] : [];
      }),
    );
    const expected = new Map<number, number>();
    for (const flag of flags) expected.set(flag.anchor, (expected.get(flag.anchor) ?? 0) + 1);
    expect(new Map(markers as [number, number][])).toEqual(expected);
    await page.close();
  });

  it("shows a flagged row's explanations when its marker gets the keyboard focus, without adding a Tab stop", async () => {
    const { slug, flags } = await mostFlaggedArticle();
    const anchor = flags[0]?.anchor ?? 0;
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/${slug}`);
    expect(await page.locator(`#p-${anchor} .flag-marker`).getAttribute("tabindex")).toBe("-1");
    await focusFlagMarker(page, anchor);
    const card = page.locator("#reading-card");
    await card.waitFor({ state: "visible" });
    const lines = (await card.innerText()).split("\n");
    const rowFlags = flags.filter((flag) => flag.anchor === anchor);
    expect(lines).toHaveLength(rowFlags.length);
    for (const flag of rowFlags) expect(lines.some((line) => line.endsWith(flag.explanation)), flag.explanation).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-describedby"))).toBe("reading-card");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-anchor"))).not.toBe(String(anchor));
    await page.close();
  });
});

describe("the flags reports", () => {
  const browser = useBrowser();

  it("filters the corpus report by kind, language and status with a plain form (no JavaScript), and each flag links to its row", async () => {
    const all = await exported("lng=en");
    const kind = all[0]?.kind ?? "";
    const language = all[0]?.language ?? "";
    const context = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/en/flags`);
      expect(await page.locator(".flag-item").count()).toBe(all.length);
      await page.selectOption('select[name="kind"]', kind);
      await page.selectOption('select[name="language"]', language);
      await page.selectOption('select[name="status"]', "open");
      await Promise.all([page.waitForURL(/\?/), page.click('.flag-filters button[type="submit"]')]);
      expect(new URL(page.url()).searchParams.toString()).toBe(`kind=${kind}&language=${language}&status=open`);
      const shown = await page.locator(".flag-item").evaluateAll((items) =>
        items.map((item) => [item.getAttribute("data-kind"), item.getAttribute("data-language"), item.getAttribute("data-status")]),
      );
      const expected = all.filter((flag) => flag.kind === kind && flag.language === language && flag.review.status === "open");
      expect(shown).toEqual(expected.map(() => [kind, language, "open"]));
      const link = await page.locator(".flag-item .flag-row-link").first().getAttribute("href");
      expect(link).toBe(expected[0]?.link);
      await page.goto(`${baseUrl}${link}`);
      expect(await page.locator(`#p-${expected[0]?.anchor}`).count()).toBe(1);

      await page.goto(`${baseUrl}/en/flags?status=dismissed&kind=not-a-kind`);
      expect(await page.locator(".flag-report-notice").innerText()).toContain("kind");
      await page.close();
    } finally {
      await context.close();
    }
  });

  it("exports the same filtered flags as CSV, with a header, and refuses a filter value that is not a choice", async () => {
    const { slug, flags } = await mostFlaggedArticle();
    const kind = flags[0]?.kind ?? "";
    const csv = await fetch(`${baseUrl}/api/flags/export?format=csv&article=${slug}&kind=${kind}`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await csv.text()).split("\r\n").filter((line) => line !== "");
    expect(lines[0]).toBe("article,revision,row,kind,language,term,expected,found,explanation,status,note,reviewed_by,reviewed_at,link");
    expect(lines.slice(1).every((line) => line.startsWith(`${slug},`) && line.includes(`,${kind},`))).toBe(true);
    expect(lines).toHaveLength(1 + flags.filter((flag) => flag.kind === kind).length);
    const refused = await fetch(`${baseUrl}/api/flags/export?format=csv&status=closed`);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: 'not a choice of status: "closed"' });
    expect((await fetch(`${baseUrl}/api/flags/export?article=no-such-article`)).status).toBe(404);
  });

  it("shows the article report: its flags only, with the explanation in the reader's language", async () => {
    const { slug, flags } = await mostFlaggedArticle();
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/zh-Hant/articles/${slug}/flags`);
    expect(await page.locator(".flag-item").count()).toBe(flags.length);
    const traditional = await exported(`article=${slug}&lng=zh-Hant`);
    const explanations = await page.locator(".flag-item-explanation").allInnerTexts();
    expect(explanations.sort()).toEqual(traditional.map((flag) => flag.explanation).sort());
    expect(await page.locator(".term-consistency").count()).toBe(0);
    await page.close();
  });
});

describe("screenshots of the flags views", () => {
  for (const locale of ["en", "zh-Hans", "zh-Hant"] as const) {
    for (const [label, width] of [["desktop", 1400], ["phone", 390]] as const) {
      it(`of the corpus report and a flagged row in ${locale} (${label})`, async () => {
        const { slug, flags } = await mostFlaggedArticle();
        const context = await openBrowser({ locale, width, height: 900 });
        try {
          const page = await context.newPage();
          await page.goto(`${baseUrl}/${locale}/flags`);
          expect(await page.locator("html").getAttribute("lang")).toBe(locale);
          await page.screenshot({ path: screenshotPath(`flags-report-${locale}-${label}`), fullPage: true });
          await page.goto(`${baseUrl}/${locale}/articles/${slug}`);
          await focusFlagMarker(page, flags[0]?.anchor ?? 0);
          await page.locator("#reading-card").waitFor({ state: "visible" });
          await page.screenshot({ path: screenshotPath(`flagged-row-${locale}-${label}`) });
          // Nothing sticks out sideways on a phone.
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        } finally {
          await context.close();
        }
      });
    }
  }
});

/** A browser context signed in as `name` (the session cookie of a sign-in over HTTP). */
async function signedInBrowser(name: string) {
  const { cookie } = await signInOverHttp(baseUrl, name);
  const separator = cookie.indexOf("=");
  const context = await openBrowser();
  await context.addCookies([{ name: cookie.slice(0, separator), value: cookie.slice(separator + 1), url: baseUrl }]);
  return context;
}

async function reviewOverHttp(id: number, body: Record<string, unknown>, editor: string): Promise<Response> {
  const { cookie, csrfToken } = await signInOverHttp(baseUrl, editor);
  return fetch(`${baseUrl}/api/flags/${id}/review`, {
    method: "POST",
    headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("a glossary change", () => {
  const browser = useBrowser();

  it("is in the article's flags on the page's next load, and leaves with the term", async () => {
    const slug = "remote-cranes-private-5g-port";
    const editor = await signInOverHttp(baseUrl, "Glossary Keeper");
    const headers = { "content-type": "application/json", cookie: editor.cookie, "x-csrf-token": editor.csrfToken };
    const page = await browser().newPage();
    const missingOpen = async () => {
      await page.goto(`${baseUrl}/en/articles/${slug}`);
      const cell = page.locator('.flags-panel tr[data-kind="glossary-missing"] td[data-status="open"]');
      return (await cell.count()) === 0 ? 0 : Number(await cell.innerText());
    };
    const before = await missingOpen();
    // "spectrum" is in the English of one row ("dedicated spectrum licensed by the …regulator"); neither these renderings nor
    // their first two characters are in either Chinese version (the checks count a longer word begun with them).
    const created = await fetch(`${baseUrl}/api/glossary/terms`, {
      method: "POST",
      headers,
      body: JSON.stringify({ english: "spectrum", hansPreferred: "电磁波谱", hantPreferred: "電磁波譜" }),
    });
    expect(created.status).toBe(201);
    const term = ((await created.json()) as { term: { id: number; version: number } }).term;
    try {
      expect(await missingOpen()).toBe(before + 2);
      const cards = await page.locator(".flag-marker").evaluateAll((markers) => markers.map((marker) => marker.getAttribute("data-card") ?? ""));
      expect(cards.filter((card) => card.includes("spectrum"))).toHaveLength(1);
    } finally {
      const deleted = await fetch(`${baseUrl}/api/glossary/terms/${term.id}?version=${term.version}`, { method: "DELETE", headers });
      expect(deleted.status).toBe(200);
    }
    expect(await missingOpen()).toBe(before);
    await page.close();
  });
});

// Last in this file: it changes the flags' reviews, which the tests above read as open.
describe("reviewing flags", () => {
  const browser = useBrowser();

  it("lets a signed-in editor dismiss a flag with a note from the report, and the article shows it on its next load", async () => {
    const { slug, flags } = await mostFlaggedArticle();
    const target = flags.find((flag) => flag.review.status === "open");
    if (!target) throw new Error("no open flag to dismiss");
    const context = await signedInBrowser("Mei Reviewer");
    try {
      const page = await context.newPage();
      // The article page is in the page memory before the review...
      await page.goto(`${baseUrl}/en/articles/${slug}`);
      const dismissedBefore = Number(await page.locator(`.flags-panel tr[data-kind="${target.kind}"] td[data-status="dismissed"]`).innerText());
      await page.goto(`${baseUrl}/en/articles/${slug}/flags`);
      const item = page.locator(`.flag-item[data-flag="${target.id}"]`);
      await item.locator("textarea").fill("A regional synonym, fine in this edition.");
      await item.locator('button[data-action="dismissed"]').click();
      await page.waitForFunction((id) => document.querySelector(`.flag-item[data-flag="${id}"]`)?.getAttribute("data-status") === "dismissed", target.id);
      expect(await item.locator(".flag-status").innerText()).toBe("Dismissed");
      expect(await item.locator(".flag-review").innerText()).toMatch(/^Mei Reviewer, \d{4}-\d\d-\d\d \d\d:\d\d UTC\s*A regional synonym, fine in this edition\.$/);
      await page.screenshot({ path: screenshotPath("flag-dismissed-en") });

      // ...and shows the decision on its next load: the panel's count and the row's marker.
      await page.goto(`${baseUrl}/en/articles/${slug}`);
      expect(await page.locator(`.flags-panel tr[data-kind="${target.kind}"] td[data-status="dismissed"]`).innerText()).toBe(String(dismissedBefore + 1));
      expect(await page.locator(`#p-${target.anchor} .flag-marker`).getAttribute("data-card")).toContain("(Dismissed by Mei Reviewer)");
      // Readers see no review controls, and the report page does not offer them to a reader.
      const reader = await browser().newPage();
      await reader.goto(`${baseUrl}/en/articles/${slug}/flags`);
      expect(await reader.locator(".flag-review-form").count()).toBe(0);
      expect(await reader.locator(`.flag-item[data-flag="${target.id}"] .flag-review`).innerText()).toContain("Mei Reviewer");
      await reader.close();
    } finally {
      await context.close();
    }
  });

  it("tells the second of two editors that someone reviewed the flag first, and shows that decision", async () => {
    const { slug, flags } = await mostFlaggedArticle();
    const target = flags.find((flag) => flag.review.status === "open");
    if (!target) throw new Error("no open flag left");
    const context = await signedInBrowser("Ana Second");
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/zh-Hant/articles/${slug}/flags`);
      const item = page.locator(`.flag-item[data-flag="${target.id}"]`);
      await item.waitFor();
      // Another editor accepts it after this page was shown.
      const first = await reviewOverHttp(target.id, { status: "accepted", note: "Checked with the desk.", expectedVersion: 1 }, "Kai First");
      expect(first.status).toBe(200);
      await item.locator('button[data-action="dismissed"]').click();
      const message = item.locator('.flag-review-message[data-kind="conflict"]');
      await message.waitFor();
      expect(await message.innerText()).toContain("Kai First");
      expect(await message.innerText()).toContain("已確認");
      expect(await message.innerText()).toContain("Checked with the desk.");
      await page.screenshot({ path: screenshotPath("flag-review-conflict-zh-Hant") });
      const stale = await reviewOverHttp(target.id, { status: "dismissed", expectedVersion: 1 }, "Ana Second");
      expect(stale.status).toBe(409);
      expect(((await stale.json()) as { flag: ExportedFlag }).flag.review.status).toBe("accepted");
    } finally {
      await context.close();
    }
  });
});
