/**
 * The Store contract, listing against brute force: on a generated store (long and short date
 * intervals, undated and unplaced incidents, places on both sides of the antimeridian, words in
 * the reports), every filter kind — alone and combined, paged through with cursors — returns
 * exactly the incidents a plain filter over all of them returns, in listing order (date, undated
 * last, then id). Written for migration 5, whose bounds (the longest date interval, the spatial
 * index) must change only what is read, never what is listed, and extended for migration 6's grid
 * cells (dense places, cells on both sides of the antimeridian, circles around a pole, points on
 * cell corners and just inside and outside a circle's edge, pages of 1, 5 and 40 crossing cells).
 * See `contract.ts`.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Incident } from '../corpus/types.js';
import { mulberry32 } from '../corpus-gen/prng.js';
import { distanceKm } from '../geo/distance.js';
import type { WithStore } from './contract.js';
import { eventFixture, incidentFixture, place, reportFixture } from './fixtures.js';
import type { IncidentQuery, Store } from './store.js';

const TYPES = ['Air/drone strike', 'Shelling/artillery/missile attack', 'Armed clash'] as const;
const GRADES = ['confirmed', 'fair', 'weak', 'contested'] as const;
const PERPETRATORS = ['Islamic State', 'islamic state', 'Coalition forces', null];
const WORDS = ['bakery', 'convoy', 'clinic', 'orchard', 'ferry', 'quarry'];
/** Place clusters: Mosul, Gaza, Fiji (east of the antimeridian) and Samoa (west of it). */
const CENTRES = [[36.34, 43.13], [31.45, 34.4], [-17.7, 178.4], [-13.8, -172.0]] as const;

interface Generated { incidents: Incident[]; words: Map<string, string[][]> }

/** `n` incidents, each with one or two reports of two or three words from WORDS. */
async function fill(s: Store, n: number): Promise<Generated> {
  const rng = mulberry32(5);
  const incidents: Incident[] = [];
  const words = new Map<string, string[][]>();
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(rng.next() * 1500) * 86_400_000).toISOString().slice(0, 10);
    const long = rng.next() < 0.05 ? 400 : rng.next() < 0.3 ? 20 : 0; // a few incidents span a year or more
    const to = new Date(Date.parse(`${day}T00:00:00Z`) + Math.floor(rng.next() * (long + 1)) * 86_400_000).toISOString().slice(0, 10);
    const [clat, clon] = CENTRES[Math.floor(rng.next() * CENTRES.length)]!;
    const placed = rng.next() < 0.9;
    const lon = clon + (rng.next() - 0.5) * 3;
    const p = placed ? place(`P${i}`, 'XX', clat + (rng.next() - 0.5) * 3, lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon) : null;
    const reports: string[][] = [];
    const events: string[] = [];
    for (let r = 0; r < 1 + Math.floor(rng.next() * 2); r++) {
      const ws = [rng.next() < 0.04 ? 'lighthouse' : rng.pick(WORDS), rng.pick(WORDS)]; // one rare word
      reports.push(ws);
      const id = `lr-${i}-${r}`;
      await s.putReport(reportFixture({ id, text: `A strike hit the ${ws[0]} near the ${ws[1]} on Monday. Report ${i}-${r}.` }));
      const e = eventFixture({ report: id, date: { from: day, to } });
      await s.putEvents([e]);
      events.push(e.id);
    }
    const inc = incidentFixture({
      id: `li-${String(i).padStart(4, '0')}`, date: rng.next() < 0.05 ? null : { from: day, to }, place: p,
      type: rng.pick([...TYPES]), grade: rng.pick([...GRADES]), perpetrator: rng.pick(PERPETRATORS), events,
    });
    await s.putIncident(inc, []);
    incidents.push(inc);
    words.set(inc.id, reports);
  }
  return { incidents, words };
}

