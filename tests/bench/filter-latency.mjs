// Prints how long a filter change and a keystroke take from input to painted result, in the
// release build, on the bundled corpus and on a generated corpus of 10,000 articles.
// Run after `trunk build --release`: node tests/bench/filter-latency.mjs [articles]
import { launch, serve, distFor, writeCorpus, removeDir, syntheticCorpus, dist } from '../e2e/harness.mjs';

const n = Number(process.argv[2] || 10000);

async function measure(url, label) {
  const browser = await launch();
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('.article-list [data-file]', { timeout: 120000 });
  // Input to the next painted frame after the DOM settles: a click, then two animation frames.
  const timeIt = (action) =>
    page.evaluate(async (action) => {
      const t0 = performance.now();
      if (action.kind === 'click') document.querySelector(action.selector).click();
      else {
        const input = document.querySelector('#search');
        input.value = action.text;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    }, action);
  const samples = { facet: [], keystroke: [] };
  const values = await page.$$eval('[data-facet="mediator"], [data-facet="status"]', (els) => els.map((e) => `[data-facet="${e.dataset.facet}"][data-value="${e.dataset.value}"]`));
  for (let i = 0; i < 20; i++) {
    const sel = values[i % values.length];
    samples.facet.push(await timeIt({ kind: 'click', selector: sel }));
    samples.facet.push(await timeIt({ kind: 'click', selector: sel }));
  }
  const word = 'mediation';
  for (let r = 0; r < 4; r++) {
    for (let i = 1; i <= word.length; i++) samples.keystroke.push(await timeIt({ kind: 'type', text: word.slice(0, i) }));
    await timeIt({ kind: 'type', text: '' });
  }
  const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  for (const [k, xs] of Object.entries(samples)) {
    console.log(`${label.padEnd(22)} ${k.padEnd(10)} p50 ${pct(xs, 50).toFixed(1).padStart(6)} ms   p95 ${pct(xs, 95).toFixed(1).padStart(6)} ms   (${xs.length} samples, two frames included)`);
  }
  await browser.close();
}

const seeds = await serve(dist);
await measure(seeds.url, 'bundled corpus');
seeds.close();
const dir = writeCorpus(syntheticCorpus(n));
const big = distFor(dir);
const server = await serve(big);
await measure(server.url, `${n} articles`);
server.close();
removeDir(dir);
removeDir(big);
