import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { describeTarget, resolveDatabaseTarget, type DatabaseTarget } from "./config";
import { acquirePgliteLock, realDataDir } from "./pglite-lock";

/**
 * The one Prisma client of a process, created with the driver adapter that `DATABASE_URL`
 * selects (see ./config). Kept on globalThis so that Next's module reloading in development
 * does not open the embedded store twice.
 */
export interface OpenDatabase {
  prisma: PrismaClient;
  target: DatabaseTarget;
  /** The embedded store itself (PGlite only), for the migrations that run before the client. */
  pglite?: PGlite;
  close(): Promise<void>;
}

const holder = globalThis as unknown as { __parallaxDb?: OpenDatabase };

export function getPrisma(): PrismaClient {
  holder.__parallaxDb ??= openDatabase(resolveDatabaseTarget());
  return holder.__parallaxDb.prisma;
}

export function isProcessDatabaseOpen(): boolean {
  return holder.__parallaxDb !== undefined;
}

/** Makes `open` the process's database, the one getPrisma() returns until closeDatabase(). */
export function setProcessDatabase(open: OpenDatabase): void {
  if (holder.__parallaxDb !== undefined) throw new Error("The process already has its database open; close it first.");
  holder.__parallaxDb = open;
}

export function currentDatabaseDescription(): string {
  return describeTarget(holder.__parallaxDb?.target ?? resolveDatabaseTarget());
}

/** Close the client (and PGlite, which otherwise keeps Node running) and release the lock. */
export async function closeDatabase(): Promise<void> {
  const open = holder.__parallaxDb;
  holder.__parallaxDb = undefined;
  await open?.close();
}

/** A client of its own for `target` (tests and tools); the app uses getPrisma(). */
export function openDatabase(target: DatabaseTarget): OpenDatabase {
  if (target.kind === "postgres") {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
    return { prisma, target, close: () => prisma.$disconnect() };
  }
  const release = acquirePgliteLock(target.dataDir);
  try {
    fs.mkdirSync(path.dirname(target.dataDir), { recursive: true });
    const pglite = new PGlite(realDataDir(target.dataDir));
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return {
      prisma,
      target,
      pglite,
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
