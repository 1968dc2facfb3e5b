import { describe, expect, it } from "vitest";
import { resolveEditorSecret } from "@/server/editor-secret";
import { csrfTokenFor, deriveSessionKey, isCsrfTokenValid, isSecretCorrect, issueSession, readSession } from "@/server/editor-session";
import { SignInThrottle } from "@/server/sign-in-throttle";

const key = deriveSessionKey("correct horse battery staple");
const otherKey = deriveSessionKey("another secret");
const NOW = Date.UTC(2026, 11, 7, 22, 0, 0);
const HOUR = 3_600_000;

describe("editor sessions", () => {
  it("reads back the name and expiry of a session it issued", () => {
    const { cookieValue, session } = issueSession(key, "Mei Lin", NOW, 2 * HOUR);
    expect(readSession(key, cookieValue, NOW + HOUR)).toEqual({ name: "Mei Lin", sessionId: session.sessionId, expiresAt: NOW + 2 * HOUR });
  });

  it("keeps a name in Chinese intact", () => {
    const { cookieValue } = issueSession(key, "陳美玲", NOW);
    expect(readSession(key, cookieValue, NOW)?.name).toBe("陳美玲");
  });

  it("refuses a session once it has expired", () => {
    const { cookieValue } = issueSession(key, "Mei Lin", NOW, 2 * HOUR);
    expect(readSession(key, cookieValue, NOW + 2 * HOUR)).toBeNull();
    expect(readSession(key, cookieValue, NOW + 3 * HOUR)).toBeNull();
  });

  it("refuses a cookie signed under another secret", () => {
    const { cookieValue } = issueSession(otherKey, "Mei Lin", NOW);
    expect(readSession(key, cookieValue, NOW)).toBeNull();
  });

  it("refuses a cookie whose name or expiry was rewritten", () => {
    const { cookieValue } = issueSession(key, "Mei Lin", NOW, HOUR);
    const [version, payload, signature] = cookieValue.split(".");
    const fields = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8")) as { n: string; s: string; e: number };
    const renamed = Buffer.from(JSON.stringify({ ...fields, n: "Administrator" })).toString("base64url");
    const extended = Buffer.from(JSON.stringify({ ...fields, e: NOW + 1000 * HOUR })).toString("base64url");
    expect(readSession(key, `${version}.${renamed}.${signature}`, NOW)).toBeNull();
    expect(readSession(key, `${version}.${extended}.${signature}`, NOW + 2 * HOUR)).toBeNull();
  });

  it("refuses a flipped signature character, a missing part and garbage", () => {
    const { cookieValue } = issueSession(key, "Mei Lin", NOW);
    const last = cookieValue.at(-1) === "A" ? "B" : "A";
    expect(readSession(key, cookieValue.slice(0, -1) + last, NOW)).toBeNull();
    expect(readSession(key, cookieValue.split(".").slice(0, 2).join("."), NOW)).toBeNull();
    expect(readSession(key, "v1.e30.AAAA", NOW)).toBeNull();
    expect(readSession(key, "", NOW)).toBeNull();
    expect(readSession(key, undefined, NOW)).toBeNull();
    expect(readSession(key, "x".repeat(10_000), NOW)).toBeNull();
  });

  it("gives each session a different id and CSRF token", () => {
    const first = issueSession(key, "Mei Lin", NOW);
    const second = issueSession(key, "Mei Lin", NOW);
    expect(first.session.sessionId).not.toBe(second.session.sessionId);
    expect(first.csrfToken).not.toBe(second.csrfToken);
  });
});

describe("CSRF tokens", () => {
  it("accepts the token of the session, the same one currentEditor hands a page", () => {
    const { csrfToken, session } = issueSession(key, "Mei Lin", NOW);
    expect(csrfTokenFor(key, session)).toBe(csrfToken);
    expect(isCsrfTokenValid(key, session, csrfToken)).toBe(true);
  });

  it("refuses another session's token, a missing one, an empty one and a truncated one", () => {
    const mine = issueSession(key, "Mei Lin", NOW);
    const theirs = issueSession(key, "Mallory", NOW);
    expect(isCsrfTokenValid(key, mine.session, theirs.csrfToken)).toBe(false);
    expect(isCsrfTokenValid(key, mine.session, null)).toBe(false);
    expect(isCsrfTokenValid(key, mine.session, "")).toBe(false);
    expect(isCsrfTokenValid(key, mine.session, mine.csrfToken.slice(0, -1))).toBe(false);
  });

  it("refuses a token made under another secret for the same session id", () => {
    const { session } = issueSession(key, "Mei Lin", NOW);
    expect(isCsrfTokenValid(key, session, csrfTokenFor(otherKey, session))).toBe(false);
  });
});

describe("the editors' secret", () => {
  it("is compared exactly", () => {
    expect(isSecretCorrect("s3cret-value", "s3cret-value")).toBe(true);
    expect(isSecretCorrect("s3cret-valuE", "s3cret-value")).toBe(false);
    expect(isSecretCorrect("s3cret-value ", "s3cret-value")).toBe(false);
    expect(isSecretCorrect("", "s3cret-value")).toBe(false);
  });

  it("has no default in production: editing is switched off with a message naming the variable", () => {
    const resolved = resolveEditorSecret({ NODE_ENV: "production" });
    expect(resolved).toEqual({ refused: expect.stringContaining("PARALLAX_EDITOR_SECRET") });
    expect(resolveEditorSecret({ NODE_ENV: "production", PARALLAX_EDITOR_SECRET: "" })).toHaveProperty("refused");
    expect(resolveEditorSecret({})).toHaveProperty("refused");
    expect(resolveEditorSecret({ NODE_ENV: "staging" })).toHaveProperty("refused");
  });

  it("comes from PARALLAX_EDITOR_SECRET, and in development falls back to the documented default", () => {
    expect(resolveEditorSecret({ NODE_ENV: "production", PARALLAX_EDITOR_SECRET: "from-env" })).toEqual({ secret: "from-env" });
    expect(resolveEditorSecret({ NODE_ENV: "development" })).toEqual({ secret: "parallax-development-secret" });
    expect(resolveEditorSecret({ NODE_ENV: "test" })).toEqual({ secret: "parallax-development-secret" });
  });
});

describe("the sign-in throttle", () => {
  it("blocks a client after 3 wrong secrets in the window, and lets it try again once they are old", () => {
    const throttle = new SignInThrottle(3, 60_000);
    for (const at of [0, 1000, 2000]) {
      expect(throttle.isBlocked("10.0.0.1", NOW + at)).toBe(false);
      throttle.noteFailure("10.0.0.1", NOW + at);
    }
    expect(throttle.isBlocked("10.0.0.1", NOW + 3000)).toBe(true);
    expect(throttle.isBlocked("10.0.0.2", NOW + 3000)).toBe(false);
    expect(throttle.isBlocked("10.0.0.1", NOW + 60_001)).toBe(false);
  });
});
