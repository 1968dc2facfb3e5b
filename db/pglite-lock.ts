import fs from "node:fs";
import path from "node:path";

/**
 * PGlite has no cross-process lock: a second process that opens the same data folder gets no
 * error and both then write to it, which corrupts it. So exactly one Parallax process (the app,
 * an import, a migration) may hold the embedded store at a time. This lock file beside the
 * folder records the holder; a second opener is refused with a message that names it.
 * A lock left by a process that no longer exists is taken over.
 */
export class DatabaseBusyError extends Error {
  override readonly name = "DatabaseBusyError";
}

interface LockRecord {
  pid: number;
  command: string;
  since: string;
}

const heldLocks = new Set<string>();

/**
 * The lock file beside the data folder's real location. Two paths to one folder (a
 * symbolic link in PGLITE_DIR, `..` segments) share one lock; with the lock beside each
 * spelling both processes opened the folder and PGlite failed with "[object Object]".
 */
export function lockPathFor(dataDir: string): string {
  return `${realDataDir(dataDir)}.lock`;
}

/**
 * `dataDir` with symbolic links resolved: the folder's own if it exists, else its parent's.
 * PGlite is opened there too: its file system layer cannot follow a link (it failed with a
 * bare `{"name":"ErrnoError","errno":44}`, printed as "[object Object]").
 */
export function realDataDir(dataDir: string): string {
  try {
    return fs.realpathSync(dataDir);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(dataDir)), path.basename(dataDir));
    } catch {
      return path.resolve(dataDir);
    }
  }
}

export function acquirePgliteLock(dataDir: string): () => void {
  // On a fresh clone the data folder's parent (.data/) does not exist yet; made first, so
  // that the lock's real location is the same for every opener.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockPath = lockPathFor(dataDir);
  if (heldLocks.has(lockPath)) {
    // Two PGlite instances on one folder corrupt it even within one process.
    throw new DatabaseBusyError(`The embedded database ${dataDir} is already open in this process; close it first.`);
  }
  const record: LockRecord = {
    pid: process.pid,
    command: process.argv.slice(1).join(" ").slice(0, 200),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(record), { flag: "wx" });
      heldLocks.add(lockPath);
      return () => releasePgliteLock(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(lockPath);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new DatabaseBusyError(
          `The embedded database ${dataDir} is in use by another Parallax process ` +
            `(pid ${holder.pid}, since ${holder.since}: ${holder.command}). ` +
            `PGlite serves one process at a time: stop that process and try again, ` +
            `or set DATABASE_URL to a PostgreSQL server so that several processes can share it. ` +
            `Nothing was changed.`,
        );
      }
      // A stale lock: its process is gone (or it was a previous process with our recycled pid).
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseBusyError(`Could not take the lock ${lockPath}; another process keeps creating it.`);
}

function releasePgliteLock(lockPath: string): void {
  if (!heldLocks.delete(lockPath)) return;
  const holder = readLock(lockPath);
  if (holder?.pid === process.pid) fs.rmSync(lockPath, { force: true });
}

function readLock(lockPath: string): LockRecord | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockRecord;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// A process that ends without closing the database still leaves no lock behind.
process.once("exit", () => {
  for (const lockPath of [...heldLocks]) releasePgliteLock(lockPath);
});
