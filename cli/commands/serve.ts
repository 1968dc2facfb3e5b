import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { countArticles } from "@/db/articles";
import { closeDatabase, getPrisma } from "@/db/client";
import { migrate, seed } from "./db";

const root = process.cwd();
/** What a production build is made from: a newer file here means the build is stale. */
const buildInputs = ["app", "components", "core", "db", "i18n", "locales", "server", "proxy.ts", "next.config.js", "package-lock.json"];

/**
 * `parallax serve [--port N]` (what `npm start` runs): migrate the database, load the demo
 * library into an empty one, build the app when there is no build or it is older than the
 * sources, then run `next start`. Each step closes the database before the next opens it,
 * since the embedded store serves one process at a time.
 */
export async function runServe(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: "string", default: process.env.PORT ?? "3000" } } });
  await migrate();
  const empty = (await countArticles(getPrisma())) === 0;
  await closeDatabase();
  if (empty) {
    console.log("The library is empty: loading the demo articles.");
    const code = await seed();
    if (code !== 0) return code;
  }
  if (buildIsStale()) {
    console.log("Building the app (next build)…");
    const code = await run(["build"]);
    if (code !== 0) return code;
  }
  return run(["start", "--port", values.port]);
}

function buildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return buildInputs.some((input) => newestModification(path.join(root, input)) > builtAt);
}

function newestModification(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(file)
    .reduce((newest, entry) => Math.max(newest, newestModification(path.join(file, entry))), stat.mtimeMs);
}

/** Runs the local `next` with our stdio, passing SIGINT/SIGTERM on so the server stops cleanly. */
function run(nextArgs: string[]): Promise<number> {
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, ...nextArgs], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
