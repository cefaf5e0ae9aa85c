import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';

const run = (text: string) => analyze(text, { published: '2023-10-12' });
const figures = (text: string) => run(text).casualties.map((c) => [c.text, c.kind, c.min, c.max]);

test('"… were inside and that everyone inside was killed": "and that" opens a clause with its own subject', () => {
  assert.deepEqual(figures('Rescuers said an estimated 10 people were inside the house and that everyone inside was killed.'), []);
  // One clause: the figure is the subject of its verb.
  assert.deepEqual(figures('Rescuers said that an estimated 10 people inside the house were killed.').map((f) => f[1]), ['killed']);
});

test('"…, but it is unclear whether their driver was also killed": the hedge doubts the clause after it, not the firm figure before', () => {
  const text = 'Three civilians were killed in the strike on the house, but it is unclear whether their driver was also killed.';
  assert.deepEqual(run(text).casualties.map((c) => (c as { doubted?: boolean }).doubted ?? false), [false, true]);
  const k = run(text).events[0].civilians.killed;
  assert.deepEqual([k.min, k.max], [3, 4]);
});

test('"… was alone in stating that …": a single-source marker doubts the claim after it only', () => {
  const text = 'Four people were killed in the strike on the market, and one blogger was alone in stating that a fifth person died.';
  assert.deepEqual(run(text).casualties.map((c) => (c as { doubted?: boolean }).doubted ?? false), [false, true]);
});
