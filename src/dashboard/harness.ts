/**
 * What the dashboard's browser tests, benchmark and screenshot script share: a store filled from
 * the example corpus, the real API server on an ephemeral loopback port, and a headless Debian
 * Chromium that records console errors and any request leaving the machine.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { ingestBatch } from '../ingest/batch.js';
import { readSources } from '../ingest/sources.js';
import { buildServer } from '../server/server.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/store.js';
import { CHROMIUM_ARGS } from '../testing/services.js';

export const repoDir = fileURLToPath(new URL('../../', import.meta.url));
/** The bundled example corpus (31 reports written by the team). */
export const corpusFile = join(repoDir, 'examples', 'corpus', 'corpus.jsonl');
/** The built dashboard (`npm run build` writes it). */
export const webRoot = join(repoDir, 'dist', 'web');
/** Where screenshots of browser runs go (gitignored). */
export const artifactsDir = join(repoDir, 'test-artifacts', 'dashboard');

/**
 * A SQLite store in `dir` holding the example corpus, ingested the way `civwatch ingest` does.
 *
 * @example
 * const store = await corpusStore(await mkdtemp(join(tmpdir(), 'cw-')));
 */
export async function corpusStore(dir: string): Promise<SqliteStore> {
  const store = openSqliteStore(join(dir, 'civwatch.db'));
  await store.migrate();
  const failures: string[] = [];
  const summary = await ingestBatch(store, readSources([corpusFile]), { onError: (where, err) => failures.push(`${where}: ${err.message}`) });
  if (failures.length || summary.stored === 0) throw new Error(`example corpus did not ingest: ${failures.join('; ') || 'nothing stored'}`);
  return store;
}

export interface RunningServer {
  /** Base URL with a trailing slash, on 127.0.0.1. */
  url: string;
  close(): Promise<void>;
}

/**
 * The real API server (which also serves dist/web) over a store, on an ephemeral loopback port.
 *
 * @example
 * const server = await startServer(store, { token: 't0k3n' }); await page.goto(server.url);
 */
export async function startServer(store: Store, opts: { token?: string } = {}): Promise<RunningServer> {
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error(`${webRoot} has no index.html: run npm run build (or node scripts/build-web.mjs) first`);
  const app = await buildServer({ store, token: opts.token, webRoot });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  if (!addr || typeof addr === 'string') throw new Error('server has no TCP address');
  return { url: `http://127.0.0.1:${addr.port}/`, close: () => app.close() };
}

/** Launch headless Chromium from an executable path (see `needChromium`). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}

/** What a page did that a test must see: console errors, page errors, requests off the machine. */
export interface PageWatch {
  errors: string[];
  foreign: string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Record a page's console errors, uncaught exceptions and every request to a host other than
 * loopback (data: and blob: URLs stay on the machine).
 *
 * @example
 * const watch = watchPage(page); await page.goto(url); assert.deepEqual(watch.foreign, []);
 */
export function watchPage(page: Page): PageWatch {
  const w: PageWatch = { errors: [], foreign: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (!LOOPBACK.has(u.hostname)) w.foreign.push(r.url());
  });
  return w;
}

/** Save a full-page screenshot as test-artifacts/dashboard/NAME.png. */
export async function snap(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
