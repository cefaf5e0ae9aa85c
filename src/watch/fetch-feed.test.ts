import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { fetchFeed } from './fetch-feed.js';

let base = '';
const server = createServer((req, res) => {
  if (req.url === '/latin1') {
    res.writeHead(200, { 'content-type': 'application/xml' });
    return void res.end(Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf'), Buffer.from([0xe9]), Buffer.from('</title></channel></rss>')]));
  }
  if (req.url === '/big') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss>${'x'.repeat(5000)}</rss>`);
  if (req.url === '/gone') return void res.writeHead(404).end('no');
  res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"e1"', 'last-modified': 'Wed, 14 Jun 2017 12:00:00 GMT' }).end('<rss><channel><title>Ok</title></channel></rss>');
});
before(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

const opts = { etag: null, lastModified: null, timeoutMs: 5000, maxBytes: 1000, now: new Date() };

test('a full answer brings the feed text and the validators to send next time', async () => {
  const r = await fetchFeed(`${base}/ok`, opts);
  assert.equal(r.kind, 'modified');
  assert.ok(r.kind === 'modified' && r.etag === '"e1"' && r.lastModified === 'Wed, 14 Jun 2017 12:00:00 GMT' && r.xml.includes('<title>Ok</title>'));
});

test('the charset the XML declares is used when the server names none', async () => {
  const r = await fetchFeed(`${base}/latin1`, opts);
  assert.ok(r.kind === 'modified' && r.xml.includes('<title>Café</title>'), JSON.stringify(r));
});

test('failures: over the size limit, a 404, nobody listening: one line each, never a throw', async () => {
  const big = await fetchFeed(`${base}/big`, opts);
  assert.deepEqual(big, { kind: 'failed', status: 200, error: 'the feed is over the 1 kB limit (raise it with --max-bytes)', retryAfterMs: null });
  const gone = await fetchFeed(`${base}/gone`, opts);
  assert.deepEqual(gone, { kind: 'failed', status: 404, error: 'the server answered 404 Not Found', retryAfterMs: null });
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  const refused = await fetchFeed(`http://127.0.0.1:${port}/rss`, opts);
  assert.deepEqual(refused, { kind: 'failed', status: null, error: 'connection refused', retryAfterMs: null });
});
