import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTraditionalToSimplifiedFolder } from "@/core/chinese";
import { IMPORT_LIMITS } from "@/core/import-limits";
import { prepareRevision } from "@/core/pipeline";
import { openDatabase } from "@/db/client";
import { acquirePgliteLock } from "@/db/pglite-lock";
import { applyPendingMigrations } from "@/db/migrations";
import { saveRevision } from "@/db/revisions";
import { demoArticles, projectRoot, runCli } from "./support/cli";
import { makePgliteDatabase, type TestDatabase } from "./support/databases";

/** The committed corpus (tests/fixtures/bad-input/make-fixtures.ts writes it). */
const corpus = path.join(projectRoot, "tests", "fixtures", "bad-input");
const fixture = (name: string): string => path.join(corpus, "articles", name);
const glossaryFixture = (name: string): string => path.join(corpus, "glossaries", name);

/**
 * Bad input gets a clear error and loses nothing: each case is refused with exit code 1, one
 * line naming the file (or argument) and the reason, no stack trace, and the database exactly
 * as it was — articles, revisions, rows, paragraphs and the glossary. Cases that cannot be
 * committed (links, FIFOs, sockets, devices) or would weigh megabytes are made at test time.
 */
describe("bad input to parallax import and parallax glossary", () => {
  let database: TestDatabase;
  let scratch: string;
  const GOOD_ENGLISH = "# A good English file\n\nIt has one paragraph, long enough to be an article body.\n";

  beforeAll(async () => {
    database = makePgliteDatabase();
    await applyPendingMigrations(database.target);
    const seeded = await runCli(["import", path.join(demoArticles, "hospital-ai-triage-pilot")], database.env);
    expect(seeded.code, seeded.stderr).toBe(0);
    const glossary = await runCli(["glossary", path.join(projectRoot, "demo", "glossary.csv")], database.env);
    expect(glossary.code, glossary.stderr).toBe(0);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-bad-"));
    initialDump = await databaseDump();
    initialFiles = dataFolderFingerprint();
  }, 300_000);
  afterAll(async () => {
    await database?.drop();
    if (scratch !== undefined) fs.rmSync(scratch, { recursive: true, force: true });
  });

  /** The stored data before the first case, which every refusal must leave as it was. */
  let initialDump = "";
  /** A digest of every byte of the embedded database's folder right after `initialDump`. */
  let initialFiles = "";

  /** Digest of the PGlite folder's files (names and bytes): equal digests mean nothing was written. */
  function dataFolderFingerprint(): string {
    if (database.target.kind !== "pglite") throw new Error("these cases run on the embedded database");
    const hash = createHash("sha256");
    const folders = [database.target.dataDir];
    for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) folders.push(full);
        else hash.update(full).update(fs.readFileSync(full));
      }
    }
    return hash.digest("hex");
  }

  /**
   * The database is as it was: byte for byte when the command never opened it (most
   * refusals come before that), else row for row in every table.
   */
  async function expectDatabaseUnchanged(): Promise<void> {
    if (dataFolderFingerprint() === initialFiles) return;
    expect(await databaseDump()).toBe(initialDump);
  }

  async function databaseDump(): Promise<string> {
    const db = openDatabase(database.target);
    try {
      const [articles, revisions, versions, rows, paragraphs, terms] = await Promise.all([
        db.prisma.article.findMany({ orderBy: { id: "asc" } }),
        db.prisma.revision.findMany({ orderBy: { id: "asc" } }),
        db.prisma.version.findMany({ orderBy: { id: "asc" } }),
        db.prisma.row.findMany({ orderBy: { id: "asc" } }),
        db.prisma.paragraph.findMany({ orderBy: { id: "asc" } }),
        db.prisma.term.findMany({ orderBy: { id: "asc" } }),
      ]);
      expect(terms.length).toBeGreaterThan(0);
      return JSON.stringify({ articles, revisions, versions, rows, paragraphs, terms });
    } finally {
      await db.close();
    }
  }

  /** A scratch article folder with a good English file plus `files`. */
  function folderWith(name: string, files: Record<string, string | Uint8Array> = {}): string {
    const folder = path.join(scratch, name);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "en.md"), GOOD_ENGLISH);
    for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, file), content);
    return folder;
  }

  /**
   * Runs `parallax <args>` and checks the refusal: exit code 1, a line naming `where` and
   * matching `reason`, no stack trace, the database unchanged.
   */
  async function expectRefused(args: string[], where: string, reason: RegExp): Promise<void> {
    const result = await runCli(args, database.env);
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n");
    expect(lines.some((line) => line.includes(where) && reason.test(line)), result.stderr).toBe(true);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain("[object Object]");
    expect(result.stdout).not.toMatch(/revision \d+ created/);
    await expectDatabaseUnchanged();
  }

  const refusesImport = (args: string[], where: string, reason: RegExp) => expectRefused(["import", ...args], where, reason);

  describe("files that are not text", () => {
    it("refuses a binary file (a PNG)", async () => {
      await refusesImport([fixture("binary")], path.join(fixture("binary"), "zh-Hans.txt"), /binary/i);
    });
    it("refuses an empty file", async () => {
      await refusesImport([fixture("empty")], path.join(fixture("empty"), "zh-Hant.md"), /the file is empty/);
    });
    it("refuses a file of whitespace only", async () => {
      await refusesImport([fixture("whitespace-only")], path.join(fixture("whitespace-only"), "zh-Hans.txt"), /the file is empty/);
    });
    it("refuses bytes valid in no supported encoding", async () => {
      await refusesImport([fixture("bad-encoding")], path.join(fixture("bad-encoding"), "zh-Hant.txt"), /not valid UTF-8, UTF-16, GB18030 or Big5/);
    });
    it("refuses Latin-1 text rather than storing Chinese mojibake", async () => {
      await refusesImport([fixture("latin1")], path.join(fixture("latin1"), "zh-Hans.txt"), /not valid UTF-8, UTF-16, GB18030 or Big5/);
    });
    it("refuses a file full of control characters", async () => {
      await refusesImport([fixture("control-characters")], path.join(fixture("control-characters"), "zh-Hans.txt"), /binary/);
    });
    it("refuses an even-length file with a NUL byte (it was stored as UTF-16BE garbage)", async () => {
      await refusesImport([fixture("nul-byte-even-length")], path.join(fixture("nul-byte-even-length"), "zh-Hans.txt"), /NUL byte and has no UTF-16 byte-order mark/);
    });
    it("refuses an odd-length file with a NUL byte", async () => {
      await refusesImport([fixture("nul-byte-odd-length")], path.join(fixture("nul-byte-odd-length"), "zh-Hans.txt"), /NUL byte/);
    });
    it("refuses UTF-16 without a byte-order mark", async () => {
      await refusesImport([fixture("utf16-without-bom")], path.join(fixture("utf16-without-bom"), "zh-Hant.txt"), /NUL byte and has no UTF-16 byte-order mark/);
    });
    it("refuses a UTF-16 file whose mark is followed by a lone surrogate", async () => {
      await refusesImport([fixture("utf16-bom-invalid")], path.join(fixture("utf16-bom-invalid"), "zh-Hant.txt"), /not valid UTF-8, UTF-16/);
    });
    it("refuses a file over the size limit without reading it", async () => {
      const folder = folderWith("too-big");
      const file = path.join(folder, "zh-Hans.txt");
      fs.writeFileSync(file, "");
      fs.truncateSync(file, IMPORT_LIMITS.maxFileBytes + 1);
      await refusesImport([folder], file, /the limit is 32 MB per language file \(README, "Limits"\)/);
    });
  });

  describe("text with no article in it", () => {
    it("refuses an HTML page with no article body", async () => {
      await refusesImport([fixture("no-article-body")], path.join(fixture("no-article-body"), "zh-Hans.html"), /no article body/);
    });
    it("refuses a Markdown file with a title and no paragraphs", async () => {
      await refusesImport([fixture("markdown-title-only")], path.join(fixture("markdown-title-only"), "zh-Hans.md"), /no paragraphs/);
    });
  });

  describe("names and folders", () => {
    it("refuses a file whose name is an unknown language", async () => {
      await refusesImport([fixture("unknown-language")], path.join(fixture("unknown-language"), "fr.txt"), /unknown language file name/);
    });
    it("refuses a language file in a format it does not read", async () => {
      await refusesImport([fixture("unsupported-type")], path.join(fixture("unsupported-type"), "zh-Hans.docx"), /unsupported file type/);
    });
    it("refuses two files for one language", async () => {
      await refusesImport([fixture("two-files-one-language")], fixture("two-files-one-language"), /two files for en/);
    });
    it("refuses zh-CN beside zh-Hans (two files for zh-Hans)", async () => {
      await refusesImport([fixture("alias-and-tag-for-one-language")], fixture("alias-and-tag-for-one-language"), /two files for zh-Hans/);
    });
    it("refuses a folder with no language files (a README and an image only)", async () => {
      await refusesImport([fixture("no-language-files")], fixture("no-language-files"), /no language files/);
    });
    it("refuses a path that does not exist", async () => {
      const missing = path.join(scratch, "does-not-exist");
      await refusesImport([missing], missing, /no such file or folder/);
    });
    it("refuses an unknown language in lang=path", async () => {
      const folder = folderWith("lang-assignment");
      await refusesImport([`fr=${path.join(folder, "en.md")}`], "fr=", /unknown language "fr"/);
    });
    it("refuses a folder given as lang=path", async () => {
      const folder = folderWith("folder-as-file");
      await refusesImport([`zh-Hans=${folder}`], folder, /is a folder; expected a language file/);
    });
    it("refuses folders and files in one call", async () => {
      const folder = folderWith("mixed");
      await refusesImport([folder, path.join(fixture("empty"), "en.md")], path.join(fixture("empty"), "en.md"), /not both/);
    });
    it("refuses a parent folder with a subfolder that is not an article", async () => {
      const parent = path.join(scratch, "library-with-stray");
      fs.mkdirSync(path.join(parent, "stray"), { recursive: true });
      fs.writeFileSync(path.join(parent, "stray", "notes.txt"), "notes\n");
      fs.cpSync(fixture("empty"), path.join(parent, "good"), { recursive: true });
      fs.rmSync(path.join(parent, "good", "zh-Hant.md"));
      await refusesImport([parent], path.join(parent, "stray"), /no language files/);
    });
    it("refuses a folder named in Chinese with no English title to take a slug from", async () => {
      const folder = path.join(scratch, "夜行列车");
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, "zh-Hans.md"), "# 夜行列车\n\n二十年前，欧洲大多数卧铺列车都在亏损，运营商一个接一个地将其停运。\n");
      await refusesImport([folder], folder, /cannot derive a URL slug/);
    });
    it("refuses an invalid --slug", async () => {
      await refusesImport([folderWith("bad-slug"), "--slug", "Not A Slug!"], "--slug", /not a valid slug/);
    });
    it("refuses --slug for several articles", async () => {
      const parent = path.join(scratch, "two-for-one-slug");
      for (const name of ["one", "two"]) fs.cpSync(fixture("markdown-title-only"), path.join(parent, name), { recursive: true });
      for (const name of ["one", "two"]) fs.rmSync(path.join(parent, name, "zh-Hans.md"));
      await refusesImport([parent, "--slug", "both"], "--slug", /names one article, but 2 were found/);
    });
    it("refuses two articles of one batch that would have the same slug", async () => {
      const a = path.join(scratch, "batch-a", "same-name");
      const b = path.join(scratch, "batch-b", "same-name");
      for (const folder of [a, b]) {
        fs.mkdirSync(folder, { recursive: true });
        fs.writeFileSync(path.join(folder, "en.md"), GOOD_ENGLISH);
      }
      await refusesImport([a, b], "same-name", /would both be called "same-name"/);
    });
  });

  describe("links and special files", () => {
    it("refuses a language file that is a symbolic link to /etc/passwd", async () => {
      const folder = folderWith("link-to-passwd");
      fs.symlinkSync("/etc/passwd", path.join(folder, "zh-Hans.txt"));
      await refusesImport([folder], path.join(folder, "zh-Hans.txt"), /symbolic link to \/etc\/passwd, outside the folder/);
    });
    it("refuses a link to another article's file", async () => {
      const other = folderWith("link-target-article", { "zh-Hant.md": "# 標題\n\n另一篇文章的段落。\n" });
      const folder = folderWith("link-to-sibling");
      fs.symlinkSync(path.join(other, "zh-Hant.md"), path.join(folder, "zh-Hant.md"));
      await refusesImport([folder], path.join(folder, "zh-Hant.md"), /outside the folder/);
    });
    it("refuses a language file named on its own that links out of its folder", async () => {
      const folder = folderWith("explicit-link");
      fs.symlinkSync("/etc/hostname", path.join(folder, "zh-Hans.txt"));
      await refusesImport([path.join(folder, "en.md"), path.join(folder, "zh-Hans.txt")], path.join(folder, "zh-Hans.txt"), /outside the folder/);
    });
    it("refuses a self-looping link with a sentence, not an ELOOP stack", async () => {
      const folder = folderWith("self-loop");
      fs.symlinkSync("zh-Hans.txt", path.join(folder, "zh-Hans.txt"));
      await refusesImport([folder], path.join(folder, "zh-Hans.txt"), /a symbolic link that loops/);
    });
    it("refuses a self-looping link named on the command line", async () => {
      const folder = folderWith("self-loop-explicit");
      fs.symlinkSync("zh-Hant.txt", path.join(folder, "zh-Hant.txt"));
      await refusesImport([path.join(folder, "zh-Hant.txt")], path.join(folder, "zh-Hant.txt"), /a symbolic link that loops/);
    });
    it("refuses a link to nothing", async () => {
      const folder = folderWith("dangling");
      fs.symlinkSync(path.join(folder, "gone.txt"), path.join(folder, "zh-Hans.txt"));
      await refusesImport([folder], path.join(folder, "zh-Hans.txt"), /a symbolic link to nothing/);
    });
    it("refuses a subfolder link that leaves a parent folder", async () => {
      const parent = path.join(scratch, "library-with-link");
      fs.mkdirSync(parent, { recursive: true });
      fs.symlinkSync(folderWith("outside-article"), path.join(parent, "linked"));
      await refusesImport([parent], path.join(parent, "linked"), /outside the folder/);
    });
    it("refuses a FIFO in an article folder without hanging", async () => {
      const folder = folderWith("fifo");
      execFileSync("mkfifo", [path.join(folder, "zh-Hant.txt")]);
      await refusesImport([folder], path.join(folder, "zh-Hant.txt"), /a FIFO \(named pipe\), not a regular file/);
    });
    it("refuses a FIFO given as lang=path without hanging", async () => {
      const fifo = path.join(scratch, "pipe.txt");
      execFileSync("mkfifo", [fifo]);
      await refusesImport([`zh-Hans=${fifo}`], fifo, /a FIFO \(named pipe\)/);
    });
    it("refuses a device given as lang=path", async () => {
      await refusesImport(["en=/dev/zero"], "/dev/zero", /a character device/);
    });
    it("refuses a socket named as a language file", async () => {
      const folder = folderWith("socket");
      const server = net.createServer();
      await new Promise<void>((resolve) => server.listen(path.join(folder, "zh-Hans.txt"), resolve));
      try {
        await refusesImport([folder], path.join(folder, "zh-Hans.txt"), /a socket, not a regular file/);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });

  describe("input that would crash or run without bound", () => {
    it("refuses HTML nested 20,000 deep with the documented limit, not a stack overflow", async () => {
      const html = `<html><body>${"<div>".repeat(20_000)}<p>${"Deep text. ".repeat(20)}</p>${"</div>".repeat(20_000)}</body></html>`;
      const folder = folderWith("deep-html", { "zh-Hans.html": html });
      await refusesImport([folder], path.join(folder, "zh-Hans.html"), /nest 20004 deep; the limit is 256 \(README, "Limits"\)/);
    });
    it("refuses a 200,000-line text (3.6 MB; it overflowed the stack) with the paragraph limit", async () => {
      const lines = Array.from({ length: 200_000 }, (_, i) => `第${i + 1}行，一段很长的纯文本文件。`).join("\n");
      const folder = folderWith("200k-lines", { "zh-Hans.txt": lines });
      await refusesImport([folder], path.join(folder, "zh-Hans.txt"), /200,000 paragraphs; the limit is 5,000 per language \(README, "Limits"\)/);
    });
    it("refuses a 50,000-paragraph article (its page failed with P2029) with the paragraph limit", async () => {
      const paragraphs = Array.from({ length: 50_000 }, (_, i) => `Paragraph ${i + 1} of a very long article.`).join("\n\n");
      const folder = path.join(scratch, "50k-paragraphs");
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, "en.md"), `# Too long\n\n${paragraphs}\n`);
      await refusesImport([folder], path.join(folder, "en.md"), /50,000 paragraphs; the limit is 5,000 per language/);
    });
  });

  describe("revisions of a stored article", () => {
    it("refuses a new revision that drops a language", async () => {
      const folder = path.join(scratch, "drops", "hospital-ai-triage-pilot");
      fs.mkdirSync(folder, { recursive: true });
      for (const file of ["en.md", "zh-Hans.md"]) fs.copyFileSync(path.join(demoArticles, "hospital-ai-triage-pilot", file), path.join(folder, file));
      await refusesImport([folder], folder, /"hospital-ai-triage-pilot" exists: this import lacks zh-Hant.*--allow-dropped-languages/);
    });
    it("refuses a different article imported under an existing --slug", async () => {
      const other = path.join(demoArticles, "open-data-city-budgets");
      await refusesImport([other, "--slug", "hospital-ai-triage-pilot"], other, /every title differs from the latest revision's/);
    });
    it("refuses a whole batch when one article in it is refused", async () => {
      const parent = path.join(scratch, "mixed-batch");
      fs.cpSync(path.join(demoArticles, "county-library-digital-archive"), path.join(parent, "county-library-digital-archive"), { recursive: true });
      fs.cpSync(fixture("nul-byte-even-length"), path.join(parent, "broken"), { recursive: true });
      await refusesImport([parent], path.join(parent, "broken", "zh-Hans.txt"), /NUL byte/);
    });
  });

  describe("the database", () => {
    it("refuses a second opener that reaches the locked folder through a symbolic link in PGLITE_DIR, in one line", async () => {
      if (database.target.kind !== "pglite") throw new Error("an embedded database case");
      const link = path.join(scratch, "linked-pglite");
      fs.symlinkSync(database.target.dataDir, link);
      const release = acquirePgliteLock(database.target.dataDir);
      try {
        const result = await runCli(["import", path.join(demoArticles, "hospital-ai-triage-pilot")], { ...database.env, PGLITE_DIR: link });
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/^parallax import: The embedded database .*linked-pglite is already open in this process/m);
        expect(result.stderr).not.toMatch(/^\s+at /m);
        expect(result.stderr).not.toContain("[object Object]");
      } finally {
        release();
      }
      await expectDatabaseUnchanged();
    });
  });

  describe("glossary files", () => {
    it("refuses a header-only file that would wipe the glossary", async () => {
      await expectRefused(["glossary", glossaryFixture("header-only.csv")], glossaryFixture("header-only.csv"), /would delete all \d+ terms.*--allow-empty/);
    });
    it("refuses duplicate terms with one line, not a Prisma dump", async () => {
      await expectRefused(["glossary", glossaryFixture("duplicate-terms.csv")], `${glossaryFixture("duplicate-terms.csv")}:3`, /duplicate term: zh-Hans 软件 \/ zh-Hant 軟體 is already on line 2/);
    });
    it("refuses a file with other columns", async () => {
      await expectRefused(["glossary", glossaryFixture("wrong-header.csv")], `${glossaryFixture("wrong-header.csv")}:1`, /expected the columns/);
    });
    it("refuses a term without its preferred Simplified rendering", async () => {
      await expectRefused(["glossary", glossaryFixture("missing-preferred.csv")], `${glossaryFixture("missing-preferred.csv")}:2`, /the zh-Hans column is empty/);
    });
    it("refuses a FIFO given as the glossary without hanging", async () => {
      const fifo = path.join(scratch, "glossary-pipe.csv");
      execFileSync("mkfifo", [fifo]);
      await expectRefused(["glossary", fifo], fifo, /a FIFO \(named pipe\), not a regular file/);
    });
  });

  it("rolls back a revision that fails halfway through being written", async () => {
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
    expect(await databaseDump()).toBe(initialDump);
  });
});

