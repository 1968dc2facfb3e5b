/**
 * `npm run bench:page` — serving speed of the article view and of the library.
 *
 * One fresh embedded database holds a 200-row article in three languages (cycled from the
 * demo corpus's one-to-one rows), a demo article, and 1,000 small generated articles
 * (written through db/, not one CLI import each). `next start` serves it on loopback.
 *
 * 1. The 200-row article page with every highlight on against the identical HTML as a static
 *    file, in alternating rounds at 8 connections. Target: page p50 within 1.5× of the
 *    file's, every request answered from a page cache.
 * 2. With autocannon at 50 connections: the library's first page, a later page, and a demo
 *    article's page, each measured from an idle server. Target: p50 ≤ 50 ms, no errors,
 *    and each page then answered from the proxy's page memory.
 *
 * Prints PASS or FAIL per target and exits 1 on a miss.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { buildIsStale } from "../../cli/build-state";
import { writeGeneratedLibrary } from "./library-articles";
import { load, type LoadResult } from "./load";

const root = path.resolve(import.meta.dirname, "..", "..");
const ROWS = 200;
const LIBRARY_ARTICLES = 1_000;
const CONNECTIONS = 50;
const ROUNDS = 5;
const REQUESTS_PER_ROUND = 200;
const CONCURRENCY = 8;
const WARM_UP_SECONDS = 2;
const MEASURE_SECONDS = 8;
const TARGET_P50_MS = 50;
const TARGET_RATIO = 1.5;
const DEMO_ARTICLE = "open-data-city-budgets";
/** A page well inside the library at any page size from 10 to 40. */
const LATER_PAGE = 20;
const staticName = "bench-article-static.html";

interface DemoRow { en: number[]; "zh-Hans": number[]; "zh-Hant": number[] }
interface Manifest { articles: { slug: string; expectedRows: DemoRow[] }[] }

function paragraphsOf(file: string): string[] {
  return fs
    .readFileSync(file, "utf8")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !block.startsWith("# ") && !/^(Date|By): /.test(block));
}

/** en/zh-Hans/zh-Hant Markdown of a ROWS-row article cycled from the demo's 1-1-1 rows. */
function writeBenchArticle(folder: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "demo", "manifest.json"), "utf8")) as Manifest;
  const triples: [string, string, string][] = [];
  for (const article of manifest.articles) {
    const dir = path.join(root, "demo", "articles", article.slug);
    const [en, hans, hant] = ["en", "zh-Hans", "zh-Hant"].map((lang) => paragraphsOf(path.join(dir, `${lang}.md`)));
    for (const row of article.expectedRows) {
      const [e, s, t] = [row.en, row["zh-Hans"], row["zh-Hant"]];
      if (e.length === 1 && s.length === 1 && t.length === 1) triples.push([en?.[e[0] ?? -1] ?? "", hans?.[s[0] ?? -1] ?? "", hant?.[t[0] ?? -1] ?? ""]);
    }
  }
  const rows = Array.from({ length: ROWS }, (_, i) => triples[i % triples.length] ?? ["", "", ""]);
  fs.mkdirSync(folder, { recursive: true });
  const write = (lang: string, title: string, index: number) =>
    fs.writeFileSync(path.join(folder, `${lang}.md`), `# ${title}\n\nDate: 2026-04-01\n\n${rows.map((r) => r[index]).join("\n\n")}\n`);
  write("en", "A long article for the page benchmark", 0);
  write("zh-Hans", "页面基准测试用的长文章", 1);
  write("zh-Hant", "頁面基準測試用的長文章", 2);
}

