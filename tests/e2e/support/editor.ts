/**
 * The editors' secret the test server is started with (global-setup passes it as
 * PARALLAX_EDITOR_SECRET; `next start` runs in production mode, which has no default).
 */
export const E2E_EDITOR_SECRET = "e2e-editors-secret-4b7d1c";

/** Signs in over HTTP as `name`: the session cookie (name=value) and the CSRF token to send with writes. */
export async function signInOverHttp(baseUrl: string, name: string): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, secret: E2E_EDITOR_SECRET }),
  });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { cookie, csrfToken };
}
