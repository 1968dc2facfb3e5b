import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshotPath, useBrowser } from "./support/chromium";

const baseUrl = inject("baseUrl");
const slug = "open-data-city-budgets";

/** What every response must carry (next.config.js). */
function expectSecurityHeaders(headers: Headers, what: string): void {
  const policy = headers.get("content-security-policy") ?? "";
  expect(policy, `${what}: Content-Security-Policy`).toContain("frame-ancestors 'none'");
  expect(policy, `${what}: Content-Security-Policy`).toContain("script-src 'self'");
  expect(policy, `${what}: Content-Security-Policy`).toContain("object-src 'none'");
  expect(headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(headers.get("referrer-policy"), what).toBe("strict-origin-when-cross-origin");
  expect(headers.get("x-frame-options"), what).toBe("DENY");
}

describe("security headers", () => {
  it("come with the library, an article rendered and then served from memory, a 404 and a redirect", async () => {
    const library = await fetch(`${baseUrl}/zh-Hans`);
    expectSecurityHeaders(library.headers, "library");

    // The proxy renders a revision's page once and then sends its bytes from memory.
    const seen = new Set<string>();
    for (let attempt = 0; attempt < 3; attempt++) {
      const article = await fetch(`${baseUrl}/en/articles/${slug}`);
      expect(article.status).toBe(200);
      seen.add(article.headers.get("x-parallax-page") ?? "next");
      expectSecurityHeaders(article.headers, `article (${article.headers.get("x-parallax-page")})`);
    }
    expect(seen.has("memory")).toBe(true);

    const missing = await fetch(`${baseUrl}/en/articles/no-such-article`);
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing.headers, "404");

    const redirect = await fetch(`${baseUrl}/`, { redirect: "manual" });
    expect(redirect.status).toBe(307);
    expectSecurityHeaders(redirect.headers, "redirect");
  });

  it("come with the page's scripts and stylesheets too (nosniff)", async () => {
    const html = await (await fetch(`${baseUrl}/en`)).text();
    const assets = [...html.matchAll(/\/_next\/static\/[^"]+\.(?:js|css)/g)].map((match) => match[0]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets.slice(0, 3)) {
      const response = await fetch(`${baseUrl}${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-content-type-options"), asset).toBe("nosniff");
    }
  });
});

/** Collects the policy violations the browser reports: its console messages and the page's events. */
async function watchViolations(page: Page): Promise<() => Promise<{ console: string[]; events: string[] }>> {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => ({ console, events: await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) });
}

describe("the Content-Security-Policy in the browser", () => {
  const browser = useBrowser();

  it("lets the library and the article page run: no violation, the mode picker and the cards work", async () => {
    const page = await browser().newPage();
    const violations = await watchViolations(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto(`${baseUrl}/en`);
    await page.locator(`a[href="/en/articles/${slug}"]`).click();
    await page.waitForURL(`**/en/articles/${slug}`);
    await page.reload(); // the second visit is the proxy's copy from memory
    await page.locator(".view-picker select").selectOption("zh-Hans,zh-Hant");
    await page.waitForURL((url) => url.searchParams.get("view") === "zh-Hans,zh-Hant");
    await page.locator('.aligned [data-lang="zh-Hans"] mark.diff-regional-variant').first().hover();
    await page.locator("#reading-card").waitFor({ state: "visible" });
    await page.screenshot({ path: screenshotPath("csp-article-card") });

    expect(await violations()).toEqual({ console: [], events: [] });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is in force: a script from another origin is refused", async () => {
    const page = await browser().newPage();
    const violations = await watchViolations(page);
    await page.goto(`${baseUrl}/en/articles/${slug}`);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.src = "http://127.0.0.2:9/injected.js";
      document.head.append(script);
    });
    await expect.poll(async () => (await violations()).events).toEqual([expect.stringMatching(/^script-src(-elem)? http:\/\/127\.0\.0\.2:9\/injected\.js$/)]);
    expect((await violations()).console).toHaveLength(1);
    await page.close();
  });
});
