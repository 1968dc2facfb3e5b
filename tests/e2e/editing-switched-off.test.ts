import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./support/free-port";
import { getFresh } from "./support/http";

const projectRoot = path.resolve(import.meta.dirname, "..", "..");

/**
 * A production server started without PARALLAX_EDITOR_SECRET has no default secret: nobody can
 * sign in, and both the API and the sign-in page say why. Its own `next start` on the build the
 * global set-up made, with an empty database it never needs to open.
 */
describe("a production server without PARALLAX_EDITOR_SECRET", () => {
  let server: ChildProcess | undefined;
  let baseUrl = "";
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-no-secret-"));

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    // As a shell starts it: without the secret, and without vitest's NODE_ENV=test, which would
    // survive `next start` (it sets production only when NODE_ENV is unset).
    const inherited = Object.entries(process.env).filter(([name]) => name !== "PARALLAX_EDITOR_SECRET" && name !== "NODE_ENV");
    const env = { ...Object.fromEntries(inherited), NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), DATABASE_URL: "", PGLITE_DIR: path.join(workDir, "pglite") };
    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
      cwd: projectRoot,
      env: env as unknown as NodeJS.ProcessEnv,
      detached: true,
      stdio: "ignore",
    });
    for (let tries = 0; tries < 240; tries++) {
      if ((await getFresh(`${baseUrl}/en/sign-in`).catch(() => null))?.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error("next start did not come up");
  });

  afterAll(async () => {
    if (server?.pid !== undefined && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it("refuses every sign-in, the development default included, with a message naming the variable", async () => {
    for (const secret of ["parallax-development-secret", "", "anything"]) {
      const response = await fetch(`${baseUrl}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Mei Lin", secret }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(((await response.json()) as { error: string }).error).toBe(
        "editing is switched off: this server was started without PARALLAX_EDITOR_SECRET (set it to a long random secret and restart)",
      );
    }
  });

  it("says so on the sign-in page instead of showing the form", async () => {
    const page = await getFresh(`${baseUrl}/en/sign-in`);
    expect(page.body).toContain("Editing is switched off on this server: it was started without PARALLAX_EDITOR_SECRET.");
    expect(page.body).not.toContain('name="secret"');
  });
});
