import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/runner.js';
import { createReport, spansOf } from '../../report/report.js';
import { segment } from '../segment.js';
import { places } from '../places.js';

// Sentences written by the team for these tests.
function run(text: string): string[] {
  const report = buildPipeline([segment, places]).run(createReport(text));
  return spansOf(report, 'place').map((s) => `${s.text}=${s.value.name}`);
}

test('"the town", "the country" refer back to the place named before them', () => {
  assert.deepEqual(run('Shelling hit Kirkuk on Monday. By night the city had no power.'), ['Kirkuk=Kirkuk', 'the city=Kirkuk']);
  assert.deepEqual(run('Aid reached Yemen in May, but the country still faces hunger.'), ['Yemen=Yemen', 'the country=Yemen']);
});

test('no antecedent, a name after the noun, or a country for "the town": no place', () => {
  assert.deepEqual(run('The town had no power for a week.'), []);
  assert.deepEqual(run('Aid reached Yemen in May, but the town still lacks water.'), ['Yemen=Yemen']);
  assert.ok(!run('Troops entered Kirkuk and then the city of Mosul.').some((s) => s.startsWith('the city=')));
});
