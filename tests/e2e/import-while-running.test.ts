import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { demoArticles } from "./support/demo-manifest";
import { getFresh } from "./support/http";

const baseUrl = inject("baseUrl");
const pgliteDir = inject("pgliteDir");
const projectRoot = path.resolve(import.meta.dirname, "..", "..");

/** The text of every aligned row of every demo article, as the running app serves it. */
async function servedContent(): Promise<string[]> {
  return Promise.all(
    demoArticles.map(async ({ slug }) => {
      const { status, body } = await getFresh(`${baseUrl}/en/articles/${slug}`);
      expect(status).toBe(200);
      return body.slice(body.indexOf('class="aligned"'));
    }),
  );
}

describe("parallax import while the app runs on the embedded database", () => {
  it("is refused with a clear message, and the running app loses and corrupts nothing", async () => {
    const before = await servedContent();
    const result = spawnSync(
      process.execPath,
      [path.join(projectRoot, "bin", "parallax.mjs"), "import", path.join(projectRoot, "demo", "articles")],
      { cwd: projectRoot, env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: pgliteDir }, encoding: "utf8", timeout: 120_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("in use by another Parallax process");
    expect(result.stderr).toContain("Nothing was changed");
    expect(await servedContent()).toEqual(before);
  });
});
