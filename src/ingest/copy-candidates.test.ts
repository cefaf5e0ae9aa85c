import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../store/sqlite/store.js';
import { copyKeys, COPY_CANDIDATES, findCopyOf } from './copy-step.js';
import { reportFixture } from '../store/fixtures.js';

// Written for this test: many short invented stories that print the same long wire background,
// so that their LSH band keys crowd the same buckets, as templated boilerplate does at scale.
const BACKGROUND = 'Aid agencies say they cannot reach the district because the only bridge over the river was destroyed in the autumn, '
  + 'and the few clinics still open have run short of anaesthetics, dressings and fuel for their generators. '
  + 'Local officials estimate that tens of thousands of people have fled towards the coast since the fighting resumed, '
  + 'many of them sleeping in schools, mosques and unfinished buildings without doors or windows. '
  + 'The governor has asked for tents, blankets and water tanks before the winter rains, but convoys have waited at the checkpoint '
  + 'for weeks while the two sides argue over who may inspect them, and prices of flour and cooking gas have tripled in the markets.';
const TOWNS = ['Qaryat al-Nour', 'Tell Hamid', 'Birket Sahl', 'Ain Jadida', 'Kafr Salim', 'Deir Rahma', 'Umm Tayyib', 'Sahl al-Ward', 'Jisr Kabir', 'Ras Mahmoud'];
const PLACES = ['a bakery', 'a water tower', 'a school yard', 'a clinic gate', 'a car repair shop', 'a wedding tent', 'a fuel queue', 'a market stall'];

function crowd(i: number): string {
  const town = TOWNS[i % TOWNS.length];
  const place = PLACES[Math.floor(i / TOWNS.length) % PLACES.length];
  return `Strike near ${place} in ${town}\n\n${i + 2} people were reported killed near ${place} in ${town} on day ${i}, residents said.\n\n${BACKGROUND}`;
}

const TARGET = 'Night raid destroys olive press in Wadi Zeitoun\n\n'
  + 'A night raid destroyed the olive press of Wadi Zeitoun, killing five workers, the village council said.\n\n' + BACKGROUND;

test(`a copy is found among ${COPY_CANDIDATES.perBand * 3} reports crowding its band keys, comparing at most ${COPY_CANDIDATES.limit}`, async () => {
  const store = openSqliteStore(':memory:');
  try {
    store.migrate();
    const n = COPY_CANDIDATES.perBand * 3;
    const put = async (id: string, text: string, published: string) => {
      await store.putReport(reportFixture({ id, text, published }));
      await store.putBands(id, copyKeys(text).bands);
    };
    for (let i = 0; i < n; i++) await put(`a${String(i).padStart(4, '0')}`, crowd(i), '2021-03-05');
    // Published before the crowd (so it is the only possible original); its id sorts after every crowded report, so a per-key bound by id never reaches it through a crowded key.
    await put('z-target', TARGET, '2021-03-02');
    const copyText = TARGET.replace('Night raid destroys olive press in Wadi Zeitoun', 'Olive press hit, five dead');
    const keys = copyKeys(copyText);
    const crowdedKeys = (await Promise.all(keys.bands.map(async (b) => (await store.reportsWithBands([b])).length))).filter((c) => c > COPY_CANDIDATES.perBand).length;
    assert.ok(crowdedKeys > 0, 'the background crowds some of the copy\'s keys (else this test tests nothing)');
    const unbounded = await store.reportsWithBands(keys.bands);
    assert.ok(unbounded.length > COPY_CANDIDATES.limit * 2, `${unbounded.length} reports share a key with the copy: unbounded, each would be compared`);
    const candidates = await store.reportsWithBands(keys.bands, COPY_CANDIDATES);
    assert.ok(candidates.length <= COPY_CANDIDATES.limit, `${candidates.length} candidates`);
    assert.equal(candidates[0], 'z-target', 'the report sharing the keys nobody else has comes first');
    assert.deepEqual(await findCopyOf(store, keys, '2021-03-03'), { id: 'z-target', copyGroup: (await store.getReport('z-target'))!.copyGroup });
    // NOT a copy: a new story with the same background is compared with a bounded number of reports and matches none.
    const fresh = copyKeys(`Shelling hits a ferry landing\n\nThree boatmen were killed at the ferry landing of Nahr Saghir on day 500, a fisherman said.\n\n${BACKGROUND}`);
    assert.ok((await store.reportsWithBands(fresh.bands, COPY_CANDIDATES)).length <= COPY_CANDIDATES.limit);
  } finally {
    store.close();
  }
});
