/**
 * `npm run bench -- --suite dashboard`: how long the dashboard takes, in Debian's Chromium, from
 * navigation to the first set of map markers drawn, over a store of 20,000 generated incidents
 * (inserted directly through the Store: the bench measures the dashboard and its API reads, not
 * ingest). The page marks `civwatch:markers-drawn` with `performance.mark` after the markers'
 * frame; its `startTime` is milliseconds since navigation start. Each run uses a fresh browser
 * context (cold cache). Median of the runs.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { mulberry32, type Rng } from '../corpus-gen/prng.js';
import type { Grade, Incident } from '../corpus/types.js';
import { eventTypes } from '../report/schema.js';
import type { EventType } from '../report/types.js';
import { incidentFixture, place, range, harm } from '../store/fixtures.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/store.js';
import { testChromiumPath } from '../testing/services.js';
import { launchChromium, startServer } from '../dashboard/harness.js';

/** The aim from issue 5. */
export const DASHBOARD_AIM_MS = 2000;

/** Regions the generated incidents fall in: centre, spread in degrees, country, weight. */
const REGIONS: readonly { name: string; lat: number; lon: number; spread: number; country: string; weight: number }[] = [
  { name: 'Mosul', lat: 36.34, lon: 43.13, spread: 0.6, country: 'IQ', weight: 4 },
  { name: 'Raqqa', lat: 35.95, lon: 39.01, spread: 0.8, country: 'SY', weight: 3 },
  { name: 'Aleppo', lat: 36.2, lon: 37.16, spread: 0.7, country: 'SY', weight: 3 },
  { name: 'Gaza', lat: 31.45, lon: 34.4, spread: 0.15, country: 'PS', weight: 4 },
  { name: 'Sanaa', lat: 15.37, lon: 44.19, spread: 1.5, country: 'YE', weight: 2 },
  { name: 'Shan', lat: 22.0, lon: 97.7, spread: 1.5, country: 'MM', weight: 1 },
  { name: 'Donetsk', lat: 48.0, lon: 37.8, spread: 1.2, country: 'UA', weight: 2 },
  { name: 'Darfur', lat: 13.5, lon: 24.9, spread: 2.5, country: 'SD', weight: 1 },
];
const GRADES: readonly (readonly [Grade, number])[] = [['weak', 50], ['fair', 25], ['confirmed', 8], ['contested', 12], ['discounted', 5]];
const TYPES: readonly (readonly [EventType, number])[] = [['Air/drone strike', 40], ['Shelling/artillery/missile attack', 30], ['Remote explosive/landmine/IED', 10], ['Armed clash', 10], ['Attack', 10]];
const DAY = 86_400_000;

/**
 * One generated incident: a place near a region's centre, a day between 2014 and 2024, a type,
 * a grade and a civilian toll drawn from a long-tailed distribution (most incidents kill few).
 *
 * @example
 * const rng = mulberry32(1); generatedIncident(rng, 0).id; // 'bench-inc-00000'
 */
export function generatedIncident(rng: Rng, i: number): Incident {
  const region = rng.weighted(REGIONS.map((r) => [r, r.weight] as const));
  const day = new Date(Date.UTC(2014, 0, 1) + rng.int(0, 11 * 365) * DAY).toISOString().slice(0, 10);
  const killed = Math.floor(Math.pow(rng.next(), 3) * 60);
  const lat = region.lat + (rng.next() - 0.5) * 2 * region.spread;
  const lon = region.lon + (rng.next() - 0.5) * 2 * region.spread;
  return incidentFixture({
    id: `bench-inc-${String(i).padStart(5, '0')}`,
    date: day,
    type: rng.weighted(TYPES),
    place: place(`${region.name} area`, region.country, Math.round(lat * 1000) / 1000, Math.round(lon * 1000) / 1000),
    grade: rng.weighted(GRADES),
    civilians: harm(range(killed, killed + rng.int(0, 3)), range(rng.int(0, killed))),
    independentSources: rng.int(1, 4),
  });
}

/** Insert `count` generated incidents in transactions of 1,000. */
export async function fillStore(store: Store, count: number, seed: number): Promise<void> {
  const rng = mulberry32(seed);
  for (let start = 0; start < count; start += 1000) {
    await store.transaction(async () => {
      for (let i = start; i < Math.min(count, start + 1000); i++) await store.putIncident(generatedIncident(rng, i), []);
    });
  }
}

/** One page load: wall time to markers drawn, and the CPU time behind it on each side. */
export interface DashboardRun {
  /** Navigation start to the `civwatch:markers-drawn` mark. */
  ms: number;
  /** Navigation start to the points answer parsed, and to the markers added (before their frame). */
  pointsReceivedMs: number;
  markersAddedMs: number;
  /** CPU time of the page's main thread up to markers drawn (Chrome's ThreadTime metric). */
  pageCpuMs: number;
  /** CPU time of this process (the API server; the browser driver adds little) during the load. */
  serverCpuMs: number;
}

