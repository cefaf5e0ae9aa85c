import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDocument, cleanMeta, cleanText, cleanedOffsets } from './clean-text.js';
import { decodeText, looksBinary } from './decode.js';
import { InputError } from './input-error.js';
import { parseJsonLine } from './jsonl.js';
import { analyze } from '../analyze.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

test('cleanText removes NUL and other C0 controls, keeps tab and newline, folds CR and page breaks to LF', () => {
  assert.equal(cleanText('Two\u0000 civilians\u0007 were\tkilled.\r\nPolice said.'), 'Two civilians were\tkilled.\nPolice said.');
  assert.equal(cleanText('a\rb\fc\vd\u001Be\u001Ff'), 'a\nb\nc\ndef');
  assert.equal(cleanText('\u0000\u0000'), '');
});

test('cleanText replaces lone surrogates but keeps pairs (emoji) and other text untouched', () => {
  assert.equal(cleanText('x\uD800y\uDC00z'), 'x\uFFFDy\uFFFDz');
  assert.equal(cleanText('Gaza 😢 — مقتل ثلاثة'), 'Gaza 😢 — مقتل ثلاثة');
  const plain = 'Five civilians were killed in Mosul.';
  assert.equal(cleanText(plain), plain);
  assert.equal(cleanText(cleanText('a\u0000\r\nb')), cleanText('a\u0000\r\nb'), 'idempotent');
});

test('NEGATIVE: DEL, C1 controls and ordinary punctuation are not touched', () => {
  assert.equal(cleanText('a\u007Fb\u0085c'), 'a\u007Fb\u0085c');
});

test('cleanMeta and cleanDocument clean every string field and keep the rest', () => {
  assert.deepEqual(cleanMeta({ title: 'Strike\u0000 on Mosul', published: '2017-03-17', outlet: null }), { title: 'Strike on Mosul', published: '2017-03-17', outlet: null });
  assert.deepEqual(cleanDocument({ text: 'Two\u0000 were killed.', meta: { byline: 'By\u0000 A. Writer' } }), { text: 'Two were killed.', meta: { byline: 'By A. Writer' } });
});

test('a stray NUL byte in a text file is cleaned, NOT refused as binary; frequent NULs still are', () => {
  const opts = { source: 'r.txt', maxBytes: 10_000 };
  const report = 'Shelling hit the market in Hpakant on Monday and four traders were killed, a rescue group said. '.repeat(4);
  assert.equal(decodeText(bytes(report.slice(0, 50) + '\u0000' + report.slice(50)), opts), report);
  assert.equal(looksBinary(bytes(report + '\u0000')), false);
  const utf16 = Buffer.from('Four traders were killed.', 'utf16le');
  assert.equal(looksBinary(utf16), true);
  assert.throws(() => decodeText(utf16, opts), (e) => e instanceof InputError && e.code === 'binary');
});

test('a JSON Lines record with \\u0000 escapes reads as the clean text', () => {
  const doc = parseJsonLine(JSON.stringify({ title: 'Market\u0000 shelled', text: 'Four traders\u0000 were killed in Hpakant on Monday.' }), 'in.jsonl line 1');
  assert.equal(cleanDocument(doc).text, 'Four traders were killed in Hpakant on Monday.');
});

test('analyze() cleans first: offsets index the cleaned text, and NULs change nothing found', () => {
  const clean = 'Four traders were killed in Hpakant on Monday, a rescue group said.';
  const dirty = 'Four\u0000 traders were\u0000 killed in\u0000\u0000 Hpakant on Monday, a rescue group said.\u0000';
  const a = analyze(dirty, { published: '2021-05-11' });
  const b = analyze(clean, { published: '2021-05-11' });
  assert.equal(a.report.text, clean);
  assert.deepEqual(a.casualties, b.casualties);
  assert.deepEqual(a.places, b.places);
  for (const p of [...a.places, ...a.casualties, ...a.dates]) assert.equal(a.report.text.slice(p.start, p.end), p.text);
  assert.equal(a.casualties[0].min, 4);
});

test('cleanedOffsets maps raw offsets to the cleaned text: spans after a removed control or a CR LF still cover the same words', () => {
  const raw = 'He\u001b said\r\nit rained.\rThen\fstop.';
  const clean = cleanText(raw);
  const at = cleanedOffsets(raw);
  for (const word of ['said', 'rained', 'Then', 'stop']) {
    const s = raw.indexOf(word);
    assert.equal(clean.slice(at(s), at(s + word.length)), word, word);
  }
  assert.equal(at(raw.length), clean.length);
  assert.equal(cleanedOffsets('nothing to clean')(5), 5);
});
