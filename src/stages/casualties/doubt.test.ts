import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';

const run = (text: string) => analyze(text, { published: '2024-06-11' });
const killed = (text: string) => {
  const k = run(text).events[0].civilians.killed;
  return [k.min, k.max];
};
const figures = (text: string) => run(text).casualties.map((c) => [c.text, c.kind, c.min, c.max]);
const doubted = (text: string) => run(text).casualties.map((c) => (c as { doubted?: boolean }).doubted ?? false);

test('"Omar’s wife", "Sami Haddad\'s son": a relative of someone named is one person', () => {
  assert.deepEqual(figures('Omar’s wife was killed in the strike.'), [['Omar’s wife', 'killed', 1, 1]]);
  assert.deepEqual(figures("Sami Haddad's son was wounded by shrapnel."), [["Sami Haddad's son", 'injured', 1, 1]]);
  // A possessive before something that is no person counts nobody.
  assert.deepEqual(figures("Israel's army killed two farmers."), [['two farmers', 'killed', 2, 2]]);
});

test('a forward hedge ("which may indicate that …") doubts the figures after it, not those before', () => {
  assert.deepEqual(doubted('Three men were killed, which may indicate that their driver was also killed.'), [false, true]);
  assert.deepEqual(doubted('Two men were killed; it is not clear whether their driver was also killed.'), [false, true]);
  assert.deepEqual(killed('Three civilians were killed when a shell hit a house in the camp. A cousin mourned her niece too (which may indicate that Omar’s wife was also killed).'), [3, 4]);
});

test('"unclear whether Hadeel … was killed": one word after "whether" is a name, and a person named only in doubt is one more at most', () => {
  assert.deepEqual(figures('It is unclear whether Rasha, his niece, was killed in the same strike.'), [['Rasha', 'killed', 1, 1]]);
  assert.deepEqual(killed('Three civilians were killed when a shell hit a house in the camp. It is unclear whether Rasha, his niece, was killed in the same strike.'), [3, 4]);
  // One named before the hedge is among those counted: "it is unclear if he was a fighter" adds nobody.
  assert.deepEqual(killed('Two civilians were killed when a shell hit a house in the camp. A page named the killed Omar Saleh Nasser as a “captain” – it is unclear if he was a fighter.'), [2, 2]);
});