/** Whether `i` matches `q`, read straight from the IncidentQuery documentation. */
function matches(i: Incident, q: IncidentQuery, words: Map<string, string[][]>): boolean {
  if ((q.since || q.until) && !i.date) return false;
  if (q.since && i.date!.to < q.since) return false;
  if (q.until && i.date!.from > q.until) return false;
  if (q.bbox) {
    const { south, west, north, east } = q.bbox;
    if (!i.place || i.place.lat < south || i.place.lat > north) return false;
    if (west <= east ? i.place.lon < west || i.place.lon > east : i.place.lon < west && i.place.lon > east) return false;
  }
  if (q.near && (!i.place || distanceKm(q.near, i.place) > q.near.km)) return false;
  if (q.type && i.type !== q.type) return false;
  if (q.grades && !q.grades.includes(i.grade)) return false;
  if (q.perpetrator && i.perpetrator?.toLowerCase() !== q.perpetrator.toLowerCase()) return false;
  if (q.text) {
    const asked = q.text.toLowerCase().split(/\s+/);
    if (!words.get(i.id)!.some((ws) => asked.every((w) => ws.includes(w)))) return false;
  }
  return true;
}

const orderKey = (i: Incident) => `${i.date?.from ?? '~'}\u0000${i.id}`;

/** Every page of a listing, followed through its cursors. */
async function listAll(s: Store, q: IncidentQuery): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 500; pages++) {
    const page = await s.listIncidents({ ...q, cursor });
    ids.push(...page.items.map((i) => i.id));
    if (!page.next) return ids;
    cursor = page.next;
  }
  throw new Error('more than 500 pages');
}

const QUERIES: IncidentQuery[] = [
  {},
  { since: '2018-06-01' },
  { since: '2017-01-15', until: '2017-02-15' },
  { since: '2019-12-31', grades: ['fair', 'confirmed'] },
  { perpetrator: 'ISLAMIC STATE', since: '2018-01-01' },
  { near: { lat: 36.34, lon: 43.13, km: 150 } },
  { near: { lat: -17.7, lon: 179.9, km: 150 } }, // its box crosses the antimeridian
  { near: { lat: 31.45, lon: 34.4, km: 150 }, since: '2017-06-01' },
  { bbox: { south: 35, west: 42, north: 37.5, east: 44.5 } }, // about 40 of 240: read from the spatial index first, paged
  { bbox: { south: -20, west: 178, north: -12, east: -172.5 } }, // across the antimeridian
  { bbox: { south: 30, west: 33, north: 33, east: 36 }, type: 'Armed clash' },
  { text: 'bakery' },
  { text: 'convoy orchard' }, // both words in one report
  { text: 'quarry', since: '2018-03-01', bbox: { south: 29, west: 32, north: 38, east: 45 } },
  { text: 'nowhere' },
  { text: 'lighthouse' }, // rare: the matches are read first
  { text: 'Lighthouse ferry', until: '2019-01-01' },
  { bbox: { south: 30, west: 32, north: 33, east: 36 } }, // most of a cluster: the listing order is walked
];

/** Dense places for the grid cells of migration 6: Mosul, Fiji across the antimeridian, near the north pole. */
const DENSE = [[36.34, 43.13, 0.6], [-17.1, 179.95, 0.5], [89.6, 10, 0.3]] as const;

/** The point `km` from `from` on bearing `deg` on the sphere `distanceKm` measures on (longitude kept in −180 … 180). */
function destination(from: { lat: number; lon: number }, km: number, deg: number): { lat: number; lon: number } {
  const r = (d: number) => (d * Math.PI) / 180;
  const d = km / 6371.0088;
  const [φ, λ, θ] = [r(from.lat), r(from.lon), r(deg)];
  const φ2 = Math.asin(Math.sin(φ) * Math.cos(d) + Math.cos(φ) * Math.sin(d) * Math.cos(θ));
  const λ2 = λ + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ), Math.cos(d) - Math.sin(φ) * Math.sin(φ2));
  const lon = ((((λ2 * 180) / Math.PI) + 540) % 360) - 180;
  return { lat: (φ2 * 180) / Math.PI, lon };
}

/** Circles the grid test asks for; each also gets points just inside and just outside its edge. */
const CIRCLES = [
  { lat: 36.34, lon: 43.13, km: 25 }, // about 12 cells
  { lat: 36.34, lon: 43.13, km: 3 }, // inside one to four cells
  { lat: 36.5, lon: 43.3, km: 60 }, // a radius several cells wide
  { lat: 36.4, lon: 43.2, km: 12 }, // centred on a cell corner
  { lat: -17.1, lon: 179.97, km: 30 }, // cells on both sides of the antimeridian
  { lat: -17.0, lon: -179.9, km: 20 },
  { lat: 89.6, lon: 10, km: 20 }, // near the pole: every longitude (too many cells, the other plan)
  { lat: 89.95, lon: -100, km: 15 }, // around the pole
];

