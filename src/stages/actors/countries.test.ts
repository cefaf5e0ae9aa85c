import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actors } from '../actors.js';
import { places } from '../places.js';
import { segment } from '../segment.js';
import { buildPipeline } from '../../pipeline/runner.js';
import { createReport, spansOf } from '../../report/report.js';

// Sentences written by the team for these tests.
function run(text: string): { actors: string[]; places: string[] } {
  const report = buildPipeline([segment, places, actors]).run(createReport(text));
  return {
    actors: spansOf(report, 'actor').map((s) => `${s.text}=${s.value.kind}`),
    places: spansOf(report, 'place').map((s) => s.text),
  };
}

test('a country acting is a government actor and stays a place', () => {
  const r = run('Norway said it would double its aid. The UK and France are working on a new resolution.');
  assert.deepEqual(r.actors, ['Norway=government', 'UK=government', 'France=government']);
  assert.deepEqual(r.places, ['Norway', 'UK', 'France']);
});

test('a country after a preposition of place is only a place', () => {
  const r = run('Heavy rain in Norway closed the roads, and flights to Sweden were cancelled.');
  assert.deepEqual(r.actors, []);
  assert.deepEqual(r.places, ['Norway', 'Sweden']);
});

test('a country modifying another name is neither a place nor a country actor', () => {
  const r = run('Norwegian officials said Canada forces reached the port.');
  assert.ok(!r.places.includes('Canada'), r.places.join());
  assert.ok(!r.actors.includes('Canada=government'), r.actors.join());
});

test("a nation's people is a collective actor; the adjective alone is not", () => {
  assert.deepEqual(run('Norwegians queued for hours. The crowd thanked the Swedish people.').actors,
    ['Norwegians=group', 'Swedish people=group']);
  assert.deepEqual(run('Swedish volunteers and Norwegian doctors arrived; Swedish people were not told.').actors, []);
});
