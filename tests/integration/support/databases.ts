import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import type { DatabaseTarget } from "@/db/config";
import { applyPendingMigrations } from "@/db/migrations";

/**
 * Real databases for integration tests: a fresh embedded PGlite folder, and — when
 * PARALLAX_TEST_POSTGRES_URL names a server (`.ci/run` sets it) — a fresh database on that
 * PostgreSQL server, dropped afterwards. Without the variable the PostgreSQL tests are
 * reported as skipped, never as passed.
 */
export const postgresServerUrl = process.env.PARALLAX_TEST_POSTGRES_URL?.trim() || undefined;

export interface TestDatabase {
  target: DatabaseTarget;
  /** Environment for a child process (the CLI) that should use this database. */
  env: NodeJS.ProcessEnv;
  drop(): Promise<void>;
}

export function makePgliteDatabase(): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-test-"));
  const dataDir = path.join(dir, "pglite");
  return {
    target: { kind: "pglite", dataDir },
    env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dataDir },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export async function makePostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `parallax_test_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: "postgres", url: url.toString() },
    env: { ...process.env, DATABASE_URL: url.toString(), PGLITE_DIR: "" },
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The engines to run a suite against, with `available: false` where none is configured. */
export const engines = [
  { name: "PGlite", available: true, make: async () => makePgliteDatabase() },
  {
    name: "PostgreSQL",
    available: postgresServerUrl !== undefined,
    make: async () => makePostgresDatabase(postgresServerUrl ?? ""),
  },
] as const;

/**
 * A fresh database of `engine` with every migration applied, for the enclosing describe
 * block: made before its first test and dropped after its last. Its `target` and `env` can
 * be read once the block's tests run.
 */
export function useMigratedDatabase(engine: (typeof engines)[number]): Omit<TestDatabase, "drop"> {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await engine.make();
    await applyPendingMigrations(database.target);
  });
  afterAll(async () => {
    await database?.drop();
  });
  const made = (): TestDatabase => {
    if (database === undefined) throw new Error(`the ${engine.name} test database is read before beforeAll made it`);
    return database;
  };
  return {
    get target() {
      return made().target;
    },
    get env() {
      return made().env;
    },
  };
}
