import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeAnalysis, fakeEvent, fakePlace, harm } from '../fixtures.js';
import { seedChecks, summarizeSeed, type SeedGold } from './seed.js';

// Our own two-sentence report and a gold file in seed/gold.json's shape.
const text = 'Police said a rocket killed five civilians in Kirkuk on Monday. It was said since the offensive began.';
const gold: SeedGold = {
  published: '2017-05-10',
  claims: [{ source: 'Police', cue: 'said', content_has: 'a rocket killed' }],
  unattributed: [{ text_has: 'said since the offensive' }],
  dates: [{ text: 'Monday', start: '2017-05-08', end: '2017-05-08' }],
  places: [{ text: 'Kirkuk', country: 'IQ', lat: 35.47, lon: 44.39, within_km: 25 }],
  casualties: [{ text_has: 'five civilians', kind: 'killed', group: 'civilians', min: 5, max: 5 }],
  events: [{ type: 'Shelling/artillery/missile attack', place: 'Kirkuk', civilians_killed: '5' }],
};
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

const right = fakeAnalysis({
  report: { id: 't', title: null, byline: null, outlet: null, url: null, published: '2017-05-10', language: 'eng', text },
  claims: [{
    sentence: 0, stance: 'statement', cue: at('said'), content: at('a rocket killed five civilians in Kirkuk on Monday'),
    source: { ...at('Police'), name: 'police', kind: 'state-forces', anonymous: false, resolvedFrom: null },
  }],
  unattributed: [{ sentence: 1, ...at('It was said since the offensive began.'), reason: 'no speaker' }],
  dates: [{ ...at('on Monday'), from: '2017-05-08', to: '2017-05-08', precision: 'day', stated: false, anchor: 'published:2017-05-10' }],
  places: [fakePlace({ ...at('Kirkuk'), name: 'Kirkuk', country: 'IQ', lat: 35.468, lon: 44.392 })],
  casualties: [{ ...at('five civilians'), sentence: 0, kind: 'killed', group: 'civilians', min: 5, max: 5, conservative: 5, stated: true, hedged: false }],
  events: [fakeEvent({ type: 'Shelling/artillery/missile attack', place: 0, civilians: harm(5), total: harm(5) })],
});

test('seedChecks: a fully right analysis passes every check', () => {
  const checks = seedChecks(gold, right);
  assert.deepEqual(checks.filter((c) => !c.ok), []);
  assert.equal(summarizeSeed(checks)[0].value, 1);
});

test('seedChecks: wrong date, far place, wrong group and wrong stance fail their checks only', () => {
  const wrong = {
    ...right,
    claims: [{ ...right.claims[0], stance: 'allegation' as const }],
    dates: [{ ...right.dates[0], from: '2017-05-15', to: '2017-05-15' }],
    places: [fakePlace({ ...at('Kirkuk'), name: 'Kirkuk', country: 'IQ', lat: 36.2, lon: 44.0 })],
    casualties: [{ ...right.casualties[0], group: 'unknown' as const }],
  };
  const failed = seedChecks(gold, wrong).filter((c) => !c.ok).map((c) => c.group);
  assert.deepEqual(failed.sort(), ['casualties', 'claims', 'dates', 'places']);
  assert.ok(summarizeSeed(seedChecks(gold, wrong))[0].value < 1);
});

test('seedChecks: an empty analysis passes nothing', () => {
  const checks = seedChecks(gold, fakeAnalysis({ report: right.report }));
  assert.equal(checks.filter((c) => c.ok).length, 0);
});