/** Register the listing-against-brute-force contract tests. */
export function runListingContract(withStore: WithStore): void {
  describe('listing against brute force', () => {
    withStore('each filter kind, alone and combined, paged by 7: the same incidents in the same order as a plain filter', async (s) => {
      const { incidents, words } = await fill(s, 240);
      const sorted = [...incidents].sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : 1));
      for (const q of QUERIES) {
        const want = sorted.filter((i) => matches(i, q, words)).map((i) => i.id);
        assert.deepEqual(await listAll(s, { ...q, limit: 7 }), want, `listing ${JSON.stringify(q)}`);
        assert.equal(await s.countIncidents(q), want.length, `count ${JSON.stringify(q)}`);
      }
      const count = (q: IncidentQuery) => sorted.filter((i) => matches(i, q, words)).length;
      assert.ok(count({ text: 'convoy orchard' }) > 0 && count({ text: 'lighthouse' }) > 0, 'the word queries have matches');
      assert.ok(count({ text: 'bakery' }) > 50 && count({ text: 'lighthouse' }) < 30, 'a common word and a rare one (both plans)');
    });

    withStore('grid cells: near and bbox over dense places, across the antimeridian and near a pole, on cell and circle edges, paged across cells', async (s) => {
      const rng = mulberry32(6);
      const incidents: Incident[] = [];
      const put = async (lat: number, lon: number) => {
        const n = incidents.length;
        const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(rng.next() * 900) * 86_400_000).toISOString().slice(0, 10);
        const inc = incidentFixture({
          id: `gc-${String(n).padStart(4, '0')}`, date: rng.next() < 0.05 ? null : day, place: place(`G${n}`, 'XX', lat, lon),
          type: rng.pick([...TYPES]), grade: rng.pick([...GRADES]),
        });
        await s.putIncident(inc, []);
        incidents.push(inc);
      };
      await s.transaction(async () => {
        for (let n = 0; n < 360; n++) {
          const [clat, clon, spread] = DENSE[n % DENSE.length]!;
          const lon = clon + (rng.next() - 0.5) * 2 * spread;
          await put(Math.min(90, clat + (rng.next() - 0.5) * 2 * spread), lon > 180 ? lon - 360 : lon);
        }
        for (let n = 0; n < 12; n++) await put(36.2 + 0.2 * (n % 3), 43 + 0.2 * Math.floor(n / 3)); // on cell corners
        await put(-17.1, 180);
        await put(-17.1, -180);
        await put(90, 0);
        for (const c of CIRCLES) {
          for (let deg = 0; deg < 360; deg += 45) {
            for (const f of [0.9999, 1.0001]) { // just inside and just outside the circle
              const p = destination(c, c.km * f, deg);
              await put(p.lat, p.lon);
            }
          }
        }
      });
      await s.putIncident(incidentFixture({ id: 'gc-unplaced', date: '2016-05-05' }), []);
      await s.setMergedInto('gc-0003', 'gc-0004');
      const listed = incidents.filter((i) => i.id !== 'gc-0003');
      const sorted = [...listed].sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : 1));
      const queries: IncidentQuery[] = [
        ...CIRCLES.map((near) => ({ near })),
        { near: CIRCLES[0], since: '2017-01-01' },
        { near: CIRCLES[0], type: 'Armed clash' },
        { near: CIRCLES[4], grades: ['fair', 'confirmed'], until: '2017-06-30' },
        { bbox: { south: 36.2, west: 43, north: 36.6, east: 43.4 } }, // edges on cell boundaries
        { bbox: { south: 36.13, west: 42.95, north: 36.51, east: 43.37 }, type: 'Air/drone strike' },
        { bbox: { south: -17.3, west: 179.8, north: -16.9, east: -179.9 } }, // across the antimeridian
        { bbox: { south: 89.5, west: -10, north: 90, east: 20 } },
      ];
      for (const q of queries) {
        const want = sorted.filter((i) => matches(i, q, new Map())).map((i) => i.id);
        assert.ok(want.length > 0, `${JSON.stringify(q)} has matches`);
        for (const limit of [1, 5, 40]) assert.deepEqual(await listAll(s, { ...q, limit }), want, `listing by ${limit} ${JSON.stringify(q)}`);
        assert.equal(await s.countIncidents(q), want.length, `count ${JSON.stringify(q)}`);
      }
      const edge = sorted.filter((i) => matches(i, { near: CIRCLES[0] }, new Map()) && distanceKm(CIRCLES[0], i.place!) > 0.999 * CIRCLES[0].km);
      assert.equal(edge.length, 8, 'the points just inside the circle are listed, on every bearing');
    });

    withStore('an analyst who lengthens a date or moves a place: since and bbox find the incident at once', async (s) => {
      for (let n = 0; n < 30; n++) {
        await s.putIncident(incidentFixture({ id: `d-${n}`, date: `2020-05-${String(n + 1).padStart(2, '0')}`, place: place('Mosul', 'Iraq', 36.34, 43.13) }), []);
      }
      const since = async (d: string) => (await listAll(s, { since: d, limit: 5 }));
      assert.deepEqual(await since('2021-01-01'), []);
      // Corrected: it began in 2018 and lasted until 2021 (longer than any interval stored so far).
      await s.putIncident(incidentFixture({ id: 'd-0', date: { from: '2018-02-01', to: '2021-03-01' }, place: place('Gaza', 'Palestine', 31.5, 34.47) }), []);
      assert.deepEqual(await since('2021-01-01'), ['d-0']);
      assert.deepEqual((await since('2020-05-30')).slice(0, 2), ['d-0', 'd-29']);
      assert.deepEqual(await listAll(s, { bbox: { south: 31, west: 34, north: 32, east: 35 }, limit: 5 }), ['d-0']);
      assert.deepEqual((await listAll(s, { near: { lat: 36.34, lon: 43.13, km: 5 }, limit: 50 })).length, 29);
      await s.setMergedInto('d-5', 'd-6');
      const mosul = await listAll(s, { bbox: { south: 36, west: 43, north: 37, east: 44 }, limit: 4 });
      assert.equal(mosul.length, 28, 'merged away: no longer listed in a box');
      assert.ok(!mosul.includes('d-5'));
      await s.setMergedInto('d-5', null);
      assert.ok((await listAll(s, { bbox: { south: 36, west: 43, north: 37, east: 44 }, limit: 4 })).includes('d-5'), 'unmerged: listed again');
      await s.putIncident(incidentFixture({ id: 'd-7', date: '2015-01-01', place: place('Mosul', 'Iraq', 36.34, 43.13) }), []);
      assert.equal((await listAll(s, { near: { lat: 36.34, lon: 43.13, km: 5 }, limit: 3 }))[0], 'd-7', 'a corrected date moves it in a box listing');
      // Shortened again: the kept span does not shrink, and nothing is missed either way.
      await s.putIncident(incidentFixture({ id: 'd-0', date: '2021-02-01', place: null }), []);
      assert.deepEqual(await since('2021-01-01'), ['d-0']);
      assert.deepEqual(await listAll(s, { bbox: { south: 31, west: 34, north: 32, east: 35 }, limit: 5 }), []);
    });

    withStore('full text follows edits: the new text of a report, an event moved to another incident, rows written in any order', async (s) => {
      const found = async (text: string) => (await listAll(s, { text, limit: 5 }));
      await s.transaction(async () => { // the incident and its link first, its report last (foreign keys are checked at commit)
        await s.putIncident(incidentFixture({ id: 'ft-1', date: '2019-04-02', events: ['ft-r#0'] }), []);
        await s.putEvents([eventFixture({ report: 'ft-r' })]);
        await s.putReport(reportFixture({ id: 'ft-r', title: 'Orchard shelled', text: 'Shells fell on the bakery at dawn.' }));
      });
      assert.deepEqual(await found('bakery'), ['ft-1']);
      assert.deepEqual(await found('orchard'), ['ft-1'], 'the title is searched too');
      await s.putReport(reportFixture({ id: 'ft-r', title: 'Orchard shelled', text: 'Shells fell on the quarry at dawn.' }));
      assert.deepEqual(await found('bakery'), [], 'the old text is gone');
      assert.deepEqual(await found('quarry'), ['ft-1']);
      await s.putIncident(incidentFixture({ id: 'ft-1', date: '2019-04-02', events: [] }), []);
      await s.putIncident(incidentFixture({ id: 'ft-2', date: '2019-04-03', events: ['ft-r#0'] }), []);
      assert.deepEqual(await found('quarry'), ['ft-2'], 'the event moved to another incident');
      assert.deepEqual(await found('quarry orchard'), ['ft-2'], 'two words in one report (title and text)');
      assert.equal(await s.countIncidents({ text: 'quarry' }), 1);
    });
  });
}
