/**
 * The Store contract, part two: events, incidents, candidate lookup, listing filters and
 * pagination, merges and grade history. See `contract.ts`.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Incident } from '../corpus/types.js';
import { contractEvents, contractIncidents, contractReports, MOSUL } from './contract-data.js';
import type { WithStore } from './contract.js';
import { eventFixture, harm, incidentFixture, place, range } from './fixtures.js';
import type { IncidentQuery, Store } from './store.js';

const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const ids = (items: Incident[]) => items.map((i) => i.id);

/** The listing order every store keeps: date.from (undated last), then id. */
function listingOrder(a: Incident, b: Incident): number {
  const da = a.date?.from ?? '~';
  const db = b.date?.from ?? '~';
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Store the contract reports, events and incidents (each incident with its date and place as cells). */
export async function seed(s: Store): Promise<Record<string, Incident>> {
  const incidents = contractIncidents();
  await s.transaction(async () => {
    for (const r of Object.values(contractReports())) await s.putReport(r);
    await s.putEvents(contractEvents());
    for (const i of Object.values(incidents)) await s.putIncident(i, [`d:${i.date?.from ?? 'none'}`, `p:${i.place?.name ?? 'none'}`]);
  });
  return incidents;
}

/** Every page of a query, following cursors (bounded, so a cursor bug fails instead of looping). */
async function allPages(s: Store, q: IncidentQuery): Promise<{ ids: string[]; pages: number }> {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 1; pages <= 1000; pages++) {
    const page = await s.listIncidents({ ...q, cursor });
    assert.ok(page.items.length <= (q.limit ?? 100), 'a page holds at most `limit` items');
    seen.push(...ids(page.items));
    if (!page.next) return { ids: seen, pages };
    cursor = page.next;
  }
  throw new Error('pagination did not end');
}

