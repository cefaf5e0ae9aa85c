/**
 * `npm run bench -- --suite api`: latency of `GET /api/incidents` with representative filters on
 * a store of 100,000 generated incidents (each with one report and one event, written directly
 * through the Store: the bench measures the API, not ingest). The server is `civwatch serve` in
 * its own process on loopback; autocannon drives it from this process, a fixed number of
 * connections for a fixed time per query, and every response's latency is kept, so p50 and p95
 * are exact (autocannon's own table has no p95).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '../corpus-gen/prng.js';
import { generatedIncident } from './dashboard.js';
import { eventFixture, reportFixture } from '../store/fixtures.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/store.js';

/** The aim from issue 5: p95 under 50 ms. */
export const API_P95_AIM_MS = 50;

/** The queries measured: a name and the path (a row per representative dashboard request). */
export const API_QUERIES: readonly { name: string; path: string }[] = [
  { name: 'first page, no filter', path: '/api/incidents?limit=100' },
  { name: 'month + grade fair+', path: '/api/incidents?since=2017-03-01&until=2017-03-31&grade=fair%2B&limit=100' },
  { name: 'near Mosul 25 km', path: '/api/incidents?near=36.34,43.13,25&limit=100' },
  { name: 'bbox Gaza + type', path: '/api/incidents?bbox=31.2,34.2,31.7,34.6&type=Air%2Fdrone%20strike&limit=100' },
  { name: 'perpetrator + since', path: '/api/incidents?perpetrator=Islamic%20State&since=2020-01-01&limit=100' },
  { name: 'full text "bakery"', path: '/api/incidents?q=bakery&limit=50' },
];

const PERPETRATORS = ['US-led coalition', 'Islamic State', 'Russian forces', 'Syrian government forces', 'Israeli military', 'unknown gunmen'];
const PLACES_HIT = ['a market', 'a house', 'a school', 'a bakery queue', 'a convoy', 'a mosque', 'a clinic', 'a farm'];

/**
 * Fill a store with `count` generated incidents, each with one report (a sentence naming what
 * was hit) and one event, in transactions of 1,000.
 *
 * @example
 * await fillApiStore(store, 100_000, 1);
 */
export async function fillApiStore(store: Store, count: number, seed: number): Promise<void> {
  const rng = mulberry32(seed);
  for (let start = 0; start < count; start += 1000) {
    await store.transaction(async () => {
      for (let i = start; i < Math.min(count, start + 1000); i++) {
        const base = generatedIncident(rng, i);
        const perpetrator = rng.pick(PERPETRATORS);
        const id = `bench-r-${i}`;
        const killed = base.civilians.killed.min;
        const text = `A strike hit ${rng.pick(PLACES_HIT)} near ${base.place!.name} on ${base.date!.from}, killing ${killed} civilians, residents said. Report ${i}.`;
        await store.putReport(reportFixture({ id, text, outlet: 'Bench Wire', published: base.date!.from, url: `https://bench.example.org/${i}` }));
        const event = eventFixture({ report: id, date: base.date, place: base.place, type: base.type, perpetrator, civilians: base.civilians, published: base.date!.from, outlet: 'Bench Wire' });
        await store.putEvents([event]);
        await store.putIncident({ ...base, perpetrator, events: [event.id] }, []);
      }
    });
  }
}

interface Autocannon {
  (opts: { url: string; connections: number; duration: number }): Promise<{ requests: { total: number; average: number }; non2xx: number; errors: number; timeouts: number }> & {
    on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  };
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;

export interface ApiQueryResult {
  name: string;
  path: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
}

export interface ApiBenchResult {
  date: string;
  machine: { cpu: string; cores: number; node: string; loadAverage1m: { before: number; after: number } };
  incidents: number;
  fillSeconds: number;
  dbMiB: number;
  connections: number;
  seconds: number;
  queries: ApiQueryResult[];
  aimMet: boolean;
}

/** Start `civwatch serve --db PATH --port 0` and resolve with its address once it listens. */
async function startServe(db: string): Promise<{ child: ChildProcess; address: string }> {
  const bin = fileURLToPath(new URL('../../bin/civwatch.js', import.meta.url));
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`civwatch serve did not start: ${err}`)), 60_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`civwatch serve exited (${code}): ${err}`)); });
  });
  return { child, address };
}

