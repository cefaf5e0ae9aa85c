import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffMs, MAX_BACKOFF_MS, nextPollAfterFailure, retryAfterMs } from './backoff.js';

const MIN = 60_000;

test('backoff doubles with each consecutive failure and stops at the 24 h cap', () => {
  const delays = [1, 2, 3, 4].map((f) => backoffMs(15 * MIN, f, () => 0));
  assert.deepEqual(delays, [30 * MIN, 60 * MIN, 120 * MIN, 240 * MIN]);
  assert.equal(backoffMs(15 * MIN, 7, () => 0), MAX_BACKOFF_MS, '15 min × 128 is over 24 h');
  assert.equal(backoffMs(15 * MIN, 1000, () => 0.99), MAX_BACKOFF_MS, 'a huge failure count neither overflows nor passes the cap');
});

test('jitter stretches the delay by up to a quarter, never shortens it', () => {
  assert.equal(backoffMs(10 * MIN, 1, () => 0), 20 * MIN);
  assert.equal(backoffMs(10 * MIN, 1, () => 0.5), 22.5 * MIN);
  const high = backoffMs(10 * MIN, 1, () => 0.999999);
  assert.ok(high > 24.9 * MIN && high <= 25 * MIN, String(high));
  const seen = new Set(Array.from({ length: 20 }, () => backoffMs(10 * MIN, 2)));
  assert.ok(seen.size > 1, 'Math.random spreads the delays');
  for (const d of seen) assert.ok(d >= 40 * MIN && d <= 50 * MIN, String(d));
});

test('Retry-After: seconds or an HTTP date; garbage and absence give null', () => {
  const now = new Date('2026-11-26T07:00:00Z');
  assert.equal(retryAfterMs('120', now), 120_000);
  assert.equal(retryAfterMs(' 0 ', now), 0);
  assert.equal(retryAfterMs('Thu, 26 Nov 2026 07:10:00 GMT', now), 10 * MIN);
  assert.equal(retryAfterMs('Thu, 26 Nov 2026 06:00:00 GMT', now), 0, 'a past date: may retry now');
  assert.equal(retryAfterMs('soon', now), null);
  assert.equal(retryAfterMs('-5', now), null);
  assert.equal(retryAfterMs('2026', now), 2026_000, 'a bare number is seconds, not a year');
  assert.equal(retryAfterMs(null, now), null);
});

test('the next poll after a failure is the later of the backoff and Retry-After', () => {
  const now = new Date('2026-11-26T07:00:00Z');
  assert.equal(nextPollAfterFailure({ now, everyMs: MIN, failures: 2, retryAfterMs: null, random: () => 0 }), '2026-11-26T07:04:00.000Z');
  assert.equal(nextPollAfterFailure({ now, everyMs: MIN, failures: 1, retryAfterMs: 3600_000, random: () => 0 }), '2026-11-26T08:00:00.000Z');
  assert.equal(nextPollAfterFailure({ now, everyMs: MIN, failures: 3, retryAfterMs: 1000, random: () => 0 }), '2026-11-26T07:08:00.000Z');
});
