/**
 * `npm run screenshot`: the README's picture of the dashboard (docs/img/dashboard.png), taken in
 * Debian's Chromium over the example corpus with its best-attested incident open.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testChromiumPath } from '../testing/services.js';
import { corpusStore, launchChromium, repoDir, startServer, watchPage } from './harness.js';

/**
 * Take the screenshot; returns its path.
 *
 * @example
 * await takeScreenshot(join(repoDir, 'docs', 'img', 'dashboard.png'));
 */
export async function takeScreenshot(out: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'civwatch-screenshot-'));
  const store = await corpusStore(dir);
  const server = await startServer(store);
  const browser = await launchChromium(testChromiumPath());
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const watch = watchPage(page);
    const res = await fetch(new URL('api/incidents/points?grade=confirmed', server.url));
    const [confirmed] = ((await res.json()) as { data: { id: string }[] }).data;
    await page.goto(new URL(confirmed ? `?incident=${confirmed.id}` : '', server.url).toString());
    await page.waitForSelector('body[data-markers-drawn]');
    if (confirmed) await page.waitForSelector('.incident-panel .evidence mark');
    // Zoomed out two steps from the incident: its neighbours' markers around it.
    for (let i = 0; i < 2; i++) {
      await page.click('.leaflet-control-zoom-out');
      await page.waitForTimeout(500);
    }
    if (watch.errors.length || watch.foreign.length) throw new Error(`page problems: ${[...watch.errors, ...watch.foreign].join('; ')}`);
    await mkdir(join(out, '..'), { recursive: true });
    await page.screenshot({ path: out });
    return out;
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  takeScreenshot(process.argv[2] ?? join(repoDir, 'docs', 'img', 'dashboard.png')).then(
    (path) => process.stdout.write(`screenshot: ${path}\n`),
    (err: Error) => {
      process.stderr.write(`screenshot: ${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
