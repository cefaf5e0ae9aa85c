import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BandIndex, bandKeys, candidateProbability } from './lsh.js';
import { signature } from './minhash.js';
import { COPY_HEADLINE, OTHER_REPORTER, WIRE } from './texts.fixture.js';

test('42 bands of 3 rows: Jaccard 0.5 is a candidate almost surely, 0.1 rarely', () => {
  assert.ok(candidateProbability(0.5) > 0.99);
  assert.ok(candidateProbability(0.4) > 0.9);
  assert.ok(candidateProbability(0.1) < 0.05);
});

test('band keys: one per band, band index in the key, pinned format', () => {
  const keys = bandKeys(signature('an air strike hit a crowded market in west mosul'));
  assert.equal(keys.length, 42);
  assert.equal(new Set(keys).size, 42);
  assert.equal(keys[0], '0:e95b02c2ab5e0c35');
  assert.ok(keys.every((k, i) => k.startsWith(`${i}:`)));
  assert.ok(bandKeys(signature('x'), { prefix: 's', bands: 2, rows: 2 })[1].startsWith('s1:'));
  assert.throws(() => bandKeys(new Uint32Array(10)), RangeError);
});

test('a copy shares band keys with its wire, the other reporter\'s story shares none', () => {
  const index = new BandIndex();
  index.add('wire', bandKeys(signature(WIRE)));
  assert.deepEqual(index.query(bandKeys(signature(COPY_HEADLINE))), ['wire']);
  assert.deepEqual(index.query(bandKeys(signature(OTHER_REPORTER))), []);
});
