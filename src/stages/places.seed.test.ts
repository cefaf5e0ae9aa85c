import { test } from 'node:test';
import { needSharedData } from '../testing/shared-data.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPipeline } from '../pipeline/runner.js';
import { createReport, spansOf } from '../report/report.js';
import { distanceKm } from '../geo/distance.js';
import { segment } from './segment.js';
import { places } from './places.js';


interface GoldPlace {
  text: string;
  country: string;
  lat?: number;
  lon?: number;
  within_km?: number;
  precision?: string;
}

test('seed article: Mosul, Baghdad and Abu Saif within the gold distances, Iraq as a country', (t) => {
  const data = needSharedData(t);
  if (!data) return;
  const seed = resolve(data, 'seed');
  const gold = JSON.parse(readFileSync(resolve(seed, 'gold.json'), 'utf8')) as { published: string; places: GoldPlace[] };
  const text = readFileSync(resolve(seed, 'article.txt'), 'utf8');
  const lines: string[] = [];
  const report = buildPipeline([segment, places], { trace: (l) => lines.push(l) })
    .run(createReport(text, { published: gold.published }));
  const found = spansOf(report, 'place');
  try {
    assert.ok(gold.places.length >= 4, 'gold lists the seed places');
    for (const g of gold.places) {
      const spans = found.filter((s) => s.text === g.text);
      assert.ok(spans.length > 0, `no place span for "${g.text}"`);
      for (const s of spans) {
        assert.equal(s.value.country, g.country, `${g.text}: country`);
        if (g.precision) assert.equal(s.value.precision, g.precision, `${g.text}: precision`);
        if (g.lat !== undefined && g.lon !== undefined && g.within_km !== undefined) {
          const d = distanceKm(s.value, { lat: g.lat, lon: g.lon });
          assert.ok(d <= g.within_km, `${g.text} at ${s.start}: ${d.toFixed(1)} km from gold, limit ${g.within_km}`);
        }
      }
    }
    // Not places: people, the armed group, organisations, months.
    for (const not of ['Guterres', 'Townsend', 'Votel', 'Islamic State', 'IS', 'Mission', 'Reports', 'Human', 'Amnesty', 'Pentagon', 'March']) {
      assert.ok(!found.some((s) => s.text === not), `"${not}" must not be a place`);
    }
  } catch (err) {
    console.log(lines.join('\n'));
    throw err;
  }
});
