// With more matching articles than fit a page, only one page of rows is in the document at a
// time; Next and Previous walk the pages, each page is in the address, and together the pages
// list every match once. Runs on a generated corpus of 60 articles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openReady, extract, distFor, writeCorpus, removeDir, syntheticCorpus, screenshot, expectedCounts,
  expectedFiles, shownCount, param, navigates, viewState, PAGE_SIZE,
} from './harness.mjs';

const N = 60;
let browser, server, corpus, dirs;
before(async () => {
  const dir = writeCorpus(syntheticCorpus(N));
  const out = distFor(dir);
  dirs = [dir, out];
  corpus = extract(dir);
  server = await serve(out);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
  dirs?.forEach(removeDir);
});

const rows = (page) => page.$$eval('.article-list > li', (lis) => lis.map((li) => li.dataset.file));

test('one page of rows at a time; the pages together list every article once', async () => {
  const total = corpus.articles.length;
  assert.ok(total > 2 * PAGE_SIZE, `${total} articles make three pages`);
  const pages = Math.ceil(total / PAGE_SIZE);
  const page = await openReady(browser, server.url);
  assert.equal(await shownCount(page), total);
  const seen = [];
  for (let p = 1; p <= pages; p++) {
    const here = await rows(page);
    assert.equal(here.length, p < pages ? PAGE_SIZE : total - PAGE_SIZE * (pages - 1), `page ${p} holds one page of rows`);
    assert.equal(await page.textContent('.pager span'), `Page ${p} of ${pages}`);
    assert.equal(await page.getAttribute('.article-list', 'start'), String((p - 1) * PAGE_SIZE + 1));
    assert.equal(await page.isDisabled('.pager button:first-child'), p === 1);
    assert.equal(await page.isDisabled('.pager button:last-child'), p === pages);
    seen.push(...here);
    if (p === 1) await screenshot(page, 'pagination-page-1');
    if (p < pages) {
      await navigates(page, () => page.click('.pager button:last-child'));
      assert.deepEqual(param(page, 'page'), [String(p + 1)]);
      await page.waitForFunction((n) => document.querySelector('.pager span')?.textContent.startsWith(`Page ${n} `), p + 1);
    }
  }
  assert.equal(new Set(seen).size, seen.length, 'no article on two pages');
  assert.deepEqual([...seen].sort(), corpus.articles.map((a) => a.file).sort());

  // Previous goes back a page; so does Back.
  await navigates(page, () => page.click('.pager button:first-child'));
  assert.deepEqual(param(page, 'page'), [String(pages - 1)]);
  const before = await viewState(page);
  await page.goBack();
  await page.waitForFunction((p) => document.querySelector('.pager span')?.textContent.startsWith(`Page ${p} `), pages);
  await page.goForward();
  await page.waitForFunction((p) => document.querySelector('.pager span')?.textContent.startsWith(`Page ${p} `), pages - 1);
  assert.deepEqual((await viewState(page)).results, before.results);
  assert.deepEqual(page.errors, []);
});

test('a page opened from its address shows the same rows; a page past the end shows the last', async () => {
  const first = await openReady(browser, server.url);
  await navigates(first, () => first.click('.pager button:last-child'));
  const second = await rows(first);
  const fresh = await openReady(browser, `${server.url}?page=2`);
  assert.deepEqual(await rows(fresh), second);
  const pages = Math.ceil(corpus.articles.length / PAGE_SIZE);
  const beyond = await openReady(browser, `${server.url}?page=99`);
  assert.equal(await beyond.textContent('.pager span'), `Page ${pages} of ${pages}`);
  for (const p of [first, fresh, beyond]) assert.deepEqual(p.errors, []);
});

test('a filter starts again from page one, and one page of matches has no pager', async (t) => {
  const page = await openReady(browser, `${server.url}?page=2`);
  const counts = expectedCounts(corpus, {});
  // A value with some articles but fewer than a page.
  const choice = ['mediator', 'pair', 'status', 'country']
    .flatMap((f) => Object.entries(counts[f]).map(([v, n]) => ({ f, v, n })))
    .find(({ n }) => n > 0 && n <= PAGE_SIZE);
  if (!choice) return t.skip('every value has more than a page of articles');
  await navigates(page, () => page.click(`[data-facet="${choice.f}"][data-value="${choice.v}"]`));
  assert.deepEqual(param(page, 'page'), []);
  assert.equal((await rows(page)).length, expectedFiles(corpus, { [choice.f]: [choice.v] }).length);
  assert.equal(await page.$('.pager'), null);
  assert.deepEqual(page.errors, []);
});
