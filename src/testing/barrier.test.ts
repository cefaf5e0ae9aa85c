import assert from 'node:assert/strict';
import { test } from 'node:test';
import { barrier } from './barrier.js';

test('no party goes on until every party has arrived', async () => {
  const b = barrier(2, 10_000);
  const log: string[] = [];
  const first = b.arrive().then((o) => log.push(`first ${o}`));
  await new Promise((r) => setImmediate(r));
  assert.equal(log.length, 0, 'the first waits for the second');
  await b.arrive().then((o) => log.push(`second ${o}`));
  await first;
  assert.deepEqual(log.sort(), ['first met', 'second met']);
});

test('a party left alone goes on with timeout instead of hanging', async () => {
  const b = barrier(2, 20);
  assert.equal(await b.arrive(), 'timeout');
  assert.deepEqual(b.outcomes, ['timeout']);
});

test('a barrier of no parties is refused', () => {
  assert.throws(() => barrier(0, 10), /whole number of parties/);
});
