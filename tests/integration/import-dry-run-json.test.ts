import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { demoArticles, projectRoot, runCliProcess } from "./support/cli";

/**
 * `parallax import … --dry-run --json` as a script reads it: the real process, DESIGN.md's
 * rows per article (one JSON object per line), and no database touched (PGLITE_DIR points at a
 * folder that must never be created). The expected rows are the demo manifest's hand-written
 * alignment.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-dry-run-json-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const env = { ...process.env, DATABASE_URL: "", PGLITE_DIR: path.join(scratch, "pglite") };

interface ManifestArticle {
  slug: string;
  expectedRows: Record<"en" | "zh-Hans" | "zh-Hant", number[]>[];
}
const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, "demo", "manifest.json"), "utf8")) as { articles: ManifestArticle[] };

describe("parallax import --dry-run --json", () => {
  it("prints each article's rows as DESIGN.md's JSON, one line per article, and saves nothing", () => {
    const slugs = manifest.articles.map((article) => article.slug).sort();
    const result = runCliProcess(["import", ...slugs.map((slug) => path.join(demoArticles, slug)), "--dry-run", "--json"], env);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line) as { slug: string; rows: Record<string, unknown>[] });
    expect(lines.map((line) => line.slug)).toEqual(slugs);
    for (const line of lines) {
      const expected = manifest.articles.find((article) => article.slug === line.slug)!.expectedRows;
      expect(line.rows.map(({ en, "zh-Hans": hans, "zh-Hant": hant }) => ({ en, "zh-Hans": hans, "zh-Hant": hant }))).toEqual(expected);
      for (const row of line.rows) {
        expect(Object.keys(row)).toEqual(["en", "zh-Hans", "zh-Hant", "confidence", "doubtful"]);
        expect(row.confidence).toBeGreaterThanOrEqual(0);
        expect(row.confidence).toBeLessThanOrEqual(1);
        expect(row.doubtful).toBe((row.confidence as number) < 0.6);
      }
    }
    expect(fs.existsSync(env.PGLITE_DIR)).toBe(false);
  });

  it("refuses --json without --dry-run in one line, before reading anything", () => {
    const result = runCliProcess(["import", path.join(demoArticles, "open-data-city-budgets"), "--json"], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("parallax import: --json goes with --dry-run: an import that saves prints its progress");
    expect(result.stdout).toBe("");
  });
});
