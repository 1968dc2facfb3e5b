import http from "node:http";

export interface LoadResult {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  requestsPerSecond: number;
  /** How many responses came from a cache: the proxy's page memory or Next's page cache. */
  cacheHits: number;
  bytes: number;
}

/**
 * Sends `requests` GETs to `url` over `concurrency` keep-alive connections on loopback and
 * reports latency percentiles (ms) and throughput. Bounded in count: it always stops.
 */
export async function load(url: string, requests: number, concurrency: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let cacheHits = 0;
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests) {
      next += 1;
      const t0 = performance.now();
      const { status, size, cache } = await get(url, agent);
      if (status !== 200) throw new Error(`${url} answered ${status}`);
      latencies.push(performance.now() - t0);
      bytes += size;
      if (cache === "memory" || cache === "HIT" || cache === "STALE") cacheHits += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { requests, seconds, p50: at(0.5), p99: at(0.99), requestsPerSecond: requests / seconds, cacheHits, bytes };
}

function get(url: string, agent: http.Agent): Promise<{ status: number; size: number; cache: string | undefined }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      let size = 0;
      response.on("data", (chunk: Buffer) => (size += chunk.length));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          size,
          cache: (response.headers["x-parallax-page"] ?? response.headers["x-nextjs-cache"]) as string | undefined,
        }),
      );
      response.on("error", reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`${url} timed out`)));
    request.on("error", reject);
  });
}
