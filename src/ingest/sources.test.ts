import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readSources, readFeedSource, type SourceItem } from './sources.js';

let dir = '';
let server: Server;
let base = '';

const page = (title: string, body: string) => `<!doctype html><html><head><meta property="og:title" content="${title}"></head><body><article><p>${body}</p><p>Residents said the strike came without warning and that rescuers worked through the night.</p></article></body></html>`;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'civwatch-sources-'));
  await mkdir(join(dir, 'b', 'deeper'), { recursive: true });
  await writeFile(join(dir, 'a.txt'), 'Strike near Saraqib\n\nThree farmers were killed on Monday, the civil defence said.');
  await writeFile(join(dir, 'b', 'deeper', 'c.html'), page('Shelling in Hpakant', 'Mortar fire killed four traders on Monday.'));
  await writeFile(join(dir, 'b', 'corrupt.txt'), Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00]));
  await writeFile(join(dir, 'b', 'batch.jsonl'), '{"id":"j1","text":"Two fishermen were wounded."}\nnot json\n');
  await writeFile(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
  await writeFile(join(dir, '.hidden.txt'), 'never read');
  server = createServer((req, res) => {
    if (req.url === '/rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Wire</title>
<item><title>One</title><link>${base}/one</link><pubDate>Mon, 22 Jul 2019 08:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>${base}/missing</link></item></channel></rss>`);
    } else if (req.url === '/one') res.writeHead(200, { 'content-type': 'text/html' }).end(page('Drone strike near Saraqib', 'A drone strike killed three farmers.'));
    else res.writeHead(404).end('nope');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
  await new Promise((r) => server.close(r));
});

async function all(it: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

test('a directory is walked recursively in name order; a corrupt file and a bad line are errors, the rest is read', async () => {
  const items = await all(readSources([dir]));
  const wheres = items.map((i) => i.where.slice(dir.length + 1));
  assert.deepEqual(wheres, ['a.txt', 'b/batch.jsonl line 1', 'b/batch.jsonl line 2', 'b/corrupt.txt', 'b/deeper/c.html']);
  const errors = items.filter((i) => 'error' in i).map((i) => i.where.slice(dir.length + 1));
  assert.deepEqual(errors, ['b/batch.jsonl line 2', 'b/corrupt.txt']);
  const html = items[4];
  assert.ok('doc' in html);
  assert.equal(html.doc.meta.title, 'Shelling in Hpakant');
});

test('a missing path is one error, and the inputs after it are still read', async () => {
  const items = await all(readSources([join(dir, 'nope.txt'), join(dir, 'a.txt')]));
  assert.equal(items.length, 2);
  assert.ok('error' in items[0] && /no such file/.test(items[0].error.message));
  assert.ok('doc' in items[1]);
});

test('a feed by URL: each item page is fetched and completed from the feed; a dead link is an error', async () => {
  const items = await all(readFeedSource(`${base}/rss`));
  assert.equal(items.length, 2);
  const [one, gone] = items;
  assert.ok('doc' in one);
  assert.equal(one.doc.meta.published, '2019-07-22');
  assert.equal(one.doc.meta.outlet, 'Valley Wire');
  assert.match(one.doc.text, /three farmers/);
  assert.ok('error' in gone && /404/.test(gone.error.message));
});
