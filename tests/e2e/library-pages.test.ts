import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeGeneratedLibrary } from "../../bench/page/library-articles";
import { applyPendingMigrations } from "@/db/migrations";
import { makePostgresDatabase, postgresServerUrl, type TestDatabase } from "../integration/support/databases";
import { openBrowser, screenshotPath } from "./support/chromium";
import { getFresh } from "./support/http";
import { startOwnServer, type OwnServer } from "./support/next-server";

const projectRoot = path.resolve(import.meta.dirname, "..", "..");
/** 45 articles: pages of 20, 20 and 5. */
const ARTICLES = 45;
/** How long the app remembers the library's stamp (server/library-stamp REMEMBER_MS). */
const STAMP_MEMORY_MS = 5_000;

/**
 * The library in pages, on a PostgreSQL server (the set-up where an import may run while the
 * app serves: with the embedded store an import waits for the app to stop). Its own
 * `next start` on the build the global set-up made. Skipped, and reported so, without
 * PARALLAX_TEST_POSTGRES_URL.
 */
describe.skipIf(postgresServerUrl === undefined)("the library in pages, on PostgreSQL", () => {
  let database: TestDatabase | undefined;
  let server: OwnServer | undefined;
  let baseUrl = "";

  beforeAll(async () => {
    database = await makePostgresDatabase(postgresServerUrl ?? "");
    await applyPendingMigrations(database.target);
    await writeGeneratedLibrary(database.env, ARTICLES);
    server = await startOwnServer(database.env, "/en");
    baseUrl = server.baseUrl;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("shows 20 articles a page with a localised page navigation, and the rest on later pages", async () => {
    const browser = await openBrowser();
    try {
      const page = await browser.newPage();
      const expectations = [
        { locale: "en", label: "Library pages", range: "Articles 1–20 of 45", next: "Next page" },
        { locale: "zh-Hans", label: "文库分页", range: "第 1–20 篇，共 45 篇", next: "下一页" },
        { locale: "zh-Hant", label: "文庫分頁", range: "第 1–20 篇，共 45 篇", next: "下一頁" },
      ];
      for (const { locale, label, range, next } of expectations) {
        await page.goto(`${baseUrl}/${locale}`);
        expect(await page.locator(".library-item").count()).toBe(20);
        expect(await page.locator(".library-range").innerText()).toBe(range);
        const nav = page.locator(`nav[aria-label="${label}"]`);
        expect(await nav.locator("a").allInnerTexts()).toEqual(["1", "2", "3", next]);
        expect(await nav.locator('a[aria-current="page"]').innerText()).toBe("1");
        await page.screenshot({ path: screenshotPath(`library-pages-${locale}`), fullPage: true });
      }
      await page.goto(`${baseUrl}/en`);
      await page.locator('nav[aria-label="Library pages"] a[rel="next"]').click();
      await page.waitForURL(`${baseUrl}/en?page=2`);
      expect(await page.locator(".library-range").innerText()).toBe("Articles 21–40 of 45");
      await page.goto(`${baseUrl}/en?page=3`);
      expect(await page.locator(".library-item").count()).toBe(5);
      expect(await page.locator('nav.pagination a[aria-current="page"]').innerText()).toBe("3");
      expect(await page.title()).toContain("Library, page 3");

      const phone = await browser.newPage();
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${baseUrl}/zh-Hant?page=2`);
      const bar = await phone.locator("nav.pagination").boundingBox();
      expect(bar?.width ?? Infinity).toBeLessThanOrEqual(390);
      await phone.screenshot({ path: screenshotPath("library-pages-zh-Hant-phone"), fullPage: true });
    } finally {
      await browser.close();
    }
  });

  it("every page appears once in the whole library, in order, newest first", async () => {
    const slugs: string[] = [];
    for (const page of [1, 2, 3]) {
      const { body } = await getFresh(`${baseUrl}/en?page=${page}`);
      slugs.push(...Array.from(body.matchAll(/href="\/en\/articles\/(library-bench-\d+)"/g), (match) => match[1] ?? ""));
    }
    expect(new Set(slugs).size).toBe(ARTICLES);
  });

  it("answers a page number that is not one, or past the end, with 404", async () => {
    for (const query of ["?page=0", "?page=abc", "?page=2.5", "?page=4"]) {
      expect((await getFresh(`${baseUrl}/en${query}`)).status, query).toBe(404);
    }
  });

  it("serves a page from memory, and shows a new import within the stamp's memory time", async () => {
    await getFresh(`${baseUrl}/en`);
    const cached = await fetch(`${baseUrl}/en`);
    await cached.arrayBuffer();
    expect(cached.headers.get("x-parallax-page")).toBe("memory");

    const imported = spawnSync(
      process.execPath,
      ["bin/parallax.mjs", "import", path.join(projectRoot, "demo", "articles", "open-data-city-budgets")],
      { cwd: projectRoot, env: database?.env, encoding: "utf8", timeout: 120_000 },
    );
    expect(imported.status, imported.stderr).toBe(0);
    const committed = Date.now();
    let shownAfter = Infinity;
    while (Date.now() - committed < STAMP_MEMORY_MS + 10_000) {
      const { body } = await getFresh(`${baseUrl}/en`);
      if (body.includes('href="/en/articles/open-data-city-budgets"')) {
        shownAfter = Date.now() - committed;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.log(`the new article showed on the library ${shownAfter} ms after its import was committed`);
    expect(shownAfter).toBeLessThanOrEqual(STAMP_MEMORY_MS + 2_000);
  });
});
