// At 360 px wide (a small phone) nothing runs off the side of the page: the search, the
// results, the filters below them, the reader and its tables all fit or scroll on their own,
// and the filters still work by tapping.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openReady, extract, screenshot, expectedCounts, expectedFiles, shownCount } from './harness.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
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

/** Elements sticking out past the right edge of the viewport, outside their own scroll boxes. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1) continue;
      // Inside a box that scrolls sideways on its own (the matrix, the events table): fine.
      let p = el.parentElement, scrolls = false;
      for (; p && p !== document.body; p = p.parentElement)
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) scrolls = true;
      if (!scrolls && getComputedStyle(el).position !== 'absolute') out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 10) };
  });
}

test('the list fits 360 px, filters come after the results and work by tapping', async () => {
  const page = await openReady(browser, server.url, PHONE);
  const o = await overflow(page);
  assert.deepEqual(o.out, []);
  assert.ok(o.scrollWidth <= o.width, `the page does not scroll sideways (${o.scrollWidth} > ${o.width})`);
  const search = await page.locator('#search').boundingBox();
  assert.ok(search.x >= 0 && search.x + search.width <= 360 && search.width >= 200, 'the search box is on screen and wide enough');
  const [main, filters] = await Promise.all([page.locator('main').boundingBox(), page.locator('aside.filters').boundingBox()]);
  assert.ok(filters.y >= main.y + main.height - 1, 'the filters follow the results');
  await screenshot(page, 'phone-list');

  const counts = expectedCounts(corpus, {});
  const facet = ['pair', 'status', 'mediator', 'country'].find((f) => Object.keys(counts[f]).length > 0);
  if (facet) {
    const value = Object.keys(counts[facet])[0];
    await page.locator(`[data-facet="${facet}"][data-value="${value}"]`).tap();
    await page.waitForFunction(([f, v]) => new URL(location.href).searchParams.get(f) === v, [facet, value]);
    assert.equal(await shownCount(page), expectedFiles(corpus, { [facet]: [value] }).length);
    const box = await page.locator(`[data-facet="${facet}"][data-value="${value}"]`).boundingBox();
    assert.ok(box.height >= 24, `a facet value is a comfortable target (${box.height}px tall)`);
    await screenshot(page, 'phone-filtered');
  }
  assert.deepEqual(page.errors, []);
});

test('the reader fits 360 px, its tables scrolling on their own', async () => {
  const file = [...corpus.articles].sort((a, b) => b.events.length - a.events.length)[0].file;
  const page = await openReady(browser, `${server.url}?article=${encodeURIComponent(file)}`, PHONE);
  await page.waitForSelector('article.reader');
  const o = await overflow(page);
  assert.deepEqual(o.out, []);
  assert.ok(o.scrollWidth <= o.width, `the page does not scroll sideways (${o.scrollWidth} > ${o.width})`);
  await screenshot(page, 'phone-reader');
  assert.deepEqual(page.errors, []);
});
