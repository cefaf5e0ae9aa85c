import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';

const killed = (text: string) => {
  const k = analyze(text, { published: '2024-06-11' }).events[0].civilians.killed;
  return [k.min, k.max];
};
const figures = (text: string) => analyze(text, { published: '2024-06-11' }).casualties.map((c) => [c.text, c.kind, c.min, c.max]);

test('"a fifth casualty": an ordinal with a singular harm noun is one more death', () => {
  assert.deepEqual(figures('A local radio station later reported a fifth casualty.'), [['a fifth casualty', 'killed', 1, 1]]);
  assert.deepEqual(figures('Medics confirmed a 6th fatality on Monday.'), [['a 6th fatality', 'killed', 1, 1]]);
  // No ordinal, no figure: "a casualty" alone says nothing of a count.
  assert.deepEqual(figures('The report mentions a casualty list from the hospital.'), []);
});

test('a doubted ordinal death ("the only post to mention a fifth casualty") raises the top only', () => {
  assert.deepEqual(killed('At least four civilians were killed when a shell hit a school in the town. A post by a local teacher is the only post to mention a fifth casualty.'), [4, 5]);
});
