/**
 * The queue worker: takes report jobs from BullMQ and ingests each with `ingestReport` (one store
 * transaction per report). At-least-once: a job whose worker dies is run again by another
 * (stalled-job detection, `config.ts`), and ingest is idempotent (a report already stored, by
 * content hash or URL, is found and nothing is written), so no report is lost or stored twice.
 */
import { Worker, type Job } from 'bullmq';
import type { Store } from '../store/store.js';
import { ingestReport, type IngestOutcome } from '../ingest/ingest.js';
import { STALL_DEFAULTS, type QueueTarget } from './config.js';
import { parseReportJob, toInputDocument } from './payload.js';

/** What a worker process has done so far (its progress line reads it). */
export interface WorkerStats {
  completed: number;
  stored: number;
  /** Jobs whose report was stored already (a retry after a crash, or the same report again). */
  duplicates: number;
  copies: number;
  incidentsTouched: number;
  /** Tries that failed and will be retried. */
  retried: number;
  /** Jobs that failed their last try: now in the dead-letter (failed) list. */
  failed: number;
  seconds: number;
}

/** What a job returns (kept by BullMQ with the completed job). */
export type JobResult = Pick<IngestOutcome, 'status' | 'id' | 'copyOf'> & { incidents: number };

export interface ReportWorkerOptions {
  target: QueueTarget;
  store: Store;
  /** Jobs this process runs at once (default 1). Analysis is CPU-bound: more than one per core gains little. */
  concurrency?: number;
  lockDuration?: number;
  stalledInterval?: number;
  maxStalledCount?: number;
  maxBytes?: number;
  onProgress?: (s: WorkerStats) => void;
  /** A try failed (`final`: it was the last; the job is in the failed list now). */
  onFailure?: (job: { id: string; where: string }, error: Error, final: boolean) => void;
  /** The queue connection had trouble (ioredis reconnects by itself). */
  onError?: (error: Error) => void;
}

/**
 * Start a worker on the report queue. `close()` stops taking jobs and waits for the ones running
 * (a graceful shutdown); the store stays open for the caller to close.
 *
 * @example
 * const w = startReportWorker({ target, store, concurrency: 2 });
 * process.on('SIGTERM', () => void w.close());
 */
export function startReportWorker(o: ReportWorkerOptions): { worker: Worker; stats: WorkerStats; close(): Promise<void> } {
  const t0 = performance.now();
  const stats: WorkerStats = { completed: 0, stored: 0, duplicates: 0, copies: 0, incidentsTouched: 0, retried: 0, failed: 0, seconds: 0 };
  const touched = new Set<string>();
  const tick = () => {
    stats.seconds = (performance.now() - t0) / 1000;
    o.onProgress?.(stats);
  };
  const process = async (job: Job): Promise<JobResult> => {
    const data = parseReportJob(job.data, o.maxBytes);
    const outcome = await ingestReport(o.store, toInputDocument(data), { defaults: data.defaults });
    if (outcome.status === 'stored') {
      stats.stored++;
      if (outcome.copyOf) stats.copies++;
      for (const id of [...outcome.incidentsCreated, ...outcome.incidentsUpdated]) touched.add(id);
      stats.incidentsTouched = touched.size;
    } else stats.duplicates++;
    return { status: outcome.status, id: outcome.id, copyOf: outcome.copyOf, incidents: outcome.incidentsCreated.length + outcome.incidentsUpdated.length };
  };
  const worker = new Worker(o.target.name, process, {
    connection: o.target.connection,
    prefix: o.target.prefix,
    concurrency: o.concurrency ?? 1,
    lockDuration: o.lockDuration ?? STALL_DEFAULTS.lockDuration,
    stalledInterval: o.stalledInterval ?? STALL_DEFAULTS.stalledInterval,
    maxStalledCount: o.maxStalledCount ?? STALL_DEFAULTS.maxStalledCount,
  });
  worker.on('completed', () => {
    stats.completed++;
    tick();
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
    if (final) stats.failed++;
    else stats.retried++;
    o.onFailure?.({ id: job.id ?? '?', where: String((job.data as { where?: unknown })?.where ?? '?') }, error, final);
    tick();
  });
  // Connection trouble is retried by ioredis; without a listener Node would crash on the event.
  worker.on('error', (e) => o.onError?.(e));
  return { worker, stats, close: () => worker.close() };
}

/**
 * The worker's progress line.
 *
 * @example
 * workerLine(stats); // '120 jobs · 3.1/s · 118 stored · 2 already stored · 14 copies · 40 incidents touched'
 */
export function workerLine(s: WorkerStats): string {
  const rate = s.seconds > 0 ? s.completed / s.seconds : 0;
  const parts = [`${s.completed} jobs`, `${rate.toFixed(1)}/s`, `${s.stored} stored`];
  if (s.duplicates) parts.push(`${s.duplicates} already stored`);
  parts.push(`${s.copies} ${s.copies === 1 ? 'copy' : 'copies'}`, `${s.incidentsTouched} incidents touched`);
  if (s.retried) parts.push(`${s.retried} tries failed (retried)`);
  if (s.failed) parts.push(`${s.failed} failed`);
  return parts.join(' · ');
}
