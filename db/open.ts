import { PrismaClient } from "@/generated/prisma/client";
import { isProcessDatabaseOpen, getPrisma, openDatabase, setProcessDatabase, type OpenDatabase } from "./client";
import { describeTarget, resolveDatabaseTarget, type DatabaseTarget } from "./config";
import { DatabaseOpenError } from "./errors";
import { applyPendingMigrations, applyPendingMigrationsOnPglite } from "./migrations";
import { DatabaseBusyError } from "./pglite-lock";

/**
 * The way every command opens the database for work: pending migrations are applied first
 * (as `npm start` does), so `parallax import` or `parallax glossary` on a brand-new database
 * works instead of failing on a missing table. The client becomes the process's own, which
 * getPrisma() returns until closeDatabase(). Opening an already-open process database is a
 * no-op. When the database cannot be reached, throws one DatabaseOpenError line.
 * (Not for the web app, whose server `parallax serve` migrates before starting it.)
 */
export async function openMigratedDatabase(report: (line: string) => void = console.log): Promise<PrismaClient> {
  if (isProcessDatabaseOpen()) return getPrisma();
  let target: DatabaseTarget;
  try {
    target = resolveDatabaseTarget();
  } catch (error) {
    throw new DatabaseOpenError(reasonOf(error), { cause: error }); // e.g. DATABASE_URL=mysql://…
  }
  const open = await openAndMigrate(target, report);
  setProcessDatabase(open);
  return open.prisma;
}

/** Opens a client of its own for `target` with every migration applied (tests and tools). */
export async function openAndMigrate(target: DatabaseTarget, report: (line: string) => void = () => undefined): Promise<OpenDatabase> {
  let open: OpenDatabase | undefined;
  try {
    let applied: string[];
    if (target.kind === "pglite") {
      // The embedded store has one owner: migrate through the instance the client will use.
      open = openDatabase(target);
      applied = await applyPendingMigrationsOnPglite(open.pglite!);
    } else {
      applied = await applyPendingMigrations(target);
      open = openDatabase(target);
    }
    if (applied.length > 0) {
      report(`Applied ${applied.length} migration${applied.length === 1 ? "" : "s"} to ${describeTarget(target)}: ${applied.join(", ")}`);
    }
    return open;
  } catch (error) {
    await open?.close().catch(() => undefined);
    if (error instanceof DatabaseBusyError) throw error;
    throw new DatabaseOpenError(`cannot open ${describeTarget(target)}: ${reasonOf(error)}`, { cause: error });
  }
}

/** The first line of what went wrong (Prisma and pg put the reason in the first line). */
function reasonOf(error: unknown): string {
  const cause = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
  if (!(cause instanceof Error)) return String(cause);
  const line = cause.message.split("\n").find((text) => text.trim() !== "")?.trim() ?? cause.name;
  const code = (cause as { code?: unknown }).code;
  return typeof code === "string" && code !== "" && !line.includes(code) && !/^P\d{4}$/.test(code) ? `${line} (${code})` : line;
}
