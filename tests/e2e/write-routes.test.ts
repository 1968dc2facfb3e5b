import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { E2E_EDITOR_SECRET, signInOverHttp } from "./support/editor";

const baseUrl = inject("baseUrl");
const appDir = path.resolve(import.meta.dirname, "..", "..", "app");
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

/**
 * The one write that anyone may send: signing in. Every other route that exports a write
 * method is found below by reading app/, so a route added later is held to the same rule.
 */
const OPEN_WRITES = new Set(["POST /api/session"]);

interface WriteRoute {
  method: (typeof WRITE_METHODS)[number];
  /** A URL path that reaches the route, dynamic segments filled in. */
  urlPath: string;
  file: string;
}

/** Every route.ts/route.js under app/ and the write methods it exports (as functions, constants or re-exports). */
function findWriteRoutes(): WriteRoute[] {
  const routes: WriteRoute[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/^route\.(ts|tsx|js|mjs)$/.test(entry.name)) {
        const source = fs.readFileSync(full, "utf8");
        for (const method of WRITE_METHODS) {
          const exported =
            new RegExp(`export\\s+(async\\s+)?function\\s+${method}\\b`).test(source) ||
            new RegExp(`export\\s+(const|let|var)\\s+${method}\\b`).test(source) ||
            new RegExp(`export\\s*\\{[^}]*\\b${method}\\b[^}]*\\}`).test(source);
          if (exported) routes.push({ method, urlPath: urlPathOf(path.relative(appDir, dir)), file: path.relative(appDir, full) });
        }
      }
    }
  };
  visit(appDir);
  return routes;
}

/** app/[lng]/x/[id] → /en/x/1: route groups dropped, a locale for [lng], 1 for other dynamic segments. */
function urlPathOf(relativeDir: string): string {
  const segments = relativeDir
    .split(path.sep)
    .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment))
    .map((segment) => (segment === "[lng]" ? "en" : /^\[\[?\.\.\./.test(segment) ? "x" : /^\[.*\]$/.test(segment) ? "1" : segment));
  return `/${segments.join("/")}`;
}

async function send(route: WriteRoute, headers: Record<string, string>): Promise<Response> {
  return fetch(`${baseUrl}${route.urlPath}`, {
    method: route.method,
    headers: { "content-type": "application/json", ...headers },
    body: "{}",
    redirect: "manual",
  });
}

describe("every write route", () => {
  const routes = findWriteRoutes().filter((route) => !OPEN_WRITES.has(`${route.method} ${route.urlPath}`));
  let session: { cookie: string; csrfToken: string };
  let otherSession: { cookie: string; csrfToken: string };

  beforeAll(async () => {
    session = await signInOverHttp(baseUrl, "Route Checker");
    otherSession = await signInOverHttp(baseUrl, "Someone Else");
  });

  it("is found by reading app/ (at least the glossary's and the session's)", () => {
    const found = routes.map((route) => `${route.method} ${route.urlPath}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "DELETE /api/session",
        "POST /api/glossary/terms",
        "PUT /api/glossary/terms/1",
        "DELETE /api/glossary/terms/1",
        "POST /api/glossary/import",
      ]),
    );
  });

  it("refuses an anonymous request with 401", async () => {
    for (const route of routes) {
      const response = await send(route, {});
      expect(response.status, `${route.method} ${route.urlPath} (${route.file})`).toBe(401);
      expect(((await response.json()) as { code?: string }).code, route.urlPath).toBe("not-signed-in");
    }
  });

  it("refuses a signed-in request without a CSRF token, or with another session's, with 403", async () => {
    for (const route of routes) {
      const without = await send(route, { cookie: session.cookie });
      expect(without.status, `${route.method} ${route.urlPath} without a token (${route.file})`).toBe(403);
      const borrowed = await send(route, { cookie: session.cookie, "x-csrf-token": otherSession.csrfToken });
      expect(borrowed.status, `${route.method} ${route.urlPath} with another session's token (${route.file})`).toBe(403);
    }
  });

  it("refuses a signed-in request with the right token sent from another site, with 403", async () => {
    for (const route of routes) {
      const response = await send(route, { cookie: session.cookie, "x-csrf-token": session.csrfToken, origin: "https://attacker.example" });
      expect(response.status, `${route.method} ${route.urlPath} from another origin (${route.file})`).toBe(403);
    }
  });

  it("refuses a forged session cookie with 401", async () => {
    const [name = "", value = ""] = session.cookie.split("=");
    const forged = `${name}=${value.replace(/.$/, (last) => (last === "A" ? "B" : "A"))}`;
    for (const route of routes) {
      const response = await send(route, { cookie: forged, "x-csrf-token": session.csrfToken });
      expect(response.status, `${route.method} ${route.urlPath} with a forged cookie`).toBe(401);
    }
  });
});

describe("signing in", () => {
  it("refuses a wrong secret with 401 and sets no cookie", async () => {
    const response = await fetch(`${baseUrl}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Mallory", secret: "guess" }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("sets an HttpOnly, SameSite=Strict session cookie with an expiry, and the session answers with the editor", async () => {
    const response = await fetch(`${baseUrl}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "  Mei   Lin ", secret: E2E_EDITOR_SECRET }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { editor: { name: string }; csrfToken: string };
    expect(body.editor).toEqual({ name: "Mei Lin" });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^parallax-editor=v1\./);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toMatch(/Max-Age=43200/);
    expect(cookie).not.toContain("Secure"); // plain http on loopback
    const session = await fetch(`${baseUrl}/api/session`, { headers: { cookie: cookie.split(";")[0] ?? "" } });
    expect(await session.json()).toEqual({ editor: { name: "Mei Lin" }, csrfToken: body.csrfToken });
  });

  it("signs out with the CSRF token (the cookie is cleared), and not without it", async () => {
    const { cookie, csrfToken } = await signInOverHttp(baseUrl, "Leaving Editor");
    const refused = await fetch(`${baseUrl}/api/session`, { method: "DELETE", headers: { cookie } });
    expect(refused.status).toBe(403);
    const signedOut = await fetch(`${baseUrl}/api/session`, { method: "DELETE", headers: { cookie, "x-csrf-token": csrfToken } });
    expect(signedOut.status).toBe(200);
    expect(signedOut.headers.get("set-cookie")).toMatch(/^parallax-editor=;.*Max-Age=0/);
  });
});