function run(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: root, env: { ...env, PORT: String(port) }, detached: true, stdio: "ignore",
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/en`)).ok) return server;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("next start did not come up");
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  process.kill(-server.pid, "SIGTERM");
  await exited;
}

interface Measured {
  p50: number;
  p95: number;
  requestsPerSecond: number;
  requests: number;
  errors: number;
  kibPerRequest: number;
}

/**
 * Loads `url` for `seconds` over CONNECTIONS keep-alive connections. Percentiles come from
 * every response's own time (autocannon's histogram has no 95th percentile).
 */
async function measure(url: string, seconds: number): Promise<Measured> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, timeout: 60 }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return {
    p50: at(0.5),
    p95: at(0.95),
    requestsPerSecond: times.length / seconds,
    requests: times.length,
    errors: non2xx,
    kibPerRequest: result.throughput.total / Math.max(1, times.length) / 1024,
  };
}

/** Which cache answered `url`: "memory" (the proxy's page memory), Next's, or none. */
async function servedFrom(url: string): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return response.headers.get("x-parallax-page") ?? response.headers.get("x-nextjs-cache") ?? "rendered";
  } catch {
    return "no answer within 30 s";
  }
}

function line(name: string, m: Measured, ok: boolean): string {
  const cells = [m.requests === 0 ? `> ${MEASURE_SECONDS * 1000}` : m.p50.toFixed(1), m.requests === 0 ? "—" : m.p95.toFixed(1), m.requestsPerSecond.toFixed(0), m.kibPerRequest.toFixed(0), String(m.errors)];
  return `${name.padEnd(28)} ${cells.map((c) => c.padStart(8)).join(" ")}  ${ok ? "PASS" : "FAIL"}`;
}

function row(name: string, r: LoadResult): string {
  return `${name.padEnd(22)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${r.requestsPerSecond.toFixed(0).padStart(8)} ${(r.bytes / r.requests / 1024).toFixed(0).padStart(8)}`;
}

function merge(results: LoadResult[]): LoadResult {
  // Percentiles of a merged run are not the mean of percentiles; report the median round.
  const sorted = [...results].sort((a, b) => a.p50 - b.p50);
  const median = sorted[Math.floor(sorted.length / 2)] as LoadResult;
  const requests = results.reduce((s, r) => s + r.requests, 0);
  const seconds = results.reduce((s, r) => s + r.seconds, 0);
  return { ...median, requests, seconds, requestsPerSecond: requests / seconds, cacheHits: results.reduce((s, r) => s + r.cacheHits, 0), bytes: results.reduce((s, r) => s + r.bytes, 0) };
}

/**
 * Waits until the server answers `probe` (a static file) within 100 ms, at most two minutes:
 * requests a measurement left queued (a slow page at 50 connections) must not be billed to
 * the next one.
 */
async function waitUntilIdle(probe: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const t0 = performance.now();
    try {
      await (await fetch(probe, { signal: AbortSignal.timeout(30_000) })).arrayBuffer();
      if (performance.now() - t0 < 100) return;
    } catch { /* still busy */ }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Part 1: the long article page against its own HTML as a static file (ratio of p50s). */
async function articleAgainstStaticFile(pageUrl: string, staticUrl: string, html: string, firstRender: number): Promise<boolean> {
  await load(pageUrl, 20, 2);
  await load(staticUrl, 20, 2);
  const pages: LoadResult[] = [];
  const statics: LoadResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    pages.push(await load(pageUrl, REQUESTS_PER_ROUND, CONCURRENCY));
    statics.push(await load(staticUrl, REQUESTS_PER_ROUND, CONCURRENCY));
  }
  const page = merge(pages);
  const file = merge(statics);
  const ratio = page.p50 / file.p50;
  console.log(`\n1. Article of ${ROWS} rows, every highlight on; ${html.length.toLocaleString()} characters of HTML; first render ${firstRender.toFixed(0)} ms.`);
  console.log(`${ROUNDS} alternating rounds × ${REQUESTS_PER_ROUND} requests, ${CONCURRENCY} connections, loopback; the median round of each:\n`);
  console.log(`${"".padEnd(22)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"req/s".padStart(8)} ${"KiB/req".padStart(8)}`);
  console.log(row("article page", page));
  console.log(row("same HTML, static file", file));
  const ok = ratio <= TARGET_RATIO && page.cacheHits === page.requests;
  console.log(`\np50 ratio page/static: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}); answered from a page cache: ${page.cacheHits} of ${page.requests}  ${ok ? "PASS" : "FAIL"}`);
  return ok;
}

/** Part 2: the library's pages and a demo article's page at 50 connections (p50 ≤ 50 ms). */
async function libraryAtFiftyConnections(base: string, probe: string): Promise<boolean> {
  const cases = [
    { name: "library, first page", url: `${base}/en`, held: true },
    { name: `library, page ${LATER_PAGE}`, url: `${base}/en?page=${LATER_PAGE}`, held: true },
    // The target is the library's; an article page (five times the bytes) is shown
    // beside it as a reference for the same memory path.
    { name: `article page (${DEMO_ARTICLE})`, url: `${base}/en/articles/${DEMO_ARTICLE}`, held: false },
  ];
  console.log(`\n2. Library of ${LIBRARY_ARTICLES + 2} articles. autocannon, ${CONNECTIONS} connections, loopback, each page from an idle server: ${WARM_UP_SECONDS} s warm-up, then ${MEASURE_SECONDS} s measured.\n`);
  console.log(`load average (1 min) at the start: ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`);
  console.log(`${"".padEnd(28)} ${["p50 ms", "p95 ms", "req/s", "KiB/req", "errors"].map((c) => c.padStart(8)).join(" ")}  target p50 ≤ ${TARGET_P50_MS} ms`);
  let ok = true;
  const firstLoads: string[] = [];
  for (const { name, url, held } of cases) {
    await waitUntilIdle(probe);
    const t0 = performance.now();
    const first = await servedFrom(url);
    firstLoads.push(`${name} ${(performance.now() - t0).toFixed(0)} ms (${first})`);
    await measure(url, WARM_UP_SECONDS);
    const m = await measure(url, MEASURE_SECONDS);
    const pass = m.requests > 0 && m.p50 <= TARGET_P50_MS && m.errors === 0;
    if (held) ok &&= pass;
    console.log(held ? line(name, m, pass) : `${line(name, m, pass).replace(/(PASS|FAIL)$/, "")}(reference)`);
  }
  // The floor: a 5-byte static file, which Next serves without the proxy. On a shared machine
  // it shows how much of a page's time is the machine's, not the page's.
  await waitUntilIdle(probe);
  await measure(probe, WARM_UP_SECONDS);
  const floor = await measure(probe, MEASURE_SECONDS);
  console.log(`${"5-byte static file (floor)".padEnd(28)} ${[floor.p50.toFixed(1), floor.p95.toFixed(1), floor.requestsPerSecond.toFixed(0), floor.kibPerRequest.toFixed(0), String(floor.errors)].map((c) => c.padStart(8)).join(" ")}  (reference)`);
  console.log(`\nfirst request to each page from an idle server: ${firstLoads.join("; ")}`);
  await waitUntilIdle(probe);
  const sources: string[] = [];
  for (const { url } of cases) sources.push(await servedFrom(url));
  const fromMemory = sources.every((source) => source === "memory");
  console.log(`answered from the proxy's page memory afterwards: ${cases.map(({ name }, k) => `${name}: ${sources[k]}`).join("; ")}  ${fromMemory ? "PASS" : "FAIL"}`);
  return ok && fromMemory;
}

