/**
 * A write from a client leaf to the JSON API: the CSRF token in its header, the body as
 * JSON (or a FormData as it is), and the answer as status and parsed body. A network failure
 * is status 0, so callers handle every outcome by its status and the body's `code`.
 */
export async function sendWrite(
  url: string,
  method: "POST" | "PUT" | "DELETE",
  csrfToken: string | null,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = csrfToken ? { "x-csrf-token": csrfToken } : {};
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  try {
    const response = await fetch(url, { method, headers, body: payload, credentials: "same-origin" });
    const parsed: unknown = await response.json().catch(() => ({}));
    return { status: response.status, body: typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {} };
  } catch {
    return { status: 0, body: {} };
  }
}

/** The `code` of a refused write, or "network" / "unknown". */
export function refusalCode(answer: { status: number; body: Record<string, unknown> }): string {
  if (answer.status === 0) return "network";
  return typeof answer.body.code === "string" ? answer.body.code : "unknown";
}
