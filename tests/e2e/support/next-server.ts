import { spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "./free-port";
import { getFresh } from "./http";

const projectRoot = path.resolve(import.meta.dirname, "..", "..", "..");

/** A `next start` of a test's own, on the build the global set-up made. */
export interface OwnServer {
  baseUrl: string;
  /** Stops the server's whole process group (next start forks next-server) and waits for it. */
  stop(): Promise<void>;
}

/**
 * Starts `next start` on a free loopback port with exactly `env` (plus the port and no
 * telemetry), in its own process group, and resolves once `readyPath` answers 200.
 */
export async function startOwnServer(env: Record<string, string | undefined>, readyPath: string): Promise<OwnServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: projectRoot,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) } as unknown as NodeJS.ProcessEnv,
    detached: true,
    stdio: "ignore",
  });
  const stop = async () => {
    if (server.pid === undefined || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    await exited;
  };
  for (let tries = 0; tries < 240; tries++) {
    if ((await getFresh(`${baseUrl}${readyPath}`).catch(() => null))?.status === 200) return { baseUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error("next start did not come up");
}