async function main(): Promise<number> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-bench-page-"));
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "", PGLITE_DIR: path.join(work, "pglite") };
  const publicDir = path.join(root, "public");
  const staticFile = path.join(publicDir, staticName);
  const createdPublicDir = !fs.existsSync(publicDir);
  let server: ChildProcess | undefined;
  try {
    writeBenchArticle(path.join(work, "bench-long-article"));
    if (buildIsStale(root)) run(["node_modules/next/dist/bin/next", "build"], env);
    run(["bin/parallax.mjs", "db", "migrate"], env);
    run(["bin/parallax.mjs", "import", path.join(work, "bench-long-article")], env);
    run(["bin/parallax.mjs", "import", path.join(root, "demo", "articles", DEMO_ARTICLE)], env);
    const seeding = performance.now();
    await writeGeneratedLibrary(env, LIBRARY_ARTICLES);
    console.log(`${LIBRARY_ARTICLES} generated articles written in ${((performance.now() - seeding) / 1000).toFixed(1)} s.`);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const pageUrl = `${base}/en/articles/bench-long-article`;
    server = await startServer(env, port);
    const first = performance.now();
    const html = await (await fetch(pageUrl)).text();
    const firstRender = performance.now() - first;
    await stopServer(server);
    // The same HTML as a static file, served by a fresh server that also serves the pages.
    fs.mkdirSync(publicDir, { recursive: true });
    fs.writeFileSync(staticFile, html);
    fs.writeFileSync(path.join(publicDir, "bench-idle-probe.txt"), "idle\n");
    server = await startServer(env, port);

    const articleOk = await articleAgainstStaticFile(pageUrl, `${base}/${staticName}`, html, firstRender);
    const libraryOk = await libraryAtFiftyConnections(base, `${base}/bench-idle-probe.txt`);
    const ok = articleOk && libraryOk;
    console.log(ok ? "\nPASS" : "\nFAIL: a target was missed");
    return ok ? 0 : 1;
  } finally {
    if (server) await stopServer(server);
    fs.rmSync(staticFile, { force: true });
    fs.rmSync(path.join(publicDir, "bench-idle-probe.txt"), { force: true });
    if (createdPublicDir) fs.rmSync(publicDir, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