/**
 * Build the store, serve it, and measure each query with autocannon.
 *
 * @example
 * const r = await runApiBench({ incidents: 100_000, seed: 1, connections: 4, seconds: 10 });
 */
export async function runApiBench(o: { incidents: number; seed: number; connections: number; seconds: number; log?: (line: string) => void }): Promise<ApiBenchResult> {
  const log = o.log ?? (() => {});
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const dir = await mkdtemp(join(tmpdir(), 'civwatch-api-bench-'));
  const db = join(dir, 'api.db');
  const loadBefore = loadavg()[0];
  try {
    const t0 = performance.now();
    const store = openSqliteStore(db);
    store.migrate();
    await fillApiStore(store, o.incidents, o.seed);
    store.db.pragma('optimize');
    store.close();
    const fillSeconds = (performance.now() - t0) / 1000;
    log(`api bench: ${o.incidents} incidents stored in ${fillSeconds.toFixed(1)} s`);
    const { child, address } = await startServe(db);
    const queries: ApiQueryResult[] = [];
    try {
      for (const q of API_QUERIES) {
        await fetch(`${address}${q.path}`).then((r) => r.arrayBuffer()); // warm the statement cache
        const latencies: number[] = [];
        const run = autocannon({ url: `${address}${q.path}`, connections: o.connections, duration: o.seconds });
        run.on('response', (_c, _s, _b, ms) => latencies.push(ms));
        const r = await run;
        latencies.sort((a, b) => a - b);
        const row = {
          name: q.name, path: q.path, requests: latencies.length, perSecond: latencies.length / o.seconds,
          p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99), max: latencies.at(-1) ?? 0,
          non2xx: r.non2xx, errors: r.errors + r.timeouts,
        };
        queries.push(row);
        log(`  ${q.name}: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, ${row.perSecond.toFixed(0)} req/s`);
      }
    } finally {
      child.kill('SIGTERM');
    }
    return {
      date: new Date().toISOString(),
      machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), node: process.version, loadAverage1m: { before: loadBefore, after: loadavg()[0] } },
      incidents: o.incidents, fillSeconds, dbMiB: (await stat(db)).size / 2 ** 20, connections: o.connections, seconds: o.seconds, queries,
      aimMet: queries.every((q) => q.p95 < API_P95_AIM_MS && q.non2xx === 0 && q.errors === 0),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The human-readable table. */
export function formatApiBench(r: ApiBenchResult): string {
  const lines = [
    `civwatch api bench — ${r.date}`,
    `machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}; load average ${r.machine.loadAverage1m.before.toFixed(2)} before, ${r.machine.loadAverage1m.after.toFixed(2)} after`,
    `store: ${r.incidents} generated incidents (one report and event each), SQLite ${r.dbMiB.toFixed(0)} MiB, filled in ${r.fillSeconds.toFixed(1)} s`,
    `load: autocannon, ${r.connections} connections, ${r.seconds} s per query, civwatch serve in its own process on loopback`,
    '',
    `${'query'.padEnd(24)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}  errors`,
    ...r.queries.map((q) => `${q.name.padEnd(24)} ${q.perSecond.toFixed(0).padStart(7)} ${q.p50.toFixed(1).padStart(8)} ${q.p95.toFixed(1).padStart(8)} ${q.p99.toFixed(1).padStart(8)} ${q.max.toFixed(0).padStart(8)}  ${q.non2xx + q.errors}`),
    '',
    `aim p95 < ${API_P95_AIM_MS} ms on every query: ${r.aimMet ? 'met' : 'NOT met'}`,
  ];
  return lines.join('\n');
}
