import http from "node:http";

/**
 * GET over a fresh connection. Node's fetch keeps idle connections in a pool, and one that
 * the server closed after its keep-alive timeout fails as "other side closed" when reused
 * after a pause; a test that waits between requests (for a CLI run, say) must not depend on it.
 */
export function getFresh(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}
