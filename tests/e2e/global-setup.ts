import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { chromiumPath } from "./support/chromium";
import { E2E_EDITOR_SECRET } from "./support/editor";
import { freePort } from "./support/free-port";

const projectRoot = path.resolve(import.meta.dirname, "..", "..");

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    pgliteDir: string;
  }
}

/**
 * Builds the app as it is now, loads the demo library into a fresh embedded database (through
 * the real CLI), and serves it with `next start` on a free loopback port, in its own process
 * group so the whole server tree stops afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  chromiumPath(); // fail early, with the install command, when there is no browser
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "" };
  run(["node_modules/next/dist/bin/next", "build"], env, "next build");

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-e2e-"));
  const pgliteDir = path.join(workDir, "pglite");
  const appEnv = { ...env, PGLITE_DIR: pgliteDir };
  run(["bin/parallax.mjs", "db", "migrate"], appEnv, "parallax db migrate");
  run(["bin/parallax.mjs", "db", "seed"], appEnv, "parallax db seed");

  const port = await freePort();
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: projectRoot,
    env: { ...appEnv, PORT: String(port), PARALLAX_EDITOR_SECRET: E2E_EDITOR_SECRET },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  server.stdout?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(`${baseUrl}/en`, server, log);

  project.provide("baseUrl", baseUrl);
  project.provide("pgliteDir", pgliteDir);
  return async () => {
    await stop(server);
    fs.rmSync(workDir, { recursive: true, force: true });
  };
}

function run(args: string[], env: NodeJS.ProcessEnv, what: string): void {
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, env, encoding: "utf8", timeout: 600_000 });
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

async function waitForServer(url: string, server: ChildProcess, log: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}):\n${log.join("")}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop(server);
  throw new Error(`next start did not answer ${url} within 60 s:\n${log.join("")}`);
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid, "SIGTERM");
  const timeout = setTimeout(() => server.pid && process.kill(-server.pid, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timeout);
}
