import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/runner.js';
import { createReport, spansOf } from '../../report/report.js';
import { segment } from '../segment.js';
import { places } from '../places.js';
import { bestPlace } from './best.js';

const best = (text: string) => bestPlace(spansOf(buildPipeline([segment, places]).run(createReport(text)), 'place'));

test('bestPlace prefers the township town over its district and state', () => {
  assert.equal(best('In a village (Namtu Township, Kyaukme District, Shan State), shells fell.')?.text, 'Namtu');
});

test('bestPlace keeps to the report\'s main country: a roundabout named after Kuwait is not in Kuwait', () => {
  const p = best('A paramedic was injured near the Kuwait roundabout in Gaza City, south of the Shujaiya neighbourhood.');
  assert.equal(p?.value.country, 'PS');
});

test('bestPlace does NOT pick the end of a route over the township where it happened', () => {
  assert.equal(best('A bridge on the Mandalay-Myitkyina railway was blown up in Indaw township, Sagaing Region.')?.text, 'Indaw');
});

test('bestPlace gives null when there is no place', () => {
  assert.equal(best('Nobody was hurt.'), null);
});

test('bestPlace takes the location an ACLED note says the event was coded to', () => {
  const p = best('Around 3 May 2021, in a forest area in Mansi township (coded as Bhamo, Kachin State), two people died.');
  assert.equal(p?.text, 'Bhamo');
  assert.equal(p?.value.relation, 'coded as');
});
