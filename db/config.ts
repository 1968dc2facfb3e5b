import path from "node:path";

/**
 * Where the data lives, decided once from the environment:
 * - `DATABASE_URL=postgresql://…` → a PostgreSQL server (the scale-out path);
 * - otherwise the embedded PGlite store in `PGLITE_DIR` (default `.data/pglite`).
 */
export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(
        `DATABASE_URL must be a postgresql:// URL (got "${url}"). Unset it to use the embedded database.`,
      );
    }
    return { kind: "postgres", url };
  }
  const dataDir = path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DIR || ".data/pglite");
  return { kind: "pglite", dataDir };
}

export function describeTarget(target: DatabaseTarget): string {
  return target.kind === "postgres"
    ? `PostgreSQL at ${new URL(target.url).host}${new URL(target.url).pathname}`
    : `embedded PGlite in ${path.relative(process.cwd(), target.dataDir) || "."}`;
}
