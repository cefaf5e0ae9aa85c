import { test } from 'node:test';
import assert from 'node:assert/strict';
import { places } from '../stages/places.js';
import { segment } from '../stages/segment.js';
import { buildPipeline } from '../pipeline/runner.js';
import { createReport, spansOf } from '../report/report.js';
import { IRAQ_SYRIA_PLACES } from './places-curated-iq-sy.js';

// All sentences below were written by the team for these tests.

const found = (text: string) => spansOf(buildPipeline([segment, places]).run(createReport(text)), 'place').map((p) => [p.text, p.value.name, p.value.country]);

test('Iraqi and Syrian places missing from GeoNames are found by name and alias', () => {
  assert.deepEqual(found('Rockets landed near the airport in Mezzeh overnight.'), [['Mezzeh', 'Mezzeh', 'SY']]);
  assert.deepEqual(found('Troops advanced from Bashiqa towards Hawija.'), [['Bashiqa', 'Bashiqa', 'IQ'], ['Hawija', 'Hawija', 'IQ']]);
  assert.deepEqual(found('Families were trapped on Mount Sinjar for days.'), [['Mount Sinjar', 'Mount Sinjar', 'IQ']]);
});

test('every row lies inside its country (a rough box) and its aliases differ from its name', () => {
  const box = { IQ: [29, 37.5, 38.7, 48.7], SY: [32.3, 37.4, 35.6, 42.4] } as const;
  for (const [name, aliases, country, , lat, lon] of IRAQ_SYRIA_PLACES) {
    const [s, n, w, e] = box[country];
    assert.ok(lat >= s && lat <= n && lon >= w && lon <= e, `${name} at ${lat},${lon} is outside ${country}`);
    assert.ok(aliases.length > 0, name);
  }
});
