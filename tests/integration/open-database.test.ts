import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { projectRoot, runCli, runCliProcess } from "./support/cli";
import { engines, type TestDatabase } from "./support/databases";

/**
 * Every command that opens the database applies pending migrations first, so the commands
 * work on a brand-new database (no tables yet) as `npm start` does; and a database that
 * cannot be reached is one line naming it, not a stack trace.
 */
const glossaryFile = path.join(projectRoot, "demo", "glossary.csv");

/** A two-language article (no English, so the import needs no dictionary and stays quick). */
function chineseArticle(): string {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "parallax-open-")), "budget-notes");
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, "zh-Hans.md"), "# 预算说明\n\n市议会公开了预算。\n\n明年每季度公布一次支出。\n");
  fs.writeFileSync(path.join(folder, "zh-Hant.md"), "# 預算說明\n\n市議會公開了預算。\n\n明年每季公布一次支出。\n");
  return folder;
}

for (const engine of engines) {
  describe.skipIf(!engine.available)(`commands on a brand-new ${engine.name} database`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await engine.make(); // created, never migrated
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("parallax glossary applies the migrations, then loads the glossary", async () => {
      const result = await runCli(["glossary", glossaryFile], database.env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Applied \d+ migrations to .*: \d{14}_init/);
      expect(result.stdout).toMatch(/Loaded \d+ glossary terms/);
    });

    it("parallax import then finds nothing left to apply and stores the article", async () => {
      const result = await runCli(["import", chineseArticle()], database.env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/Applied/);
      expect(result.stdout).toMatch(/budget-notes: revision 1 created/);
      const db = openDatabase(database.target);
      try {
        expect(await db.prisma.article.findMany({ select: { slug: true } })).toEqual([{ slug: "budget-notes" }]);
        expect(await db.prisma.term.count()).toBeGreaterThan(0);
      } finally {
        await db.close();
      }
    });
  });

  describe.skipIf(!engine.available)(`parallax import as the first command on a brand-new ${engine.name} database`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await engine.make();
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("migrates and imports", async () => {
      const result = await runCli(["import", chineseArticle()], database.env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Applied \d+ migrations to /);
      expect(result.stdout).toMatch(/budget-notes: revision 1 created/);
    });
  });
}

describe("a database that cannot be reached", () => {
  let closedPortUrl: string;
  beforeAll(async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve, reject) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
      });
    });
    closedPortUrl = `postgresql://postgres@127.0.0.1:${port}/parallax`;
  });

  it("is one line naming it and why, exit 1, from import", async () => {
    const result = await runCli(["import", chineseArticle()], { DATABASE_URL: closedPortUrl });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const host = new URL(closedPortUrl).host;
    expect(result.stderr).toBe(`parallax import: cannot open PostgreSQL at ${host}/parallax: Can't reach database server at \`${host.split(":")[0]}:${host.split(":")[1]}\``);
  });

  it("is one line with no stack trace from the installed command (glossary)", () => {
    const result = runCliProcess(["glossary", glossaryFile], { ...process.env, DATABASE_URL: closedPortUrl, PGLITE_DIR: "" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^parallax glossary: cannot open PostgreSQL at 127\.0\.0\.1:\d+\/parallax: /)]);
  });
});
