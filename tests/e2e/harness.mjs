// Shared pieces of the end-to-end tests: a static server for dist/, Chromium, console capture,
// the `explorer` CLI (extract and bundle), throwaway corpora, and an oracle of the query semantics
// computed from the `explorer extract` JSON, so expected results come from the data.
import { before, after } from 'node:test';
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/**
 * The release build under test: `dist/`, or `$EXPLORER_DIST`, a build made elsewhere from the same
 * sources (expectations are computed with this checkout's CLI).
 */
export const dist = process.env.EXPLORER_DIST || join(root, 'dist');
export const shots = join(root, 'test-output', 'screenshots');
export const seeds = join(root, 'seeds');
/** Results per page in the app. */
export const PAGE_SIZE = 20;

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Serves `dir` statically on 127.0.0.1 with Python's http.server; resolves once it answers. */
export async function serve(dir = dist) {
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', String(port), '--directory', dir], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, port, close: () => proc.kill() };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** Opens a page that records console errors and uncaught exceptions into `page.errors`. */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  watch(page);
  await page.goto(url);
  return page;
}

function watch(page) {
  page.errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.errors.push(msg.text());
  });
  page.on('pageerror', (err) => page.errors.push(String(err)));
}

/** One browser context per browser for pages opened without options (see `openReady`). */
const sharedContexts = new WeakMap();

/**
 * Opens `url` and waits until the corpus is loaded and the results (or the reader) show. Pages
 * opened without `options` share one browser context, so the wasm compiled for the first page
 * is reused (a fresh context costs a second or more per page on a busy machine); each page still
 * has its own history. With options (theme, viewport, permissions) the page gets its own context.
 * Close pages with `closePage`, which leaves the shared context open.
 */
export async function openReady(browser, url, options = {}) {
  let page;
  if (Object.keys(options).length > 0) page = await openPage(browser, url, options);
  else {
    let context = sharedContexts.get(browser);
    if (!context) {
      context = await browser.newContext();
      sharedContexts.set(browser, context);
    }
    return openReadyIn(context, url);
  }
  await ready(page);
  return page;
}

/** Opens `url` in a new page of `context`, recording errors, and waits as `openReady` does. */
export async function openReadyIn(context, url) {
  const page = await context.newPage();
  watch(page);
  await page.goto(url);
  await ready(page);
  return page;
}

/** Closes a page, and its context unless it is the shared one. */
export async function closePage(page) {
  const context = page.context();
  await page.close();
  if (sharedContexts.get(context.browser()) !== context) await context.close();
}

/** Waits until the app has loaded the corpus and shows results, an empty state or an article. */
export async function ready(page) {
  await page.waitForSelector('.result-bar .count, article.reader', { timeout: 15000 });
}

export async function screenshot(page, name) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** The article file names of a corpus folder, as the explorer reads them. */
export function corpusFiles(dir = seeds) {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html?)$/i.test(f))
    .sort();
}

