// Search benchmark in the browser: explorer-core compiled to wasm, and MiniSearch beside it, on
// the same synthetic corpus with the same queries, in headless Chromium.
//
//   node tests/bench/search-bench.mjs [--sizes 1000,10000,100000] [--no-minisearch] [--no-build]
//
// Builds crates/bench-web for wasm32 (release) and runs wasm-bindgen, serves the page on
// 127.0.0.1 with cross-origin isolation (for microsecond timers), and prints per size: build
// throughput, index bytes per article (no stored text), load time, query p50/p95 by kind, and
// the ratios MiniSearch / explorer-core. Times are wall-clock in the page (performance.now),
// each query counted at its fastest of three runs; an engine gets at most a minute per query
// kind (a slow one is measured on the first queries only, and the table says so).
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const sizes = option("--sizes", "1000,10000,100000").split(",").map(Number);
const targetDir = process.env.BENCH_TARGET_DIR || path.join(root, "target/bench-web");
const pkgDir = path.join(targetDir, "pkg");

function run(cmd, argv) {
  const r = spawnSync(cmd, argv, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed`);
}

if (!flag("--no-build") || !existsSync(path.join(pkgDir, "bench_web.js"))) {
  run("cargo", ["build", "--manifest-path", "crates/bench-web/Cargo.toml", "--target", "wasm32-unknown-unknown", "--release", "--target-dir", targetDir]);
  run("wasm-bindgen", ["--target", "web", "--out-dir", pkgDir, path.join(targetDir, "wasm32-unknown-unknown/release/bench_web.wasm")]);
}

const files = {
  "/": [path.join(root, "tests/bench/search-bench.html"), "text/html"],
  "/pkg/bench_web.js": [path.join(pkgDir, "bench_web.js"), "text/javascript"],
  "/pkg/bench_web_bg.wasm": [path.join(pkgDir, "bench_web_bg.wasm"), "application/wasm"],
  "/minisearch.js": [path.join(root, "node_modules/minisearch/dist/es/index.js"), "text/javascript"],
};
const server = createServer(async (req, res) => {
  const entry = files[new URL(req.url, "http://x").pathname];
  if (!entry) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    "Content-Type": entry[1],
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Embedder-Policy": "require-corp",
  });
  res.end(await readFile(entry[0]));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--js-flags=--max-old-space-size=4000",
  ],
});

const KINDS = [
  ["facets_only", "facets"],
  ["one_word", "1 word"],
  ["three_words_two_facets", "3 words+2 facets"],
  ["prefix_typing", "prefix typing"],
];
const f1 = (x) => (x === null || x === undefined ? "-" : x.toFixed(1));
const f2 = (x) => (x === null || x === undefined ? "-" : x.toFixed(2));

async function fresh() {
  const page = await browser.newPage();
  page.setDefaultTimeout(0);
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady === true);
  return page;
}

const rows = [];
try {
  for (const n of sizes) {
    let page = await fresh();
    const ours = await page.evaluate(([n, b]) => window.benchOurs(n, b), [n, n <= 10000]);
    await page.close();
    let mini = null;
    if (!flag("--no-minisearch")) {
      page = await fresh();
      try {
        mini = await page.evaluate((n) => window.benchMiniSearch(n), n);
      } catch (e) {
        mini = { error: String(e).split("\n")[0] };
      }
      await page.close().catch(() => {});
    }
    rows.push({ n, ours, mini });
    const mb = ours.textBytes / 1e6;
    console.log(`\n${n} articles, ${mb.toFixed(1)} MB of text${ours.crossOriginIsolated ? "" : " (timers coarse: page not cross-origin isolated)"}`);
    console.log(`  explorer-core wasm: build ${f1(mb / (ours.buildMs / 1000))} MB/s, index ${f1(ours.indexBytes / n)} B/article, load index ${f1(ours.loadMs)} ms` +
      (ours.bundleMs !== null ? `, load whole bundle ${f1(ours.bundleMs)} ms` : ""));
    if (mini && !mini.error) {
      console.log(`  MiniSearch:         build ${f1(mb / (mini.buildMs / 1000))} MB/s, index ${mini.indexBytes ? f1(mini.indexBytes / n) : "-"} B/article (JSON), load ${f1(mini.loadMs)} ms`);
      if (mini.indexBytes) console.log(`  index size ratio MiniSearch / ours: ${f2(mini.indexBytes / ours.indexBytes)}`);
    } else if (mini) {
      console.log(`  MiniSearch: ${mini.error}`);
    }
    console.log(`  ${"query kind".padEnd(18)} ${"ours p50/p95 ms".padStart(16)} ${"MiniSearch p50/p95".padStart(19)} ${"ratio p50/p95".padStart(14)}`);
    for (const [k, label] of KINDS) {
      const o = ours.kinds[k];
      const m = mini && !mini.error ? mini.kinds[k] : null;
      const ratio = m ? `${f1(m.p50 / o.p50)}x/${f1(m.p95 / o.p95)}x` : "-";
      const partial = m && m.n < m.of ? ` (MiniSearch: first ${m.n} of ${m.of} queries, time budget)` : "";
      console.log(`  ${label.padEnd(18)} ${`${f2(o.p50)}/${f2(o.p95)}`.padStart(16)} ${(m ? `${f2(m.p50)}/${f2(m.p95)}` : "-").padStart(19)} ${ratio.padStart(14)}${partial}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
