import { test } from 'node:test';
import assert from 'node:assert/strict';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isAbbrev, withLinearFeatures, LINEAR_FEATURES } from './linear-features.js';
import { wink } from './wink.js';
import { analyze } from '../analyze.js';

const MODEL_REGEX = /[a-z].*\.$/i;

test('isAbbrev answers what the model regex answers, on a table and on random short words', () => {
  const table = ['Gen.', 'Lt.', 'U.S.', 'etc.', '...', '.', '', 'a', 'a.', '3.', '3a.', 'é.', 'Mosul', 'Z9.', 'x.y', 'Ab.c.'];
  for (const w of table) assert.equal(isAbbrev(w), MODEL_REGEX.test(w) ? 1 : 0, JSON.stringify(w));
  const alphabet = ['a', 'Z', '.', '1', 'é', ' ', '-', '\n'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let k = 0; k < 3000; k++) {
    const w = Array.from({ length: next() % 7 }, () => alphabet[next() % alphabet.length]).join('');
    assert.equal(isAbbrev(w), MODEL_REGEX.test(w) ? 1 : 0, JSON.stringify(w));
  }
});

test('withLinearFeatures replaces only the listed features; the model object is not changed', () => {
  const wrapped = withLinearFeatures(model);
  const config = (model as unknown as { core(): { packing: { config: unknown } } }).core().packing.config;
  const mine = (wrapped.featureFn as (c: unknown) => Record<string, unknown>)(config);
  const theirs = (model.featureFn as (c: unknown) => Record<string, unknown>)(config);
  for (const name of Object.keys(LINEAR_FEATURES)) {
    assert.equal(mine[name], LINEAR_FEATURES[name]);
    assert.notEqual(theirs[name], LINEAR_FEATURES[name], `the model's own ${name} is left alone`);
  }
  assert.equal(typeof mine.shape, 'function');
  assert.equal(wrapped.core, model.core);
});

test('the shared wink instance tokenizes and flags abbreviations as the plain model does', () => {
  const text = 'Lt. Gen. Ahmed said U.S. forces struck a house in al-Qaim on Jan. 3, killing four... Officials said.';
  const plain = winkNLP(model);
  const a = wink().readDoc(text).tokens();
  const b = plain.readDoc(text).tokens();
  assert.deepEqual(a.out(), b.out());
  assert.deepEqual(a.out(wink().its.abbrevFlag), b.out(plain.its.abbrevFlag));
  assert.ok(a.out(wink().its.abbrevFlag).some(Boolean), 'some abbreviation is flagged');
});

test('a report with a 100,000-character token is analyzed with the usual result (the model regex no longer runs on it)', () => {
  const token = 'x'.repeat(100_000);
  const a = analyze(`Two civilians were killed in Mosul on Monday, police said. ${token}\n\n${token}.`, { published: '2017-03-21' });
  assert.equal(a.casualties[0]?.min, 2);
  assert.equal(a.places[0]?.name, 'Mosul');
  assert.ok(a.report.text.length > 200_000);
});
