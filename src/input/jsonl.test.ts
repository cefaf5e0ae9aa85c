import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { parseJsonLine, readJsonLines, splitLines } from './jsonl.js';
import { InputError } from './input-error.js';

test('a text record keeps its given fields over what the text suggests', () => {
  const doc = parseJsonLine(JSON.stringify({ id: 7, published: '2021-03-02T09:00:00Z', title: 'Given', text: 'Read title\n\nShelling killed two people in Hpakant.' }), 'x line 1');
  assert.equal(doc.meta.id, '7');
  assert.equal(doc.meta.published, '2021-03-02');
  assert.equal(doc.meta.title, 'Given');
  assert.equal(doc.text, 'Read title\n\nShelling killed two people in Hpakant.');
});

test('an html record is read as a page', () => {
  const doc = parseJsonLine(JSON.stringify({ html: '<html><head><meta property="og:site_name" content="Daily"></head><body><p>A drone strike hit a car near Idlib, killing three men.</p></body></html>' }), 'x line 1');
  assert.equal(doc.meta.outlet, 'Daily');
  assert.match(doc.text, /drone strike/);
});

test('bad records are refused with the line named: NOT analyzed', () => {
  const bad = ['{"text": "a"', '{"title":"no body"}', '{"text":"x","html":"<p>y</p>"}', '{"published":"someday","text":"x"}', '[1,2]', '{"text":"   "}'];
  for (const line of bad) {
    assert.throws(() => parseJsonLine(line, 'b.jsonl line 4'), (e: unknown) => e instanceof InputError && /^b\.jsonl line 4: /.test(e.message) && !e.message.includes('\n'), line);
  }
});

test('readJsonLines numbers lines, skips blank ones and keeps going after a bad one', async () => {
  const input = ['{"id":"a","text":"One killed in Mosul."}', '', 'not json', '{"id":"b","text":"Two hurt in Gaza."}'].join('\n');
  const out = [];
  for await (const r of readJsonLines(Readable.from([Buffer.from(input)]), { source: 'in', maxBytes: 1000 })) out.push(r);
  assert.deepEqual(out.map((r) => [r.line, 'doc' in r ? r.doc.meta.id : r.error.code]), [[1, 'a'], [3, 'bad-record'], [4, 'b']]);
});

test('splitLines joins lines across chunks and drops an oversize line without losing the next', async () => {
  const chunks = ['{"a":', '1}\n', 'x'.repeat(50), 'y'.repeat(50), '\nlast'].map((s) => Buffer.from(s));
  const out = [];
  for await (const l of splitLines(Readable.from(chunks), 60)) out.push([l.line, l.oversize, l.bytes.toString()]);
  assert.deepEqual(out, [[1, false, '{"a":1}'], [2, true, ''], [3, false, 'last']]);
});

test('invalid UTF-8 in one line is an error for that line only', async () => {
  const input = Buffer.concat([Buffer.from('{"text":"ok one"}\n{"text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n{"text":"ok two"}\n')]);
  const out = [];
  for await (const r of readJsonLines(Readable.from([input]), { source: 'in', maxBytes: 1000 })) out.push('doc' in r ? 'ok' : r.error.code);
  assert.deepEqual(out, ['ok', 'encoding', 'ok']);
});

test('a binary file given as a batch stops after one error, NOT one per line', async () => {
  const input = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]), Buffer.from('\n\x00\n\x00\n')]);
  const out = [];
  for await (const r of readJsonLines(Readable.from([input]), { source: 'in', maxBytes: 1000 })) out.push('doc' in r ? 'ok' : r.error.code);
  assert.deepEqual(out, ['binary']);
});