export interface DashboardBenchResult {
  date: string;
  incidents: number;
  runs: DashboardRun[];
  medianMs: number;
  medianPageCpuMs: number;
  medianServerCpuMs: number;
  /** 1-minute load average before and after: on a busy machine the wall times are pessimistic. */
  loadAverage: { before: number; after: number; cores: number };
  /** The points answer: its size and server time, measured once outside the browser. */
  points: { count: number; bytes: number; ms: number };
  fillSeconds: number;
  dbMiB: number;
  aimMet: boolean;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Fill a store, start the server, and time the dashboard's first render `runs` times.
 *
 * @example
 * const r = await runDashboardBench({ incidents: 20_000, runs: 5, seed: 1 }); r.medianMs;
 */
export async function runDashboardBench(o: { incidents: number; runs: number; seed: number; log?: (line: string) => void }): Promise<DashboardBenchResult> {
  const log = o.log ?? (() => undefined);
  const dir = await mkdtemp(join(tmpdir(), 'civwatch-bench-dashboard-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  const browser = await launchChromium(testChromiumPath());
  try {
    await store.migrate();
    const f0 = performance.now();
    await fillStore(store, o.incidents, o.seed);
    const fillSeconds = (performance.now() - f0) / 1000;
    log(`dashboard bench: ${o.incidents} incidents stored in ${fillSeconds.toFixed(1)} s`);
    const server = await startServer(store);
    try {
      const p0 = performance.now();
      const res = await fetch(new URL('api/incidents/points', server.url));
      const body = await res.text();
      const points = { count: (JSON.parse(body) as { data: unknown[] }).data.length, bytes: Buffer.byteLength(body), ms: performance.now() - p0 };
      const runs: DashboardRun[] = [];
      const loadBefore = loadavg()[0];
      for (let i = 0; i < o.runs; i++) {
        const run = await loadOnce(browser, server.url, points.count);
        runs.push(run);
        log(`  run ${i + 1}: ${run.ms.toFixed(0)} ms to markers drawn (points parsed at ${run.pointsReceivedMs.toFixed(0)} ms; page CPU ${run.pageCpuMs.toFixed(0)} ms, server CPU ${run.serverCpuMs.toFixed(0)} ms)`);
      }
      const medianMs = median(runs.map((r) => r.ms));
      return {
        date: new Date().toISOString(), incidents: o.incidents, runs, medianMs,
        medianPageCpuMs: median(runs.map((r) => r.pageCpuMs)), medianServerCpuMs: median(runs.map((r) => r.serverCpuMs)),
        loadAverage: { before: loadBefore, after: loadavg()[0], cores: availableParallelism() },
        points, fillSeconds, dbMiB: (await stat(join(dir, 'bench.db'))).size / 2 ** 20, aimMet: medianMs < DASHBOARD_AIM_MS,
      };
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** One cold page load (fresh browser context), checked: the map must hold every point. */
async function loadOnce(browser: Browser, url: string, expected: number): Promise<DashboardRun> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpu0 = process.cpuUsage();
    await page.goto(url);
    await page.waitForSelector('body[data-markers-drawn]', { timeout: 120_000 });
    const cpu = process.cpuUsage(cpu0);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    const shown = await page.$eval('#map', (m) => Number((m as HTMLElement).dataset.points));
    if (shown !== expected) throw new Error(`the map holds ${shown} points, the API gave ${expected}`);
    return {
      ms: marks['civwatch:markers-drawn'] ?? Number.NaN,
      pointsReceivedMs: marks['civwatch:points-received'] ?? Number.NaN,
      markersAddedMs: marks['civwatch:markers-added'] ?? Number.NaN,
      pageCpuMs: (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000,
      serverCpuMs: (cpu.user + cpu.system) / 1000,
    };
  } finally {
    await context.close();
  }
}

/** The human-readable summary. */
export function formatDashboardBench(r: DashboardBenchResult): string {
  return [
    `dashboard: ${r.incidents.toLocaleString('en')} generated incidents (SQLite, ${r.dbMiB.toFixed(1)} MiB, stored in ${r.fillSeconds.toFixed(1)} s)`,
    `  GET /api/incidents/points: ${r.points.count.toLocaleString('en')} points, ${(r.points.bytes / 1024).toFixed(0)} KiB, ${r.points.ms.toFixed(0)} ms`,
    `  navigation → markers drawn (Chromium, cold cache): median ${r.medianMs.toFixed(0)} ms over ${r.runs.length} runs (${r.runs.map((x) => x.ms.toFixed(0)).join(', ')})`,
    `  CPU behind one load (median): page main thread ${r.medianPageCpuMs.toFixed(0)} ms, server ${r.medianServerCpuMs.toFixed(0)} ms`,
    `  load average (1 min): ${r.loadAverage.before.toFixed(2)} before, ${r.loadAverage.after.toFixed(2)} after, ${r.loadAverage.cores} cores${r.loadAverage.before > r.loadAverage.cores ? ' — the machine was busy: wall times are pessimistic, the CPU times are not' : ''}`,
    `  aim < ${DASHBOARD_AIM_MS} ms: ${r.aimMet ? 'met' : 'NOT met'}`,
  ].join('\n');
}
