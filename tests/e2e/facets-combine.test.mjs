// Facets combine: values of one facet with OR, different facets with AND, and pair, mediator and
// status must hold for one and the same event. Checked on the seeds and on a generated corpus
// where some articles report two efforts at once; the expected lists come from `extract`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  twoCorpora, openReady, screenshot, expectedFiles, expectedCounts, facetValues, matches,
  listedFiles, shownCount, selectedValues, toggleFacet, param, PAGE_SIZE, closePage,
} from './harness.mjs';

const setup = twoCorpora(40);
const corpora = setup.corpora;

/** Matches each facet on its own and ANDs the answers: what "one event" must not be confused with. */
function loose(a, q) {
  return Object.entries(q).every(([facet, values]) => matches(a, { [facet]: values }));
}

/** Every two-facet combination of values present in the corpus. */
function* combinations(corpus, facets) {
  const values = facetValues(corpus);
  const [f, g] = facets;
  for (const x of values[f]) for (const y of values[g]) yield { [f]: [x], [g]: [y] };
}

/** All files when the list fits one page, else the first page's size. */
async function assertListed(page, files) {
  assert.equal(await shownCount(page), files.length);
  const listed = await listedFiles(page);
  if (files.length <= PAGE_SIZE) assert.deepEqual(listed, files);
  else for (const f of listed) assert.ok(files.includes(f), `${f} is expected`);
}

for (const name of ['seeds', 'generated']) {
  test(`${name}: a pair and a mediator chosen by clicking narrow the list to articles with both (AND)`, async (t) => {
    const { data, server } = corpora[name];
    // A pair, then a mediator still counted under it, narrower than the pair alone if possible.
    const counts = expectedCounts(data, {});
    const options = [];
    for (const pair of Object.keys(counts.pair)) {
      const under = expectedCounts(data, { pair: [pair] }).mediator;
      for (const [mediator, n] of Object.entries(under)) if (n > 0) options.push({ pair, mediator, n, of: counts.pair[pair] });
    }
    if (options.length === 0) return t.skip('no article has both a pair and a mediator');
    options.sort((a, b) => a.n / a.of - b.n / b.of || a.n - b.n);
    const { pair, mediator } = options[0];

    const page = await openReady(setup.browser, server.url);
    await toggleFacet(page, 'pair', pair);
    await toggleFacet(page, 'mediator', mediator);
    const files = expectedFiles(data, { pair: [pair], mediator: [mediator] });
    await assertListed(page, files);
    assert.deepEqual(param(page, 'pair'), [pair]);
    assert.deepEqual(param(page, 'mediator'), [mediator]);

    // A status of those articles' events, chosen too, must hold on the same event as the others.
    const q = { pair: [pair], mediator: [mediator] };
    const statuses = Object.entries(expectedCounts(data, q).status).filter(([, n]) => n > 0);
    if (statuses.length > 0) {
      q.status = [statuses[statuses.length - 1][0]];
      await toggleFacet(page, 'status', q.status[0]);
      await assertListed(page, expectedFiles(data, q));
    }
    // A country mentioned, ANDed with the rest: the one that narrows the list the most.
    const countries = Object.entries(expectedCounts(data, q).country).filter(([, n]) => n > 0).sort(([, x], [, y]) => x - y);
    if (countries.length > 0) {
      q.country = [countries[0][0]];
      await toggleFacet(page, 'country', q.country[0]);
      await assertListed(page, expectedFiles(data, q));
      assert.deepEqual(param(page, 'country'), q.country);
    }
    await screenshot(page, `facets-combined-${name}`);
    assert.deepEqual(page.errors, []);
  });

  test(`${name}: two values of one facet bring the articles of either (OR)`, async (t) => {
    const { data, server } = corpora[name];
    const counts = expectedCounts(data, {});
    // Two values of a facet whose article sets differ, so OR is told apart from AND.
    let choice;
    for (const facet of ['status', 'pair', 'mediator', 'country']) {
      const vals = Object.keys(counts[facet]);
      for (let i = 0; i < vals.length && !choice; i++)
        for (let j = i + 1; j < vals.length && !choice; j++) {
          const a = expectedFiles(data, { [facet]: [vals[i]] });
          const b = expectedFiles(data, { [facet]: [vals[j]] });
          if (a.some((f) => !b.includes(f)) && b.some((f) => !a.includes(f))) choice = { facet, values: [vals[i], vals[j]] };
        }
      if (choice) break;
    }
    if (!choice) return t.skip('no facet has two values with different articles');
    const { facet, values } = choice;
    const page = await openReady(setup.browser, server.url);
    await toggleFacet(page, facet, values[0]);
    await toggleFacet(page, facet, values[1]);
    const union = expectedFiles(data, { [facet]: values });
    const either = new Set([...expectedFiles(data, { [facet]: [values[0]] }), ...expectedFiles(data, { [facet]: [values[1]] })]);
    assert.deepEqual(union, [...either].sort(), 'the oracle agrees that values in one facet are ORed');
    await assertListed(page, union);
    assert.deepEqual(param(page, facet), [...values].sort());
    assert.deepEqual(await selectedValues(page, facet), [...values].sort());
    assert.deepEqual(page.errors, []);
  });

  test(`${name}: a pair and a mediator of two different events of one article do not match it`, async (t) => {
    const { data, server } = corpora[name];
    let split;
    for (const q of combinations(data, ['pair', 'mediator'])) {
      const apart = data.articles.filter((a) => loose(a, q) && !matches(a, q));
      if (apart.length > 0) {
        split = { q, apart: apart.map((a) => a.file) };
        break;
      }
    }
    if (!split) return t.skip('no article names a pair and a mediator only on different events');
    const { q, apart } = split;
    const page = await openReady(setup.browser, `${server.url}?pair=${q.pair[0]}&mediator=${q.mediator[0]}`);
    const files = expectedFiles(data, q);
    await assertListed(page, files);
    const listed = await listedFiles(page);
    for (const f of apart) assert.ok(!listed.includes(f), `${f} has the pair and the mediator on different events`);
    // The same article is found by each of the two on its own.
    for (const facet of ['pair', 'mediator']) {
      const alone = await openReady(setup.browser, `${server.url}?${facet}=${q[facet][0]}`);
      const n = await shownCount(alone);
      assert.equal(n, expectedFiles(data, { [facet]: q[facet] }).length);
      await closePage(alone);
    }
    assert.deepEqual(page.errors, []);
  });
}
