import "server-only";
import { cookies } from "next/headers";
import { resolveEditorSecret } from "./editor-secret";
import { deriveSessionKey, isCsrfTokenValid, readSession, csrfTokenFor, type EditorSession } from "./editor-session";
import { cookieFrom, csrfTokenOf, isSameOrigin } from "./request-checks";

export { CSRF_FORM_FIELD, CSRF_HEADER, isSameOrigin } from "./request-checks";

/** Someone signed in to edit: the name every write of theirs is recorded under. */
export interface SignedInEditor {
  name: string;
}

/** The session cookie: HttpOnly, SameSite=Strict, Secure over https (see sessionCookie). */
export const SESSION_COOKIE = "parallax-editor";

/** Answers of the write API when a request may not write: `code` lets the interface word it. */
export function refusal(status: number, code: string, error: string): Response {
  return Response.json({ error, code }, { status, headers: { "cache-control": "no-store" } });
}

/**
 * For a write route handler: the signed-in editor when the request carries a valid session
 * cookie and CSRF token (header `x-csrf-token`, or form field `csrf`), otherwise the response
 * to return: 401 when not signed in (no cookie, a forged or expired one, or editing switched
 * off), 403 when the request comes from another site (Origin or Sec-Fetch-Site) or its CSRF
 * token is missing or wrong.
 */
export async function authorizeWrite(request: Request): Promise<{ editor: SignedInEditor } | { response: Response }> {
  const key = sessionKey();
  const session = key ? readSession(key, cookieFrom(request.headers.get("cookie"), SESSION_COOKIE), Date.now()) : null;
  if (!key || !session) return { response: refusal(401, "not-signed-in", "sign in as an editor to make changes") };
  if (!isSameOrigin(request)) return { response: refusal(403, "cross-site", "this request comes from another site") };
  if (!isCsrfTokenValid(key, session, await csrfTokenOf(request))) {
    return { response: refusal(403, "csrf", "the CSRF token is missing or wrong: reload the page and try again") };
  }
  return { editor: { name: session.name } };
}

/** For pages: the signed-in editor and the CSRF token their forms send, or null for a reader. */
export async function currentEditor(): Promise<{ editor: SignedInEditor; csrfToken: string } | null> {
  const key = sessionKey();
  if (!key) return null;
  const session = readSession(key, (await cookies()).get(SESSION_COOKIE)?.value, Date.now());
  return session ? { editor: { name: session.name }, csrfToken: csrfTokenFor(key, session) } : null;
}

/** The session a request's cookie carries, for the session API. */
export function sessionOf(request: Request): { session: EditorSession; csrfToken: string } | null {
  const key = sessionKey();
  const session = key ? readSession(key, cookieFrom(request.headers.get("cookie"), SESSION_COOKIE), Date.now()) : null;
  return key && session ? { session, csrfToken: csrfTokenFor(key, session) } : null;
}

/** False on a production server started without PARALLAX_EDITOR_SECRET: nobody can sign in. */
export function isEditingEnabled(): boolean {
  return sessionKey() !== null;
}

/** The key sessions are signed with, or null when editing is switched off (production without a secret). */
export function sessionKey(): Buffer | null {
  const resolved = resolveEditorSecret(process.env);
  if ("refused" in resolved) return null;
  if (cachedKey?.secret !== resolved.secret) cachedKey = { secret: resolved.secret, key: deriveSessionKey(resolved.secret) };
  return cachedKey.key;
}
let cachedKey: { secret: string; key: Buffer } | null = null;
