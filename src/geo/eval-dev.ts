/**
 * Geocoding accuracy on the dev sets (read where they lie, never copied): for each row, the most
 * precise place the places stage finds in the narrative, and its distance to the row's
 * coordinates. Prints the share of rows within 25 km and 50 km. On re3d, span precision: the
 * share of place spans that overlap an annotated Location (or Nationality/Organisation naming a
 * country), and the share of named Locations found.
 *
 *   node --import tsx src/geo/eval-dev.ts [--misses N]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildPipeline } from '../pipeline/runner.js';
import { createReport, spansOf } from '../report/report.js';
import { segment } from '../stages/segment.js';
import { places } from '../stages/places.js';
import { bestPlace } from '../stages/places/best.js';
import { distanceKm } from './distance.js';

const dev = resolve(process.cwd(), '../shared/data/dev');
const showMisses = Number(process.argv[process.argv.indexOf('--misses') + 1]) || 0;
const pipeline = buildPipeline([segment, places]);

function evaluate(name: string, file: string, textCol: string, latCol: string, lonCol: string): void {
  const path = resolve(dev, file);
  if (!existsSync(path)) { console.log(`${name}: ${path} absent, skipped`); return; }
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  let n = 0, found = 0, in25 = 0, in50 = 0;
  const misses: string[] = [];
  const t0 = performance.now();
  for (const row of rows) {
    const lat = Number(row[latCol]);
    const lon = Number(row[lonCol]);
    const text = row[textCol] ?? '';
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !text) continue;
    n++;
    const best = bestPlace(spansOf(pipeline.run(createReport(text)), 'place'));
    if (!best) { if (misses.length < showMisses) misses.push(`NONE | ${text.slice(0, 160)}`); continue; }
    found++;
    const d = distanceKm(best.value, { lat, lon });
    if (d <= 25) in25++;
    if (d <= 50) in50++;
    if (d > 25 && misses.length < showMisses) misses.push(`${Math.round(d)} km ${best.text}→${best.value.name} ${best.value.country} | ${text.slice(0, 160)}`);
  }
  const pct = (k: number) => `${((100 * k) / n).toFixed(1)}%`;
  console.log(`${name}: ${n} rows; a place found in ${pct(found)}; best place within 25 km: ${pct(in25)}, within 50 km: ${pct(in50)} (${Math.round(performance.now() - t0)} ms)`);
  for (const m of misses) console.log(`  ${m}`);
}

evaluate('ACLED Myanmar 2021', 'acled-myanmar-2021-jan-aug.csv', 'notes', 'latitude', 'longitude');
evaluate('Airwars Gaza 2023', 'airwars-gaza-2023-dev.csv', 'Airwars_assessment', 'lat', 'long');

interface Re3dEntity { begin: number; end: number; type: string; value: string; documentId: string }

function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function evaluateRe3d(): void {
  const dir = resolve(dev, 're3d');
  if (!existsSync(dir)) { console.log(`re3d: ${dir} absent, skipped`); return; }
  let spans = 0, hits = 0, named = 0, namedFound = 0;
  const wrong: string[] = [];
  for (const source of readdirSync(dir)) {
    const docsFile = resolve(dir, source, 'documents.json');
    if (!existsSync(docsFile)) continue;
    const entities = readJsonLines<Re3dEntity>(resolve(dir, source, 'entities.json'));
    for (const doc of readJsonLines<{ _id: string; text: string }>(docsFile)) {
      const ents = entities.filter((e) => e.documentId === doc._id);
      const places = spansOf(pipeline.run(createReport(doc.text)), 'place');
      for (const p of places) {
        spans++;
        const hit = ents.find((e) => e.begin < p.end && p.start < e.end);
        if (hit && (hit.type === 'Location' || (p.value.precision === 'country' && hit.type !== 'Person'))) hits++;
        else if (wrong.length < showMisses && p.value.precision !== 'country') wrong.push(`${p.text} → ${p.value.name} ${p.value.country} (${hit ? hit.type + ': ' + hit.value : 'no entity'})`);
      }
      for (const e of ents) {
        if (e.type !== 'Location' || !/^\p{Lu}/u.test(e.value)) continue;
        named++;
        if (places.some((p) => p.start < e.end && e.begin < p.end)) namedFound++;
      }
    }
  }
  console.log(`re3d: ${spans} place spans, ${((100 * hits) / spans).toFixed(1)}% on an annotated location; ${((100 * namedFound) / named).toFixed(1)}% of ${named} capitalised Location entities found`);
  for (const w of wrong) console.log(`  ${w}`);
}

evaluateRe3d();
