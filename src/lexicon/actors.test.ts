import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTORS, acledName, findActor, sideOf } from './actors.js';

test('findActor resolves aliases, names, keys, ACLED and Airwars names case-insensitively', () => {
  assert.equal(findActor('Daesh')?.name, 'Islamic State');
  assert.equal(findActor('isil')?.key, 'islamic state');
  assert.equal(findActor('coalition')?.name, 'US-led coalition');
  assert.equal(findActor('Military Forces of Myanmar (2021-)')?.key, 'mm-military');
  assert.equal(findActor('KIO/KIA: Kachin Independence Organization/Kachin Independence Army')?.key, 'mm-kia');
  assert.equal(findActor('Israeli Military')?.key, 'il-military');
  assert.equal(findActor('Combined Joint Task Force – Operation Inherent Resolve')?.key, 'coalition');
  assert.equal(findActor('iraq')?.name, 'Iraqi security forces');
});

test('findActor does NOT resolve contextual aliases or unknown names', () => {
  assert.equal(findActor('AA'), undefined);
  assert.equal(findActor('junta'), undefined);
  assert.equal(findActor('the Hamza Brigade'), undefined);
});

test('sideOf follows partOf to the belligerent side', () => {
  assert.equal(sideOf(findActor('Pentagon')!).key, 'coalition');
  assert.equal(sideOf(findActor('US')!).key, 'coalition');
  assert.equal(sideOf(findActor('Qassam Brigades')!).key, 'hamas');
  assert.equal(sideOf(findActor('Hezbollah')!).key, 'hezbollah');
});

test('acledName fills the country ACLED puts in brackets, or gives null without one', () => {
  assert.equal(acledName(findActor('civilians')!, 'MM'), 'Civilians (Myanmar)');
  assert.equal(acledName(findActor('civilians')!, null), null);
  assert.equal(acledName(findActor('PDF')!, null), "People's Defense Force");
});

test('every row has a unique key, a source, names, and a partOf that exists', () => {
  const keys = new Set<string>();
  for (const row of ACTORS) {
    assert.ok(!keys.has(row.key), `duplicate key ${row.key}`);
    keys.add(row.key);
    assert.ok(row.source.length > 3, `${row.key}: source note`);
    assert.ok(row.aliases.length + (row.contextual?.length ?? 0) > 0, `${row.key}: no names`);
  }
  for (const row of ACTORS) if (row.partOf) assert.ok(keys.has(row.partOf), `${row.key}: partOf ${row.partOf} missing`);
});

test('no alias means two rows unconditionally (shared names must be contextual)', () => {
  const owner = new Map<string, string>();
  for (const row of ACTORS) {
    for (const a of row.aliases) {
      const k = a.toLowerCase().replace(/\s+/g, ' ');
      const o = owner.get(k);
      assert.ok(!o || o === row.key, `"${a}" is an alias of both ${o} and ${row.key}`);
      owner.set(k, row.key);
    }
  }
});
