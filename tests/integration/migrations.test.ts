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
