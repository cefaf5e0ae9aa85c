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
