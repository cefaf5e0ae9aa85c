import assert from 'node:assert/strict';
import { test } from 'node:test';
import { admin1Of } from './admin1-of.js';

const at = (name: string, country: string, lat: number, lon: number, precision: 'city' | 'region' | 'country' = 'city') => ({ name, country, lat, lon, precision });

test('a town: the region of the gazetteer place of that name nearest the stored point', () => {
  assert.equal(admin1Of(at('Mosul', 'IQ', 36.34, 43.13)), 'Nineveh');
  assert.equal(admin1Of(at('Kharkiv', 'UA', 49.99, 36.23)), 'Kharkiv');
});

test('none when the gazetteer place is far from the stored point, or in another country', () => {
  assert.equal(admin1Of(at('Mosul', 'IQ', 33.3, 44.4)), null, 'a Mosul 300 km away is not this Mosul');
  assert.equal(admin1Of(at('Mosul', 'SY', 36.34, 43.13)), null);
  assert.equal(admin1Of(at('Nowhereville', 'IQ', 36.34, 43.13)), null);
});

test('a region names itself; a country and no place have none', () => {
  assert.equal(admin1Of(at('Ninawa', 'IQ', 36.2, 42.5, 'region')), 'Nineveh');
  assert.equal(admin1Of(at('Iraq', 'IQ', 33, 44, 'country')), null);
  assert.equal(admin1Of(null), null);
});

test('one GeoNames code shared by several regions (the Gaza Strip governorates) names none of them', () => {
  assert.equal(admin1Of(at('Rafah', 'PS', 31.29, 34.25)), null);
});
