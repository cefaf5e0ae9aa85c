/**
 * Running worker processes from a test or the benchmark: start `node bin/civwatch.js worker …`,
 * wait for the queue to drain, read a process's CPU time. Real processes, real queue, real store.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Queue } from 'bullmq';
import { jobCounts, type JobCounts } from './inspect.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The CLI as a user runs it (the built `dist/`). */
export const CIVWATCH_BIN = join(root, 'bin', 'civwatch.js');

export interface WorkerProcess {
  child: ChildProcess;
  pid: number;
  /** Standard error so far (the worker's start line, progress, failures). */
  stderr(): string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Start one `civwatch worker` process.
 *
 * @example
 * const w = startWorkerProcess({ queue: 'redis://127.0.0.1:6379', prefix: 'test-1', db: '/tmp/x.db' });
 * await workerReady(w); … w.child.kill('SIGTERM'); await w.exited;
 */
export function startWorkerProcess(o: { queue: string; prefix: string; name?: string; db: string; concurrency?: number; extra?: string[] }): WorkerProcess {
  const args = [CIVWATCH_BIN, 'worker', '--queue', o.queue, '--queue-prefix', o.prefix, '--db', o.db, '--concurrency', String(o.concurrency ?? 1), '--progress',
    ...(o.name ? ['--queue-name', o.name] : []), ...(o.extra ?? [])];
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, pid: child.pid ?? -1, stderr: () => err, exited };
}

/**
 * Resolves once the worker has printed its start line (it is connected and taking jobs).
 *
 * @example
 * await workerReady(startWorkerProcess({ … }));
 */
export async function workerReady(w: WorkerProcess, timeoutMs = 180_000): Promise<void> {
  const t0 = Date.now();
  while (!/civwatch worker: pid \d+/.test(w.stderr())) {
    if (w.child.exitCode !== null) throw new Error(`the worker exited (${w.child.exitCode}) before it started: ${w.stderr()}`);
    if (Date.now() - t0 > timeoutMs) throw new Error(`the worker did not start within ${timeoutMs} ms: ${w.stderr()}`);
    await sleep(50);
  }
}

/** Jobs not yet finished: waiting, active, delayed (a retry's backoff) or prioritized. */
export function unfinished(c: JobCounts): number {
  return c.waiting + c.active + c.delayed + c.prioritized;
}

/**
 * Poll the queue until no job is unfinished; `onTick` sees the counts each time (every 250 ms).
 *
 * @example
 * await waitForDrain(queue, { timeoutMs: 600_000 });
 */
export async function waitForDrain(queue: Queue, o: { timeoutMs: number; onTick?: (c: JobCounts) => void | Promise<void> }): Promise<JobCounts> {
  const t0 = Date.now();
  for (;;) {
    const c = await jobCounts(queue);
    await o.onTick?.(c);
    if (unfinished(c) === 0) return c;
    if (Date.now() - t0 > o.timeoutMs) throw new Error(`the queue did not drain within ${o.timeoutMs / 1000} s: ${JSON.stringify(c)}`);
    await sleep(250);
  }
}

/**
 * CPU seconds (user + system) a process has used so far, from `/proc` (Linux); null when gone.
 *
 * @example
 * cpuSeconds(process.pid); // 1.93
 */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name.
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** USER_HZ: 100 on every Linux that civwatch runs on. */
const CLOCK_TICKS = 100;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
