import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTraditionalToSimplifiedFolder } from "@/core/chinese/fold";
import { prepareRevision } from "@/core/pipeline/prepare-revision";
import { openDatabase } from "@/db/client";
import { applyPendingMigrations } from "@/db/migrations";
import { saveRevision } from "@/db/revisions";
import { demoArticles, runCli } from "./support/cli";
import { makePgliteDatabase, type TestDatabase } from "./support/databases";

/**
 * Bad input gets a clear error and loses nothing: each case is refused with exit code 1 and a
 * message naming the file and the reason, and the database is exactly as it was.
 */
describe("bad input to parallax import", () => {
  let database: TestDatabase;
  let scratch: string;

  beforeAll(async () => {
    database = makePgliteDatabase();
    await applyPendingMigrations(database.target);
    const seeded = await runCli(["import", path.join(demoArticles, "hospital-ai-triage-pilot")], database.env);
    expect(seeded.code).toBe(0);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-bad-"));
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function databaseDump(): Promise<string> {
    const db = openDatabase(database.target);
    try {
      const [articles, revisions, versions, rows, paragraphs] = await Promise.all([
        db.prisma.article.findMany({ orderBy: { id: "asc" } }),
        db.prisma.revision.findMany({ orderBy: { id: "asc" } }),
        db.prisma.version.findMany({ orderBy: { id: "asc" } }),
        db.prisma.row.findMany({ orderBy: { id: "asc" } }),
        db.prisma.paragraph.findMany({ orderBy: { id: "asc" } }),
      ]);
      return JSON.stringify({ articles, revisions, versions, rows, paragraphs });
    } finally {
      await db.close();
    }
  }

  /** An article folder with a good English file plus the given files. */
  function folderWith(name: string, files: Record<string, string | Uint8Array>): string {
    const folder = path.join(scratch, name);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "en.md"), "# A good English file\n\nIt has one paragraph.\n");
    for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, file), content);
    return folder;
  }

  async function expectRefused(args: string[], file: string, reason: RegExp) {
    const before = await databaseDump();
    const result = await runCli(["import", ...args], database.env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toMatch(reason);
    expect(await databaseDump()).toBe(before);
  }

  it("refuses a binary file", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 300 }, (_, i) => (i * 37) % 256)]);
    const folder = folderWith("binary", { "zh-Hans.txt": png });
    await expectRefused([folder], path.join(folder, "zh-Hans.txt"), /binary/i);
  });

  it("refuses an empty file", async () => {
    const folder = folderWith("empty", { "zh-Hant.md": "" });
    await expectRefused([folder], path.join(folder, "zh-Hant.md"), /empty/i);
  });

  it("refuses an HTML page with no article body", async () => {
    const page = `<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><footer>© 2026</footer></body></html>`;
    const folder = folderWith("no-body", { "zh-Hans.html": page });
    await expectRefused([folder], path.join(folder, "zh-Hans.html"), /no article body/i);
  });

  it("refuses a file whose name is not a known language", async () => {
    const folder = folderWith("unknown-language", { "fr.txt": "Un paragraphe en français.\n" });
    await expectRefused([folder], path.join(folder, "fr.txt"), /unknown language/i);
  });

  it("refuses a file that is valid in no supported encoding", async () => {
    // Lone continuation bytes and truncated sequences: not UTF-8, UTF-16, GB18030 or Big5.
    const garbage = new Uint8Array([0x41, 0x80, 0xff, 0xfe, 0x81, 0x20, 0xc0, 0x0a, 0xff, 0xff, 0x80, 0x30, 0xa1]);
    const folder = folderWith("bad-encoding", { "zh-Hant.txt": garbage });
    await expectRefused([folder], path.join(folder, "zh-Hant.txt"), /not valid|encoding/i);
  });

  it("refuses a folder with no language files", async () => {
    const folder = path.join(scratch, "no-language-files");
    fs.mkdirSync(folder, { recursive: true });
    await expectRefused([folder], folder, /no language files/i);
  });

  it("refuses a path that does not exist", async () => {
    const missing = path.join(scratch, "does-not-exist");
    await expectRefused([missing], missing, /does not exist|no such/i);
  });

  it("rolls back a revision that fails halfway through being written", async () => {
    const before = await databaseDump();
    const prepared = prepareRevision(
      [
        {
          language: "en",
          source: "en.md",
          encoding: "UTF-8",
          document: { title: "Half", byline: null, publishedAt: null, paragraphs: ["Stored first.", "PostgreSQL refuses \u0000 in text."] },
        },
      ],
      createTraditionalToSimplifiedFolder(),
    );
    const db = openDatabase(database.target);
    try {
      await expect(saveRevision(db.prisma, "half-written", prepared)).rejects.toThrow();
    } finally {
      await db.close();
    }
    expect(await databaseDump()).toBe(before);
  });
});
