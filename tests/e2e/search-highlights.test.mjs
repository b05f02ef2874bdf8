// Search as you type: the list keeps every article that contains the typed word, each listed
// result shows what matched in <mark>, and the text is in the address as `q`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openReady, extract, screenshot, listedFiles, shownCount, param } from './harness.mjs';

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

/** Files whose title or text contain `word` as a whole word, any case. */
function containing(word) {
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${word}($|[^\\p{L}\\p{N}])`, 'iu');
  return corpus.articles.filter((a) => re.test(a.title) || re.test(a.text)).map((a) => a.file).sort();
}

/**
 * A common word (never capitalised, so not a name with variants) of seven letters or more found
 * in some articles but not all: the one in the fewest.
 */
function chooseWord() {
  const seen = new Map();
  for (const a of corpus.articles)
    for (const w of new Set(`${a.title} ${a.text}`.match(/\p{L}{7,}/gu) ?? [])) seen.set(w, (seen.get(w) ?? 0) + 1);
  const lower = [...seen.keys()].filter((w) => w === w.toLowerCase() && !seen.has(w[0].toUpperCase() + w.slice(1)));
  return lower
    .map((w) => ({ w, n: containing(w).length }))
    .filter(({ n }) => n > 0 && n < corpus.articles.length)
    .sort((a, b) => a.n - b.n || (a.w < b.w ? -1 : 1))[0]?.w;
}

test('typing a word lists every article containing it, with the matches highlighted', async (t) => {
  const word = chooseWord();
  if (!word) return t.skip('no word tells the articles apart');
  const page = await openReady(browser, server.url);
  await page.click('#search');
  await page.keyboard.type(word, { delay: 20 });
  await page.waitForFunction((w) => new URL(location.href).searchParams.get('q') === w, word);
  await page.waitForFunction(
    (n) => document.querySelectorAll('.article-list [data-file]').length >= n,
    containing(word).length,
  );
  assert.deepEqual(param(page, 'q'), [word]);
  const listed = await listedFiles(page);
  for (const f of containing(word)) assert.ok(listed.includes(f), `${f} contains “${word}”`);
  assert.equal(await shownCount(page), listed.length);
  for (const f of listed) {
    const marks = await page.$$eval(`.article-list [data-file="${f}"] mark`, (ms) => ms.map((m) => m.textContent.toLowerCase()));
    assert.ok(marks.length > 0, `${f} shows what matched`);
    if (containing(word).includes(f)) assert.ok(marks.some((m) => m.startsWith(word.toLowerCase())), `${f} marks “${word}”: ${marks}`);
  }
  // The search box and the current filters both show the text.
  assert.equal(await page.inputValue('#search'), word);
  assert.match(await page.textContent('.active-filters'), new RegExp(word));
  await screenshot(page, 'search-highlights');
  assert.deepEqual(page.errors, []);
});
