// The whole view lives in the address under the documented parameter names, and opening that
// address fresh reproduces the view exactly; the Share button copies it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openReady, extract, screenshot, expectedCounts, expectedFiles, corpusFiles, toggleFacet, param, viewState, navigates,
} from './harness.mjs';

const PARAMS = ['q', 'pair', 'mediator', 'status', 'country', 'from', 'to', 'sort', 'dates', 'undated', 'page', 'article'];
let server, browser, corpus;
before(async () => {
  corpus = extract();
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('a view built by clicking is all in the address, and the address reproduces it', async () => {
  const page = await openReady(browser, server.url);
  // A status with articles, then the dates, the sort and an article.
  const statuses = Object.entries(expectedCounts(corpus, {}).status).filter(([, n]) => n > 0);
  if (statuses.length > 0) await toggleFacet(page, 'status', statuses[0][0]);
  await navigates(page, () => page.selectOption('#sort', 'oldest'));
  await navigates(page, () => page.selectOption('#date-mode', 'within'));
  await navigates(page, () => page.check('.date-options input[type="checkbox"]'));
  await navigates(page, async () => {
    await page.fill('#date-from', '1990');
    await page.press('#date-from', 'Enter');
  });
  const listed = await viewState(page);
  assert.ok(listed.results.length > 0);
  const url = page.url();
  for (const k of new URL(url).searchParams.keys()) assert.ok(PARAMS.includes(k), `${k} is a documented parameter`);
  assert.deepEqual(param(page, 'sort'), ['oldest']);
  assert.deepEqual(param(page, 'dates'), ['within']);
  assert.deepEqual(param(page, 'undated'), ['1']);
  assert.deepEqual(param(page, 'from'), ['1990']);
  if (statuses.length > 0) assert.deepEqual(param(page, 'status'), [statuses[0][0]]);

  const fresh = await openReady(browser, url);
  assert.deepEqual(await viewState(fresh), listed, 'the list view reopens as it was, in the same order');

  const file = listed.results[listed.results.length - 1];
  await navigates(page, () => page.click(`[data-file="${file}"] .result-link`));
  await page.waitForSelector(`article.reader[data-file="${file}"]`);
  assert.deepEqual(param(page, 'article'), [file]);
  const reading = await viewState(page);
  const again = await openReady(browser, page.url());
  await again.waitForSelector(`article.reader[data-file="${file}"]`);
  assert.deepEqual(await viewState(again), reading, 'the reader reopens with the same filters behind it');
  // Closing the reopened article shows the same list as the original.
  await navigates(again, () => again.keyboard.press('Escape'));
  await again.waitForSelector('.article-list');
  assert.deepEqual(await viewState(again), listed);
  for (const p of [page, fresh, again]) assert.deepEqual(p.errors, []);
});

test('an address written by hand with every parameter opens that view', async () => {
  const counts = expectedCounts(corpus, {});
  const first = (facet) => Object.keys(counts[facet])[0];
  const q = {};
  for (const f of ['pair', 'mediator', 'status', 'country']) if (first(f)) q[f] = [first(f)];
  const file = corpusFiles()[0];
  const params = new URLSearchParams({
    q: 'the',
    ...Object.fromEntries(Object.entries(q).map(([k, v]) => [k, v.join(',')])),
    from: '2000-01',
    to: '2030-12-31',
    sort: 'newest',
    dates: 'overlap',
    undated: '1',
    page: '1',
    article: file,
  });
  const page = await openReady(browser, `${server.url}?${params}`);
  await page.waitForSelector(`article.reader[data-file="${file}"]`);
  const v = await viewState(page);
  assert.equal(v.notice, null, 'every part of the address was understood');
  assert.equal(v.search, 'the');
  for (const [f, values] of Object.entries(q)) assert.deepEqual(v.selected[f], values);
  assert.equal(v.from, '2000-01');
  assert.equal(v.to, '2030-12-31');
  assert.equal(v.dates, 'overlap');
  assert.equal(v.undated, true);
  await page.keyboard.press('Escape');
  await page.waitForSelector('.result-bar');
  assert.equal(await page.inputValue('#sort'), 'newest');
  assert.deepEqual(page.errors, []);
});

test('pairs may be written in either order and several values comma-separated', async (t) => {
  const pairs = Object.keys(expectedCounts(corpus, {}).pair);
  if (pairs.length === 0) return t.skip('no pair in this corpus');
  const some = pairs.slice(0, 2);
  const reversed = some.map((p) => p.split('-').reverse().join('-').toLowerCase());
  const page = await openReady(browser, `${server.url}?pair=${reversed.join(',')}`);
  const selected = await page.$$eval('[data-facet="pair"][aria-pressed="true"]', (bs) => bs.map((b) => b.dataset.value).sort());
  assert.deepEqual(selected, [...some].sort());
  assert.equal(await page.$('[data-notice]'), null);
  const n = Number((await page.textContent('.result-bar .count')).match(/\d+/)[0]);
  assert.equal(n, expectedFiles(corpus, { pair: some }).length);
  assert.deepEqual(page.errors, []);
});

test('Share copies the address of the current view', async () => {
  const page = await openReady(browser, server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
  const statuses = Object.keys(expectedCounts(corpus, {}).status);
  if (statuses.length > 0) await toggleFacet(page, 'status', statuses[0]);
  await page.click('button.share');
  await page.waitForSelector('.share-status');
  assert.equal((await page.textContent('.share-status')).trim(), 'Link copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await screenshot(page, 'share');
  assert.deepEqual(page.errors, []);
});
