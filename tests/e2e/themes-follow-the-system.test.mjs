// Light and dark themes follow the system setting: with a light preference the page is dark on
// light, with a dark one light on dark, and text keeps its contrast in both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openReady, extract, screenshot } from './harness.mjs';

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

/** Relative luminance (WCAG) of a computed `rgb(...)` colour. */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

async function colours(page, selector) {
  return page.$eval(selector, (el) => {
    const s = getComputedStyle(el);
    return { fg: s.color, bg: getComputedStyle(document.body).backgroundColor };
  });
}

for (const scheme of ['light', 'dark']) {
  test(`a ${scheme} system setting gives the ${scheme} theme, list and reader`, async () => {
    const page = await openReady(browser, server.url, { colorScheme: scheme });
    const body = await colours(page, 'body');
    const bg = luminance(body.bg);
    if (scheme === 'light') assert.ok(bg > 0.8, `light background (${body.bg})`);
    else assert.ok(bg < 0.05, `dark background (${body.bg})`);
    for (const sel of ['body', '.article-list .result-link', '.result-bar .count', '.facet h2']) {
      const c = await colours(page, sel);
      assert.ok(contrast(c.fg, c.bg) >= 4.5, `${sel} contrast ${contrast(c.fg, c.bg).toFixed(2)} in ${scheme}`);
    }
    await screenshot(page, `theme-${scheme}-list`);
    const file = [...corpus.articles].sort((a, b) => b.events.length - a.events.length)[0].file;
    await page.click(`[data-file="${file}"] .result-link`);
    await page.waitForSelector('article.reader');
    await screenshot(page, `theme-${scheme}-reader`);
    assert.deepEqual(page.errors, []);
  });
}
