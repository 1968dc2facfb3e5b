import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { applyPendingMigrations, readMigrationStatus } from "@/db/migrations";
import { engines, type TestDatabase } from "./support/databases";

for (const engine of engines) {
  describe.skipIf(!engine.available)(`migrations on an empty ${engine.name} database`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await engine.make();
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("reports every committed migration as pending before the first deploy", async () => {
      const status = await readMigrationStatus(database.target);
      expect(status.applied).toEqual([]);
      expect(status.pending.length).toBeGreaterThan(0);
    });

    it("applies them all, then has nothing left to apply", async () => {
      const applied = await applyPendingMigrations(database.target);
      expect(applied.length).toBeGreaterThan(0);
      expect(await applyPendingMigrations(database.target)).toEqual([]);
      const status = await readMigrationStatus(database.target);
      expect(status.pending).toEqual([]);
      expect(status.problems).toEqual([]);
      expect(status.applied).toEqual(applied);
    });

    it("leaves a schema the generated client can use", async () => {
      const db = openDatabase(database.target);
      try {
        const article = await db.prisma.article.create({ data: { slug: "schema-check" } });
        expect(await db.prisma.article.findUnique({ where: { id: article.id } })).toMatchObject({ slug: "schema-check" });
        const migrations = await db.prisma.$queryRaw<{ name: string; finished: boolean }[]>`
          SELECT migration_name AS name, finished_at IS NOT NULL AS finished FROM _prisma_migrations`;
        expect(migrations.every((m) => m.finished)).toBe(true);
      } finally {
        await db.close();
      }
    });
  });
}

describe("the migration that splits forbidden renderings per version", () => {
  it("copies a stored glossary's single forbidden list into both versions' lists", async () => {
    const folder = path.resolve(import.meta.dirname, "..", "..", "prisma", "migrations");
    const names = fs.readdirSync(folder).filter((name) => /^\d{14}_/.test(name)).sort();
    const split = names.indexOf("20261207231916_forbidden_per_variant");
    expect(split).toBeGreaterThan(0);
    const run = (pglite: PGlite, name: string) => pglite.exec(fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8"));

    const pglite = new PGlite();
    try {
      for (const name of names.slice(0, split)) await run(pglite, name);
      await pglite.query(
        `INSERT INTO "Term" (english, "hansPreferred", "hantPreferred", "hansAllowed", "hantAllowed", forbidden)
         VALUES ('{server}', '服务器', '伺服器', '{}', '{}', '{服务员,服務員}'), ('{data}', '数据', '資料', '{}', '{}', '{}')`,
      );
      await run(pglite, names[split]!);
      const { rows } = await pglite.query(`SELECT "hansForbidden", "hantForbidden" FROM "Term" ORDER BY id`);
      expect(rows).toEqual([
        { hansForbidden: ["服务员", "服務員"], hantForbidden: ["服务员", "服務員"] },
        { hansForbidden: [], hantForbidden: [] },
      ]);
    } finally {
      await pglite.close();
    }
  });
});
