// Prints how long adding 100 of the reader's own articles takes in the release build (from the
// picker's change event to the list showing them), the longest gap between painted frames on the
// main thread meanwhile, and how long a reload takes to show them again.
// Run after `trunk build --release`: node tests/bench/own-articles.mjs [articles] [runs]
import { launch, serve, syntheticCorpus } from '../e2e/harness.mjs';

const n = Number(process.argv[2] || 100);
const runs = Number(process.argv[3] || 3);

/** `n` articles of a few KB each: the generated wire stories, each with paragraphs of its own. */
function articles() {
  const words = ['delegation', 'ceasefire', 'border', 'envoy', 'talks', 'prisoners', 'monitoring', 'corridor', 'humanitarian', 'agreement', 'capital', 'officials', 'statement', 'round', 'negotiators', 'guarantees'];
  return Object.entries(syntheticCorpus(n)).map(([name, text], i) => {
    const extra = [];
    for (let p = 0; p < 12; p++) {
      const sentence = [];
      for (let w = 0; w < 40; w++) sentence.push(words[(i * 7 + p * 5 + w * w) % words.length] + (w % 9 === 0 ? ` ${i * 100 + p}` : ''));
      extra.push(sentence.join(' ') + '.');
    }
    return { name: `own-${name}`, mimeType: 'text/plain', buffer: Buffer.from(text + '\n' + extra.join('\n\n') + '\n') };
  });
}

// Records, in the page, the time of the picker's change event, of the first and last progress
// shown, of the list showing `n` own articles, and the longest gap between animation frames.
function watch(n) {
  const w = (window.__own = { longest: 0, last: performance.now(), on: true, progress: [] });
  const tick = (t) => {
    if (w.change !== undefined && w.shown === undefined) w.longest = Math.max(w.longest, t - w.last);
    w.last = t;
    if (w.on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener('change', () => (w.change = performance.now()), true);
  new MutationObserver(() => {
    if (document.querySelector('.own-progress')) w.progress.push(performance.now());
    if (w.shown === undefined && document.querySelector(`.own-articles[data-own-count="${n}"]`) && !document.querySelector('.own-progress'))
      requestAnimationFrame(() => (w.shown = performance.now()));
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

const server = await serve();
const browser = await launch();
const files = articles();
const kb = files.reduce((s, f) => s + f.buffer.length, 0) / 1024;
console.log(`adding ${n} articles (${kb.toFixed(0)} KB in all), ${runs} runs, release build`);
for (let run = 1; run <= runs; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(watch, n);
  await page.goto(server.url);
  await page.waitForSelector('.result-bar .count');
  await page.click('.own-articles > summary');
  await page.setInputFiles('#own-files', files);
  await page.waitForFunction(() => window.__own.shown !== undefined, null, { timeout: 120000 });
  const add = await page.evaluate(() => window.__own);
  await page.reload();
  await page.waitForFunction(() => window.__own.shown !== undefined, null, { timeout: 120000 });
  const reload = await page.evaluate(() => window.__own.shown);
  const p = add.progress;
  console.log(
    `run ${run}: added in ${(add.shown - add.change).toFixed(0)} ms ` +
      `(parsing shown ${p.length ? (p[p.length - 1] - p[0]).toFixed(0) : 0} ms), ` +
      `longest frame gap ${add.longest.toFixed(0)} ms; after a reload shown ${reload.toFixed(0)} ms from navigation`,
  );
  await context.close();
}
await browser.close();
server.close();