export function runIncidentContract(withStore: WithStore): void {
  describe('events and incidents', () => {
    withStore('events round-trip, in the order asked for, unknown ids left out; putEvents upserts', async (s) => {
      for (const r of Object.values(contractReports())) await s.putReport(r);
      const events = contractEvents();
      await s.putEvents(events);
      assert.deepEqual(await s.getEvents([events[2].id, 'r-none#0', events[0].id]), plain([events[2], events[0]]));
      assert.deepEqual(await s.getEvents([]), []);
      const revised = eventFixture({ report: 'r-mosul', date: '2017-03-16', place: MOSUL, civilians: harm(range(12, 20)) });
      await s.putEvents([revised]);
      assert.deepEqual(await s.getEvents(['r-mosul#0']), plain([revised]));
    });

    withStore('an incident round-trips with its events, figures and grade history', async (s) => {
      const i = incidentFixture({
        id: 'i-full', date: { from: '2017-03-16', to: '2017-03-17' }, place: MOSUL, perpetrator: 'US-led coalition',
        target: 'a house', civilians: harm(range(12, null), range(3, 7)), combatants: harm(range(1)),
        total: harm(range(13, null), range(3, 7)), grade: 'fair', gradeReasons: ['two independent sources'],
        independentSources: 2, events: ['r-b#0', 'r-a#1'],
        figures: [{ copyGroup: 'r-a', reports: ['r-a', 'r-c'], civilians: harm(range(12)), combatants: harm(), total: harm(range(12)) }],
        gradeHistory: [{ grade: 'weak', reasons: ['one source'], at: '2026-01-01T00:00:00Z', by: 'auto' }],
      });
      await s.putIncident(i, ['c1']);
      assert.deepEqual(await s.getIncident('i-full'), plain(i));
      assert.equal(await s.getIncident('i-none'), null);
      assert.equal(await s.countIncidents(), 1);
    });

    withStore('candidateIncidents finds incidents by any shared cell, each once; putIncident replaces cells', async (s) => {
      const history = (n: number) => Array.from({ length: n }, (_, k) => ({ grade: 'weak' as const, reasons: [`reason ${k}`], by: 'auto' as const, at: `2026-01-0${k + 1}T00:00:00.000Z` }));
      await s.putIncident(incidentFixture({ id: 'i1', events: ['r-b#1', 'r-a#0'], gradeHistory: history(2) }), ['2017-03-17|36.3,43.1', 'c2']);
      await s.putIncident(incidentFixture({ id: 'i2', events: ['r-c#0'], gradeHistory: history(3) }), ['c2', 'c3']);
      await s.putIncident(incidentFixture({ id: 'i3' }), ['c9']);
      assert.deepEqual(ids(await s.candidateIncidents(['c2'])).sort(), ['i1', 'i2']);
      assert.deepEqual(ids(await s.candidateIncidents(['c2', 'c3', '2017-03-17|36.3,43.1'])).sort(), ['i1', 'i2']);
      assert.deepEqual(await s.candidateIncidents(['c404']), []);
      assert.deepEqual(await s.candidateIncidents([]), []);
      // Several read at once are each as read alone (events in order, grade history).
      for (const c of await s.candidateIncidents(['c2'])) assert.deepEqual(c, await s.getIncident(c.id));
      // The ids alone: the same incidents, each once, sorted.
      assert.deepEqual(await s.candidateIncidentIds(['c3', 'c2', '2017-03-17|36.3,43.1', 'c2']), ['i1', 'i2']);
      assert.deepEqual(await s.candidateIncidentIds(['c404']), []);
      assert.deepEqual(await s.candidateIncidentIds([]), []);
      await s.putIncident(incidentFixture({ id: 'i1', grade: 'fair' }), ['c5']);
      assert.deepEqual(await s.candidateIncidents(['2017-03-17|36.3,43.1']), []);
      assert.deepEqual(await s.candidateIncidentIds(['2017-03-17|36.3,43.1', 'c5']), ['i1']);
      const [found] = await s.candidateIncidents(['c5']);
      assert.equal(found.grade, 'fair');
      assert.equal(await s.countIncidents(), 3);
    });

    withStore('merges are kept in time order per incident', async (s) => {
      await s.putMerge({ incident: 'i1', event: 'r-a#0', reasons: ['first event'], by: 'auto', at: '2026-01-01T10:00:00Z' });
      await s.putMerge({ incident: 'i2', event: 'r-b#0', reasons: ['first event'], by: 'auto', at: '2026-01-01T10:30:00Z' });
      await s.putMerge({ incident: 'i1', event: 'r-c#0', reasons: ['same day', 'within 2 km'], by: 'human', at: '2026-01-01T11:00:00Z' });
      await s.putMerge({ incident: 'i1', event: 'r-d#0', reasons: ['same cell'], by: 'auto', at: '2026-01-01T09:00:00Z' });
      const merges = await s.getMerges('i1');
      assert.deepEqual(merges.map((m) => m.event), ['r-d#0', 'r-a#0', 'r-c#0']);
      assert.deepEqual(merges[2], { incident: 'i1', event: 'r-c#0', reasons: ['same day', 'within 2 km'], by: 'human', at: '2026-01-01T11:00:00Z' });
      assert.deepEqual(await s.getMerges('i404'), []);
    });

    withStore('putGrade appends to the history in order and sets the current grade; history is never dropped', async (s) => {
      const first = { grade: 'weak' as const, reasons: ['a single independent source'], at: '2026-01-01T10:00:00Z', by: 'auto' as const };
      await s.putIncident(incidentFixture({ id: 'i1', grade: 'weak', gradeReasons: first.reasons, gradeHistory: [first] }), []);
      const second = { grade: 'fair' as const, reasons: ['two independent sources', 'coalition active in Mosul'], at: '2026-01-02T10:00:00Z', by: 'auto' as const };
      await s.putGrade('i1', second);
      let i = await s.getIncident('i1');
      assert.equal(i?.grade, 'fair');
      assert.deepEqual(i?.gradeReasons, second.reasons);
      assert.deepEqual(i?.gradeHistory, [first, second]);
      const third = { grade: 'confirmed' as const, reasons: ['acknowledged by the coalition'], at: '2026-01-03T10:00:00Z', by: 'human' as const };
      await s.putIncident(incidentFixture({ id: 'i1', grade: 'confirmed', gradeReasons: third.reasons, gradeHistory: [first, third] }), []);
      i = await s.getIncident('i1');
      assert.equal(i?.grade, 'confirmed');
      assert.deepEqual(i?.gradeHistory, [first, second, third]);
    });
  });

  describe('listIncidents', () => {
    withStore('with no filter: every incident, by date (undated last) then id', async (s) => {
      const incidents = await seed(s);
      const page = await s.listIncidents({});
      assert.deepEqual(ids(page.items), ids(Object.values(incidents).sort(listingOrder)));
      assert.equal(ids(page.items).at(-1), 'i-undated');
      assert.equal(page.next, null);
      assert.deepEqual(page.items.find((i) => i.id === 'i-mosul-1'), plain(incidents.mosul1));
    });

    withStore('since/until keep incidents whose dates overlap the interval', async (s) => {
      await seed(s);
      const march = await s.listIncidents({ since: '2017-03-01', until: '2017-03-31' });
      assert.deepEqual(ids(march.items), ['i-span', 'i-mosul-1', 'i-mosul-2']);
      assert.deepEqual(ids((await s.listIncidents({ since: '2021-01-01' })).items), ['i-hpakant']);
      assert.deepEqual(ids((await s.listIncidents({ until: '2017-02-28' })).items), ['i-span']);
      assert.deepEqual((await s.listIncidents({ since: '2030-01-01' })).items, []);
    });

    withStore('near keeps incidents within the radius (exact distance, not just the box)', async (s) => {
      await seed(s);
      const near = await s.listIncidents({ near: { lat: 36.34, lon: 43.13, km: 30 } });
      assert.deepEqual(ids(near.items), ['i-span', 'i-mosul-1', 'i-mosul-2']);
      assert.ok(!ids(near.items).includes('i-corner'), 'about 39 km away: outside a 30 km radius');
      const wider = await s.listIncidents({ near: { lat: 36.34, lon: 43.13, km: 45 } });
      assert.ok(ids(wider.items).includes('i-corner'));
      assert.deepEqual((await s.listIncidents({ near: { lat: 0, lon: 0, km: 100 } })).items, []);
    });

    withStore('bbox keeps incidents inside the box', async (s) => {
      await seed(s);
      const syria = await s.listIncidents({ bbox: { south: 32, west: 35, north: 37.5, east: 42.5 } });
      assert.deepEqual(ids(syria.items), ['i-raqqa']);
      const north = await s.listIncidents({ bbox: { south: 36, west: 42, north: 37, east: 44 } });
      assert.deepEqual(ids(north.items), ['i-span', 'i-mosul-1', 'i-mosul-2', 'i-corner']);
    });

    withStore('bbox and near work across the antimeridian', async (s) => {
      await s.putIncident(incidentFixture({ id: 'i-east', date: '2020-01-01', place: place('East of 180', 'FJ', -17.0, 179.9) }), []);
      await s.putIncident(incidentFixture({ id: 'i-west', date: '2020-01-02', place: place('West of 180', 'WS', -17.0, -179.9) }), []);
      await s.putIncident(incidentFixture({ id: 'i-far', date: '2020-01-03', place: place('Far away', 'AU', -17.0, 140) }), []);
      const box = await s.listIncidents({ bbox: { south: -20, west: 179, north: -15, east: -179 } });
      assert.deepEqual(ids(box.items), ['i-east', 'i-west']);
      const near = await s.listIncidents({ near: { lat: -17, lon: 179.95, km: 50 } });
      assert.deepEqual(ids(near.items), ['i-east', 'i-west'], 'about 11 km apart across the line');
    });

    withStore('type, grades and perpetrator filter exactly (perpetrator ignores case)', async (s) => {
      await seed(s);
      assert.deepEqual(ids((await s.listIncidents({ type: 'Shelling/artillery/missile attack' })).items), ['i-mosul-2', 'i-raqqa']);
      assert.deepEqual(ids((await s.listIncidents({ grades: ['fair', 'confirmed'] })).items), ['i-mosul-1', 'i-raqqa']);
      assert.deepEqual(ids((await s.listIncidents({ grades: ['contested'] })).items), ['i-hpakant']);
      assert.deepEqual((await s.listIncidents({ grades: [] })).items, []);
      assert.deepEqual(ids((await s.listIncidents({ perpetrator: 'us-led coalition' })).items), ['i-mosul-1', 'i-raqqa']);
      assert.deepEqual((await s.listIncidents({ perpetrator: 'coalition' })).items, [], 'a part of a name is not the name');
      const combined = await s.listIncidents({ perpetrator: 'US-led coalition', since: '2017-05-01', grades: ['confirmed'] });
      assert.deepEqual(ids(combined.items), ['i-raqqa']);
    });

    withStore('text searches the text of the incident\'s reports', async (s) => {
      await seed(s);
      assert.deepEqual(ids((await s.listIncidents({ text: 'market' })).items), ['i-raqqa']);
      assert.deepEqual(ids((await s.listIncidents({ text: 'roof' })).items), ['i-mosul-1']);
      assert.deepEqual(ids((await s.listIncidents({ text: 'jade', grades: ['contested'] })).items), ['i-hpakant']);
      assert.deepEqual((await s.listIncidents({ text: 'submarine' })).items, []);
      assert.deepEqual((await s.listIncidents({ text: 'council' })).items, [], 'a report with no incident gives none');
    });

    withStore('pagination walks every incident once, in order, with no gaps (and through filters)', async (s) => {
      const all: Incident[] = [];
      await s.transaction(async () => {
        for (let n = 0; n < 123; n++) {
          const day = String(1 + (n % 9)).padStart(2, '0');
          const i = incidentFixture({
            id: `inc-${String((n * 37) % 123).padStart(3, '0')}`,
            date: n % 10 === 0 ? null : `2017-03-${day}`,
            place: place(`Site ${n}`, 'IQ', 36.3 + (n % 5) * 0.01, 43.1 + (n % 7) * 0.01),
            grade: n % 3 === 0 ? 'fair' : 'weak',
          });
          all.push(i);
          await s.putIncident(i, []);
        }
      });
      const expected = ids(all.sort(listingOrder));
      const first = await s.listIncidents({});
      assert.equal(first.items.length, 100, 'the default limit is 100');
      assert.ok(first.next);
      for (const limit of [1, 7, 50, 123, 500]) {
        const walked = await allPages(s, { limit });
        assert.deepEqual(walked.ids, expected, `limit ${limit}`);
        assert.equal(walked.pages, Math.max(1, Math.ceil(123 / limit)), `limit ${limit}: no empty last page`);
      }
      const fair = all.filter((i) => i.grade === 'fair').map((i) => i.id);
      assert.deepEqual((await allPages(s, { limit: 4, grades: ['fair'] })).ids, fair);
      const near = await allPages(s, { limit: 3, near: { lat: 36.3, lon: 43.1, km: 5 } });
      assert.equal(new Set(near.ids).size, near.ids.length, 'no duplicates');
      assert.ok(near.ids.length > 3 && near.ids.length < 123);
      assert.deepEqual(near.ids, expected.filter((id) => near.ids.includes(id)), 'in listing order');
      await assert.rejects(s.listIncidents({ cursor: 'not a cursor' }));
    });
  });
}
