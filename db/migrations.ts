import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine as SchemaEngineType } from "@prisma/schema-engine-wasm";
import { describeTarget, type DatabaseTarget } from "./config";
import { acquirePgliteLock, realDataDir } from "./pglite-lock";

/**
 * Migrations without Prisma's native schema engine, which cannot be downloaded here.
 * `@prisma/schema-engine-wasm` is the same Rust engine compiled to WebAssembly; driven with a
 * driver adapter it applies, diagnoses and creates migrations in Prisma's own layout
 * (`prisma/migrations/<timestamp>_<name>/migration.sql`, `_prisma_migrations` table), so
 * `prisma migrate deploy` on a machine that has the native engine sees the same history.
 */

const projectRoot = findProjectRoot();
const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
const migrationsDir = path.join(projectRoot, "prisma", "migrations");
const lockfileName = "migration_lock.toml";
const noFilters = { externalTables: [], externalEnums: [] };

export interface MigrationStatus {
  target: string;
  applied: string[];
  pending: string[];
  /** Migrations whose file changed after it was applied, or that failed: both need a person. */
  problems: string[];
}

/** Applies every pending migration; returns the names applied (empty when up to date). */
export async function applyPendingMigrations(target: DatabaseTarget): Promise<string[]> {
  return withSchemaEngine(target, applyAll);
}

/**
 * The same, on an embedded store this process already holds open (and locked): PGlite serves
 * one owner, so the migrations run on that owner's instance rather than on a second one.
 */
export async function applyPendingMigrationsOnPglite(pglite: PGlite): Promise<string[]> {
  return withPgliteSchemaEngine(pglite, applyAll);
}

async function applyAll(engine: SchemaEngineType): Promise<string[]> {
  const result = await engine.applyMigrations({ migrationsList: readMigrationList(), filters: noFilters });
  return result.appliedMigrationNames;
}

export async function readMigrationStatus(target: DatabaseTarget): Promise<MigrationStatus> {
  return withSchemaEngine(target, async (engine) => {
    const list = readMigrationList();
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList: list,
      optInToShadowDatabase: false,
      filters: noFilters,
    });
    const all = list.migrationDirectories.map((dir) => dir.path);
    const history = diagnosis.history;
    const pending =
      history?.diagnostic === "databaseIsBehind" || history?.diagnostic === "historiesDiverge"
        ? history.unappliedMigrationNames
        : [];
    return {
      target: describeTarget(target),
      applied: all.filter((name) => !pending.includes(name)),
      pending,
      problems: [
        ...diagnosis.editedMigrationNames.map((name) => `${name}: edited after it was applied`),
        ...diagnosis.failedMigrationNames.map((name) => `${name}: failed`),
        ...(history?.diagnostic === "migrationsDirectoryIsBehind" || history?.diagnostic === "historiesDiverge"
          ? history.unpersistedMigrationNames.map((name) => `${name}: applied to the database but missing here`)
          : []),
      ],
    };
  });
}

/**
 * Writes a new migration with the SQL that takes the committed migrations to the current
 * schema (like `prisma migrate dev --create-only`). The migrations are replayed in an
 * in-memory PGlite, so this needs no server. Returns the new folder, or null when the
 * schema has no changes.
 */
export async function createMigration(name: string): Promise<string | null> {
  const safeName = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!safeName) throw new Error("A migration needs a name of letters or digits.");
  ensureLockfile();
  const scratch = new PGlite("memory://");
  try {
    const engine = await loadSchemaEngine(new PrismaPGlite(scratch));
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrationList() },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    engine.free();
    const sql = result.stdout ?? "";
    if (!sql.trim() || sql.includes("This is an empty migration")) return null;
    const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
    const folder = path.join(migrationsDir, `${stamp}_${safeName}`);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "migration.sql"), sql.replace(/\r\n/g, "\n"));
    return folder;
  } finally {
    await scratch.close();
  }
}

/**
 * The repository's own prisma/ folder, wherever the command is started from: the nearest
 * folder above this module that holds it (this module may run from a compiled copy).
 */
function findProjectRoot(): string {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "prisma", "schema.prisma"))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

function readMigrationList(): MigrationList {
  const lockPath = path.join(migrationsDir, lockfileName);
  const directories = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockfileName, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((dir) => {
      const file = path.join(migrationsDir, dir, "migration.sql");
      return {
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
            : { tag: "error", value: `${file} is missing` },
        },
      };
    }),
  };
}

function ensureLockfile(): void {
  const lockPath = path.join(migrationsDir, lockfileName);
  if (fs.existsSync(lockPath)) return;
  fs.mkdirSync(migrationsDir, { recursive: true });
  fs.writeFileSync(
    lockPath,
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
}

async function withSchemaEngine<T>(target: DatabaseTarget, run: (engine: SchemaEngineType) => Promise<T>): Promise<T> {
  if (target.kind === "postgres") {
    patchPgCharType();
    // Our own pool, so that it can be ended: an idle pool keeps Node alive for seconds.
    const pool = new pg.Pool({ connectionString: target.url });
    try {
      const engine = await loadSchemaEngine(new PrismaPg(pool));
      try {
        return await run(engine);
      } finally {
        engine.free();
      }
    } finally {
      await pool.end();
    }
  }
  const release = acquirePgliteLock(target.dataDir);
  try {
    fs.mkdirSync(path.dirname(target.dataDir), { recursive: true });
    const pglite = new PGlite(realDataDir(target.dataDir));
    try {
      return await withPgliteSchemaEngine(pglite, run);
    } finally {
      await pglite.close();
    }
  } finally {
    release();
  }
}

async function withPgliteSchemaEngine<T>(pglite: PGlite, run: (engine: SchemaEngineType) => Promise<T>): Promise<T> {
  const engine = await loadSchemaEngine(new PrismaPGlite(pglite));
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

type SchemaEngineGlue = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: typeof SchemaEngineType;
};

/**
 * The wasm-bindgen glue keeps its WebAssembly instance in a module-level variable, so the
 * module is instantiated once per process and every engine is created from that instance
 * (a second instantiation would pull memory out from under engines still running).
 */
let gluePromise: Promise<SchemaEngineGlue> | undefined;

function loadGlue(): Promise<SchemaEngineGlue> {
  gluePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as SchemaEngineGlue;
    const wasmBytes = fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": glue as never });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return gluePromise;
}

async function loadSchemaEngine(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngineType> {
  const glue = await loadGlue();
  return glue.SchemaEngine.new(
    { datamodels: [[schemaPath, fs.readFileSync(schemaPath, "utf8")]] },
    // The engine's own log lines; errors reach us as rejected promises instead.
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

/**
 * @prisma/adapter-pg 7.10 cannot read PostgreSQL's internal `"char"` type (OID 18), which the
 * schema engine's catalog queries return; report it as text (OID 25) in this process only.
 */
let pgCharPatched = false;
function patchPgCharType(): void {
  if (pgCharPatched) return;
  pgCharPatched = true;
  const require = createRequire(import.meta.url);
  const Result = require("pg/lib/result.js") as { prototype: { addFields(fields: { dataTypeID: number }[]): void } };
  const addFields = Result.prototype.addFields;
  Result.prototype.addFields = function (fields) {
    for (const field of fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}
