import fs from "node:fs";
import path from "node:path";

/** What a production build is made from: a file here newer than the build makes it stale. */
const BUILD_INPUTS = ["app", "components", "core", "db", "i18n", "locales", "server", "proxy.ts", "next.config.js", "package-lock.json"];

/** Whether `next build` must run before `next start` in the project at `root`. */
export function buildIsStale(root: string): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((input) => newestModification(path.join(root, input)) > builtAt);
}

function newestModification(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(file).reduce((newest, entry) => Math.max(newest, newestModification(path.join(file, entry))), stat.mtimeMs);
}
