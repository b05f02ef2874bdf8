// Text that looks like markup (a <script>, an <img onerror>, a javascript: link) is shown as
// text wherever the article's words appear: titles, snippets, the reader and the removed
// boilerplate. Nothing in an article ever runs or becomes an element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openReady, extract, distFor, writeCorpus, removeDir, serve, screenshot, slice } from './harness.mjs';

const FILES = {
  'a_plain.txt': [
    '<b>Bold</b> claims & "quotes" in a headline',
    '',
    'DOHA, March 3, 2025 (Wire) — Qatar hosted talks between Afghanistan and Pakistan on Monday. A spokesman read out <script>window.__pwned = 1</script> from a leaked page.',
    '',
    'Another paragraph quoted <img src=x onerror="window.__pwned = 2"> and <a href="javascript:window.__pwned=3">a link</a> as plain text.',
  ].join('\n'),
  'b_page.html': [
    '<!doctype html><html><head><title>Escaped markup in a page</title></head><body>',
    '<article><h1>Escaped &lt;script&gt; in a page</h1>',
    '<p>DOHA, March 4, 2025 — Qatar hosted talks between Afghanistan and Pakistan. The page printed &lt;script&gt;window.__pwned = 4&lt;/script&gt; literally.</p>',
    '<p>It also printed &lt;img src=x onerror="window.__pwned = 5"&gt; as text.</p>',
    '<script>window.__pwned = 6</script>',
    '</article></body></html>',
  ].join('\n'),
  'c_note.md': [
    '# Markdown with <em>inline</em> tags',
    '',
    'Qatar hosted talks between Afghanistan and Pakistan, a statement with <img src=x onerror="window.__pwned = 7"> said.',
  ].join('\n'),
};

let browser, server, corpus, dirs;
before(async () => {
  const dir = writeCorpus(FILES);
  const out = distFor(dir);
  dirs = [dir, out];
  corpus = extract(dir);
  server = await serve(out);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
  dirs?.forEach(removeDir);
});

const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** Elements that article text must never turn into, inside the app's own markup. */
async function foreignElements(page) {
  return page.$$eval('main script, main img, main iframe, main object, main a[href^="javascript:"], main [onerror]', (els) =>
    els.map((e) => e.outerHTML.slice(0, 80)),
  );
}

test('titles and snippets with markup are text in the list', async () => {
  const page = await openReady(browser, server.url);
  for (const a of corpus.articles) {
    const title = await page.textContent(`[data-file="${a.file}"] .title`);
    assert.equal(squash(title), squash(a.title), `${a.file}: the title as written`);
  }
  const searched = await openReady(browser, `${server.url}?q=printed`);
  assert.ok((await searched.$$('.article-list [data-file]')).length > 0);
  for (const p of [page, searched]) {
    assert.deepEqual(await foreignElements(p), []);
    assert.equal(await p.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(p.errors, []);
  }
  await screenshot(page, 'markup-list');
});

for (const file of Object.keys(FILES)) {
  test(`${file}: the reader shows its text, markup and removed boilerplate as written`, async () => {
    const a = corpus.articles.find((x) => x.file === file);
    assert.ok(a, `${file} is an article`);
    const page = await openReady(browser, `${server.url}?article=${file}`);
    await page.waitForSelector(`article.reader[data-file="${file}"]`);
    assert.equal(squash(await page.textContent('#reader-title')).startsWith(squash(a.title)), true);
    const paragraphs = await page.$$eval('.reader .body p', (ps) => ps.map((p) => p.textContent));
    assert.deepEqual(paragraphs, a.paragraphs.map((span) => slice(a.text, span)), 'the body is the text, character for character');
    if (a.removed.length > 0) {
      await page.click('details.removed summary');
      const shown = await page.$$eval('details.removed pre', (ps) => ps.map((p) => p.textContent));
      assert.deepEqual(shown, a.removed.map((r) => r.text));
    }
    assert.deepEqual(await foreignElements(page), []);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    if (file === 'b_page.html') await screenshot(page, 'markup-reader');
    assert.deepEqual(page.errors, []);
  });
}
