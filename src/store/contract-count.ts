/**
 * The Store contract, counting: `countIncidents(q)` is how many incidents the listing would
 * give for the same filters (the API's `meta.total`). See `contract.ts`.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { WithStore } from './contract.js';
import { seed } from './contract-incidents.js';
import type { IncidentQuery, Store } from './store.js';

const QUERIES: { name: string; q: IncidentQuery }[] = [
  { name: 'no filter', q: {} },
  { name: 'month', q: { since: '2017-03-01', until: '2017-03-31' } },
  { name: 'near, exact distance (a box corner is out)', q: { near: { lat: 36.34, lon: 43.13, km: 30 } } },
  { name: 'bbox', q: { bbox: { south: 32, west: 35, north: 37.5, east: 42.5 } } },
  { name: 'grade', q: { grades: ['fair', 'confirmed'] } },
  { name: 'perpetrator, case ignored', q: { perpetrator: 'us-led COALITION' } },
  { name: 'full text', q: { text: 'Mosul' } },
  { name: 'nothing matches', q: { since: '2030-01-01' } },
];

async function listedCount(s: Store, q: IncidentQuery): Promise<number> {
  let n = 0;
  let cursor: string | undefined;
  do {
    const page = await s.listIncidents({ ...q, limit: 2, cursor });
    n += page.items.length;
    cursor = page.next ?? undefined;
  } while (cursor);
  return n;
}

/** Register the counting contract tests. */
export function runCountContract(withStore: WithStore): void {
  describe('countIncidents with filters', () => {
    withStore('counts what the listing gives, page by page, for each kind of filter; limit and cursor are ignored', async (s) => {
      const all = Object.keys(await seed(s)).length;
      assert.equal(await s.countIncidents(), all);
      assert.equal(await s.countIncidents({}), all);
      for (const { name, q } of QUERIES) assert.equal(await s.countIncidents(q), await listedCount(s, q), name);
      assert.equal(await s.countIncidents({ since: '2030-01-01' }), 0);
      assert.ok(await s.countIncidents({ near: { lat: 36.34, lon: 43.13, km: 30 } }) < await s.countIncidents({ near: { lat: 36.34, lon: 43.13, km: 45 } }), 'the wider radius takes in the box corner');
      assert.equal(await s.countIncidents({ limit: 1, cursor: 'x' }), all);
    });
  });
}
