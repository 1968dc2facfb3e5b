#!/usr/bin/env node
// The `parallax` command. It runs the CLI compiled to JavaScript (bin/compiled-cli.mjs: built
// at install, rebuilt here when a source is newer), so that starting costs no TypeScript
// transpiling. Only when no build can be had does it run the TypeScript sources through
// tsx's loader, saying why.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compiledCliEntry } from "./compiled-cli.mjs";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
// --verbose prints stack traces: point them at the TypeScript sources.
if (args.includes("--verbose")) process.setSourceMapsEnabled(true);

let entry;
try {
  entry = await compiledCliEntry(projectRoot);
} catch (error) {
  const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  console.error(`parallax: running from the TypeScript sources (slower to start): the compiled CLI cannot be built: ${reason}`);
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: path.join(projectRoot, "tsconfig.json") });
  entry = "../cli/main.ts";
}
const { main } = await import(entry);
process.exitCode = await main(args);
// Database drivers keep idle timers alive for seconds after their work is done.
process.exit();
