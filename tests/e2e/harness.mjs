// Shared pieces of the end-to-end tests: a static server for dist/, Chromium, and console capture.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = join(root, 'dist');
export const shots = join(root, 'test-output', 'screenshots');

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Serves `dir` statically on 127.0.0.1 with Python's http.server; resolves once it answers. */
export async function serve(dir = dist) {
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', String(port), '--directory', dir], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, port, close: () => proc.kill() };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** Opens a page that records console errors and uncaught exceptions into `page.errors`. */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.errors.push(msg.text());
  });
  page.on('pageerror', (err) => page.errors.push(String(err)));
  await page.goto(url);
  return page;
}

export async function screenshot(page, name) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** The article file names of a corpus folder, as the explorer reads them. */
export function corpusFiles(dir = join(root, 'seeds')) {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html?)$/i.test(f))
    .sort();
}

/** The `explorer extract` JSON of a folder, from the CLI built natively. */
export function extract(dir = join(root, 'seeds')) {
  const out = execFileSync('cargo', ['run', '--quiet', '--profile', 'native', '-p', 'explorer-cli', '--', 'extract', dir, '--today', '2026-11-21'], {
    cwd: root,
    maxBuffer: 1 << 28,
  });
  return JSON.parse(out.toString());
}
