/**
 * Where the work queue lives: a Redis URL (BullMQ runs on Redis), a queue name and a key prefix,
 * and the job settings every report job gets. One place for the defaults the CLI, the worker,
 * the tests and the benchmark share.
 */
import { Option } from 'commander';
import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';

/** The queue every `civwatch ingest --queue` adds to and every `civwatch worker` takes from. */
export const DEFAULT_QUEUE_NAME = 'reports';
/** Redis key prefix: BullMQ's keys are `<prefix>:<queue name>:…`. */
export const DEFAULT_PREFIX = 'civwatch';

/** How to reach one queue. */
export interface QueueTarget {
  connection: ConnectionOptions;
  name: string;
  prefix: string;
}

/**
 * Tries per report job and the first retry delay (doubled each time: 1 s, 2 s, 4 s …). A job that
 * fails every try stays in BullMQ's failed set: the dead-letter list (`civwatch jobs --failed`).
 */
export const JOB_DEFAULTS = { attempts: 3, backoffMs: 1000, keepCompleted: 1000 } as const;

/**
 * Stalled-job detection. A worker holds a lock on each active job and renews it every
 * `lockDuration / 2`; a worker killed outright (SIGKILL, power cut) stops renewing, and another
 * worker's stalled check (every `stalledInterval`) moves the job back to waiting once the lock has
 * expired. So a killed worker's jobs run again elsewhere within lockDuration + stalledInterval
 * (10 s with these). The lock must outlive the longest stretch a worker's event loop is blocked
 * (analysis is synchronous: ~0.1 s per report, a few seconds for a 5 MB page), hence 5 s, not less.
 * `maxStalledCount`: a job may stall twice (its worker killed twice) before it fails.
 */
export const STALL_DEFAULTS = { lockDuration: 5_000, stalledInterval: 5_000, maxStalledCount: 2 } as const;

/**
 * BullMQ connection options from a `redis://[user:password@]host[:port][/db]` URL
 * (`rediss://` for TLS).
 *
 * @example
 * redisConnection('redis://127.0.0.1:6379/2'); // { host: '127.0.0.1', port: 6379, db: 2, maxRetriesPerRequest: null }
 */
export function redisConnection(url: string): ConnectionOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`--queue must be a redis:// URL (e.g. redis://127.0.0.1:6379), got "${url}"`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`--queue must be a redis:// or rediss:// URL, got "${url}"`);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new Error(`the Redis database in "${url}" must be a number (redis://host:6379/0)`);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    db,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ workers block on Redis; ioredis must not give up on a command while they wait.
    maxRetriesPerRequest: null,
  };
}

/**
 * The job options of one report job: its id (from the content hash, so the same report added
 * twice is one job), retries with exponential backoff, completed jobs trimmed, failed kept.
 *
 * @example
 * reportJobOptions('r-9f86d08…'); // { jobId: 'r-9f86d08…', attempts: 3, backoff: { type: 'exponential', delay: 1000 }, … }
 */
export function reportJobOptions(jobId: string, attempts: number = JOB_DEFAULTS.attempts): JobsOptions {
  return {
    jobId,
    attempts,
    backoff: { type: 'exponential', delay: JOB_DEFAULTS.backoffMs },
    removeOnComplete: { count: JOB_DEFAULTS.keepCompleted },
    removeOnFail: false,
  };
}

/** The options of the queue commands, with their environment variables. */
export interface QueueCliOptions {
  queue: string;
  queueName: string;
  queuePrefix: string;
}

/**
 * `--queue URL` (env `CIVWATCH_QUEUE`), `--queue-name`, `--queue-prefix` (env
 * `CIVWATCH_QUEUE_PREFIX`). `required`: the option has no default (worker, jobs).
 *
 * @example
 * for (const o of queueOptions(true)) command.addOption(o);
 */
export function queueOptions(required: boolean): Option[] {
  const url = new Option('--queue <url>', 'the Redis server of the work queue (redis://host:6379[/db])').env('CIVWATCH_QUEUE');
  return [
    required ? url.makeOptionMandatory() : url,
    new Option('--queue-name <name>', 'the queue\'s name').default(DEFAULT_QUEUE_NAME),
    new Option('--queue-prefix <prefix>', 'Redis key prefix of the queue').default(DEFAULT_PREFIX).env('CIVWATCH_QUEUE_PREFIX'),
  ];
}

/**
 * The queue target from parsed CLI options.
 *
 * @example
 * queueTarget({ queue: 'redis://127.0.0.1:6379', queueName: 'reports', queuePrefix: 'civwatch' }).name; // 'reports'
 */
export function queueTarget(o: QueueCliOptions): QueueTarget {
  if (!/^[A-Za-z0-9_.-]+$/.test(o.queueName)) throw new Error(`--queue-name may hold letters, digits, '.', '_' and '-' only, got "${o.queueName}"`);
  if (!/^[A-Za-z0-9_.:-]+$/.test(o.queuePrefix)) throw new Error(`--queue-prefix may hold letters, digits, '.', '_', ':' and '-' only, got "${o.queuePrefix}"`);
  return { connection: redisConnection(o.queue), name: o.queueName, prefix: o.queuePrefix };
}

/**
 * Open the queue once Redis answers a PING (within `timeoutMs`, no reconnecting), so that a
 * command pointed at a wrong or stopped server says so in one line instead of waiting forever.
 *
 * @example
 * const queue = await connectQueue(queueTarget({ queue: 'redis://127.0.0.1:6379', queueName: 'reports', queuePrefix: 'civwatch' }));
 */
export async function connectQueue(target: QueueTarget, timeoutMs = 5000): Promise<Queue> {
  const probe = new Redis({ ...(target.connection as RedisOptions), lazyConnect: true, connectTimeout: timeoutMs, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  let last = '';
  probe.on('error', (e: Error) => (last = e.message));
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    throw new Error(`cannot reach the queue's Redis at ${where(target)}: ${last || (e as Error).message}`);
  } finally {
    probe.disconnect();
  }
  return new Queue(target.name, { connection: target.connection, prefix: target.prefix });
}

function where(t: QueueTarget): string {
  const c = t.connection as { host?: string; port?: number };
  return `${c.host ?? '?'}:${c.port ?? '?'}`;
}
