import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Editor sessions without a session table: the cookie holds who signed in and until when,
 * with an HMAC-SHA256 over it under a key derived (HKDF) from the editors' secret, so only a
 * server that knows the secret can make one, and changing the secret ends every session. The
 * CSRF token is an HMAC of the session's random id under the same key: bound to that session,
 * unknown to another site, and checked in constant time. (This file has no `server-only`
 * marker so its unit tests can import it; it is only ever imported by server/ code.)
 */

/** How long a sign-in lasts. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

export interface EditorSession {
  name: string;
  /** Random, base64url; the CSRF token is derived from it. */
  sessionId: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

const TOKEN_VERSION = "v1";

/** The key sessions are signed with, derived from the secret (never the secret itself). */
export function deriveSessionKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "parallax editor sessions", "session and csrf mac v1", 32));
}

/** A new session for `name`, as the cookie value and the CSRF token its writes must carry. */
export function issueSession(key: Buffer, name: string, now: number, lifetimeMs = SESSION_LIFETIME_MS): { cookieValue: string; csrfToken: string; session: EditorSession } {
  const session: EditorSession = { name, sessionId: randomBytes(18).toString("base64url"), expiresAt: now + lifetimeMs };
  const payload = Buffer.from(JSON.stringify({ n: session.name, s: session.sessionId, e: session.expiresAt })).toString("base64url");
  const body = `${TOKEN_VERSION}.${payload}`;
  return { cookieValue: `${body}.${mac(key, `session\u0000${body}`)}`, csrfToken: csrfTokenFor(key, session), session };
}

/**
 * The session a cookie value stands for, or null when it is malformed, signed with another
 * key (tampered with, or an old secret) or expired at `now`.
 */
export function readSession(key: Buffer, cookieValue: string | undefined | null, now: number): EditorSession | null {
  if (!cookieValue || cookieValue.length > 4096) return null;
  const parts = cookieValue.split(".");
  if (parts.length !== 3 || parts[0] !== TOKEN_VERSION) return null;
  const [version, payload = "", signature = ""] = parts;
  if (!sameText(signature, mac(key, `session\u0000${version}.${payload}`))) return null;
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const { n, s, e } = (fields ?? {}) as { n?: unknown; s?: unknown; e?: unknown };
  if (typeof n !== "string" || typeof s !== "string" || typeof e !== "number") return null;
  if (e <= now) return null;
  return { name: n, sessionId: s, expiresAt: e };
}

/** The CSRF token of a session: the same for the session's whole life, different for every session. */
export function csrfTokenFor(key: Buffer, session: EditorSession): string {
  return mac(key, `csrf\u0000${session.sessionId}`);
}

export function isCsrfTokenValid(key: Buffer, session: EditorSession, token: string | null | undefined): boolean {
  return typeof token === "string" && token !== "" && sameText(token, csrfTokenFor(key, session));
}

/** Compares a secret someone typed with the configured one without leaking, by timing, how much of it matched or its length. */
export function isSecretCorrect(given: string, expected: string): boolean {
  const key = randomBytes(32);
  return timingSafeEqual(createHmac("sha256", key).update(given).digest(), createHmac("sha256", key).update(expected).digest());
}

function mac(key: Buffer, text: string): string {
  return createHmac("sha256", key).update(text).digest("base64url");
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
