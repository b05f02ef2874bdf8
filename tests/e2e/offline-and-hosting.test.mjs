// The release build works offline after a first visit, updates from one build to the next
// without mixing files, runs under any path, and enforces its Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, root, serve, launch, openPage, corpusFiles, screenshot } from './harness.mjs';

let browser;
const cleanup = [];
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const f of cleanup) f();
});

/** A private copy of dist/ under `subpath` of a fresh folder, served; returns the page URL. */
async function hostCopy(subpath = '') {
  const top = mkdtempSync(join(tmpdir(), 'explorer-host-'));
  const dir = join(top, subpath);
  cpSync(dist, dir, { recursive: true });
  const server = await serve(top);
  cleanup.push(() => {
    server.close();
    rmSync(top, { recursive: true, force: true });
  });
  return { dir, url: server.url + (subpath ? subpath + '/' : '') };
}

async function listed(page) {
  await page.waitForSelector('.article-list [data-file]');
  return page.$$eval('.article-list [data-file]', (els) => els.map((e) => e.dataset.file).sort());
}

test('after a first visit the explorer reloads and works with the network off', async () => {
  const { url } = await hostCopy();
  const page = await openPage(browser, url);
  await page.waitForSelector('[data-offline="ready"]', { timeout: 20000 });
  await page.context().setOffline(true);
  await page.reload();
  assert.deepEqual(await listed(page), corpusFiles());
  // It fully works: a search and an article, with no network.
  const first = corpusFiles()[0];
  await page.click(`[data-file="${first}"] .result-link`);
  await page.waitForSelector(`article.reader[data-file="${first}"]`);
  await page.goto(url + '?q=mediation');
  await page.waitForSelector('.article-list [data-file]');
  await screenshot(page, 'offline-reload');
  assert.deepEqual(page.errors, []);
});

test('a new build replaces the old cache: the page offers the update, then shows only the new files', async () => {
  const { dir, url } = await hostCopy();
  const page = await openPage(browser, url);
  await page.waitForSelector('[data-offline="ready"]', { timeout: 20000 });
  const before = await listed(page);
  // Publish a new build: a corpus without its first article, stamped with a new build id.
  const smaller = mkdtempSync(join(tmpdir(), 'explorer-corpus-'));
  cleanup.push(() => rmSync(smaller, { recursive: true, force: true }));
  for (const f of corpusFiles().slice(1)) cpSync(join(root, 'seeds', f), join(smaller, f));
  execFileSync('cargo', ['run', '--quiet', '--profile', 'native', '-p', 'explorer-cli', '--', 'bundle', smaller, '--out', join(dir, 'corpus.bin')], { cwd: root });
  execFileSync('python3', [join(root, 'scripts', 'post_build.py')], {
    env: { ...process.env, TRUNK_PROFILE: 'release', TRUNK_STAGING_DIR: dir, TRUNK_SOURCE_DIR: root },
  });
  await page.reload();
  // The old build keeps serving its own files until the reader agrees to switch.
  assert.deepEqual(await listed(page), before);
  await page.waitForSelector('[data-offline="update"]', { timeout: 20000 });
  await screenshot(page, 'update-waiting');
  await Promise.all([page.waitForEvent('load'), page.click('[data-offline="update"]')]);
  await page.waitForSelector('[data-offline="ready"]', { timeout: 20000 });
  assert.deepEqual(await listed(page), corpusFiles().slice(1));
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.filter((k) => k.startsWith('mediation-explorer-')).length, 1, `one cache: ${caches}`);
  assert.deepEqual(page.errors, []);
});

test('dist/ served under a subpath works, links included', async () => {
  const { url } = await hostCopy('some/path');
  const page = await openPage(browser, url);
  assert.deepEqual(await listed(page), corpusFiles());
  const first = corpusFiles()[0];
  await page.click(`[data-file="${first}"] .result-link`);
  await page.waitForSelector(`article.reader[data-file="${first}"]`);
  assert.ok(page.url().startsWith(url + '?'), page.url());
  // A link opened fresh under the subpath reproduces the view.
  const again = await openPage(browser, page.url());
  await again.waitForSelector(`article.reader[data-file="${first}"]`);
  await again.waitForSelector('[data-offline="ready"]', { timeout: 20000 });
  const scope = await again.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  assert.equal(scope, url);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(again.errors, []);
});

test('a damaged cached bundle is reported in the console and replaced by the current one', async () => {
  const { url } = await hostCopy();
  const page = await openPage(browser, url);
  await page.waitForSelector('[data-offline="ready"]', { timeout: 20000 });
  await page.evaluate(async () => {
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      await cache.put('./corpus.bin', new Response(new Uint8Array([77, 69, 68, 69, 88, 80, 76, 0, 99, 0, 0, 0, 1, 2])));
    }
  });
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.reload();
  assert.deepEqual(await listed(page), corpusFiles());
  assert.ok(warnings.some((w) => /format version|damaged|not a Mediation Explorer bundle/.test(w)), warnings.join('\n'));
  assert.deepEqual(page.errors, []);
});

test('the Content-Security-Policy allows the app but blocks injected inline script', async () => {
  const { url } = await hostCopy();
  const page = await openPage(browser, url);
  await listed(page);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
    return window.__injected === true;
  });
  assert.equal(ran, false, 'inline script must not run');
  // The only console errors are the CSP's own report of the blocked script.
  assert.ok(page.errors.every((e) => /Content Security Policy/.test(e)), page.errors.join('\n'));
});
