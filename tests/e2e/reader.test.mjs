// The reader shows an article in full with its evidence sentences highlighted, the names it
// recognised marked, the table of events, the boilerplate that was set aside (collapsed), and
// "More on …" links that open the list filtered to a pair or a mediator. Expectations come from
// the article's `extract` record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openReady, extract, screenshot, expectedFiles, listedFiles, shownCount, param, navigates, facetCode,
  pairKey, slice, PAGE_SIZE,
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

const squash = (s) => s.replace(/\s+/g, '');
const byEvents = () => [...corpus.articles].sort((a, b) => b.events.length - a.events.length || (a.file < b.file ? -1 : 1));

async function openArticle(file) {
  const page = await openReady(browser, `${server.url}?article=${encodeURIComponent(file)}`);
  await page.waitForSelector(`article.reader[data-file="${file}"]`);
  return page;
}

test('evidence sentences, marked names and the events table match the article record', async (t) => {
  const a = byEvents()[0];
  if (!a || a.events.length === 0) return t.skip('no article with a mediation event');
  const page = await openArticle(a.file);

  // Every event's evidence is highlighted: the text under its data-event is a piece of its
  // sentence (an earlier event's highlight wins where two overlap).
  const evidence = await page.$$eval('.reader .body .evidence', (els) => els.map((e) => ({ i: Number(e.dataset.event), text: e.textContent })));
  assert.ok(evidence.length > 0, 'some evidence is highlighted');
  for (const [i, e] of a.events.entries()) {
    const shown = squash(evidence.filter((x) => x.i === i).map((x) => x.text).join(''));
    const sentence = squash(slice(a.text, e.span));
    const covered = a.events.slice(0, i).some((o) => o.span[0] <= e.span[0] && o.span[1] >= e.span[1]);
    if (!covered) assert.ok(shown.length > 0, `event ${i} is highlighted`);
    assert.ok(sentence.includes(shown), `event ${i}: “${shown}” is part of “${sentence}”`);
  }
  for (const { i } of evidence) assert.ok(i >= 0 && i < a.events.length);

  // Every recognised name is marked with its kind and id, and the marks hold exactly the names.
  const marks = await page.$$eval('.reader .body mark.entity', (ms) => ms.map((m) => ({ id: m.dataset.entity, cls: m.className, text: m.textContent })));
  const ids = (list) => [...new Set(list)].sort();
  assert.deepEqual(ids(marks.map((m) => m.id)), ids(a.mentions.map((m) => m.id)));
  for (const m of a.mentions) assert.ok(marks.some((x) => x.id === m.id && x.cls.split(' ').includes(m.kind)), `${m.id} marked as ${m.kind}`);
  const overlapping = a.mentions.some((m, i) => i > 0 && m.span[0] < a.mentions[i - 1].span[1]);
  if (!overlapping) assert.equal(marks.map((m) => m.text).join(''), a.mentions.map((m) => slice(a.text, m.span)).join(''));

  // The events table: one row per event with its status and CAMEO code.
  const rows = await page.$$eval('.events-table tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.equal(rows.length, a.events.length);
  for (const [i, e] of a.events.entries()) assert.equal(rows[i][2], `${e.status} (CAMEO ${e.cameo})`);
  await screenshot(page, 'reader-evidence');
  assert.deepEqual(page.errors, []);
});

test('the removed boilerplate is collapsed, and opens to show each piece as it was', async (t) => {
  const a = [...corpus.articles].sort((x, y) => y.removed.length - x.removed.length)[0];
  if (!a || a.removed.length === 0) return t.skip('no article had boilerplate removed');
  const page = await openArticle(a.file);
  const details = page.locator('details.removed');
  assert.equal(await details.getAttribute('open'), null, 'collapsed at first');
  assert.match(await details.locator('summary').textContent(), new RegExp(`\\(${a.removed.length}\\)`));
  await details.locator('summary').click();
  assert.notEqual(await details.getAttribute('open'), null);
  const items = await page.$$eval('details.removed .removed-item', (ss) => ss.map((s) => s.querySelector('pre').textContent));
  assert.deepEqual(items, a.removed.map((r) => r.text));
  // Boilerplate is not in the body.
  const body = await page.textContent('.reader .body');
  for (const r of a.removed) if (r.text.trim().length > 20) assert.ok(!body.includes(r.text.trim()), 'removed text stays out of the body');
  await screenshot(page, 'reader-removed');
  assert.deepEqual(page.errors, []);
});

test('“More on …” and “More mediated by …” open the list filtered to that pair or mediator', async (t) => {
  const a = byEvents()[0];
  if (!a || a.events.length === 0) return t.skip('no article with a mediation event');
  const pairs = new Set();
  const mediators = new Set();
  for (const e of a.events) {
    const ps = e.parties.map(facetCode);
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) pairs.add(pairKey(ps[i], ps[j]));
    e.mediators.forEach((m) => mediators.add(facetCode(m)));
  }
  const page = await openArticle(a.file);
  const links = await page.$$eval('.more-links a', (as) => as.map((x) => ({ text: x.textContent, href: x.getAttribute('href') })));
  const hrefs = links.map((l) => new URLSearchParams(l.href.replace(/^\?/, '')));
  assert.deepEqual(hrefs.filter((h) => h.has('pair')).map((h) => h.get('pair')).sort(), [...pairs].sort());
  assert.deepEqual(hrefs.filter((h) => h.has('mediator')).map((h) => h.get('mediator')).sort(), [...mediators].sort());
  for (const l of links) assert.match(l.text, /^More (on|mediated by) \S/);

  for (const kind of ['pair', 'mediator']) {
    const i = hrefs.findIndex((h) => h.has(kind));
    if (i < 0) continue;
    const value = hrefs[i].get(kind);
    await navigates(page, () => page.locator('.more-links a').nth(i).click());
    await page.waitForSelector('.article-list');
    assert.deepEqual(param(page, kind), [value]);
    assert.deepEqual(param(page, 'article'), []);
    const files = expectedFiles(corpus, { [kind]: [value] });
    assert.equal(await shownCount(page), files.length);
    if (files.length <= PAGE_SIZE) assert.deepEqual(await listedFiles(page), files);
    assert.ok((await listedFiles(page)).includes(a.file), 'the article itself is among them');
    if (kind === 'pair') await screenshot(page, 'reader-more-on-pair');
    await page.goBack();
    await page.waitForSelector(`article.reader[data-file="${a.file}"]`);
  }
  assert.deepEqual(page.errors, []);
});
