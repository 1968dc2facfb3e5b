import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFresh } from "./support/http";
import { startOwnServer, type OwnServer } from "./support/next-server";

/**
 * A production server started without PARALLAX_EDITOR_SECRET has no default secret: nobody can
 * sign in, and both the API and the sign-in page say why. Its own `next start` on the build the
 * global set-up made, with an empty database it never needs to open.
 */
describe("a production server without PARALLAX_EDITOR_SECRET", () => {
  let server: OwnServer | undefined;
  let baseUrl = "";
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-no-secret-"));

  beforeAll(async () => {
    // As a shell starts it: without the secret, and without vitest's NODE_ENV=test, which would
    // survive `next start` (it sets production only when NODE_ENV is unset).
    const inherited = Object.entries(process.env).filter(([name]) => name !== "PARALLAX_EDITOR_SECRET" && name !== "NODE_ENV");
    server = await startOwnServer({ ...Object.fromEntries(inherited), DATABASE_URL: "", PGLITE_DIR: path.join(workDir, "pglite") }, "/en/sign-in");
    baseUrl = server.baseUrl;
  });

  afterAll(async () => {
    await server?.stop();
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
