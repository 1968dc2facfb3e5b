/**
 * `npm run bench:page` — serving speed of the article view.
 *
 * Builds a 200-row article in three languages from the demo corpus's one-to-one rows,
 * imports it into a fresh embedded database, runs `next start` on loopback and measures, in
 * the same run and in alternating rounds, (a) the article page with every highlight on and
 * (b) the identical HTML served as a static file by the same server. Target: page p50 within
 * 1.5× of the static file's, and every measured page request answered from a cache (the
 * proxy's page memory or Next's page cache: no row aligned, diffed or rendered again while
 * the article has not changed).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { buildIsStale } from "../../cli/build-state";
import { load, type LoadResult } from "./load";

const root = path.resolve(import.meta.dirname, "..", "..");
const ROWS = 200;
const ROUNDS = 5;
const REQUESTS_PER_ROUND = 200;
const CONCURRENCY = 8;
const TARGET_RATIO = 1.5;
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

    const port = await freePort();
    const pageUrl = `http://127.0.0.1:${port}/en/articles/bench-long-article`;
    server = await startServer(env, port);
    const first = performance.now();
    const html = await (await fetch(pageUrl)).text();
    const firstRender = performance.now() - first;
    await stopServer(server);
    // The same HTML as a static file, served by a fresh server that also serves the page.
    fs.mkdirSync(publicDir, { recursive: true });
    fs.writeFileSync(staticFile, html);
    server = await startServer(env, port);
    const staticUrl = `http://127.0.0.1:${port}/${staticName}`;
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
    console.log(`\nArticle of ${ROWS} rows, every highlight on; ${html.length.toLocaleString()} characters of HTML; first render ${firstRender.toFixed(0)} ms.`);
    console.log(`${ROUNDS} alternating rounds × ${REQUESTS_PER_ROUND} requests, ${CONCURRENCY} connections, loopback; the median round of each:\n`);
    console.log(`${"".padEnd(22)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"req/s".padStart(8)} ${"KiB/req".padStart(8)}`);
    console.log(row("article page", page));
    console.log(row("same HTML, static file", file));
    console.log(`\np50 ratio page/static: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO})`);
    console.log(`page requests answered from a page cache: ${page.cacheHits} of ${page.requests}`);
    const ok = ratio <= TARGET_RATIO && page.cacheHits === page.requests;
    console.log(ok ? "OK" : "TARGET MISSED");
    return ok ? 0 : 1;
  } finally {
    if (server) await stopServer(server);
    fs.rmSync(staticFile, { force: true });
    if (createdPublicDir) fs.rmSync(publicDir, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
