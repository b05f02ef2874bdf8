// Unknown or malformed parts of an address are ignored: the rest of the view applies, and a
// dismissible notice names each part left out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openReady, extract, screenshot, expectedCounts, expectedFiles, shownCount, listedFiles, viewState,
  closePage,
} from './harness.mjs';

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

async function notices(page) {
  return page.$$eval('[data-notice="ignored"] li', (lis) => lis.map((li) => li.textContent));
}

test('a link with bad parts applies the good ones and names every bad one', async () => {
  const statuses = Object.keys(expectedCounts(corpus, {}).status);
  const good = statuses[0];
  // Each bad part, with the parameter and value its notice must name.
  const bad = [
    ['colour', 'blue'],
    ['status', 'pending'],
    ['from', '2025-13'],
    ['to', 'yesterday'],
    ['page', 'abc'],
    ['sort', 'sideways'],
    ['dates', 'maybe'],
    ['undated', 'perhaps'],
    ['pair', 'ZZA-ZZB'],
    ['mediator', 'NOT_A_MEDIATOR'],
    ['country', 'a b'],
  ];
  const parts = bad.map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  if (good) parts.push(`status=${good}`);
  const page = await openReady(browser, `${server.url}?${parts.join('&')}`);
  const listed = await notices(page);
  for (const [k, v] of bad) {
    const hit = listed.find((n) => n.includes(k) && (n.includes(v) || k === 'colour'));
    assert.ok(hit, `the notice names ${k}=${v}: ${JSON.stringify(listed)}`);
  }
  assert.equal(listed.length, bad.length, `one line per bad part: ${JSON.stringify(listed)}`);
  // The good part applies.
  const files = expectedFiles(corpus, good ? { status: [good] } : {});
  assert.equal(await shownCount(page), files.length);
  assert.deepEqual(await listedFiles(page), files.slice(0, 20).sort());
  const v = await viewState(page);
  assert.equal(v.from, '');
  assert.equal(v.to, '');
  if (good) assert.deepEqual(v.selected.status, [good]);
  await screenshot(page, 'malformed-url');

  // Dismissed, it goes and the view stays.
  await page.click('[data-notice="ignored"] button.dismiss');
  await page.waitForSelector('[data-notice="ignored"]', { state: 'detached' });
  assert.equal(await shownCount(page), files.length);
  assert.deepEqual(page.errors, []);
});

test('garbage in the address never breaks the page', async () => {
  const addresses = [
    '?%E0%A4%A=1&&&=&pair=&q=%',
    '?pair=AFG-AFG,-,AFG-,%00&mediator=' + 'X'.repeat(300),
    '?page=0&page=2&sort=newest&sort=oldest',
    '?' + Array.from({ length: 100 }, (_, i) => `p${i}=${i}`).join('&'),
    '?q=' + encodeURIComponent('<img src=x onerror="window.__hit=1">'),
  ];
  for (const a of addresses) {
    const page = await openReady(browser, server.url + a);
    assert.ok((await shownCount(page)) >= 0);
    assert.equal(await page.evaluate(() => window.__hit), undefined, `${a} runs no markup`);
    assert.deepEqual(page.errors, [], `${a} logs no error`);
    await closePage(page);
  }
});

test('an article that is not in the corpus is reported, and the list shows instead', async () => {
  const page = await openReady(browser, `${server.url}?article=no-such-file.txt`);
  assert.match(await page.textContent('main'), /“no-such-file\.txt” is not in this copy of the corpus/);
  assert.equal(await shownCount(page), corpus.articles.length);
  assert.deepEqual(page.errors, []);
});
