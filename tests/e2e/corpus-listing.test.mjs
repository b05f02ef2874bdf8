// The release build lists every article of the bundled corpus, opens one, and logs no error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, corpusFiles, screenshot } from './harness.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('every corpus article is listed, with its data-file, and the console shows no error', async () => {
  const page = await openPage(browser, server.url);
  await page.waitForSelector('[data-file]');
  const listed = await page.$$eval('.article-list [data-file]', (els) => els.map((e) => e.dataset.file).sort());
  assert.deepEqual(listed, corpusFiles());
  for (const file of listed) {
    const title = await page.textContent(`[data-file="${file}"] .title`);
    assert.ok(title.trim().length > 0, `${file} has a title`);
  }
  await screenshot(page, 'corpus-listing');
  assert.deepEqual(page.errors, []);
});

test('an article opens in full, its address is a link, and Back returns to the list', async () => {
  const page = await openPage(browser, server.url);
  const first = corpusFiles()[0];
  await page.click(`[data-file="${first}"] .title a`);
  await page.waitForSelector(`article.reader[data-file="${first}"]`);
  assert.match(page.url(), new RegExp(`article=${first.replace('.', '\\.')}`));
  const paragraphs = await page.$$eval('.reader .body p', (ps) => ps.length);
  assert.ok(paragraphs >= 1);
  await screenshot(page, 'reader');
  // The same address opened fresh shows the same article.
  const again = await openPage(browser, page.url());
  await again.waitForSelector(`article.reader[data-file="${first}"]`);
  await page.goBack();
  await page.waitForSelector('.article-list');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(again.errors, []);
});
