import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer, indexIsFresh, INDEX_PATH } from './gazetteer.js';
import { buildIndex, readHeader } from './gazetteer-index.js';
import { placeKey, withoutArticle } from './normalize.js';
import { distanceKm } from './distance.js';

test('placeKey folds case, diacritics, apostrophes and hyphens', () => {
  assert.equal(placeKey('Dayr al Balaḩ'), 'dayr al balah');
  assert.equal(placeKey('Deir al-Balah'), 'deir al balah');
  assert.equal(placeKey('Khuzā‘ah'), 'khuzaah');
  assert.equal(placeKey("Khuza'ah"), 'khuzaah');
  assert.equal(withoutArticle('al jadida'), 'jadida');
  assert.equal(withoutArticle('mosul'), null);
});

test('distanceKm: Mosul–Baghdad is about 350 km; a point is 0 km from itself', () => {
  const d = distanceKm({ lat: 36.335, lon: 43.119 }, { lat: 33.341, lon: 44.401 });
  assert.ok(d > 340 && d < 360, String(d));
  assert.equal(distanceKm({ lat: 1, lon: 2 }, { lat: 1, lon: 2 }), 0);
});

test('the gazetteer finds places by main and alternate names (Arbil → Erbil, Raqqa → Ar Raqqah)', () => {
  const g = gazetteer();
  assert.ok(g.size > 190_000);
  assert.equal(g.lookup('arbil')[0]?.name, 'Erbil');
  const raqqa = g.lookup('raqqa').find((p) => p.country === 'SY');
  assert.equal(raqqa?.name, 'Ar Raqqah');
  const mosul = g.lookup('mosul')[0];
  assert.equal(mosul.country, 'IQ');
  assert.equal(mosul.admin1, '15');
  assert.ok(distanceKm(mosul, { lat: 36.335, lon: 43.119 }) < 1);
});

test('the gazetteer returns nothing for unknown keys and non-Latin keys are not indexed', () => {
  const g = gazetteer();
  assert.deepEqual(g.lookup('no such place anywhere'), []);
  assert.deepEqual(g.lookup('الموصل'), []);
});

test('buildIndex round-trips a tiny GeoNames file through the binary index', () => {
  const line = (id: number, name: string, alts: string, lat: number, lon: number, cc: string, a1: string, pop: number) =>
    [id, name, name, alts, lat, lon, 'P', 'PPL', cc, '', a1, '', '', '', pop, '', '0', 'UTC', '2020-01-01'].join('\t');
  const text = [line(1, 'Alpha', 'Alfa,Альфа', 10.5, 20.25, 'IQ', '15', 1000), line(2, 'Beta', 'Alfa', -1, -2, 'SY', '04', 0)].join('\n');
  const buf = buildIndex(text, { size: text.length, mtimeMs: 1 });
  const h = readHeader(buf);
  assert.equal(h?.header.records, 2);
  assert.equal(h?.header.keys, 3); // alpha, alfa, beta (Cyrillic dropped)
});

test('the compact index is written on first load and then reported fresh; a missing file is not fresh', () => {
  gazetteer();
  assert.equal(indexIsFresh(INDEX_PATH), true);
  assert.equal(indexIsFresh(`${INDEX_PATH}.missing`), false);
});
