import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { countArticles } from "@/db/articles";
import { closeDatabase } from "@/db/client";
import { openMigratedDatabase } from "@/db/open";
import { buildIsStale } from "../build-state";
import { seed } from "./db";

const root = process.cwd();

/**
 * `parallax serve [--port N]` (what `npm start` runs): migrate the database, load the demo
 * library into an empty one, build the app when there is no build or it is older than the
 * sources, then run `next start`. Each step closes the database before the next opens it,
 * since the embedded store serves one process at a time.
 */
export async function runServe(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: "string", default: process.env.PORT ?? "3000" } } });
  const empty = (await countArticles(await openMigratedDatabase())) === 0;
  await closeDatabase();
  if (empty) {
    console.log("The library is empty: loading the demo articles.");
    const code = await seed();
    if (code !== 0) return code;
  }
  if (buildIsStale(root)) {
    console.log("Building the app (next build)…");
    const code = await run(["build"]);
    if (code !== 0) return code;
  }
  // The proxy fetches pages from its own server once to remember them: tell it the port.
  return run(["start", "--port", values.port], { PORT: values.port });
}

/** Runs the local `next` with our stdio, passing SIGINT/SIGTERM on so the server stops cleanly. */
function run(nextArgs: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, ...nextArgs], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
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
