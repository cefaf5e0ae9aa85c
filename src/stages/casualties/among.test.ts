import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';

const run = (text: string) => analyze(text, { published: '2023-10-16' });
const killed = (text: string) => {
  const k = run(text).events[0].civilians.killed;
  return [k.min, k.max];
};
const figures = (text: string) => run(text).casualties.map((c) => [c.text, c.kind, c.min, c.max]);

const EIGHT = 'On Monday, eight civilians were killed in an airstrike on the Nasr family home in Khan Younis. '
  + 'Local sources named the eight civilians killed: Omar Nasr, Huda Nasr, Sami Nasr, Rami Nasr, Dana Nasr, Lina Nasr, Hadi Nasr and Tariq Nasr.';

test('"identified X as among those killed": a named object of a naming verb is one of the harmed', () => {
  assert.deepEqual(figures('On Monday the local radio station identified Karim Nabil Haddad as among those killed in the strike.'),
    [['Karim Nabil Haddad', 'killed', 1, 1]]);
  assert.deepEqual(figures('A relative later named Salma Adel Odeh as among those wounded in the shelling of the market.'),
    [['Salma Adel Odeh', 'injured', 1, 1]]);
});

test('"it is unclear if this is the same …" doubts a person named again: one more at most', () => {
  assert.deepEqual(killed(`${EIGHT} A local page also identified Karim Nabil Nasr as among those killed – it is unclear if this is the same person as Hadi.`), [8, 9]);
});

test('a quoted nickname after a name is part of that name: one person', () => {
  assert.deepEqual(figures('On Tuesday morning Yousef Adel Nasr “Abu Khaled” was killed when a drone struck his car near the market.'),
    [['Yousef Adel Nasr “Abu Khaled”', 'killed', 1, 1]]);
});
