import { describe, expect, it } from "vitest";
import { cookieFrom, csrfTokenOf, isSameOrigin, isServedOverHttps, sessionCookieHeader } from "@/server/request-checks";

const post = (headers: Record<string, string>, body?: BodyInit, url = "http://parallax.example/api/glossary/terms") =>
  new Request(url, { method: "POST", headers, body });

describe("isSameOrigin", () => {
  it("accepts an Origin naming the Host, and a request without Origin (a script, which still needs the token)", () => {
    expect(isSameOrigin(post({ host: "parallax.example", origin: "http://parallax.example" }))).toBe(true);
    expect(isSameOrigin(post({ host: "parallax.example:3000", origin: "http://parallax.example:3000" }))).toBe(true);
    expect(isSameOrigin(post({ host: "parallax.example" }))).toBe(true);
  });

  it("refuses another host or port, an opaque origin, and a browser saying cross-site", () => {
    expect(isSameOrigin(post({ host: "parallax.example", origin: "https://attacker.example" }))).toBe(false);
    expect(isSameOrigin(post({ host: "parallax.example:3000", origin: "http://parallax.example:4000" }))).toBe(false);
    expect(isSameOrigin(post({ host: "parallax.example", origin: "null" }))).toBe(false);
    expect(isSameOrigin(post({ host: "parallax.example", "sec-fetch-site": "cross-site" }))).toBe(false);
  });

  it("compares with the host a proxy names in X-Forwarded-Host", () => {
    expect(isSameOrigin(post({ host: "127.0.0.1:3000", "x-forwarded-host": "terms.example.org", origin: "https://terms.example.org" }))).toBe(true);
    expect(isSameOrigin(post({ host: "127.0.0.1:3000", origin: "https://terms.example.org" }))).toBe(false);
  });
});

describe("csrfTokenOf", () => {
  it("reads the x-csrf-token header first", async () => {
    expect(await csrfTokenOf(post({ "x-csrf-token": "abc", "content-type": "application/json" }, "{}"))).toBe("abc");
  });

  it("reads the csrf field of a form post, leaving the body for the handler", async () => {
    const form = new FormData();
    form.append("csrf", "from-the-form");
    form.append("file", new Blob(["en,zh-Hans"]), "terms.csv");
    const request = post({}, form);
    expect(await csrfTokenOf(request)).toBe("from-the-form");
    expect(((await request.formData()).get("file") as File).name).toBe("terms.csv");
    expect(await csrfTokenOf(post({ "content-type": "application/x-www-form-urlencoded" }, "csrf=plain&note=x"))).toBe("plain");
  });

  it("finds none in a JSON body or a form without the field", async () => {
    expect(await csrfTokenOf(post({ "content-type": "application/json" }, JSON.stringify({ csrf: "in-json" })))).toBeNull();
    expect(await csrfTokenOf(post({ "content-type": "application/x-www-form-urlencoded" }, "note=x"))).toBeNull();
  });
});

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Strict and site-wide, with a lifetime, and Secure only over https", () => {
    expect(sessionCookieHeader("parallax-editor", "v1.x.y", 43200, false)).toBe("parallax-editor=v1.x.y; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200");
    expect(sessionCookieHeader("parallax-editor", "", 0, true)).toBe("parallax-editor=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0; Secure");
  });

  it("is Secure when the request came over https, directly or through a proxy that says so", () => {
    expect(isServedOverHttps(post({}, undefined, "https://parallax.example/api/session"))).toBe(true);
    expect(isServedOverHttps(post({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isServedOverHttps(post({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(isServedOverHttps(post({}))).toBe(false);
  });

  it("is found by name among the request's cookies", () => {
    expect(cookieFrom("NEXT_LOCALE=en; parallax-editor=v1.a.b; other=1", "parallax-editor")).toBe("v1.a.b");
    expect(cookieFrom("parallax-editor-old=zzz", "parallax-editor")).toBeUndefined();
    expect(cookieFrom(null, "parallax-editor")).toBeUndefined();
  });
});
