// axe-core finds no serious or critical accessibility violation in any view of the explorer, in
// the light and the dark theme: the list, filters and timeline, the empty state, the notice of
// a bad link, and the reader.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openReady, openReadyIn, closePage, extract, expectedCounts, axeViolations, corpusFiles, screenshot } from './harness.mjs';

let server, browser, corpus, context;
before(async () => {
  corpus = extract();
  server = await serve();
  browser = await launch();
  // axe is injected as a script, which the app's Content-Security-Policy rightly refuses.
  context = await browser.newContext({ bypassCSP: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** The article with the most events (and removed boilerplate when tied): the fullest reader. */
function fullest() {
  return [...corpus.articles].sort((a, b) => b.events.length - a.events.length || b.removed.length - a.removed.length)[0]?.file ?? corpusFiles()[0];
}

function views() {
  const counts = expectedCounts(corpus, {});
  const some = Object.fromEntries(
    ['pair', 'status'].map((f) => [f, Object.keys(counts[f])[0]]).filter(([, v]) => v),
  );
  return {
    list: '',
    filtered: `?${new URLSearchParams({ ...some, from: '2000', dates: 'within' })}`,
    empty: '?q=zzqxjv',
    notice: '?colour=blue&status=pending',
    reader: `?article=${encodeURIComponent(fullest())}`,
  };
}

for (const scheme of ['light', 'dark']) {
  for (const [name, query] of Object.entries(views())) {
    test(`${name} view, ${scheme} theme: no serious or critical axe violation`, async () => {
      const page = await openReadyIn(context, server.url + query);
      await page.emulateMedia({ colorScheme: scheme });
      assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark');
      if (name === 'reader') {
        await page.waitForSelector('article.reader');
        // Open the removed boilerplate, so its content is checked too.
        await page.$eval('details.removed', (d) => (d.open = true)).catch(() => {});
      }
      const violations = await axeViolations(page);
      if (violations.length > 0) await screenshot(page, `axe-${name}-${scheme}`);
      assert.deepEqual(violations, []);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }
}

test('at 360 px wide the list and the reader have no serious or critical axe violation', async () => {
  for (const query of ['', views().reader]) {
    const page = await openReady(browser, server.url + query, { bypassCSP: true, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    assert.deepEqual(await axeViolations(page), [], query || 'list');
    await closePage(page);
  }
});