function cli(args) {
  return execFileSync('cargo', ['run', '--quiet', '--profile', 'native', '-p', 'explorer-cli', '--', ...args], {
    cwd: root,
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * The `explorer extract` JSON of a folder, from the CLI built natively. Open-ended dates run to
 * the CLI's default day (`SOURCE_DATE_EPOCH`, else today), as in the bundle Trunk's hook writes.
 */
export function extract(dir = seeds) {
  const data = JSON.parse(cli(['extract', dir]).toString());
  // The explorer shows and counts each story once: near-duplicates (`duplicate_of`) are kept
  // aside here as they are in the explorer.
  data.duplicates = data.articles.filter((a) => a.duplicate_of);
  data.articles = data.articles.filter((a) => !a.duplicate_of);
  return data;
}

/**
 * A copy of the release build whose bundle is made from `corpusDir` instead of the seeds, in a
 * temporary folder (the bundle is a separate file, so the wasm, JS and CSS are reused as built).
 * Returns the folder; `removeDir` it when done.
 */
export function distFor(corpusDir) {
  const out = mkdtempSync(join(tmpdir(), 'explorer-dist-'));
  cpSync(dist, out, { recursive: true });
  rmSync(join(out, 'corpus.bin'), { force: true });
  cli(['bundle', corpusDir, '--out', join(out, 'corpus.bin')]);
  // A new bundle is a new build: stamp its id and file list, as after any release build.
  const stamp = join(root, 'scripts', 'post_build.py');
  if (existsSync(stamp))
    execFileSync('python3', [stamp], { env: { ...process.env, TRUNK_PROFILE: 'release', TRUNK_STAGING_DIR: out, TRUNK_SOURCE_DIR: root }, stdio: 'ignore' });
  return out;
}

/** Writes `files` ({name: text}) into a new temporary folder and returns its path. */
export function writeCorpus(files) {
  const dir = mkdtempSync(join(tmpdir(), 'explorer-corpus-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export function removeDir(dir) {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/**
 * A deterministic corpus of `n` short news articles about mediation between states, varied in
 * mediator, parties, stage and date (a day, part of a month, part of a year, or none), some reporting two
 * efforts at once, in the general style of wire copy. It exists to exercise paging and facets on
 * more than a handful of articles; what extraction finds in it is read back from `extract`,
 * never assumed.
 */
export function syntheticCorpus(n = 60) {
  const mediators = [
    ['Qatar', 'Doha'],
    ['Turkey', 'Istanbul'],
    ['Norway', 'Oslo'],
    ['Egypt', 'Cairo'],
    ['Oman', 'Muscat'],
    ['Switzerland', 'Geneva'],
  ];
  const pairs = [
    ['Afghanistan', 'Pakistan'],
    ['Armenia', 'Azerbaijan'],
    ['Ethiopia', 'Eritrea'],
    ['Sudan', 'South Sudan'],
    ['India', 'Pakistan'],
  ];
  const stages = [
    (m, a, b, when) => `${m} offered to mediate between ${a} and ${b} ${when}.`,
    (m, a, b, when) => `${m} hosted talks between ${a} and ${b} ${when}.`,
    (m, a, b, when) => `${a} and ${b} signed an agreement brokered by ${m} ${when}.`,
    (m, a, b, when) => `Talks between ${a} and ${b} mediated by ${m} collapsed ${when}.`,
  ];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const files = {};
  for (let i = 0; i < n; i++) {
    const [m, city] = mediators[i % mediators.length];
    const [a, b] = pairs[(i * 7) % pairs.length];
    const stage = stages[(i * 3) % stages.length];
    const year = 2024 + (i % 2);
    const month = months[(i * 5) % 12];
    const day = 1 + ((i * 11) % 27);
    let dateline = `${city.toUpperCase()}, ${month} ${day}, ${year} (Wire) — `;
    let when = 'on Monday';
    if (i % 6 === 5) {
      dateline = `${city.toUpperCase()} (Wire) — `;
      when = i % 12 === 5 ? `in late ${month} ${year}` : `in early ${year}`;
    } else if (i % 10 === 9) {
      dateline = '';
      when = 'recently';
    }
    const lead = [`${dateline}${stage(m, a, b, when)} Officials from both sides described the meeting as frank.`];
    if (i % 5 === 4) {
      const [m2] = mediators[(i + 2) % mediators.length];
      const [a2, b2] = pairs[(i * 7 + 2) % pairs.length];
      lead.push(`Separately, ${stages[(i * 3 + 1) % stages.length](m2, a2, b2, 'last week')}`);
    }
    files[`gen_${String(i).padStart(3, '0')}.txt`] = [
      `${m} and the search for calm between ${a} and ${b} (report ${i + 1})`,
      '',
      lead.join(' '),
      '',
      `Diplomats said the next round would depend on progress along the border. Observers noted that ${m} has long kept channels open to both governments.`,
      '',
      'Share on Facebook',
      'Tweet',
      '',
    ].join('\n');
  }
  return files;
}

// ---- The query semantics, computed from the `explorer extract` JSON ----

/** A facet code as the index normalises it: upper case, `-` and other signs as `_`. */
export function facetCode(id) {
  return [...id]
    .slice(0, 32)
    .map((c) => (/[a-z]/.test(c) ? c.toUpperCase() : /[A-Z0-9_.]/.test(c) ? c : '_'))
    .join('');
}

export function pairKey(a, b) {
  return a <= b ? `${a}-${b}` : `${b}-${a}`;
}

function eventPairs(e) {
  const parties = e.parties.map(facetCode);
  const out = new Set();
  for (let i = 0; i < parties.length; i++)
    for (let j = i + 1; j < parties.length; j++) if (parties[i] !== parties[j]) out.add(pairKey(parties[i], parties[j]));
  return [...out];
}

/** The article's own date: publication, else the first dated event. */
export function articleDate(a) {
  return a.published ?? a.events.find((e) => e.date)?.date ?? null;
}

/**
 * The rows a query is matched against: one per event (its pairs, mediators, status, date or the
 * article's) and one for the article itself (every pair it names, its date, no mediator or
 * status). Pair, mediator, status and date must hold on one row.
 */
function rows(a) {
  const ad = articleDate(a);
  const out = a.events.map((e) => ({
    pairs: eventPairs(e),
    mediators: [...new Set(e.mediators.map(facetCode))],
    status: e.status,
    date: e.date ?? ad,
  }));
  const all = new Set(a.pairs.map(([x, y]) => pairKey(facetCode(x), facetCode(y))));
  for (const r of out) r.pairs.forEach((p) => all.add(p));
  out.push({ pairs: [...all], mediators: [], status: null, date: ad });
  return out;
}

function lastDay(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function bound(text, end) {
  const [y, m, d] = text.split('-').map(Number);
  const month = m ?? (end ? 12 : 1);
  const day = d ?? (end ? lastDay(y, month) : 1);
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whether article `a` matches the filters of `q` ({pair, mediator, status, country: arrays; from,
 * to: partial dates; dates: 'overlap'|'within'; undated: bool}); text is not modelled.
 */
export function matches(a, q) {
  // A near-duplicate story is shown and counted once, under the article it duplicates.
  if (a.duplicate_of) return false;
  const has = (v) => v && v.length > 0;
  if (has(q.country)) {
    const cs = a.countries.map(facetCode);
    if (!q.country.some((c) => cs.includes(c))) return false;
  }
  const dated = q.from || q.to;
  const from = q.from ? bound(q.from, false) : '0000-01-01';
  const to = q.to ? bound(q.to, true) : '9999-12-31';
  return rows(a).some((r) => {
    if (has(q.pair) && !r.pairs.some((p) => q.pair.includes(p))) return false;
    if (has(q.mediator) && !r.mediators.some((m) => q.mediator.includes(m))) return false;
    if (has(q.status) && !(r.status && q.status.includes(r.status))) return false;
    if (dated) {
      if (!r.date) return !!q.undated;
      const { earliest: lo, latest: hi } = r.date;
      return q.dates === 'within' ? lo >= from && hi <= to : lo <= to && hi >= from;
    }
    return true;
  });
}

/** The files of `corpus` (extract JSON) matching `q`, sorted. */
export function expectedFiles(corpus, q) {
  return corpus.articles
    .filter((a) => matches(a, q))
    .map((a) => a.file)
    .sort();
}

/** Every value of each facet in the corpus. */
export function facetValues(corpus) {
  const v = { pair: new Set(), mediator: new Set(), status: new Set(), country: new Set() };
  for (const a of corpus.articles.filter((x) => !x.duplicate_of)) {
    for (const r of rows(a)) {
      r.pairs.forEach((p) => v.pair.add(p));
      r.mediators.forEach((m) => v.mediator.add(m));
      if (r.status) v.status.add(r.status);
    }
    a.countries.forEach((c) => v.country.add(facetCode(c)));
  }
  return Object.fromEntries(Object.entries(v).map(([k, s]) => [k, [...s].sort()]));
}

/**
 * The counts each facet should show under `q`: disjunctive, so a facet's counts apply every other
 * facet's selection but not its own. Values with no article are left out unless selected.
 */
export function expectedCounts(corpus, q) {
  const values = facetValues(corpus);
  const out = {};
  for (const facet of ['pair', 'mediator', 'status', 'country']) {
    out[facet] = {};
    for (const value of values[facet]) {
      const n = corpus.articles.filter((a) => matches(a, { ...q, [facet]: [value] })).length;
      if (n > 0 || (q[facet] ?? []).includes(value)) out[facet][value] = n;
    }
  }
  return out;
}

// ---- Reading the page ----

/** The data-file of every listed result, sorted. */
export async function listedFiles(page) {
  const files = await page.$$eval('.article-list [data-file]', (els) => els.map((e) => e.dataset.file));
  return files.sort();
}

/** The number of articles the result bar announces. */
export async function shownCount(page) {
  const text = await page.textContent('.result-bar .count');
  return Number(text.match(/\d+/)[0]);
}

/**
 * {value: count} of one facet as the page shows it, read the way a test outside the project
 * would: the element with `data-facet` and `data-value` contains the count as its last number.
 */
export async function pageCounts(page, facet) {
  return page.$$eval(`[data-facet="${facet}"][data-value]`, (els) =>
    Object.fromEntries(els.map((e) => [e.dataset.value, Number(e.textContent.match(/(\d+)\s*$/)?.[1] ?? NaN)])),
  );
}

/** {facet: {value: count}} for every facet on the page. */
export async function allPageCounts(page) {
  const out = {};
  for (const facet of ['pair', 'mediator', 'status', 'country']) out[facet] = await pageCounts(page, facet);
  return out;
}

/** The values shown as selected in one facet, sorted. */
export async function selectedValues(page, facet) {
  const vs = await page.$$eval(`[data-facet="${facet}"][aria-pressed="true"]`, (els) => els.map((e) => e.dataset.value));
  return vs.sort();
}

/** Clicks a facet value and waits for the address to show the selection. */
export async function toggleFacet(page, facet, value) {
  const before = page.url();
  await page.click(`[data-facet="${facet}"][data-value="${value}"]`);
  await page.waitForFunction((u) => location.href !== u, before);
}

/** The URL parameter `name` of the page's address, split at commas. */
export function param(page, name) {
  const v = new URL(page.url()).searchParams.get(name);
  return v === null ? [] : v.split(',').sort();
}

/**
 * Runs axe-core on the page and returns the serious and critical violations, each as
 * "rule: target, target" for a readable assertion message. The page's context must be opened
 * with `bypassCSP: true`: the app's Content-Security-Policy rightly refuses injected scripts.
 */
export async function axeViolations(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: join(root, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

/** Everything a person sees of the view's state, read from the page. */
export async function viewState(page) {
  return page.evaluate(() => {
    const $ = (s) => document.querySelector(s);
    const selected = {};
    for (const b of document.querySelectorAll('[data-facet][aria-pressed="true"]')) (selected[b.dataset.facet] ??= []).push(b.dataset.value);
    return {
      search: $('#search')?.value,
      selected,
      from: $('#date-from')?.value,
      to: $('#date-to')?.value,
      dates: $('#date-mode')?.value,
      undated: $('.date-options input[type="checkbox"]')?.checked,
      sort: $('#sort')?.value ?? null,
      count: $('.result-bar .count')?.textContent ?? null,
      results: [...document.querySelectorAll('.article-list [data-file]')].map((e) => e.dataset.file),
      chips: [...document.querySelectorAll('.active-filters .chip')].map((e) => e.textContent),
      reader: $('article.reader')?.dataset.file ?? null,
      notice: $('[data-notice]')?.textContent ?? null,
    };
  });
}

/** Runs `act` (a click, a key) and waits until the address has changed. */
export async function navigates(page, act) {
  const before = page.url();
  await act();
  await page.waitForFunction((u) => location.href !== u, before);
}

/**
 * The view once it equals `expected`, or the last one read after `ms`: for changes the app makes
 * after the address changed (Back and Forward), compared with deepEqual by the caller.
 */
export async function settledView(page, expected, ms = 5000) {
  const until = Date.now() + ms;
  let v;
  do {
    v = await viewState(page);
    if (JSON.stringify(v) === JSON.stringify(expected)) return v;
    await page.waitForTimeout(50);
  } while (Date.now() < until);
  return v;
}

/** The part of `text` a byte span `[start, end]` of the JSON covers (spans count UTF-8 bytes). */
export function slice(text, [start, end]) {
  return Buffer.from(text, 'utf8').subarray(start, end).toString('utf8');
}

/**
 * Set-up and tear-down for a test file that checks its behaviour on two corpora: the bundled
 * seeds and a generated corpus of `n` articles. Registers the file's `before` and `after` hooks
 * and returns `{ browser, corpora }`, filled in before the tests run: `corpora.seeds` and
 * `corpora.generated`, each `{ data, server }` (`data` is what `extract` finds in it).
 */
export function twoCorpora(n) {
  const setup = { browser: null, corpora: {} };
  before(async () => {
    setup.browser = await launch();
    setup.corpora.seeds = { data: extract(), server: await serve() };
    const dir = writeCorpus(syntheticCorpus(n));
    const built = distFor(dir);
    setup.corpora.generated = { data: extract(dir), server: await serve(built), dirs: [dir, built] };
  });
  after(async () => {
    await setup.browser?.close();
    for (const c of Object.values(setup.corpora)) {
      c.server?.close();
      c.dirs?.forEach(removeDir);
    }
  });
  return setup;
}
