import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/runner.js';
import { createReport } from '../../report/report.js';
import { segment } from '../segment.js';
import { readQuantity } from './quantity.js';
import { tokensBySentence } from './tokens.js';

const toks = (text: string) => tokensBySentence(buildPipeline([segment]).run(createReport(text)))[0];
const q = (text: string) => {
  const r = readQuantity(toks(text), 0);
  return r && { min: r.min, max: r.max, conservative: r.conservative, stated: r.stated };
};

test('digits, thousands separators, scale words and number words', () => {
  assert.deepEqual(q('11 civilians'), { min: 11, max: 11, conservative: 11, stated: true });
  assert.deepEqual(q('1,200 people'), { min: 1200, max: 1200, conservative: 1200, stated: true });
  assert.deepEqual(q('3 million people'), { min: 3_000_000, max: 3_000_000, conservative: 3_000_000, stated: true });
  assert.equal(q('eleven people')?.min, 11);
  assert.equal(q('twenty-three people')?.min, 23);
  assert.equal(q('a hundred people')?.min, 100);
  assert.equal(q('two hundred and fifty people')?.min, 250);
});

test('vague quantities follow the documented table (ACLED conventions)', () => {
  // ACLED codes dozens as 12 (conservative); Airwars as 12–24.
  assert.deepEqual(q('dozens of civilians'), { min: 12, max: 24, conservative: 12, stated: false });
  assert.deepEqual(q('scores of civilians'), { min: 20, max: null, conservative: 20, stated: false });
  assert.deepEqual(q('a dozen soldiers'), { min: 12, max: 12, conservative: 12, stated: true });
  assert.equal(q('tens of villagers')?.conservative, 10);
  assert.equal(q('hundreds of people')?.conservative, 100);
  assert.equal(q('several people')?.conservative, 3);
  assert.equal(q('tens of thousands of people')?.min, 10_000);
});

test('modifiers turn a number into a range', () => {
  assert.deepEqual(q('at least 11 people'), { min: 11, max: null, conservative: 11, stated: true });
  // ACLED codes "over 28" as 28: conservative stays N while min is N+1.
  assert.deepEqual(q('more than 300 people'), { min: 301, max: null, conservative: 300, stated: true });
  assert.deepEqual(q('up to 40 people'), { min: 1, max: 40, conservative: 40, stated: true });
  assert.deepEqual(q('between 6 and 11 people'), { min: 6, max: 11, conservative: 6, stated: true });
  assert.deepEqual(q('9 to 10 people'), { min: 9, max: 10, conservative: 9, stated: true });
  assert.deepEqual(q('9-10 people'), { min: 9, max: 10, conservative: 9, stated: true });
  assert.deepEqual(q('two or three people'), { min: 2, max: 3, conservative: 2, stated: true });
  const some = q('some 3 million Iraqis')!;
  assert.ok(some.min >= 2_500_000 && some.min <= 3_000_000, `min ${some.min}`);
  assert.ok(some.max !== null && some.max >= 3_000_000 && some.max <= 3_500_000, `max ${some.max}`);
  assert.equal(some.conservative, 3_000_000);
  const nearly = q('nearly 100 people')!;
  // The top is the number stated (Airwars records "close to 50" as up to 50).
  assert.ok(nearly.min < 100 && nearly.max === 100);
});

test('NOT a count: ages, times, shares, identifiers, dates, comparisons', () => {
  assert.equal(q('12-year-old boy'), null);
  assert.equal(readQuantity(toks('a 12-year-old boy'), 1), null);
  assert.equal(readQuantity(toks('at 10 am'), 1), null);
  assert.equal(q('5% of residents'), null);
  assert.equal(readQuantity(toks('LIB 289 fired'), 1), null);
  assert.equal(readQuantity(toks('March 6, 2017'), 1), null);
  assert.equal(readQuantity(toks('twice as many civilians'), 2), null);
  assert.equal(q('2 km from the town'), null);
  assert.equal(q('3.5 people'), null);
});

