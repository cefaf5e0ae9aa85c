/**
 * Looking into the queue: how many jobs are in each state, the dead-letter list (jobs that failed
 * every try, with their error), and sending those back to be tried again.
 */
import type { Job, Queue } from 'bullmq';

export const JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized'] as const;
export type JobCounts = Record<(typeof JOB_STATES)[number], number>;

/**
 * Jobs per state. `completed` counts only the completed jobs still kept (the last 1,000).
 *
 * @example
 * (await jobCounts(queue)).failed; // jobs in the dead-letter list
 */
export async function jobCounts(queue: Queue): Promise<JobCounts> {
  const c = await queue.getJobCounts(...JOB_STATES);
  return Object.fromEntries(JOB_STATES.map((s) => [s, c[s] ?? 0])) as JobCounts;
}

/** A job of the dead-letter list, as `civwatch jobs --failed` shows it. */
export interface FailedJob {
  id: string;
  where: string;
  title: string | null;
  url: string | null;
  attempts: number;
  error: string;
  failedAt: string | null;
}

/**
 * The failed jobs, newest first.
 *
 * @example
 * for (const j of await failedJobs(queue, 20)) console.log(j.id, j.attempts, j.error);
 */
export async function failedJobs(queue: Queue, limit = 20): Promise<FailedJob[]> {
  const jobs = await queue.getFailed(0, Math.max(0, limit - 1));
  return jobs.filter((j): j is Job => Boolean(j)).map(failedJob);
}

function failedJob(j: Job): FailedJob {
  const data = (j.data ?? {}) as { where?: unknown; meta?: { title?: unknown; url?: unknown } };
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: j.id ?? '?',
    where: str(data.where) ?? '?',
    title: str(data.meta?.title),
    url: str(data.meta?.url),
    attempts: j.attemptsMade,
    error: j.failedReason ?? '',
    failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
  };
}

/**
 * Move every failed job back to waiting (their tries start again); returns how many.
 *
 * @example
 * await retryFailed(queue); // 3
 */
export async function retryFailed(queue: Queue): Promise<number> {
  const n = (await jobCounts(queue)).failed;
  if (n > 0) await queue.retryJobs({ state: 'failed', count: 1000 });
  return n;
}

/**
 * The counts as one line.
 *
 * @example
 * countsLine({ waiting: 10, active: 2, delayed: 0, completed: 88, failed: 1, prioritized: 0 }); // 'waiting 10 · active 2 · delayed 0 · completed 88 · failed 1'
 */
export function countsLine(c: JobCounts): string {
  const parts = (['waiting', 'active', 'delayed', 'completed', 'failed'] as const).map((s) => `${s} ${c[s]}`);
  if (c.prioritized) parts.push(`prioritized ${c.prioritized}`);
  return parts.join(' · ');
}
