// Back and Forward walk through the views: each click is a step, typing a word is one step (not
// one per key), and each step comes back exactly as it was shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openReady, screenshot, toggleFacet, viewState, settledView, navigates,
} from './harness.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('Back and Forward return to each view in turn, typing counting as one step', async () => {
  const page = await openReady(browser, server.url);
  const start = await page.evaluate(() => history.length);
  const steps = [{ url: page.url(), view: await viewState(page) }];
  const record = async () => steps.push({ url: page.url(), view: await viewState(page) });

  // A value of each of two facets, each still offered after the first is chosen.
  for (const facet of ['pair', 'status']) {
    const value = await page.$eval(`[data-facet="${facet}"][aria-pressed="false"]:not(.zero)`, (b) => b.dataset.value).catch(() => null);
    if (value === null) continue;
    await toggleFacet(page, facet, value);
    await record();
  }
  await navigates(page, () => page.selectOption('#sort', 'oldest'));
  await record();
  // A word of the first result's title, typed key by key: one step for the whole word.
  const title = await page.textContent('.article-list .result-link');
  const word = title.match(/\p{L}{4,}/gu).sort((a, b) => b.length - a.length)[0].toLowerCase();
  await page.click('#search');
  await page.keyboard.type(word, { delay: 30 });
  await page.waitForFunction((w) => new URL(location.href).searchParams.get('q') === w, word);
  await page.waitForSelector('.article-list .result-link');
  await record();
  const file = (await viewState(page)).results[0];
  await navigates(page, () => page.click(`[data-file="${file}"] .result-link`));
  await page.waitForSelector('article.reader');
  await record();
  assert.equal(await page.evaluate(() => history.length) - start, steps.length - 1, 'one history entry per step');

  for (let i = steps.length - 2; i >= 0; i--) {
    await page.goBack();
    assert.equal(page.url(), steps[i].url, `Back to step ${i}`);
    assert.deepEqual(await settledView(page, steps[i].view), steps[i].view, `step ${i} shown again after Back`);
  }
  await screenshot(page, 'back-to-start');
  for (let i = 1; i < steps.length; i++) {
    await page.goForward();
    assert.equal(page.url(), steps[i].url, `Forward to step ${i}`);
    assert.deepEqual(await settledView(page, steps[i].view), steps[i].view, `step ${i} shown again after Forward`);
  }
  assert.deepEqual(page.errors, []);
});

test('closing an article with its Back link returns to the list as it was', async () => {
  const page = await openReady(browser, `${server.url}?sort=oldest`);
  const list = await viewState(page);
  const file = list.results[list.results.length - 1];
  await navigates(page, () => page.click(`[data-file="${file}"] .result-link`));
  await page.waitForSelector(`article.reader[data-file="${file}"]`);
  await navigates(page, () => page.click('article.reader a.back'));
  assert.deepEqual(await settledView(page, list), list);
  // The close was a step of its own: Back reopens the article.
  await page.goBack();
  await page.waitForSelector(`article.reader[data-file="${file}"]`);
  assert.deepEqual(page.errors, []);
});
