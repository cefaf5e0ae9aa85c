import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queueTarget, redisConnection, reportJobOptions, STALL_DEFAULTS } from './config.js';

test('redisConnection reads host, port, database and password from the URL', () => {
  assert.deepEqual(redisConnection('redis://127.0.0.1:6379/2'), { host: '127.0.0.1', port: 6379, db: 2, maxRetriesPerRequest: null });
  const c = redisConnection('rediss://user:p%40ss@queue.example:6380') as Record<string, unknown>;
  assert.equal(c.host, 'queue.example');
  assert.equal(c.port, 6380);
  assert.equal(c.password, 'p@ss');
  assert.equal(c.username, 'user');
  assert.deepEqual(c.tls, {});
});

test('redisConnection refuses what is not a Redis URL, with the option named', () => {
  assert.throws(() => redisConnection('127.0.0.1:6379'), /--queue must be a redis/);
  assert.throws(() => redisConnection('postgres://localhost/db'), /redis:\/\/ or rediss:\/\//);
  assert.throws(() => redisConnection('redis://localhost/abc'), /must be a number/);
});

test('queueTarget checks the queue name and prefix', () => {
  assert.equal(queueTarget({ queue: 'redis://localhost', queueName: 'reports', queuePrefix: 'civwatch' }).prefix, 'civwatch');
  assert.throws(() => queueTarget({ queue: 'redis://localhost', queueName: 'a b', queuePrefix: 'civwatch' }), /--queue-name/);
  assert.throws(() => queueTarget({ queue: 'redis://localhost', queueName: 'reports', queuePrefix: 'x y' }), /--queue-prefix/);
});

test('report jobs retry with exponential backoff and keep their failures', () => {
  const o = reportJobOptions('r-abc', 5);
  assert.equal(o.jobId, 'r-abc');
  assert.equal(o.attempts, 5);
  assert.deepEqual(o.backoff, { type: 'exponential', delay: 1000 });
  assert.equal(o.removeOnFail, false);
  assert.ok(reportJobOptions('r-abc').attempts! >= 3);
  // A killed worker's job must come back within seconds, and the lock must outlive a long analysis.
  assert.ok(STALL_DEFAULTS.lockDuration + STALL_DEFAULTS.stalledInterval <= 15_000);
  assert.ok(STALL_DEFAULTS.lockDuration >= 5_000);
});
