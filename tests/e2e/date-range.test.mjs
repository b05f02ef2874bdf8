// The date range: typed bounds, both ways of matching uncertain dates (overlap the range, lie
// within it), undated articles on request, a rejected typo, and a month clicked on the timeline.
// Ranges are chosen from the dates `extract` finds, so that the two modes differ where they can.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  twoCorpora, openReady, screenshot, expectedFiles, listedFiles, shownCount, param, articleDate,
  PAGE_SIZE,
} from './harness.mjs';

const setup = twoCorpora(36);
const corpora = setup.corpora;

/** Every month (YYYY-MM) a date of the corpus starts or ends in, sorted. */
function months(data) {
  const s = new Set();
  for (const a of data.articles)
    for (const d of [articleDate(a), ...a.events.map((e) => e.date)])
      if (d) {
        s.add(d.earliest.slice(0, 7));
        s.add(d.latest.slice(0, 7));
      }
  return [...s].sort();
}

/**
 * A month range where "within" keeps fewer articles than "overlap" but some, if there is one,
 * preferably with one page of matches so the whole list can be compared.
 */
function chooseRange(data) {
  const ms = months(data);
  let best;
  for (let i = 0; i < ms.length; i++)
    for (let j = i; j < ms.length; j++) {
      const q = { from: ms[i], to: ms[j] };
      const overlap = expectedFiles(data, { ...q, dates: 'overlap' });
      const within = expectedFiles(data, { ...q, dates: 'within' });
      if (overlap.length === 0 || overlap.length === data.articles.length) continue;
      const score = (within.length > 0 ? 2 : 0) + (within.length < overlap.length ? 4 : 0) + (overlap.length <= PAGE_SIZE ? 1 : 0);
      if (!best || score > best.score) best = { q, score };
    }
  return best?.q;
}

async function assertListed(page, files) {
  assert.equal(await shownCount(page), files.length);
  const listed = await listedFiles(page);
  if (files.length <= PAGE_SIZE) assert.deepEqual(listed, files);
  else for (const f of listed) assert.ok(files.includes(f), `${f} is expected`);
}

/** Types a bound and leaves the field, as a person does; waits for the address to change. */
async function typeBound(page, id, text) {
  const before = page.url();
  await page.fill(`#${id}`, text);
  await page.press(`#${id}`, 'Enter');
  await page.waitForFunction((u) => location.href !== u, before);
}

for (const name of ['seeds', 'generated']) {
  test(`${name}: a typed range filters by overlap, then within, then with undated articles`, async (t) => {
    const { data, server } = corpora[name];
    const range = chooseRange(data);
    if (!range) return t.skip('the corpus has too few dates for a range that filters');
    const page = await openReady(setup.browser, server.url);
    await typeBound(page, 'date-from', range.from);
    await typeBound(page, 'date-to', range.to);
    assert.deepEqual(param(page, 'from'), [range.from]);
    assert.deepEqual(param(page, 'to'), [range.to]);
    await assertListed(page, expectedFiles(data, { ...range, dates: 'overlap' }));
    await screenshot(page, `dates-overlap-${name}`);

    const before = page.url();
    await page.selectOption('#date-mode', 'within');
    await page.waitForFunction((u) => location.href !== u, before);
    assert.deepEqual(param(page, 'dates'), ['within']);
    await assertListed(page, expectedFiles(data, { ...range, dates: 'within' }));
    await screenshot(page, `dates-within-${name}`);

    // The checkbox says how many undated articles it would bring back.
    const undated = data.articles.filter((a) => !articleDate(a)).length;
    assert.match(await page.textContent('.date-options .check'), new RegExp(`include undated \\(${undated}\\)`));
    const at = page.url();
    await page.check('.date-options input[type="checkbox"]');
    await page.waitForFunction((u) => location.href !== u, at);
    assert.deepEqual(param(page, 'undated'), ['1']);
    await assertListed(page, expectedFiles(data, { ...range, dates: 'within', undated: true }));
    assert.deepEqual(page.errors, []);
  });

  test(`${name}: a bound that is not a date is flagged and changes nothing`, async () => {
    const { data, server } = corpora[name];
    const page = await openReady(setup.browser, server.url);
    const url = page.url();
    await page.fill('#date-from', '2025-13');
    await page.press('#date-from', 'Enter');
    await page.waitForSelector('#date-from[aria-invalid="true"]');
    assert.match(await page.textContent('#date-from-hint'), /Not a date/);
    assert.equal(await page.inputValue('#date-from'), '2025-13', 'the typo stays in the box to be corrected');
    assert.equal(page.url(), url);
    assert.equal(await shownCount(page), data.articles.length);
    // Emptying the box clears the flag; a correction applies.
    await page.fill('#date-from', '');
    await page.press('#date-from', 'Enter');
    await page.waitForSelector('#date-from[aria-invalid="false"]');
    assert.equal(await page.textContent('#date-from-hint'), '');
    assert.equal(page.url(), url);
    await page.fill('#date-from', '2025-1');
    await page.press('#date-from', 'Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2025-01');
    assert.equal(await page.inputValue('#date-from'), '2025-01');
    assert.deepEqual(page.errors, []);
  });

  test(`${name}: a month clicked on the timeline becomes the range`, async (t) => {
    const { data, server } = corpora[name];
    const page = await openReady(setup.browser, server.url);
    const bars = await page.$$eval('.timeline .bar', (gs) => gs.map((g) => ({ month: g.dataset.month, label: g.getAttribute('aria-label') })));
    const full = bars.filter((b) => !/: 0 articles$/.test(b.label));
    if (full.length === 0) return t.skip('no dated article, so no timeline');
    const { month } = full[Math.floor(full.length / 2)];
    const before = page.url();
    await page.locator(`.timeline .bar[data-month="${month}"]`).click();
    await page.waitForFunction((u) => location.href !== u, before);
    assert.deepEqual(param(page, 'from'), [month]);
    assert.deepEqual(param(page, 'to'), [month]);
    assert.equal(await page.inputValue('#date-from'), month);
    assert.equal(await page.inputValue('#date-to'), month);
    await assertListed(page, expectedFiles(data, { from: month, to: month }));
    const inRange = await page.$$eval('.timeline .bar.in-range', (gs) => gs.map((g) => g.dataset.month));
    assert.deepEqual(inRange, [month]);
    await screenshot(page, `dates-timeline-${name}`);
    assert.deepEqual(page.errors, []);
  });
}
