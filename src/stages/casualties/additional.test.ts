import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';

const killed = (text: string) => {
  const k = analyze(text, { published: '2024-06-11' }).events[0].civilians.killed;
  return [k.min, k.max];
};

test('doubted "more than N" is a bound, not N more people: the top rises to it, not by it', () => {
  assert.deepEqual(killed('At least nine people were killed when a shell hit a bakery in the town. One post said that more than 12 people had died, but this has not been corroborated.'), [9, 13]);
});

test('doubted "two more people" (the marker inside the figure) adds to the top', () => {
  assert.deepEqual(killed('At least nine people were killed when a shell hit a bakery in the town. One post said that two more people had died, but this has not been corroborated.'), [9, 11]);
});
