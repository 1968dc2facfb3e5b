/**
 * What a write request says about where it comes from and how it was served, read from its
 * headers alone. (No `server-only` marker, for its unit test; only server/ code imports it.)
 */

/** Where a write's CSRF token goes: this header, or the form field `csrf` of a form post. */
export const CSRF_HEADER = "x-csrf-token";
export const CSRF_FORM_FIELD = "csrf";

/** The CSRF token a request carries: its header, else (for a form post) its `csrf` field; null when neither. */
export async function csrfTokenOf(request: Request): Promise<string | null> {
  const header = request.headers.get(CSRF_HEADER);
  if (header) return header;
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) return null;
  try {
    // A clone, so that the route handler can still read the form.
    const field = (await request.clone().formData()).get(CSRF_FORM_FIELD);
    return typeof field === "string" ? field : null;
  } catch {
    return null;
  }
}

/**
 * A browser names the page a request comes from in Origin (on every POST, PUT, PATCH and
 * DELETE) and says whether it is another site in Sec-Fetch-Site. Either pointing elsewhere
 * refuses the request; a client that sends neither (curl, a script) still needs the token.
 * The host compared with is X-Forwarded-Host where a proxy sets it, else Host.
 */
export function isSameOrigin(request: Request): boolean {
  if (request.headers.get("sec-fetch-site") === "cross-site") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Whether the browser reached us over https: the request's own URL, or X-Forwarded-Proto from a proxy. */
export function isServedOverHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/**
 * The Set-Cookie value of the session cookie: HttpOnly (scripts cannot read it),
 * SameSite=Strict (other sites' requests do not carry it), Secure over https, for the whole
 * site, expiring after `maxAgeSeconds` (0 clears it).
 */
export function sessionCookieHeader(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${name}=${value}`, "Path=/", "HttpOnly", "SameSite=Strict", `Max-Age=${maxAgeSeconds}`, ...(secure ? ["Secure"] : [])].join("; ");
}

/** The value of cookie `name` in a Cookie header, or undefined. */
export function cookieFrom(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const separator = part.indexOf("=");
    if (separator !== -1 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}
