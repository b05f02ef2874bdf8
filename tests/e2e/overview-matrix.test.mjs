// The overview matrix counts, for each country pair and mediator, the articles with an event
// between that pair mediated by that mediator; clicking a cell filters the list to exactly those.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  twoCorpora, openReady, screenshot, expectedFiles, listedFiles, shownCount, param, navigates,
  PAGE_SIZE,
} from './harness.mjs';

const setup = twoCorpora(30);
const corpora = setup.corpora;

const cells = (page) =>
  page.$$eval('.matrix .cell', (bs) => bs.map((b) => ({ pair: b.dataset.pair, mediator: b.dataset.mediator, n: Number(b.textContent.trim()) })));

for (const name of ['seeds', 'generated']) {
  test(`${name}: every cell counts the articles with that pair and mediator on one event, and a click filters to them`, async (t) => {
    const { data, server } = corpora[name];
    const page = await openReady(setup.browser, server.url);
    const all = await cells(page);
    if (all.length === 0) return t.skip('no mediation event, so no matrix');
    for (const c of all) assert.equal(c.n, expectedFiles(data, { pair: [c.pair], mediator: [c.mediator] }).length, `${c.pair} × ${c.mediator}`);

    // The smallest cell: the narrowest filter.
    const cell = [...all].sort((a, b) => a.n - b.n)[0];
    await navigates(page, () => page.click(`.matrix .cell[data-pair="${cell.pair}"][data-mediator="${cell.mediator}"]`));
    assert.deepEqual(param(page, 'pair'), [cell.pair]);
    assert.deepEqual(param(page, 'mediator'), [cell.mediator]);
    const files = expectedFiles(data, { pair: [cell.pair], mediator: [cell.mediator] });
    assert.equal(await shownCount(page), cell.n);
    if (files.length <= PAGE_SIZE) assert.deepEqual(await listedFiles(page), files);
    // The facets show the two as chosen and the matrix marks the cell.
    assert.equal(await page.getAttribute(`[data-facet="pair"][data-value="${cell.pair}"]`, 'aria-pressed'), 'true');
    assert.equal(await page.getAttribute(`[data-facet="mediator"][data-value="${cell.mediator}"]`, 'aria-pressed'), 'true');
    const selected = await page.$$eval('.matrix td.selected .cell', (bs) => bs.map((b) => `${b.dataset.pair}|${b.dataset.mediator}`));
    assert.deepEqual(selected, [`${cell.pair}|${cell.mediator}`]);
    await screenshot(page, `overview-cell-${name}`);
    assert.deepEqual(page.errors, []);
  });
}
