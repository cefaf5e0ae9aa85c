import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runs, safeClass } from './highlight.js';

const text = 'Police said four civilians died in Mosul.';

test('runs: plain text between highlighted spans, every character kept once', () => {
  const r = runs(text, [
    { kind: 'source', start: 0, end: 6 },
    { kind: 'cue', start: 7, end: 11 },
  ]);
  assert.deepEqual(r.map((x) => [x.text, x.kinds]), [['Police', ['source']], [' ', []], ['said', ['cue']], [text.slice(11), []]]);
  assert.equal(r.map((x) => x.text).join(''), text);
});

test('runs: nested spans give the inner run both kinds', () => {
  const content = { kind: 'content', start: 12, end: 40 };
  const casualty = { kind: 'casualty', start: 12, end: 26, label: 'civilians killed 4' };
  const r = runs(text, [content, casualty]);
  const inner = r.find((x) => x.text === 'four civilians');
  assert.deepEqual(inner?.kinds, ['content', 'casualty']);
  assert.deepEqual(inner?.labels, ['civilians killed 4']);
  assert.deepEqual(r.find((x) => x.text === ' died in Mosul')?.kinds, ['content']);
});

test('runs: empty, inverted and out-of-range spans are ignored or clamped, never thrown on', () => {
  const r = runs('abc', [
    { kind: 'cue', start: 2, end: 2 },
    { kind: 'cue', start: 3, end: 1 },
    { kind: 'place', start: 1, end: 99 },
    { kind: 'date', start: Number.NaN, end: 2 },
  ]);
  assert.deepEqual(r.map((x) => [x.text, x.kinds]), [['a', []], ['bc', ['place']]]);
  assert.deepEqual(runs('', [{ kind: 'cue', start: 0, end: 3 }]), []);
});

test('runs: markup in the text stays text (no parsing here)', () => {
  const evil = 'He said <img src=x onerror=alert(1)> today';
  const r = runs(evil, [{ kind: 'content', start: 8, end: 36 }]);
  assert.equal(r[1].text, '<img src=x onerror=alert(1)>');
});

test('safeClass keeps class names to letters, digits and dashes', () => {
  assert.equal(safeClass('casualty'), 'casualty');
  assert.equal(safeClass('x" onload="y'), 'x-onload-y');
});
