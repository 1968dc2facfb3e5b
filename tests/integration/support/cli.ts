import { spawnSync } from "node:child_process";
import path from "node:path";
import { vi } from "vitest";
import { main } from "@/cli/main";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..", "..");
export const demoArticles = path.join(projectRoot, "demo", "articles");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `parallax` command in this process, against the database that `env` selects,
 * and captures what it prints. (The command closes the database before it returns.)
 */
export async function runCli(args: string[], env: Partial<Record<"DATABASE_URL" | "PGLITE_DIR", string>> | NodeJS.ProcessEnv): Promise<CliResult> {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };
  process.env.DATABASE_URL = env.DATABASE_URL ?? "";
  process.env.PGLITE_DIR = env.PGLITE_DIR ?? "";
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => void out.push(parts.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => void err.push(parts.join(" ")));
  try {
    const code = await main(args);
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Runs `bin/parallax.mjs` as a separate process, as a user would. */
export function runCliProcess(args: string[], env: NodeJS.ProcessEnv): CliResult {
  const result = spawnSync(process.execPath, [path.join(projectRoot, "bin", "parallax.mjs"), ...args], {
    cwd: projectRoot,
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}
