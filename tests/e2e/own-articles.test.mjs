// The reader's own articles: added by the file picker, by dropping and by paste, parsed in a Web Worker,
// found through search, the facets and "Only my articles", exported, kept across a reload
// (IndexedDB), removed one by one and all at once; unusable files are refused with their reason
// while the rest are added; storage that is missing or full is reported and loses nothing kept.
// How long adding 100 articles takes is measured by tests/bench/own-articles.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, launch, openPage, ready, listedFiles, pageCounts, toggleFacet, screenshot } from './harness.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

// Three different stories (each its own mediator), so none is grouped with another as a
// near-duplicate: all three are listed and counted. Each has a word no other article has.
const story = (mediator, city, word) =>
  `Talks in ${city}\n\nBy Ana Lima\n\n${mediator} hosted talks between Colombia and the ELN in ${city} on Monday, ` +
  `officials said. The ${word} round of talks ended with a pledge to meet again.\n\n` +
  `Mediators from ${mediator} said both delegations agreed to continue the dialogue next month.`;

async function ownCount(page, n) {
  await page.waitForSelector(`.own-articles[data-own-count="${n}"]`, { timeout: 60000 });
  await page.waitForFunction(() => !document.querySelector('.own-progress'));
}

async function search(page, text) {
  await page.fill('#search', text);
  await page.waitForFunction((t) => (new URL(location.href).searchParams.get('q') ?? '') === t, text);
}

async function download(page, kind) {
  if (!(await page.$('details.export[open]'))) await page.click('.export summary');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
  return readFileSync(await dl.path(), 'utf8');
}

/** A context whose worker finds its IndexedDB changed by `script` (run first in the worker). */
async function contextWithWorkerScript(script) {
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
  await context.route('**/explorer-worker_loader.js', async (route) => {
    const original = await route.fetch();
    await route.fulfill({ response: original, body: `${script};\n${await original.text()}` });
  });
  return context;
}

test('files added by picker and paste are found, filtered, exported, kept across a reload, and removed', async () => {
  const page = await openPage(browser, server.url, { acceptDownloads: true });
  await ready(page);
  const bundledCountries = await pageCounts(page, 'country');
  assert.equal(await page.$('[data-facet="own"]'), null, 'no own-articles filter without own articles');
  await page.click('.own-articles > summary');
  await page.setInputFiles('#own-files', [
    { name: 'oslo.txt', mimeType: 'text/plain', buffer: Buffer.from(story('Norway', 'Oslo', 'quinquennial')) },
    { name: 'havana.md', mimeType: 'text/markdown', buffer: Buffer.from(story('Cuba', 'Havana', 'penultimate')) },
    { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 binary') },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'image.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0]) },
  ]);
  await ownCount(page, 2);
  const refused = await page.$$eval('[data-refused]', (els) => Object.fromEntries(els.map((e) => [e.dataset.refused, e.textContent])));
  assert.deepEqual(Object.keys(refused).sort(), ['empty.txt', 'image.txt', 'report.pdf']);
  for (const [file, text] of Object.entries(refused)) assert.ok(text.length > file.length + 4, `${file} has a reason: ${text}`);

  await page.fill('#own-paste', story('Venezuela', 'Caracas', 'sesquicentennial'));
  await page.click('.own-paste-add');
  await ownCount(page, 3);

  // Own articles are listed, marked, and found by search.
  const all = await listedFiles(page);
  for (const f of ['mine/oslo.txt', 'mine/havana.md', 'mine/pasted-1.txt']) assert.ok(all.includes(f), `${f} listed: ${all}`);
  assert.match(await page.textContent('[data-file="mine/oslo.txt"] .badge.own'), /yours/);
  await search(page, 'quinquennial');
  await page.waitForFunction(() => document.querySelectorAll('.article-list [data-file]').length === 1);
  assert.deepEqual(await listedFiles(page), ['mine/oslo.txt']);
  await search(page, 'sesquicentennial');
  await page.waitForFunction(() => document.querySelector('.article-list [data-file]')?.dataset.file === 'mine/pasted-1.txt');
  await search(page, '');

  // "Only my articles" shows its count, lists exactly them, is a chip, and every count follows.
  assert.deepEqual(await pageCounts(page, 'own'), { 1: 3 });
  await toggleFacet(page, 'own', '1');
  assert.equal(new URL(page.url()).searchParams.get('own'), '1');
  assert.deepEqual(await listedFiles(page), ['mine/havana.md', 'mine/oslo.txt', 'mine/pasted-1.txt']);
  assert.ok((await page.$$eval('.active-filters .chip', (els) => els.map((e) => e.textContent))).some((t) => /Only your articles/.test(t)));
  const ownCountries = await pageCounts(page, 'country');
  assert.equal(ownCountries.COL, 3, `Colombia in all three: ${JSON.stringify(ownCountries)}`);
  for (const [c, n] of Object.entries(ownCountries)) assert.ok(n <= 3, `${c} counts own articles only`);
  // Exports hold the own articles of the view.
  const csv = await download(page, 'articles-csv');
  for (const f of ['mine/havana.md', 'mine/oslo.txt', 'mine/pasted-1.txt']) assert.ok(csv.includes(f), `${f} exported`);
  assert.ok(!/^0\d\d_/m.test(csv), 'no bundled article exported');
  // With a search, the toggle counts what the search leaves of them.
  await search(page, 'penultimate');
  await page.waitForFunction(() => document.querySelectorAll('.article-list [data-file]').length === 1);
  assert.deepEqual(await pageCounts(page, 'own'), { 1: 1 });
  await search(page, '');
  await toggleFacet(page, 'own', '1');
  assert.equal(new URL(page.url()).searchParams.get('own'), null);

  // A country only the own articles name is a facet value; selecting it lists exactly them.
  const counts = await pageCounts(page, 'country');
  const fresh = Object.keys(counts).find((c) => !(c in bundledCountries));
  assert.ok(fresh, `a country new to the corpus among ${Object.keys(counts)}`);
  await toggleFacet(page, 'country', fresh);
  await toggleFacet(page, 'own', '1');
  assert.deepEqual(await listedFiles(page), ['mine/havana.md', 'mine/oslo.txt', 'mine/pasted-1.txt']);
  await screenshot(page, 'own-articles');

  // Kept across a reload, with the address (a country and "only mine") intact.
  const address = page.url();
  await page.reload();
  await ready(page);
  assert.equal(page.url(), address);
  await ownCount(page, 3);
  assert.deepEqual(await listedFiles(page), ['mine/havana.md', 'mine/oslo.txt', 'mine/pasted-1.txt']);
  assert.equal(await page.$('[data-notice]'), null, 'nothing of the address was dropped');
  await page.goto(server.url + '?article=mine%2Foslo.txt');
  await page.waitForSelector('article.reader[data-file="mine/oslo.txt"] .badge.own');

  // Removed one, then all.
  await page.goto(server.url);
  await ready(page);
  await ownCount(page, 3);
  await page.click('.own-articles > summary');
  await page.click('[data-own="mine/havana.md"] .own-remove');
  await ownCount(page, 2);
  assert.ok(!(await listedFiles(page)).includes('mine/havana.md'));
  await page.click('.own-remove-all');
  await ownCount(page, 0);
  assert.ok((await listedFiles(page)).every((f) => !f.startsWith('mine/')));
  assert.equal(await page.$('[data-facet="own"]'), null, 'the filter goes with the last own article');
  await page.reload();
  await ready(page);
  await ownCount(page, 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('files dropped on the panel are added like picked ones, and an unusable one is refused', async () => {
  const page = await openPage(browser, server.url);
  await ready(page);
  await page.click('.own-articles > summary');
  const dropped = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'lome.txt', { type: 'text/plain' }));
    dt.items.add(new File([new Uint8Array([0, 159, 146, 150, 0, 1, 2])], 'blob.txt', { type: 'text/plain' }));
    return dt;
  }, story('Togo', 'Lome', 'sesquicentennial'));
  await page.dispatchEvent('.drop-zone', 'dragover', { dataTransfer: dropped });
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: dropped });
  await ownCount(page, 1);
  const refused = await page.$$eval('[data-refused]', (els) => els.map((e) => e.dataset.refused));
  assert.deepEqual(refused, ['blob.txt']);
  await search(page, 'sesquicentennial');
  assert.deepEqual(await listedFiles(page), ['mine/lome.txt']);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a shared link naming an own article says it is not in this copy', async () => {
  const page = await openPage(browser, server.url + '?article=mine%2Foslo.txt');
  await page.waitForSelector('.notice');
  assert.match(await page.textContent('main'), /mine\/oslo\.txt.*not in this copy/);
  await page.context().close();
});

