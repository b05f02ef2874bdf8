// The one-file build opens from disk with no server; exports of the filtered view hold exactly
// what the view shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, root, serve, launch, openPage, corpusFiles, extract, screenshot } from './harness.mjs';

let browser, server, data;
const tmp = mkdtempSync(join(tmpdir(), 'explorer-single-'));
before(async () => {
  browser = await launch();
  server = await serve();
  data = extract();
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

test('the one-file build opens from file:// with no server and fully works', async () => {
  const out = join(tmp, 'mediation-explorer.html');
  execFileSync('python3', [join(root, 'scripts', 'single_file.py'), dist, out]);
  const requests = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(out).href);
  await page.waitForSelector('.article-list [data-file]');
  const listed = await page.$$eval('.article-list [data-file]', (els) => els.map((e) => e.dataset.file).sort());
  assert.deepEqual(listed, corpusFiles());
  await page.fill('#search', 'mediation');
  await page.waitForSelector('.article-list mark');
  const first = await page.getAttribute('.article-list [data-file]', 'data-file');
  await page.click(`[data-file="${first}"] .result-link`);
  await page.waitForSelector(`article.reader[data-file="${first}"]`);
  await screenshot(page, 'single-file');
  // Adding one's own articles needs a served build: the panel says so calmly, and how.
  await page.click('.own-articles > summary');
  assert.match(await page.textContent('[data-own-unavailable]'), /needs the explorer served from a web server.*scripts\/serve/);
  assert.ok(await page.isDisabled('#own-files'));
  assert.equal(await page.$('.own-articles [role="alert"]'), null, 'no error is shown');
  const outside = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(outside, [], 'nothing is fetched from a server');
  assert.deepEqual(page.errors, []);
  console.log(`one-file build: ${statSync(out).size} bytes`);
});

async function download(page, kind) {
  if (!(await page.$('details.export[open]'))) await page.click('.export summary');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
  return readFileSync(await dl.path(), 'utf8');
}

/** Splits RFC 4180 CSV into rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

test('exports of a filtered view: articles CSV, events CSV and JSON Lines hold what the view selects', async () => {
  // A mediator of the corpus, from the extraction output.
  const events = data.articles.flatMap((a) => a.events.map((e) => ({ ...e, file: a.file })));
  assert.ok(events.length > 0, 'the corpus has events');
  const mediator = events[0].mediators[0];
  const page = await openPage(browser, `${server.url}?mediator=${mediator}`, { acceptDownloads: true });
  await page.waitForSelector('.article-list [data-file]');
  const shown = await page.$$eval('.article-list [data-file]', (els) => els.map((e) => e.dataset.file).sort());

  const articles = parseCsv(await download(page, 'articles-csv'));
  assert.deepEqual(articles[0].slice(0, 3), ['file', 'title', 'title_derived']);
  assert.deepEqual(articles.slice(1).map((r) => r[0]).sort(), shown);

  const wanted = events.filter((e) => e.mediators.includes(mediator));
  const rows = parseCsv(await download(page, 'events-csv'));
  assert.deepEqual(rows[0], ['file', 'mediators', 'parties', 'status', 'cameo', 'date_earliest', 'date_latest', 'date_precision', 'date_basis', 'evidence']);
  const got = rows.slice(1).map((r) => `${r[0]}|${r[1]}|${r[2]}|${r[3]}|${r[4]}|${r[9]}`).sort();
  const want = wanted.map((e) => `${e.file}|${e.mediators.join(';')}|${e.parties.join(';')}|${e.status}|${e.cameo}|${e.evidence}`).sort();
  assert.deepEqual(got, want);

  const lines = (await download(page, 'events-jsonl')).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, wanted.length);
  for (const l of lines) {
    assert.ok(l.actor.includes(mediator));
    assert.equal(l.mode, 'mediate');
    assert.match(l.event_type, /^(REQUEST|AGREE|REJECT|CONSULT)$/);
    assert.ok(shown.includes(l.source_file));
  }
  assert.deepEqual(page.errors, []);
});
