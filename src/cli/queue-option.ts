import type { Queue } from 'bullmq';
import { connectQueue, queueTarget, type QueueCliOptions, type QueueTarget } from '../queue/config.js';
import { UsageError } from './errors.js';

/**
 * The queue named by `--queue`, `--queue-name`, `--queue-prefix`, connected; a bad URL or a
 * Redis that does not answer is a one-line usage error (exit 2).
 *
 * @example
 * const { queue, target } = await openCliQueue(opts); try { … } finally { await queue.close(); }
 */
export async function openCliQueue(o: QueueCliOptions): Promise<{ queue: Queue; target: QueueTarget }> {
  const target = cliQueueTarget(o);
  try {
    return { queue: await connectQueue(target), target };
  } catch (e) {
    throw new UsageError(`${(e as Error).message} (check --queue or CIVWATCH_QUEUE)`);
  }
}

/**
 * The queue target, with a bad option a usage error.
 *
 * @example
 * cliQueueTarget({ queue: 'redis://127.0.0.1:6379', queueName: 'reports', queuePrefix: 'civwatch' });
 */
export function cliQueueTarget(o: QueueCliOptions): QueueTarget {
  try {
    return queueTarget(o);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