test('a shared link asking for only the sender\'s own articles says the receiver has none', async () => {
  const page = await openPage(browser, server.url + '?own=1');
  await page.waitForSelector('[data-notice]');
  assert.match(await page.textContent('[data-notice]'), /own.*no articles of your own/);
  assert.equal(await page.$('[data-facet="own"]'), null);
  assert.equal(await page.$('.active-filters'), null, 'no filter is applied');
  assert.ok((await listedFiles(page)).length > 0, 'the whole corpus is listed');
  await page.context().close();
});

test('without IndexedDB (a private window) added articles are shown and the page says they will not be kept', async () => {
  const context = await contextWithWorkerScript(`Object.defineProperty(self, 'indexedDB', { value: undefined })`);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(server.url);
  await ready(page);
  await page.click('.own-articles > summary');
  assert.match(await page.textContent('[data-own-storage]'), /cannot keep files.*IndexedDB/);
  await page.fill('#own-paste', story('Norway', 'Oslo', 'quinquennial'));
  await page.click('.own-paste-add');
  await ownCount(page, 1);
  assert.ok((await listedFiles(page)).includes('mine/pasted-1.txt'));
  assert.match(await page.textContent('.own-error'), /could not keep them/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('when storage is full the new articles are not kept, and those kept before are safe', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await page.click('.own-articles > summary');
  await page.fill('#own-paste', story('Norway', 'Oslo', 'quinquennial'));
  await page.click('.own-paste-add');
  await ownCount(page, 1);
  // The same browser profile, now with a full quota: every write is refused as browsers do.
  await context.route('**/explorer-worker_loader.js', async (route) => {
    const original = await route.fetch();
    const full = `IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); }`;
    await route.fulfill({ response: original, body: `${full};\n${await original.text()}` });
  });
  await page.reload();
  await ready(page);
  await ownCount(page, 1);
  await page.click('.own-articles > summary');
  await page.fill('#own-paste', story('Cuba', 'Havana', 'penultimate'));
  await page.click('.own-paste-add');
  await ownCount(page, 2);
  assert.match(await page.textContent('.own-error'), /storage for this site is full.*kept before are safe/);
  await context.unroute('**/explorer-worker_loader.js');
  await page.reload();
  await ready(page);
  await ownCount(page, 1);
  assert.ok((await listedFiles(page)).includes('mine/pasted-1.txt'));
  await context.close();
});