test('"up to N" marks its minimum as a placeholder; other modifiers do not', () => {
  assert.equal(readQuantity(toks('up to 20 civilians'), 0)?.upTo, true);
  assert.equal(readQuantity(toks('up to 20 civilians'), 0)?.max, 20);
  assert.equal(readQuantity(toks('at least 20 civilians'), 0)?.upTo, undefined);
  assert.equal(readQuantity(toks('20 civilians'), 0)?.upTo, undefined);
});

test('Airwars: an unstated number of people ("a number of", bare "others") is 2–2; "four others" keeps its number', () => {
  assert.deepEqual(q('a number of civilians'), { min: 2, max: 2, conservative: 2, stated: false });
  assert.deepEqual(q('others were wounded'), { min: 2, max: 2, conservative: 2, stated: false });
  assert.deepEqual(q('four others were wounded'), { min: 4, max: 4, conservative: 4, stated: true });
  assert.equal(q('several people')?.max, null);
});

test('Airwars: "a large number of" reads as dozens (12–24), "hundreds" as 100–200; ACLED\'s conservative figures kept', () => {
  assert.deepEqual(q('a large number of civilians'), { min: 12, max: 24, conservative: 12, stated: false });
  assert.deepEqual(q('hundreds of people'), { min: 100, max: 200, conservative: 100, stated: false });
  assert.equal(q('a number of civilians')?.max, 2);
});

test('"at least N and up to M" is the range N–M; NOT when the top is smaller or is an age', () => {
  assert.deepEqual(q('at least 27 and up to 30 civilians'), { min: 27, max: 30, conservative: 27, stated: true });
  assert.deepEqual(q('at least four and as many as six children'), { min: 4, max: 6, conservative: 4, stated: true });
  assert.deepEqual(q('at least 27 and up to 3 civilians'), { min: 27, max: null, conservative: 27, stated: true });
  assert.equal(readQuantity(toks('at least 27 and up to 30 civilians'), 0)?.end, 7);
});

test('"at least N but possibly up to M", "at least N and perhaps as many as M" are the range N–M', () => {
  assert.deepEqual(q('at least one but possibly up to 9 people'), { min: 1, max: 9, conservative: 1, stated: true });
  assert.deepEqual(q('at least three and perhaps as many as eight villagers'), { min: 3, max: 8, conservative: 3, stated: true });
  assert.deepEqual(q('at least four but as many as seven people'), { min: 4, max: 7, conservative: 4, stated: true });
  // A smaller "top" is no top.
  assert.deepEqual(q('at least 20 but possibly up to 9 people'), { min: 20, max: null, conservative: 20, stated: true });
});

test('"other" before a harm noun is an unstated number (2–2); NOT before anything else, nor after "any"/"no"', () => {
  assert.deepEqual(q('other deaths were reported'), { min: 2, max: 2, conservative: 2, stated: false });
  assert.deepEqual(q('other injuries'), { min: 2, max: 2, conservative: 2, stated: false });
  assert.equal(q('other sources said'), null);
  const t = toks('Medics did not mention any other injuries.');
  assert.equal(readQuantity(t, t.findIndex((x) => x.norm === 'other')), null);
});

test('a modifier quoted apart from its number ("“more than” 20") still bounds it; the quotes are inside the span', () => {
  const ts = toks('“more than” 20 villagers died');
  const r = readQuantity(ts, 1);
  assert.deepEqual(r && [r.min, r.max, r.conservative, r.end], [21, null, 20, 5]);
  assert.deepEqual(q('at “least” 6 villagers died'), { min: 6, max: null, conservative: 6, stated: true });
});

test('a vague quantity quoted in part still reads: "claimed that “a number” of people had been killed"', () => {
  const r = readQuantity(toks('“a number” of people'), 1);
  assert.ok(r && r.min === 2 && r.max === 2 && !r.stated, JSON.stringify(r));
  const big = readQuantity(toks('a “large number” of civilians'), 0);
  assert.ok(big && big.min === 12 && big.max === 24, JSON.stringify(big));
});