/** What the refusals above point to: the explicit flags and the friendly cases do their job. */
describe("what the importer accepts instead", () => {
  let database: TestDatabase;
  let scratch: string;

  beforeAll(async () => {
    database = makePgliteDatabase();
    await applyPendingMigrations(database.target);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-accepts-"));
  }, 300_000);
  afterAll(async () => {
    await database?.drop();
    if (scratch !== undefined) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("ignores a README and an image with a note, and reads zh-CN and zh-TW as zh-Hans and zh-Hant, saying so", async () => {
    const folder = path.join(scratch, "hospital-ai-triage-pilot");
    fs.mkdirSync(folder);
    const demo = path.join(demoArticles, "hospital-ai-triage-pilot");
    fs.copyFileSync(path.join(demo, "en.md"), path.join(folder, "en.md"));
    fs.copyFileSync(path.join(demo, "zh-Hans.md"), path.join(folder, "zh-CN.md"));
    fs.copyFileSync(path.join(demo, "zh-Hant.md"), path.join(folder, "zh-TW.md"));
    fs.writeFileSync(path.join(folder, "README.md"), "# Where these came from\n");
    fs.writeFileSync(path.join(folder, "photo.jpg"), new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
    const result = await runCli(["import", folder], database.env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("revision 1 created");
    expect(result.stdout).toContain("(en, zh-Hans, zh-Hant)");
    expect(result.stderr).toContain("zh-CN.md: zh-CN read as zh-Hans");
    expect(result.stderr).toContain("zh-TW.md: zh-TW read as zh-Hant");
    expect(result.stderr).toContain(`${folder}: ignored README.md, photo.jpg (not language files)`);
  }, 300_000);

  it("imports through a PGLITE_DIR that is a symbolic link to the data folder", async () => {
    if (database.target.kind !== "pglite") throw new Error("an embedded database case");
    const link = path.join(scratch, "linked-pglite");
    fs.symlinkSync(database.target.dataDir, link);
    const result = await runCli(["import", path.join(demoArticles, "county-library-digital-archive")], { ...database.env, PGLITE_DIR: link });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("county-library-digital-archive: revision 1 created");
  }, 300_000);

  it("drops a language with --allow-dropped-languages and takes another article's titles with --allow-new-titles", async () => {
    const demo = path.join(demoArticles, "hospital-ai-triage-pilot");
    const first = await runCli(["import", demo, "--slug", "guarded-article"], database.env);
    expect(first.stdout, first.stderr).toContain("guarded-article: revision 1 created");
    const folder = path.join(scratch, "only-english");
    fs.mkdirSync(folder, { recursive: true });
    fs.copyFileSync(path.join(demo, "en.md"), path.join(folder, "en.md"));
    const dropped = await runCli(["import", folder, "--slug", "guarded-article", "--allow-dropped-languages"], database.env);
    expect(dropped.code, dropped.stderr).toBe(0);
    expect(dropped.stdout).toContain("guarded-article: revision 2 created");
    const other = path.join(demoArticles, "open-data-city-budgets");
    const retitled = await runCli(["import", other, "--slug", "guarded-article", "--allow-new-titles"], database.env);
    expect(retitled.code, retitled.stderr).toBe(0);
    expect(retitled.stdout).toContain("guarded-article: revision 3 created");
  }, 300_000);

  it("empties a glossary with --allow-empty", async () => {
    expect((await runCli(["glossary", path.join(projectRoot, "demo", "glossary.csv")], database.env)).code).toBe(0);
    const result = await runCli(["glossary", glossaryFixture("header-only.csv"), "--allow-empty"], database.env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Loaded 0 glossary terms");
  }, 120_000);
});
