/**
 * `npm run bench -- --suite scaleout`: reports/s with 1, 2 and 4 `civwatch worker` processes
 * against PostgreSQL (Redis queue), and a single-process SQLite ingest of the same reports in the
 * same run, with the CPU each party used (workers, PostgreSQL, Redis, from /proc) so that the
 * bottleneck can be named from measurements.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generateCorpus } from '../corpus-gen/corpus.js';
import { toJsonRecord } from '../corpus-gen/generate.js';
import { readSources } from '../ingest/sources.js';
import { ingestBatch } from '../ingest/batch.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import { connectQueue, queueTarget } from '../queue/config.js';
import { enqueueSources } from '../queue/enqueue.js';
import { cpuSeconds, startWorkerProcess, waitForDrain, workerReady, type WorkerProcess } from '../queue/harness.js';

export interface ScaleoutRun {
  workers: number;
  reports: number;
  seconds: number;
  reportsPerSecond: number;
  /** CPU seconds over the run: all worker processes, all PostgreSQL server processes, redis-server. */
  cpu: { workers: number; postgres: number; redis: number };
  /** Share of the machine's CPU capacity (cores × seconds) each used; `others`: every other process (from /proc/stat). */
  share: { workers: number; postgres: number; redis: number; others: number; idle: number };
}

export interface ScaleoutResult {
  date: string;
  commit: string | null;
  machine: { cpu: string; cores: number; node: string; loadAverage1m: { before: number; after: number } };
  corpus: { seed: number; generated: number; distinct: number };
  sqlite: { reports: number; seconds: number; reportsPerSecond: number; cpuSeconds: number };
  runs: ScaleoutRun[];
  bottleneck: string;
}

export interface ScaleoutOptions {
  reports: number;
  seed: number;
  workers: number[];
  redis: string;
  postgres: string;
  commit: string | null;
  log?: (line: string) => void;
}

/** Busy and total CPU seconds of the whole machine so far (/proc/stat, all cores). */
function machineCpu(): { busy: number; total: number } {
  const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const t = f.map(Number);
  const idle = (t[3] ?? 0) + (t[4] ?? 0);
  const total = t.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: (total - idle) / 100, total: total / 100 };
}

/** CPU seconds of every process whose command name is `name` (e.g. all PostgreSQL backends). */
function cpuOfCommand(name: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== name) continue;
    } catch {
      continue;
    }
    total += cpuSeconds(Number(entry)) ?? 0;
  }
  return total;
}

/**
 * Run the scale-out benchmark.
 *
 * @example
 * const r = await runScaleout({ reports: 500, seed: 1, workers: [1, 2, 4], redis: 'redis://127.0.0.1:6379', postgres: 'postgres://postgres@127.0.0.1:5432/test', commit: null });
 * r.runs.map((x) => x.reportsPerSecond);
 */
export async function runScaleout(o: ScaleoutOptions): Promise<ScaleoutResult> {
  const log = o.log ?? (() => undefined);
  const loadBefore = os.loadavg()[0];
  const cores = os.availableParallelism();
  const dir = await mkdtemp(join(os.tmpdir(), 'civwatch-scaleout-'));
  const file = join(dir, 'reports.jsonl');
  const corpus = generateCorpus({ count: o.reports, seed: o.seed });
  await writeFile(file, `${corpus.map((r) => JSON.stringify(toJsonRecord(r))).join('\n')}\n`);
  const admin = new pg.Client({ connectionString: o.postgres });
  await admin.connect();
  const runs: ScaleoutRun[] = [];
  let distinct = 0;
  try {
    log(`scaleout: single-process SQLite ingest of ${o.reports} reports`);
    const sqlite = await sqliteRun(join(dir, 'sqlite.db'), file);
    distinct = sqlite.reports;
    log(`  ${sqlite.reportsPerSecond.toFixed(2)} reports/s`);
    for (const n of o.workers) {
      log(`scaleout: ${n} worker process(es) against PostgreSQL`);
      const run = await workersRun(o, admin, file, n, cores);
      log(`  ${run.reportsPerSecond.toFixed(2)} reports/s`);
      runs.push(run);
    }
    return {
      date: new Date().toISOString(), commit: o.commit,
      machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores, node: process.version, loadAverage1m: { before: loadBefore, after: os.loadavg()[0] } },
      corpus: { seed: o.seed, generated: o.reports, distinct },
      sqlite, runs, bottleneck: nameBottleneck(runs, cores),
    };
  } finally {
    await admin.end();
    await rm(dir, { recursive: true, force: true });
  }
}

async function sqliteRun(path: string, file: string): Promise<ScaleoutResult['sqlite']> {
  const store = openSqliteStore(path);
  await store.migrate();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const s = await ingestBatch(store, readSources([file]));
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  await store.close();
  return { reports: s.stored, seconds, reportsPerSecond: s.stored / seconds, cpuSeconds: (c.user + c.system) / 1e6 };
}

