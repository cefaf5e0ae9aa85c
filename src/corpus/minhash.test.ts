import { test } from 'node:test';
import assert from 'node:assert/strict';
import { containment, jaccard, shingles, signature, similarity } from './minhash.js';
import { normalizeText, words } from './normalize.js';
import { OTHER_REPORTER, WIRE } from './texts.fixture.js';

test('normalization folds case, quotes, dashes, dotted abbreviations and spacing', () => {
  assert.equal(normalizeText('“Twelve”  people — in Mosul’s U.S.-run camp.'), 'twelve people in mosuls us run camp');
  assert.equal(normalizeText('"Twelve" people - in Mosul\'s US-run camp'), 'twelve people in mosuls us run camp');
  assert.deepEqual(words('  '), []);
  assert.equal(normalizeText('Raqqā, Ḥalab and İdlib'), 'raqqa halab and idlib');
  assert.equal(normalizeText('قُتِلَ خمسة مدنيين'), normalizeText('قتل خمسة مدنيين'));
  assert.notEqual(normalizeText('five killed'), normalizeText('six killed'));
  for (const t of [WIRE, 'Raqqā, İdlib', '“U.S.-led” — 12,000']) assert.equal(normalizeText(normalizeText(t)), normalizeText(t));
});

test('shingles: k-word runs; a text shorter than k is one shingle; empty has none', () => {
  assert.equal(shingles('an air strike hit a market in mosul', { k: 5 }).size, 4);
  assert.equal(shingles('he said', { k: 5 }).size, 1);
  assert.equal(shingles('', { k: 5 }).size, 0);
  // Typography does not change the shingles.
  assert.deepEqual(shingles('“We were pulling children out,” he said — by phone.'), shingles('"We were pulling children out," he said - by phone'));
});

test('signature: deterministic, and pinned (band keys are stored: changing the hashing means re-indexing)', () => {
  const a = signature(WIRE);
  const b = signature(WIRE);
  assert.equal(a.length, 126);
  assert.deepEqual(a, b);
  // Pinned values: if this fails, the hashing changed and stored band keys are stale.
  assert.deepEqual([...signature('an air strike hit a crowded market in west mosul').slice(0, 3)], PINNED);
});
const PINNED = [1258954745, 401069037, 1536479407];

test('estimated similarity tracks exact Jaccard', () => {
  const edited = WIRE.replace('vegetable market', 'fruit and vegetable market').replace('six women', 'five women');
  const exact = jaccard(shingles(WIRE), shingles(edited));
  const est = similarity(signature(WIRE), signature(edited));
  assert.ok(Math.abs(exact - est) < 0.12, `exact ${exact} vs estimate ${est}`);
  assert.equal(similarity(signature(WIRE), signature(OTHER_REPORTER)), 0);
});

test('containment is directional', () => {
  const lead = WIRE.split('\n\n').slice(0, 3).join('\n\n');
  assert.equal(containment(shingles(lead), shingles(WIRE)), 1);
  assert.ok(containment(shingles(WIRE), shingles(lead)) < 0.5);
});
