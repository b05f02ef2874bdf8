// When no article matches, the empty state names each filter that emptied the list, says how
// many articles removing it would bring back, and its button removes just that filter.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openReady, extract, screenshot, expectedFiles, facetValues, matches, listedFiles, shownCount, param,
} from './harness.mjs';

const FACETS = ['pair', 'mediator', 'status', 'country'];
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

const count = (q) => corpus.articles.filter((a) => matches(a, q)).length;

/** Two values of different facets, each with articles, that no article has together. */
function clash() {
  const values = facetValues(corpus);
  for (const F of FACETS)
    for (const G of FACETS.slice(FACETS.indexOf(F) + 1))
      for (const v of values[F])
        for (const w of values[G]) {
          const q = { [F]: [v], [G]: [w] };
          if (count({ [F]: [v] }) > 0 && count({ [G]: [w] }) > 0 && count(q) === 0) return q;
        }
  return null;
}

const address = (q) => new URLSearchParams(Object.entries(q).map(([k, v]) => [k, v.join(',')])).toString();

test('two facet values no article shares: both named, each removable, with the count it brings back', async (t) => {
  const q = clash();
  if (!q) return t.skip('every two values of different facets share an article');
  const page = await openReady(browser, `${server.url}?${address(q)}`);
  assert.equal(await shownCount(page), 0);
  assert.equal(await page.$$eval('.article-list [data-file]', (els) => els.length), 0);
  const chips = await page.$$eval('.active-filters .chip', (bs) => bs.map((b) => b.getAttribute('aria-label').replace(/^Remove filter /, '')));
  const items = await page.$$eval('.empty-state li', (lis) => lis.map((li) => li.textContent));
  assert.equal(items.length, 2, `both filters are named: ${items}`);
  // Filters are listed in facet order, as the chips are.
  const facets = Object.keys(q);
  for (const [i, facet] of facets.entries()) {
    const without = Object.fromEntries(Object.entries(q).filter(([f]) => f !== facet));
    const n = count(without);
    assert.ok(items[i].startsWith(`${chips[i]} emptied the list.`), `${items[i]} names ${chips[i]}`);
    assert.match(items[i], new RegExp(`Remove it \\(${n} articles?\\)`));
  }
  await screenshot(page, 'empty-state');

  // Removing the second filter leaves the first.
  await page.locator('.empty-state li').nth(1).locator('button').click();
  const [kept, dropped] = facets;
  await page.waitForFunction((f) => !new URL(location.href).searchParams.has(f), dropped);
  assert.deepEqual(param(page, kept), q[kept]);
  const files = expectedFiles(corpus, { [kept]: q[kept] });
  assert.equal(await shownCount(page), files.length);
  assert.deepEqual(await listedFiles(page), files.slice(0, 20));
  assert.equal(await page.$('.empty-state'), null);
  assert.deepEqual(page.errors, []);
});

test('a word found nowhere: only the text is named, since removing a facet would not help', async (t) => {
  const values = facetValues(corpus);
  const facet = FACETS.find((f) => values[f].length > 0);
  if (!facet) return t.skip('no facet value in this corpus');
  const value = values[facet][0];
  const page = await openReady(browser, `${server.url}?q=zzqxjv&${facet}=${value}`);
  assert.equal(await shownCount(page), 0);
  const items = await page.$$eval('.empty-state li', (lis) => lis.map((li) => li.textContent));
  const n = count({ [facet]: [value] });
  assert.deepEqual(items, [`Text: “zzqxjv” emptied the list. Remove it (${n} article${n === 1 ? '' : 's'})`]);
  await page.click('.empty-state button');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));
  assert.equal(await shownCount(page), n);
  assert.equal(await page.inputValue('#search'), '');
  assert.deepEqual(param(page, facet), [value]);
  assert.deepEqual(page.errors, []);
});
