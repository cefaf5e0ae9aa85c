import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchSpans, simpleTokens, tokenCounts, tokenSet } from './spans.js';

test('exact matching: only identical offsets count', () => {
  const gold = [{ start: 0, end: 5 }, { start: 10, end: 20 }];
  assert.deepEqual(matchSpans([{ start: 0, end: 5 }, { start: 10, end: 19 }], gold, { match: 'exact' }), { tp: 1, fp: 1, fn: 1 });
});

test('overlap matching: one shared character is enough, but matching is one-to-one', () => {
  const gold = [{ start: 10, end: 20 }];
  assert.deepEqual(matchSpans([{ start: 15, end: 25 }], gold, { match: 'overlap' }), { tp: 1, fp: 0, fn: 0 });
  // Two predictions on one gold span: one of them is a false positive.
  assert.deepEqual(matchSpans([{ start: 10, end: 12 }, { start: 14, end: 20 }], gold, { match: 'overlap' }), { tp: 1, fp: 1, fn: 0 });
  // Touching is not overlapping (end is exclusive).
  assert.deepEqual(matchSpans([{ start: 20, end: 25 }], gold, { match: 'overlap' }), { tp: 0, fp: 1, fn: 1 });
});

test('overlap matching prefers the best fit, so a good match is not stolen by a poor one', () => {
  const gold = [{ start: 0, end: 10 }, { start: 12, end: 30 }];
  const pred = [{ start: 8, end: 30 }, { start: 0, end: 9 }];
  assert.deepEqual(matchSpans(pred, gold, { match: 'overlap' }), { tp: 2, fp: 0, fn: 0 });
});

test('half-tokens matching: at least half of the longer span\'s tokens', () => {
  const text = 'Officials said the strike killed four people near the market on Sunday.';
  const tokens = simpleTokens(text);
  const content = { start: text.indexOf('the strike'), end: text.length - 1 }; // 10 tokens
  const four = { start: content.start, end: text.indexOf(' people') }; // "the strike killed four": 4 of 10
  const half = { start: content.start, end: text.indexOf(' near') }; // + "people": 5 of 10, exactly half
  assert.equal(tokenSet(content, tokens).size, 10);
  assert.deepEqual(matchSpans([four], [content], { match: 'half-tokens', tokens }), { tp: 0, fp: 1, fn: 1 });
  assert.deepEqual(matchSpans([half], [content], { match: 'half-tokens', tokens }), { tp: 1, fp: 0, fn: 0 });
  // A prediction spanning the whole sentence does not match a two-token source.
  const source = { start: 0, end: 9 };
  assert.deepEqual(matchSpans([{ start: 0, end: text.length }], [source], { match: 'half-tokens', tokens }), { tp: 0, fp: 1, fn: 1 });
});

test('discontinuous gold spans: fragments count together', () => {
  const text = '"We will rebuild," the mayor said, "every school."';
  const tokens = simpleTokens(text);
  const gold = { start: 1, end: 48, fragments: [{ start: 1, end: 16 }, { start: 36, end: 48 }] };
  assert.deepEqual(matchSpans([{ start: 1, end: 16 }], [gold], { match: 'exact' }), { tp: 0, fp: 1, fn: 1 });
  assert.deepEqual(matchSpans([{ start: 1, end: 16 }], [gold], { match: 'half-tokens', tokens }), { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(matchSpans([{ start: 1, end: 48, fragments: [{ start: 1, end: 16 }, { start: 36, end: 48 }] }], [gold], { match: 'exact' }), { tp: 1, fp: 0, fn: 0 });
});

test('tokenCounts gives partial credit by token, and nothing for disjoint spans', () => {
  const text = 'The mayor said it was closed';
  const tokens = simpleTokens(text);
  assert.deepEqual(tokenCounts([{ start: 0, end: 9 }], [{ start: 4, end: 20 }], tokens), { tp: 1, fp: 1, fn: 3 });
  assert.deepEqual(tokenCounts([{ start: 0, end: 3 }], [{ start: 15, end: 28 }], tokens), { tp: 0, fp: 1, fn: 3 });
});

test('duplicate gold spans count once', () => {
  assert.deepEqual(matchSpans([], [{ start: 1, end: 4 }, { start: 1, end: 4 }], { match: 'exact' }), { tp: 0, fp: 0, fn: 1 });
});
