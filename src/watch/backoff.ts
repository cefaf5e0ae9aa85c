/**
 * When a feed may be polled again after a failure: exponential backoff with jitter, capped, and a
 * server's Retry-After honoured.
 */

/** The longest a failing feed waits between polls, whatever its failure count. */
export const MAX_BACKOFF_MS = 24 * 3600_000;
/** Jitter spreads retries of feeds that failed together: the delay grows by up to this fraction. */
export const JITTER = 0.25;

/**
 * Milliseconds a feed waits after its `failures`-th consecutive failure: `every × 2^failures`,
 * stretched by up to 25% (`random()` in [0, 1)), at most {@link MAX_BACKOFF_MS}.
 *
 * @example
 * backoffMs(15 * 60_000, 1, () => 0); // 1,800,000 (30 min)
 * backoffMs(15 * 60_000, 3, () => 0.5); // 15 min × 8 × 1.125 = 8,100,000 (2 h 15 min)
 * backoffMs(15 * 60_000, 20, () => 0); // 86,400,000 (the 24 h cap)
 */
export function backoffMs(everyMs: number, failures: number, random: () => number = Math.random): number {
  const base = everyMs * 2 ** Math.min(Math.max(failures, 0), 40);
  return Math.min(MAX_BACKOFF_MS, Math.round(base * (1 + JITTER * random())));
}

/**
 * A Retry-After header (seconds, or an HTTP date) as milliseconds from `now`; null when absent or
 * unreadable; 0 for a date already past.
 *
 * @example
 * retryAfterMs('120', new Date()); // 120000
 * retryAfterMs('Wed, 26 Nov 2026 08:00:00 GMT', new Date('2026-11-26T07:59:00Z')); // 60000
 * retryAfterMs('soon', new Date()); // null
 */
export function retryAfterMs(header: string | null, now: Date): number | null {
  if (header === null) return null;
  const v = header.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!/[a-z]/i.test(v)) return null;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

/**
 * When a feed that has just failed for the `failures`-th time in a row may be polled again: the
 * backoff delay, or the server's Retry-After when that is later.
 *
 * @example
 * nextPollAfterFailure({ now: new Date('2026-11-26T07:00:00Z'), everyMs: 60_000, failures: 2, retryAfterMs: null, random: () => 0 });
 * // '2026-11-26T07:04:00.000Z'
 */
export function nextPollAfterFailure(o: { now: Date; everyMs: number; failures: number; retryAfterMs: number | null; random?: () => number }): string {
  const wait = Math.max(backoffMs(o.everyMs, o.failures, o.random), o.retryAfterMs ?? 0);
  return new Date(o.now.getTime() + wait).toISOString();
}
