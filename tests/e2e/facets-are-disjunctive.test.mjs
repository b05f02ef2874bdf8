// Facet counts are disjunctive: choosing a value leaves its own facet's counts as they were (so
// other values stay reachable for OR) and recounts every other facet under the choice. Selected
// values stay listed, with their count, even when other filters leave them no article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  twoCorpora, openReady, screenshot, expectedCounts, allPageCounts, toggleFacet, selectedValues,
  facetValues, matches,
} from './harness.mjs';

const FACETS = ['pair', 'mediator', 'status', 'country'];
const setup = twoCorpora(40);
const corpora = setup.corpora;

for (const name of ['seeds', 'generated']) {
  test(`${name}: a value chosen in one facet keeps that facet's counts and recounts the others`, async (t) => {
    const { data, server } = corpora[name];
    const page = await openReady(setup.browser, server.url);
    const initial = await allPageCounts(page);
    assert.deepEqual(initial, expectedCounts(data, {}), 'counts with nothing chosen');
    let changedSomewhere = false;
    for (const facet of FACETS) {
      // The value whose choice changes the other facets' counts, when there is one.
      const values = Object.keys(initial[facet]);
      if (values.length === 0) continue;
      const changes = (v) => {
        const c = expectedCounts(data, { [facet]: [v] });
        return FACETS.some((f) => f !== facet && !same(c[f], initial[f]));
      };
      const value = values.find(changes) ?? values[0];
      await toggleFacet(page, facet, value);
      const now = await allPageCounts(page);
      assert.deepEqual(now[facet], initial[facet], `choosing ${facet}=${value} leaves the ${facet} counts alone`);
      assert.deepEqual(now, expectedCounts(data, { [facet]: [value] }), `counts under ${facet}=${value}`);
      if (changes(value)) {
        changedSomewhere = true;
        assert.ok(FACETS.some((f) => f !== facet && !same(now[f], initial[f])), `choosing ${facet}=${value} recounts the other facets`);
      }
      if (facet === 'pair') await screenshot(page, `facets-disjunctive-${name}`);
      await toggleFacet(page, facet, value);
      assert.deepEqual(await allPageCounts(page), initial, `counts are back once ${facet}=${value} is dropped`);
    }
    if (!changedSomewhere) t.diagnostic('no single value changed the other facets: the corpus is too uniform to show it');
    assert.deepEqual(page.errors, []);
  });

  test(`${name}: a selected value stays listed, pressed, with a zero count once other filters exclude it`, async (t) => {
    const { data, server } = corpora[name];
    const values = facetValues(data);
    // Two values v, v2 of facet F and a value w of facet G that only v2's articles have: after
    // choosing v, v2 and then w (reachable thanks to v2), v has no article left but is selected.
    let found;
    search: for (const F of FACETS)
      for (const G of FACETS) {
        if (F === G) continue;
        for (const w of values[G])
          for (const v of values[F]) {
            if (count(data, { [F]: [v] }) === 0 || count(data, { [F]: [v], [G]: [w] }) !== 0) continue;
            for (const v2 of values[F])
              if (v2 !== v && count(data, { [F]: [v2], [G]: [w] }) > 0) {
                found = { F, G, v, v2, w };
                break search;
              }
          }
      }
    if (!found) return t.skip('no value is excluded by a value of another facet');
    const { F, G, v, v2, w } = found;
    const page = await openReady(setup.browser, server.url);
    await toggleFacet(page, F, v);
    await toggleFacet(page, F, v2);
    await toggleFacet(page, G, w);
    const button = page.locator(`[data-facet="${F}"][data-value="${v}"]`);
    assert.equal(await button.count(), 1, `${F}=${v} is still listed`);
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    assert.equal((await button.locator('.count').textContent()).trim(), '0');
    assert.match(await button.getAttribute('class'), /\bzero\b/);
    assert.deepEqual(await selectedValues(page, F), [v, v2].sort());
    assert.deepEqual(await allPageCounts(page), expectedCounts(data, { [F]: [v, v2], [G]: [w] }));
    await screenshot(page, `facets-selected-zero-${name}`);
    assert.deepEqual(page.errors, []);
  });
}

function count(data, q) {
  return data.articles.filter((a) => matches(a, q)).length;
}

/** Whether two {value: count} maps are equal, whatever their order. */
function same(a, b) {
  const canon = (m) => JSON.stringify(Object.entries(m).sort(([x], [y]) => (x < y ? -1 : 1)));
  return canon(a) === canon(b);
}

test('a long facet list has a filter box; what it hides never includes the selected values', async (t) => {
  const { data, server } = corpora.generated;
  const counts = expectedCounts(data, {});
  const facet = FACETS.find((f) => Object.keys(counts[f]).length > 8);
  if (!facet) return t.skip('no facet with more than eight values');
  const page = await openReady(setup.browser, server.url);
  const values = await page.$$eval(`[data-facet="${facet}"]`, (bs) => bs.map((b) => ({ value: b.dataset.value, label: b.querySelector('.label').textContent })));
  const [chosen, other] = values;
  await toggleFacet(page, facet, chosen.value);
  // Filter by the other value's label: it shows, and so does the chosen one.
  const needle = other.label.slice(0, 4).toLowerCase();
  await page.fill(`#facet-filter-${facet}`, needle);
  const shown = await page.$$eval(`[data-facet="${facet}"]`, (bs) => bs.map((b) => b.dataset.value));
  const expected = values.filter((v) => v.value === chosen.value || v.label.toLowerCase().includes(needle) || v.value.toLowerCase().includes(needle)).map((v) => v.value);
  assert.deepEqual([...shown].sort(), [...expected].sort());
  assert.ok(shown.length < values.length, 'the box hides some values');
  assert.ok(shown.includes(chosen.value), 'the selected value stays');
  await page.fill(`#facet-filter-${facet}`, '');
  assert.equal((await page.$$(`[data-facet="${facet}"]`)).length, values.length);
  assert.deepEqual(page.errors, []);
});
