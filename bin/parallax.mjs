#!/usr/bin/env node
// The `parallax` command. The CLI is TypeScript that shares its modules with the app, so it
// runs through tsx's loader rather than a separate build step.
import { register } from "tsx/esm/api";
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
register({ tsconfig: path.join(projectRoot, "tsconfig.json") });
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
// Database drivers keep idle timers alive for seconds after their work is done.
process.exit();
