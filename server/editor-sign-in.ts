import "server-only";
import { getPrisma } from "@/db/client";
import { recordEditorSignIn } from "@/db/editors";
import { authorizeWrite, isSameOrigin, refusal, SESSION_COOKIE, sessionKey, sessionOf } from "./editor-auth";
import { EDITING_OFF_MESSAGE, resolveEditorSecret } from "./editor-secret";
import { isSecretCorrect, issueSession, SESSION_LIFETIME_MS } from "./editor-session";
import { isServedOverHttps, sessionCookieHeader } from "./request-checks";
import { SignInThrottle } from "./sign-in-throttle";

/** Longest editor name: it is shown in headers and the audit log. */
export const EDITOR_NAME_MAX = 60;

const throttle = new SignInThrottle();

/** `GET /api/session`: who is signed in, with the CSRF token, or `{ editor: null }`. */
export function describeSession(request: Request): Response {
  const found = sessionOf(request);
  const body = found ? { editor: { name: found.session.name }, csrfToken: found.csrfToken } : { editor: null, editingEnabled: sessionKey() !== null };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
}

/**
 * `POST /api/session` with `{ "name", "secret" }`: signs in with the editors' secret
 * (PARALLAX_EDITOR_SECRET), records the name in the Editor table, and answers
 * `{ editor: { name }, csrfToken }` with the session cookie. A wrong secret is 401; editing
 * switched off (production without the variable) is 503 with a message naming the variable;
 * too many wrong secrets from one address are 429 for a while.
 */
export async function signIn(request: Request): Promise<Response> {
  const resolved = resolveEditorSecret(process.env);
  if ("refused" in resolved) return refusal(503, "editing-off", EDITING_OFF_MESSAGE);
  if (!isSameOrigin(request)) return refusal(403, "cross-site", "this request comes from another site");
  // Behind a proxy, the address it names; served directly, Next does not tell, so one count for all.
  const client = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "direct";
  if (throttle.isBlocked(client, Date.now())) return refusal(429, "too-many-attempts", "too many wrong secrets: wait a minute and try again");

  // A name and a secret: anything much longer is not a sign-in (and is not read into memory).
  if (Number(request.headers.get("content-length") ?? "0") > 16 * 1024) return refusal(413, "too-large", "a sign-in is a name and a secret");
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return refusal(400, "bad-request", 'send JSON: { "name": "…", "secret": "…" }');
  }
  const { name, secret } = (body ?? {}) as { name?: unknown; secret?: unknown };
  const editorName = typeof name === "string" ? name.trim().replace(/\s+/g, " ") : "";
  if (editorName === "" || editorName.length > EDITOR_NAME_MAX || /\p{Cc}|\p{Cf}/u.test(editorName)) {
    return refusal(400, "bad-name", `give your name (1 to ${EDITOR_NAME_MAX} characters): every change is recorded under it`);
  }
  if (typeof secret !== "string" || !isSecretCorrect(secret, resolved.secret)) {
    throttle.noteFailure(client, Date.now());
    return refusal(401, "wrong-secret", "that is not the editors' secret");
  }

  const key = sessionKey();
  if (!key) return refusal(503, "editing-off", EDITING_OFF_MESSAGE);
  await recordEditorSignIn(getPrisma(), editorName);
  const { cookieValue, csrfToken } = issueSession(key, editorName, Date.now());
  const response = Response.json({ editor: { name: editorName }, csrfToken }, { headers: { "cache-control": "no-store" } });
  response.headers.append("set-cookie", sessionCookie(request, cookieValue, SESSION_LIFETIME_MS / 1000));
  return response;
}

/** `DELETE /api/session` (with the CSRF token): signs out, clearing the cookie. */
export async function signOut(request: Request): Promise<Response> {
  const authorized = await authorizeWrite(request);
  if ("response" in authorized) return authorized.response;
  const response = Response.json({ editor: null }, { headers: { "cache-control": "no-store" } });
  response.headers.append("set-cookie", sessionCookie(request, "", 0));
  return response;
}

function sessionCookie(request: Request, value: string, maxAgeSeconds: number): string {
  return sessionCookieHeader(SESSION_COOKIE, value, maxAgeSeconds, isServedOverHttps(request));
}
