// The explorer works from the keyboard: `/` focuses the search box, arrows walk the results,
// Enter opens one, Escape closes it, every control is reached with Tab and shows its focus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openReady, extract, screenshot, expectedCounts, param, viewState } from './harness.mjs';

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

const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { id: el?.id, tag: el?.tagName, file: el?.closest('[data-file]')?.dataset.file ?? null, cls: el?.className };
  });

test('/ focuses the search, arrows walk the results, Enter opens, Escape closes', async () => {
  const page = await openReady(browser, server.url);
  const files = (await viewState(page)).results;
  assert.ok(files.length >= 2, 'two results to walk through');
  await page.keyboard.press('/');
  assert.equal((await focused(page)).id, 'search');
  // In the box, `/` is a character.
  await page.fill('#search', '');
  await page.keyboard.type('a/b');
  assert.equal(await page.inputValue('#search'), 'a/b');
  await page.fill('#search', '');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));

  await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page)).file, files[0]);
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page)).file, files[1]);
  await page.keyboard.press('ArrowUp');
  assert.equal((await focused(page)).file, files[0]);
  await page.keyboard.press('ArrowUp');
  assert.equal((await focused(page)).file, files[files.length - 1], 'Up from the first wraps to the last');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page)).file, files[1]);
  await screenshot(page, 'keyboard-result-focused');

  await page.keyboard.press('Enter');
  await page.waitForSelector(`article.reader[data-file="${files[1]}"]`);
  assert.deepEqual(param(page, 'article'), [files[1]]);
  assert.equal((await focused(page)).id, 'reader-title', 'focus moves to the article');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.article-list');
  assert.deepEqual(param(page, 'article'), []);
  assert.deepEqual(page.errors, []);
});

test(
  'the / shortcut only moves focus: no slash lands in the search box, and arrows do not scroll the page',
  async () => {
    const page = await openReady(browser, server.url);
    await page.keyboard.press('/');
    assert.equal((await focused(page)).id, 'search');
    assert.equal(await page.inputValue('#search'), '', 'the slash is a shortcut, not typed');
    const prevented = await page.evaluate(() => {
      const e = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
      document.activeElement.dispatchEvent(e);
      return e.defaultPrevented;
    });
    assert.equal(prevented, true, 'ArrowDown in the results does not also scroll the page');
    assert.deepEqual(page.errors, []);
  },
);

test('Tab reaches the skip link, search, Share, facet values and results, each with a visible focus ring', async () => {
  const page = await openReady(browser, server.url);
  const seen = [];
  for (let i = 0; i < 150 && !seen.some((s) => s.what === 'result'); i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const s = getComputedStyle(el);
      return {
        what: el.matches('.skip-link') ? 'skip' : el.id === 'search' ? 'search' : el.matches('.share') ? 'share'
          : el.matches('[data-facet]') ? 'facet' : el.matches('.result-link') ? 'result' : el.tagName.toLowerCase(),
        // A timeline month marks its focus by filling its column instead of a ring.
        ring: el.matches('.timeline .bar')
          ? !['transparent', 'rgba(0, 0, 0, 0)', 'none'].includes(getComputedStyle(el.querySelector('.hit')).fill)
          : s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
        label: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40),
      };
    });
    seen.push(info);
    assert.ok(info.ring, `${info.what} “${info.label}” shows its focus`);
    if (i === 0) await screenshot(page, 'keyboard-skip-link');
  }
  const kinds = new Set(seen.map((s) => s.what));
  assert.equal(seen[0].what, 'skip', 'the first Tab stop skips to the results');
  for (const k of ['search', 'share', 'facet', 'result']) assert.ok(kinds.has(k), `Tab reaches ${k}: ${[...kinds]}`);
  assert.deepEqual(page.errors, []);
});

test('a facet value toggles with Enter and Space, and a timeline month with Enter', async (t) => {
  const counts = expectedCounts(corpus, {});
  const facet = ['status', 'pair', 'mediator', 'country'].find((f) => Object.keys(counts[f]).length > 0);
  if (!facet) return t.skip('no facet value');
  const value = Object.keys(counts[facet])[0];
  const page = await openReady(browser, server.url);
  await page.focus(`[data-facet="${facet}"][data-value="${value}"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(([f, v]) => new URL(location.href).searchParams.get(f) === v, [facet, value]);
  await page.focus(`[data-facet="${facet}"][data-value="${value}"]`);
  await page.keyboard.press('Space');
  await page.waitForFunction((f) => !new URL(location.href).searchParams.has(f), facet);

  const month = await page.$eval('.timeline .bar', (g) => g.dataset.month).catch(() => null);
  if (month) {
    await page.focus(`.timeline .bar[data-month="${month}"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((m) => new URL(location.href).searchParams.get('from') === m, month);
    assert.deepEqual(param(page, 'to'), [month]);
  }
  assert.deepEqual(page.errors, []);
});
