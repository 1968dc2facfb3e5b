import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquirePgliteLock, DatabaseBusyError, lockPathFor } from "@/db/pglite-lock";

describe("the embedded database's single-owner lock", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-lock-"));

  it("can be taken on a fresh clone, where the data folder's parent does not exist yet", () => {
    const dataDir = path.join(scratch, "fresh", ".data", "pglite");
    const release = acquirePgliteLock(dataDir);
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(true);
    release();
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
  });

  it("refuses a second opener while a live process holds it, naming that process", () => {
    const dataDir = path.join(scratch, "held");
    // The parent of this test process stands in for another live Parallax process.
    fs.writeFileSync(lockPathFor(dataDir), JSON.stringify({ pid: process.ppid, command: "next start", since: "2026-01-01T00:00:00Z" }));
    expect(() => acquirePgliteLock(dataDir)).toThrow(DatabaseBusyError);
    expect(() => acquirePgliteLock(dataDir)).toThrow(`pid ${process.ppid}`);
  });

  it("takes over a lock left by a process that no longer exists", () => {
    const dataDir = path.join(scratch, "stale");
    fs.writeFileSync(lockPathFor(dataDir), JSON.stringify({ pid: 2 ** 22 + 12345, command: "crashed", since: "2026-01-01T00:00:00Z" }));
    const release = acquirePgliteLock(dataDir);
    expect(JSON.parse(fs.readFileSync(lockPathFor(dataDir), "utf8")).pid).toBe(process.pid);
    release();
  });

  it("is one lock for a data folder and a symbolic link to it (PGLITE_DIR through a link)", () => {
    const dataDir = path.join(scratch, "real-store");
    fs.mkdirSync(dataDir);
    const link = path.join(scratch, "linked-store");
    fs.symlinkSync(dataDir, link);
    expect(lockPathFor(link)).toBe(lockPathFor(dataDir));
    fs.writeFileSync(lockPathFor(dataDir), JSON.stringify({ pid: process.ppid, command: "next start", since: "2026-01-01T00:00:00Z" }));
    expect(() => acquirePgliteLock(link)).toThrow(/in use by another Parallax process/);
  });

  it("refuses to open the same folder twice in one process", () => {
    const dataDir = path.join(scratch, "twice");
    const release = acquirePgliteLock(dataDir);
    expect(() => acquirePgliteLock(dataDir)).toThrow(/already open in this process/);
    release();
  });
});
