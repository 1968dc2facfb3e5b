// The compiled `parallax` command: cli/main.ts and everything it imports from this project
// (core/, db/, ingest/, services/, the generated Prisma client), bundled by esbuild into
// ESM JavaScript under .build/, split so that each command's code is a chunk of its own,
// loaded only when that command runs. Packages from node_modules stay outside the bundle
// and are imported from there as usual (PGlite's and Prisma's wasm files, jsdom, pg).
//
// `npm install` builds it (package.json postinstall); bin/parallax.mjs rebuilds it when a
// source file is newer than the build, so an edited checkout never runs stale code.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const BUILD_FOLDER = ".build";
/** Points at the current build: { folder, inputs, startedAt }. Replaced atomically. */
const STATE_FILE = "cli.json";
/** Builds no longer pointed at are removed once they are this old (a running process may still load their chunks). */
const OLD_BUILD_MS = 10 * 60 * 1000;

/**
 * The file URL of the compiled cli/main.js for the project at `root`, building it first when
 * it is missing or older than one of its sources.
 * @throws Error saying why, when there is no build and none can be made.
 */
export async function compiledCliEntry(root) {
  const current = readState(root);
  if (current !== null && isFresh(root, current)) return entryUrl(root, current);
  const state = await buildCli(root);
  return entryUrl(root, state);
}

function entryUrl(root, state) {
  return pathToFileURL(path.join(root, BUILD_FOLDER, state.folder, "main.js")).href;
}

function readState(root) {
  try {
    const state = JSON.parse(fs.readFileSync(path.join(root, BUILD_FOLDER, STATE_FILE), "utf8"));
    return typeof state.folder === "string" && Array.isArray(state.inputs) && typeof state.startedAt === "number" ? state : null;
  } catch {
    return null;
  }
}

/**
 * Whether no source of the build changed since it started reading them. The inputs are the
 * files esbuild read (its metafile), so a new file counts from the moment an input imports it.
 */
function isFresh(root, state) {
  if (!fs.existsSync(path.join(root, BUILD_FOLDER, state.folder, "main.js"))) return false;
  for (const input of state.inputs) {
    try {
      if (fs.statSync(path.join(root, input)).mtimeMs > state.startedAt) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Builds the CLI into a new folder under .build/ and points the state file at it. Processes
 * starting meanwhile keep using the previous build, complete, until the pointer moves.
 */
export async function buildCli(root) {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch (error) {
    throw new Error(`esbuild cannot be loaded (${error.message.split("\n")[0]})`);
  }
  const buildRoot = path.join(root, BUILD_FOLDER);
  const folder = `cli-${Date.now().toString(36)}-${process.pid}`;
  // A little before now: a file saved during the build must count as newer than it.
  const startedAt = Date.now() - 1000;
  fs.mkdirSync(buildRoot, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: "cli/main.ts" },
    outdir: path.join(buildRoot, folder),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    tsconfig: "tsconfig.json",
    sourcemap: "linked",
    metafile: true,
    logLevel: "silent",
  });
  // This file too: a change to how the CLI is built calls for a new build.
  const inputs = [...Object.keys(result.metafile.inputs), "tsconfig.json", path.relative(root, fileURLToPath(import.meta.url))];
  const state = { folder, inputs, startedAt };
  const temporary = path.join(buildRoot, `${STATE_FILE}.${process.pid}.tmp`);
  fs.writeFileSync(temporary, JSON.stringify(state));
  fs.renameSync(temporary, path.join(buildRoot, STATE_FILE));
  removeOldBuilds(buildRoot, folder);
  return state;
}

function removeOldBuilds(buildRoot, keep) {
  for (const name of fs.readdirSync(buildRoot)) {
    if (!name.startsWith("cli-") || name === keep) continue;
    const folder = path.join(buildRoot, name);
    try {
      if (Date.now() - fs.statSync(folder).mtimeMs > OLD_BUILD_MS) fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}

// `node bin/compiled-cli.mjs` (npm's postinstall, `npm run build:cli`): build now.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = path.resolve(import.meta.dirname, "..");
  try {
    const state = await buildCli(root);
    console.log(`Built the parallax CLI into ${path.join(BUILD_FOLDER, state.folder)} (${state.inputs.length} source files).`);
  } catch (error) {
    console.error(`parallax: cannot build the CLI (${error.message.split("\n")[0]}); it will run from its TypeScript sources through tsx.`);
  }
}
