import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readInput, readBatch, finishMeta, looksLikeHtml } from './read-input.js';
import { InputError } from './input-error.js';

let dir = '';
let server: Server;
let base = '';
let closedPort = 0;

const article = '<!doctype html><html><head><meta property="og:title" content="Mortar fire hits Hpakant market">'
  + '<meta property="article:published_time" content="2021-05-11T06:00:00Z"></head><body><nav>Home | World</nav>'
  + '<article><p>Mortar fire hit the market in Hpakant township on Monday, killing four traders and wounding nine, a local rescue group said.</p>'
  + '<p>Residents blamed the military, which did not respond to a request for comment.</p></article></body></html>';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'civwatch-input-'));
  server = createServer((req, res) => {
    if (req.url === '/story.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
    else if (req.url === '/plain') res.writeHead(200, { 'content-type': 'text/plain' }).end('Strike in Gaza\n\nSeven people were killed.');
    else if (req.url === '/untyped') res.end('Strike in Gaza\n\nSeven people were killed.\nRescuers searched the rubble.');
    else if (req.url === '/pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    else if (req.url === '/big') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>' + 'a'.repeat(5000) + '</p>');
    else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end('late'), 2000);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('nope');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((r) => probe.close(r));
});

after(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await rm(dir, { recursive: true, force: true });
});

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof InputError, String(e));
    assert.doesNotMatch(e.message, /\n/);
    return e.code;
  }
  return 'no error';
};

test('a text file is read with its title; an .html file as a page', async () => {
  const txt = join(dir, 'r.txt');
  await writeFile(txt, 'Strike on Mosul bakery\n\nFive civilians were killed on Thursday.\n');
  assert.equal((await readInput(txt)).meta.title, 'Strike on Mosul bakery');
  const html = join(dir, 'r.html');
  await writeFile(html, article);
  const doc = await readInput(html);
  assert.equal(doc.meta.published, '2021-05-11');
  assert.doesNotMatch(doc.text, /Home \| World/);
});

test('an HTML file in a declared legacy charset is decoded by its meta tag', async () => {
  const file = join(dir, 'latin.html');
  await writeFile(file, Buffer.from('<html><head><meta charset="iso-8859-1"><title>Frappe</title></head><body><p>Quatre civils tu\xe9s \xe0 Mossoul.</p></body></html>', 'latin1'));
  assert.match((await readInput(file)).text, /Quatre civils tués à Mossoul\./);
});

test('standard input is read from "-"', async () => {
  const doc = await readInput('-', { stdin: Readable.from([Buffer.from('Shelling in Gaza\n\nTwo were hurt.')]) });
  assert.equal(doc.meta.title, 'Shelling in Gaza');
});

test('missing, empty, binary, oversize and directory inputs are one-line InputErrors', async () => {
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'bin.dat'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  await writeFile(join(dir, 'big.txt'), 'word '.repeat(300));
  assert.equal(await codeOf(readInput(join(dir, 'nope.txt'))), 'not-found');
  assert.equal(await codeOf(readInput(join(dir, 'empty.txt'))), 'empty');
  assert.equal(await codeOf(readInput(join(dir, 'bin.dat'))), 'binary');
  assert.equal(await codeOf(readInput(join(dir, 'big.txt'), { maxBytes: 1000 })), 'too-large');
  assert.equal(await codeOf(readInput(dir)), 'unreadable');
  assert.equal(await codeOf(readInput('-', { stdin: Readable.from([Buffer.alloc(2000, 0x61)]), maxBytes: 1000 })), 'too-large');
});

test('a URL is fetched: HTML page read with metadata and its address', async () => {
  const doc = await readInput(`${base}/story.html`);
  assert.equal(doc.meta.title, 'Mortar fire hits Hpakant market');
  assert.equal(doc.meta.url, `${base}/story.html`);
  assert.match(doc.text, /killing four traders/);
  const plain = await readInput(`${base}/plain`);
  assert.equal(plain.meta.title, 'Strike in Gaza');
  const untyped = await readInput(`${base}/untyped`); // no content type: sniffed, read as text
  assert.equal(untyped.text, 'Strike in Gaza\n\nSeven people were killed.\nRescuers searched the rubble.');
});

test('URL failures: closed port, 404, wrong content type, too large, too slow', async () => {
  assert.equal(await codeOf(readInput(`http://127.0.0.1:${closedPort}/x.html`)), 'fetch-failed');
  assert.equal(await codeOf(readInput(`${base}/missing`)), 'http-status');
  assert.equal(await codeOf(readInput(`${base}/pdf`)), 'content-type');
  assert.equal(await codeOf(readInput(`${base}/big`, { maxBytes: 1000 })), 'too-large');
  assert.equal(await codeOf(readInput(`${base}/slow`, { timeoutMs: 200 })), 'timeout');
});

test('readBatch reads a JSON Lines file and refuses a missing one', async () => {
  const file = join(dir, 'b.jsonl');
  await writeFile(file, '{"id":"x","text":"One was killed."}\n{bad\n');
  const out = [];
  for await (const r of readBatch(file)) out.push('doc' in r ? r.doc.meta.id : `line ${r.line}: ${r.error.code}`);
  assert.deepEqual(out, ['x', 'line 2: bad-record']);
  assert.equal(await codeOf((async () => { for await (const _ of readBatch(join(dir, 'none.jsonl'))) void _; })()), 'not-found');
});

test('finishMeta: overrides win, id is a stable hash unless given', () => {
  const doc = { text: 'Five were killed.', meta: { title: 'Read', published: '2017-01-01' } };
  const a = finishMeta(doc, { published: '2017-04-04', outlet: undefined });
  assert.equal(a.published, '2017-04-04');
  assert.equal(a.title, 'Read');
  assert.match(a.id, /^[0-9a-f]{12}$/);
  assert.equal(finishMeta(doc).id, a.id);
  assert.notEqual(finishMeta({ ...doc, text: 'Six were killed.' }).id, a.id);
  assert.equal(finishMeta(doc, { id: 'given' }).id, 'given');
});

test('looksLikeHtml: documents, NOT text mentioning tags', () => {
  assert.equal(looksLikeHtml('\n<!DOCTYPE html><html>'), true);
  assert.equal(looksLikeHtml('<html lang="en">'), true);
  assert.equal(looksLikeHtml('The <html> tag is not news.'), false);
});
