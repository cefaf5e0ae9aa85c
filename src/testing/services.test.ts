import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needPostgres, needRedis, probePostgres, probeRedis } from './services.js';

/** A stand-in for the test context that records skips. */
function recorder(): { skip(m?: string): void; skipped: string[] } {
  const skipped: string[] = [];
  return { skipped, skip: (m?: string) => void skipped.push(m ?? '') };
}

test('needPostgres gives a URL that answers, or skips with a message', async (t) => {
  const url = await needPostgres(t);
  if (!url) return;
  assert.equal(await probePostgres(url), null);
});

test('needRedis gives a URL that answers PING, or skips with a message', async (t) => {
  const url = await needRedis(t);
  if (!url) return;
  assert.equal(await probeRedis(url), null);
});

test('an unreachable PostgreSQL skips visibly outside CI and fails under CI', async () => {
  const saved = { pg: process.env.CIVWATCH_TEST_PG, ci: process.env.CI };
  process.env.CIVWATCH_TEST_PG = 'postgres://nobody@127.0.0.1:1/none';
  try {
    delete process.env.CI;
    const r = recorder();
    assert.equal(await needPostgres(r), null);
    assert.match(r.skipped[0] ?? '', /PostgreSQL at .*unreachable/);
    process.env.CI = 'true';
    await assert.rejects(needPostgres(recorder()), /CI=true/);
  } finally {
    restore('CIVWATCH_TEST_PG', saved.pg);
    restore('CI', saved.ci);
  }
});

test('an unreachable Redis skips visibly outside CI and fails under CI', async () => {
  const saved = { redis: process.env.CIVWATCH_TEST_REDIS, ci: process.env.CI };
  process.env.CIVWATCH_TEST_REDIS = 'redis://127.0.0.1:1';
  try {
    delete process.env.CI;
    const r = recorder();
    assert.equal(await needRedis(r), null);
    assert.match(r.skipped[0] ?? '', /Redis at .*unreachable/);
    process.env.CI = 'true';
    await assert.rejects(needRedis(recorder()), /CI=true/);
  } finally {
    restore('CIVWATCH_TEST_REDIS', saved.redis);
    restore('CI', saved.ci);
  }
});

test('probeRedis reports a malformed URL instead of throwing', async () => {
  assert.match((await probeRedis('not a url')) ?? '', /not a URL/);
});

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
