import { test } from 'node:test';
import assert from 'node:assert/strict';
import { haversineKm } from './geo.js';

test('haversineKm: Mosul to Baghdad is about 350 km', () => {
  const d = haversineKm({ lat: 36.335, lon: 43.119 }, { lat: 33.341, lon: 44.401 });
  assert.ok(d > 340 && d < 365, `got ${d}`);
});

test('haversineKm: the same point is 0 km; one degree of latitude is about 111 km', () => {
  assert.equal(haversineKm({ lat: 21.3, lon: 92.8 }, { lat: 21.3, lon: 92.8 }), 0);
  const d = haversineKm({ lat: 20, lon: 96 }, { lat: 21, lon: 96 });
  assert.ok(Math.abs(d - 111.2) < 0.5, `got ${d}`);
});

test('haversineKm: a point 0.3° away is NOT within 25 km', () => {
  assert.ok(haversineKm({ lat: 22.0, lon: 97.0 }, { lat: 22.3, lon: 97.0 }) > 25);
});
