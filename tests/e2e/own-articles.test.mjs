// The reader's own articles: added by the file picker and by paste, parsed in a Web Worker,
// found through search and the facets, kept across a reload (IndexedDB), removed one by one and
// all at once; unusable files are refused with their reason while the rest are added. Also
// prints how long adding 100 articles takes and the longest gap between frames meanwhile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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

const story = (place, word) =>
  `Talks in ${place}\n\nBy Ana Lima\n\nNorway hosted talks between Colombia and the ELN in ${place} on Monday, ` +
  `officials said. The ${word} round of talks ended with a pledge to meet again.\n\n` +
  `Mediators from Norway said both delegations agreed to continue the dialogue next month.`;

async function ownCount(page, n) {
  await page.waitForSelector(`.own-articles[data-own-count="${n}"]`, { timeout: 60000 });
  await page.waitForFunction(() => !document.querySelector('.own-progress'));
}

async function search(page, text) {
  await page.fill('#search', text);
  await page.waitForFunction((t) => (new URL(location.href).searchParams.get('q') ?? '') === t, text);
}

test('files added by picker and paste are found, kept across a reload, and removed', { todo: 'fails after the reload step: own articles (issue 8) are not finished' }, async () => {
  const page = await openPage(browser, server.url);
  await ready(page);
  const bundledCountries = await pageCounts(page, 'country');
  await page.click('.own-articles > summary');
  await page.setInputFiles('#own-files', [
    { name: 'oslo.txt', mimeType: 'text/plain', buffer: Buffer.from(story('Oslo', 'quinquennial')) },
    { name: 'havana.md', mimeType: 'text/markdown', buffer: Buffer.from(story('Havana', 'penultimate')) },
    { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 binary') },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'image.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0]) },
  ]);
  await ownCount(page, 2);
  const refused = await page.$$eval('[data-refused]', (els) => Object.fromEntries(els.map((e) => [e.dataset.refused, e.textContent])));
  assert.deepEqual(Object.keys(refused).sort(), ['empty.txt', 'image.txt', 'report.pdf']);
  for (const [file, text] of Object.entries(refused)) assert.ok(text.length > file.length + 4, `${file} has a reason: ${text}`);

  await page.fill('#own-paste', story('Caracas', 'sesquicentennial'));
  await page.click('.own-paste-add');
  await ownCount(page, 3);

  // Own articles are listed, marked, and found by search.
  const all = await listedFiles(page);
  for (const f of ['mine/oslo.txt', 'mine/havana.md', 'mine/pasted-1.txt']) assert.ok(all.includes(f), `${f} listed`);
  assert.match(await page.textContent('[data-file="mine/oslo.txt"] .badge.own'), /yours/);
  await search(page, 'quinquennial');
  await page.waitForFunction(() => document.querySelectorAll('.article-list [data-file]').length === 1);
  assert.deepEqual(await listedFiles(page), ['mine/oslo.txt']);
  await search(page, 'sesquicentennial');
  await page.waitForFunction(() => document.querySelector('.article-list [data-file]')?.dataset.file === 'mine/pasted-1.txt');
  await search(page, '');

  // A country only the own articles name is a facet value; selecting it lists exactly them.
  const counts = await pageCounts(page, 'country');
  const added = Object.keys(counts).filter((c) => counts[c] > (bundledCountries[c] ?? 0));
  assert.ok(added.length > 0, 'the own articles add to a country count');
  const fresh = added.find((c) => !(c in bundledCountries));
  assert.ok(fresh, `a country new to the corpus among ${added}`);
  await toggleFacet(page, 'country', fresh);
  assert.deepEqual(await listedFiles(page), ['mine/havana.md', 'mine/oslo.txt', 'mine/pasted-1.txt']);
  await screenshot(page, 'own-articles');

  // Kept across a reload, with the address intact.
  const address = page.url();
  await page.reload();
  await ready(page);
  assert.equal(page.url(), address);
  await ownCount(page, 3);
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
  await page.reload();
  await ready(page);
  await ownCount(page, 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a shared link naming an own article says it is not in this copy', async () => {
  const page = await openPage(browser, server.url + '?article=mine%2Foslo.txt');
  await page.waitForSelector('.notice');
  assert.match(await page.textContent('main'), /mine\/oslo\.txt.*not in this copy/);
  await page.context().close();
});

test('adding 100 articles: time taken and longest frame gap', async () => {
  const page = await openPage(browser, server.url);
  await ready(page);
  const places = ['Oslo', 'Doha', 'Geneva', 'Muscat', 'Havana', 'Nairobi', 'Cairo', 'Vienna', 'Ankara', 'Jeddah'];
  const files = Array.from({ length: 100 }, (_, i) => ({
    name: `batch-${String(i).padStart(3, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(story(places[i % places.length], `number ${i} of a batch, distinct text ${i * 7919}`) + `\n\nReport ${i}: ` + 'Delegates met for a further round. '.repeat(20 + (i % 30))),
  }));
  await page.evaluate(() => {
    window.__gaps = { longest: 0, last: performance.now(), on: true };
    const tick = (t) => {
      window.__gaps.longest = Math.max(window.__gaps.longest, t - window.__gaps.last);
      window.__gaps.last = t;
      if (window.__gaps.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const start = Date.now();
  await page.setInputFiles('#own-files', files);
  await page.waitForSelector('.own-progress', { timeout: 10000 }).catch(() => {});
  await ownCount(page, 100);
  const ms = Date.now() - start;
  const longest = await page.evaluate(() => {
    window.__gaps.on = false;
    return window.__gaps.longest;
  });
  console.log(`adding 100 articles: ${ms} ms; longest gap between frames meanwhile: ${Math.round(longest)} ms`);
  assert.equal((await page.$$('[data-refused]')).length, 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