async function workersRun(o: ScaleoutOptions, admin: pg.Client, file: string, n: number, cores: number): Promise<ScaleoutRun> {
  const stamp = `${process.pid}_${Date.now().toString(36)}`;
  const schema = `civwatch_scaleout_${n}_${stamp}`;
  const prefix = `civwatch-scaleout-${n}-${stamp}`;
  const db = `${o.postgres}?schema=${schema}`;
  const queue = await connectQueue(queueTarget({ queue: o.redis, queueName: 'reports', queuePrefix: prefix }));
  const workers: WorkerProcess[] = [];
  try {
    const enq = await enqueueSources(queue, readSources([file]));
    // Paused while the workers start (each loads the gazetteer and models), so the clock runs from the first job.
    await queue.pause();
    // The first worker migrates the schema before the others start, as a deployment would.
    workers.push(startWorkerProcess({ queue: o.redis, prefix, db }));
    await workerReady(workers[0]);
    for (let i = 1; i < n; i++) workers.push(startWorkerProcess({ queue: o.redis, prefix, db }));
    await Promise.all(workers.map((w) => workerReady(w)));
    const before = { workers: sum(workers.map((w) => cpuSeconds(w.pid) ?? 0)), postgres: cpuOfCommand('postgres'), redis: cpuOfCommand('redis-server'), machine: machineCpu() };
    const t0 = performance.now();
    await queue.resume();
    const counts = await waitForDrain(queue, { timeoutMs: 6 * 60 * 60_000 });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = {
      workers: sum(workers.map((w) => cpuSeconds(w.pid) ?? 0)) - before.workers,
      postgres: cpuOfCommand('postgres') - before.postgres,
      redis: cpuOfCommand('redis-server') - before.redis,
    };
    const after = machineCpu();
    if (counts.failed) throw new Error(`${counts.failed} jobs failed in the ${n}-worker run`);
    const capacity = Math.max(after.total - before.machine.total, 1e-9);
    const busy = (after.busy - before.machine.busy) / capacity;
    const share = { workers: cpu.workers / capacity, postgres: cpu.postgres / capacity, redis: cpu.redis / capacity, others: 0, idle: Math.max(0, 1 - busy) };
    share.others = Math.max(0, busy - share.workers - share.postgres - share.redis);
    return { workers: n, reports: enq.queued, seconds, reportsPerSecond: enq.queued / seconds, cpu, share };
  } finally {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    await queue.obliterate({ force: true });
    await queue.close();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

/**
 * The bottleneck, named from the measured CPU shares of the largest run: the machine's cores
 * (when workers + PostgreSQL + Redis use nearly all of them), else waiting (locks, round trips).
 *
 * @example
 * nameBottleneck(runs, 2); // 'CPU: with 4 workers the 2 cores were 97% busy (workers 81%, PostgreSQL 15%, Redis 1%) …'
 */
export function nameBottleneck(runs: ScaleoutRun[], cores: number): string {
  const last = runs[runs.length - 1];
  if (!last) return 'no worker run';
  const busy = 1 - last.share.idle;
  const parts = `workers ${pct(last.share.workers)}, PostgreSQL ${pct(last.share.postgres)}, Redis ${pct(last.share.redis)}, other processes ${pct(last.share.others)}`;
  const pgPerReport = last.cpu.postgres / last.reports;
  const wPerReport = last.cpu.workers / last.reports;
  const heavier = pgPerReport > wPerReport ? 'PostgreSQL uses more CPU per report than the workers' : 'the workers (analysis and ingest logic in Node) use more CPU per report than PostgreSQL';
  const perReport = `per report ${wPerReport.toFixed(3)} CPU s in workers and ${pgPerReport.toFixed(3)} in PostgreSQL: ${heavier}`;
  if (busy >= 0.85) {
    const others = last.share.others >= 0.25 ? `; other processes took ${pct(last.share.others)} of the machine, so these rates understate an idle machine` : '';
    return `CPU: with ${last.workers} workers the ${cores} cores were ${pct(busy)} busy (${parts})${others}; ${perReport}. More workers than cores cannot help; more machines, and PostgreSQL on its own, can.`;
  }
  return `waiting: with ${last.workers} workers the ${cores} cores were only ${pct(busy)} busy (${parts}); workers wait on PostgreSQL round trips and on each other's locks; ${perReport}.`;
}

/**
 * The human-readable table.
 *
 * @example
 * process.stdout.write(formatScaleout(await runScaleout({ … })));
 */
export function formatScaleout(r: ScaleoutResult): string {
  const f = (x: number, d = 2) => x.toFixed(d);
  const lines = [
    `civwatch scaleout — ${r.date}${r.commit ? `, commit ${r.commit}` : ''}`,
    `machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}; load average ${f(r.machine.loadAverage1m.before)} before, ${f(r.machine.loadAverage1m.after)} after`,
    `corpus: ${r.corpus.generated} generated reports (seed ${r.corpus.seed}), ${r.corpus.distinct} distinct by content hash`,
    '',
    'setup                          reports/s   seconds   × SQLite   CPU s: workers  PostgreSQL  Redis   machine busy (others)',
    `1 process, SQLite (reference)  ${f(r.sqlite.reportsPerSecond).padStart(9)} ${f(r.sqlite.seconds, 1).padStart(9)}   ${'1.00'.padStart(8)}   ${f(r.sqlite.cpuSeconds, 1).padStart(14)}`,
  ];
  for (const x of r.runs) {
    const busy = 1 - x.share.idle;
    lines.push(`${`${x.workers} worker${x.workers === 1 ? '' : 's'}, PostgreSQL`.padEnd(30)} ${f(x.reportsPerSecond).padStart(9)} ${f(x.seconds, 1).padStart(9)}   ${f(x.reportsPerSecond / r.sqlite.reportsPerSecond).padStart(8)}   ${f(x.cpu.workers, 1).padStart(14)} ${f(x.cpu.postgres, 1).padStart(11)} ${f(x.cpu.redis, 1).padStart(6)}   ${pct(busy).padStart(12)} (${pct(x.share.others)})`);
  }
  lines.push('', `bottleneck: ${r.bottleneck}`);
  return lines.join('\n');
}
