import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameVariants, namesMatch, normalizeName } from './names.js';

test('normalizeName drops case, brackets, punctuation and a leading "the"', () => {
  assert.equal(normalizeName('The Military Forces of Myanmar (2021-)'), 'military forces of myanmar');
  assert.equal(normalizeName("People's Defense Force"), 'peoples defense force');
});

test('nameVariants splits ACLED\'s "ABBR/ABBR: Full/Full" and "Movement - Branch"', () => {
  assert.deepEqual(nameVariants('KIO/KIA: Kachin Independence Organization/Kachin Independence Army').slice(1),
    ['kio', 'kia', 'kachin independence organization', 'kachin independence army']);
  assert.ok(nameVariants("People's Defense Force - Pauk").includes('peoples defense force'));
});

test('namesMatch: same actor under different names', () => {
  assert.ok(namesMatch("People's Defense Force - Pauk", "People's Defense Force"));
  assert.ok(namesMatch('Kachin Independence Army', 'KIO/KIA: Kachin Independence Organization/Kachin Independence Army'));
  assert.ok(namesMatch('Tatmadaw', 'Military Forces of Myanmar (2021-)', [['tatmadaw', 'military forces of myanmar']]));
});

test('namesMatch: different actors do NOT match', () => {
  assert.equal(namesMatch('Kachin Independence Army', 'AA: Arakan Army'), false);
  assert.equal(namesMatch('Tatmadaw', 'Military Forces of Myanmar (2021-)'), false, 'no equivalence table given');
  assert.equal(namesMatch('Israeli Military', 'Palestinian Militants', [['israeli military', 'idf'], ['palestinian militants', 'hamas']]), false);
});
