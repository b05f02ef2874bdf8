// Each facet alone filters the list to exactly the articles with the chosen value, shows it as
// selected with its count, names it among the current filters and writes it into the address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openReady, extract, screenshot, expectedFiles, expectedCounts, listedFiles, shownCount,
  pageCounts, selectedValues, toggleFacet, param,
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

/** The value whose selection narrows the list the most while keeping some article. */
function pick(counts) {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1))[0]?.[0];
}

for (const facet of ['pair', 'mediator', 'status', 'country']) {
  test(`the ${facet} facet lists its values with counts and filters to the articles with the one chosen`, async (t) => {
    const page = await openReady(browser, server.url);
    const expected = expectedCounts(corpus, {})[facet];
    assert.deepEqual(await pageCounts(page, facet), expected, `${facet} values and counts`);
    const value = pick(expected);
    if (value === undefined) return t.skip(`no ${facet} value in this corpus`);

    await toggleFacet(page, facet, value);
    const files = expectedFiles(corpus, { [facet]: [value] });
    assert.deepEqual(await listedFiles(page), files);
    assert.equal(await shownCount(page), files.length);
    assert.equal(expected[value], files.length, 'the count on the value is the number of articles it brings');
    assert.deepEqual(param(page, facet), [value]);
    assert.deepEqual(await selectedValues(page, facet), [value]);
    const chips = await page.$$eval('.active-filters .chip', (els) => els.length);
    assert.equal(chips, 1, 'the selection is among the current filters');
    await screenshot(page, `facet-${facet}`);

    // A second click deselects: every article is back and the address is clean.
    await toggleFacet(page, facet, value);
    assert.equal((await listedFiles(page)).length, Math.min(corpus.articles.length, 20));
    assert.deepEqual(param(page, facet), []);
    assert.deepEqual(page.errors, []);
  });
}
