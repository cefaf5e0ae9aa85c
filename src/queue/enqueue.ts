/**
 * `civwatch ingest --queue`: read reports exactly as a local ingest does, and add one job per
 * report to the queue instead of analyzing them here; workers (`civwatch worker`) do the rest.
 */
import type { Queue } from 'bullmq';
import type { SourceItem } from '../ingest/sources.js';
import { reportJobOptions } from './config.js';
import { reportJobId, toReportJob, type ReportJob } from './payload.js';

/** What an enqueue run did, counted as it goes. */
export interface EnqueueSummary {
  /** Reports read from the inputs, including those that could not be read. */
  read: number;
  /** Jobs added (a report already waiting in the queue under the same id is not added twice). */
  queued: number;
  /** The same report again within this run (same content hash): one job. */
  duplicates: number;
  /** Inputs that could not be read (named through `onError`). */
  failed: number;
  seconds: number;
}

export interface EnqueueOptions {
  defaults?: ReportJob['defaults'];
  attempts?: number;
  /** Jobs sent to Redis per round trip (default 200). */
  chunk?: number;
  onError?: (where: string, error: Error) => void;
  onProgress?: (s: EnqueueSummary) => void;
}

/**
 * Add one job per readable report to `queue` (job id from the content hash), in chunks; inputs
 * that cannot be read are counted and named, and the run goes on.
 *
 * @example
 * const s = await enqueueSources(queue, readSources(['feeds/']), { onError: (w, e) => console.error(w, e.message) });
 * s.queued; // jobs added
 */
export async function enqueueSources(queue: Queue, items: AsyncIterable<SourceItem>, opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const t0 = performance.now();
  const s: EnqueueSummary = { read: 0, queued: 0, duplicates: 0, failed: 0, seconds: 0 };
  const seen = new Set<string>();
  const chunk = opts.chunk ?? 200;
  let pending: { name: string; data: ReportJob; opts: ReturnType<typeof reportJobOptions> }[] = [];
  const flush = async () => {
    if (!pending.length) return;
    await queue.addBulk(pending);
    s.queued += pending.length;
    pending = [];
    s.seconds = (performance.now() - t0) / 1000;
    opts.onProgress?.(s);
  };
  for await (const item of items) {
    s.read++;
    if ('error' in item) {
      s.failed++;
      opts.onError?.(item.where, item.error);
      continue;
    }
    const id = reportJobId(item.doc.text);
    if (seen.has(id)) {
      s.duplicates++;
      continue;
    }
    seen.add(id);
    pending.push({ name: 'report', data: toReportJob(item.doc, item.where, opts.defaults), opts: reportJobOptions(id, opts.attempts) });
    if (pending.length >= chunk) await flush();
  }
  await flush();
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}

/**
 * One line for the end of an enqueue run.
 *
 * @example
 * enqueueSummaryText({ read: 31, queued: 30, duplicates: 1, failed: 0, seconds: 0.4 }); // 'queue: 31 reports read in 0.4 s: 30 jobs queued, …'
 */
export function enqueueSummaryText(s: EnqueueSummary): string {
  return `queue: ${s.read} reports read in ${s.seconds.toFixed(1)} s: ${s.queued} jobs queued, ${s.duplicates} duplicates in this run skipped, ${s.failed} failed to read`;
}
