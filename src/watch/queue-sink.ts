/**
 * `civwatch watch --queue`: each new item's report becomes a job for `civwatch worker`, with the
 * same payload and job id (`r-` + content hash) as `civwatch ingest --queue`.
 */
import type { Queue } from 'bullmq';
import { reportJobOptions } from '../queue/config.js';
import { reportJobId, toReportJob, type ReportJob } from '../queue/payload.js';
import type { ItemSink } from './sink.js';

export interface QueueSinkOptions {
  defaults?: ReportJob['defaults'];
  attempts?: number;
  /** Give up on one add after this long (Redis away): the item stays pending and is tried next round. */
  timeoutMs?: number;
}

/**
 * A sink adding one report job per item to `queue` (closed by the sink's `close`).
 *
 * @example
 * const sink = queueSink(await connectQueue(queueTarget({ queue: 'redis://127.0.0.1:6379', queueName: 'reports', queuePrefix: 'civwatch' })));
 * await sink.put(doc, 'https://example.org/rss item 3'); // 'queued'
 * await sink.close?.();
 */
export function queueSink(queue: Queue, opts: QueueSinkOptions = {}): ItemSink {
  // Without a listener, a connection error event would end the process; the add's timeout reports it instead.
  let lastError = '';
  queue.on('error', (e) => (lastError = e.message));
  const timeoutMs = opts.timeoutMs ?? 30_000;
  return {
    async put(doc, where) {
      const id = reportJobId(doc.text);
      const add = queue.add('report', toReportJob(doc, where, opts.defaults), reportJobOptions(id, opts.attempts));
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the queue did not take the job within ${timeoutMs / 1000} s${lastError ? ` (${lastError})` : ''}`)), timeoutMs);
      });
      try {
        await Promise.race([add, late]);
      } finally {
        clearTimeout(timer);
      }
      return 'queued';
    },
    close: () => queue.close(),
  };
}
