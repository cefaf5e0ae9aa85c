import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { Queue } from 'bullmq';
import { redisConnection } from '../queue/config.js';
import { queueSink } from './queue-sink.js';

test('a queue whose Redis has gone away: put fails within the time limit with a reason (the item stays pending), no crash', async () => {
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  const sink = queueSink(new Queue('watch-test', { connection: redisConnection(`redis://127.0.0.1:${port}`), prefix: 'civwatch-test' }), { timeoutMs: 700 });
  const t0 = Date.now();
  await assert.rejects(sink.put({ text: 'Two civilians were wounded by shelling in Kherson on Friday, officials said.', meta: {} }, 'feed item 1'),
    /the queue did not take the job within 0\.7 s \(.*ECONNREFUSED.*\)/);
  assert.ok(Date.now() - t0 < 5000);
  await Promise.race([sink.close?.(), new Promise((r) => setTimeout(r, 1000))]);
});
