/**
 * The Store contract, API additions (issue 5): review audit records, incidents merged away by an
 * analyst, map points, statistics aggregated in the store, and report and event listing fields. Every
 * expected value is spelled out, so a PostgreSQL implementation can be written from this file.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { ReviewRecord } from '../corpus/types.js';
import { contractEvents, contractIncidents, contractReports, MOSUL } from './contract-data.js';
import type { WithStore } from './contract.js';
import { eventFixture, harm, incidentFixture, range } from './fixtures.js';
import type { Store } from './store.js';

/** Store the contract reports, events and incidents (as contract-incidents.ts does). */
async function seed(s: Store): Promise<void> {
  await s.transaction(async () => {
    for (const r of Object.values(contractReports())) await s.putReport(r);
    await s.putEvents(contractEvents());
    for (const i of Object.values(contractIncidents())) await s.putIncident(i, [`d:${i.date?.from ?? 'none'}`]);
  });
}

const review = (over: Partial<Omit<ReviewRecord, 'id'>> = {}): Omit<ReviewRecord, 'id'> => ({
  incident: 'i-mosul-1', action: 'correct', by: 'analyst one', at: '2026-11-26T07:00:00.000Z',
  reason: 'the ministry named the district', field: 'perpetrator',
  before: { perpetrator: 'US-led coalition' }, after: { perpetrator: 'Iraqi Security Forces', list: [1, 'two', null] },
  ...over,
});

export function runReviewContract(withStore: WithStore): void {
  describe('reviews, merged-away incidents, points and stats (API additions)', () => {
    withStore('putReview returns the record with a growing id; getReviews lists an incident\'s records by time, then id', async (s) => {
      const a = await s.putReview(review({ at: '2026-11-26T08:00:00.000Z' }));
      const b = await s.putReview(review({ action: 'confirm', field: null, before: null, after: null, at: '2026-11-26T07:00:00.000Z' }));
      const c = await s.putReview(review({ action: 'grade', field: null, before: 'weak', after: 'fair', at: '2026-11-26T08:00:00.000Z' }));
      await s.putReview(review({ incident: 'i-raqqa', action: 'auto-grade', by: 'auto' }));
      assert.ok(a.id > 0 && b.id > a.id && c.id > b.id, 'ids grow');
      assert.deepEqual(a, { ...review({ at: '2026-11-26T08:00:00.000Z' }), id: a.id });
      const got = await s.getReviews('i-mosul-1');
      assert.deepEqual(got.map((r) => r.id), [b.id, a.id, c.id], 'oldest first; same time: in the order stored');
      assert.deepEqual(got[1], a, 'JSON values (objects, lists, null) round-trip');
      assert.equal(got[0].before, null);
      assert.equal(got[2].after, 'fair');
      assert.deepEqual(await s.getReviews('i-none'), []);
      assert.equal((await s.getReviews('i-raqqa'))[0].by, 'auto');
    });

    withStore('an unknown review action is refused and nothing is stored', async (s) => {
      await assert.rejects(s.putReview({ ...review(), action: 'delete' as ReviewRecord['action'] }));
      assert.deepEqual(await s.getReviews('i-mosul-1'), []);
    });

    withStore('a merged-away incident keeps its row but leaves listings, counts, points and stats; unmarking restores it', async (s) => {
      await seed(s);
      assert.equal(await s.getMergedInto('i-mosul-2'), null);
      await s.setMergedInto('i-mosul-2', 'i-mosul-1');
      assert.equal(await s.getMergedInto('i-mosul-2'), 'i-mosul-1');
      assert.equal(await s.getMergedInto('i-none'), null);
      assert.equal((await s.getIncident('i-mosul-2'))?.id, 'i-mosul-2', 'its record is kept');
      assert.equal(await s.countIncidents(), 6);
      const listed = (await s.listIncidents({})).items.map((i) => i.id);
      assert.ok(!listed.includes('i-mosul-2') && listed.length === 6);
      assert.ok(!(await s.incidentPoints({})).some((p) => p.id === 'i-mosul-2'));
      assert.equal((await s.incidentStats({})).byGrade.weak, 2);
      // putIncident (a later re-resolution) does not unmark it
      const again = await s.getIncident('i-mosul-2');
      await s.putIncident(again!, []);
      assert.equal(await s.getMergedInto('i-mosul-2'), 'i-mosul-1');
      await s.setMergedInto('i-mosul-2', null);
      assert.equal(await s.countIncidents(), 7);
    });

    withStore('incidentPoints: placed incidents in listing order, compact fields, civKilled = max or the minimum when open', async (s) => {
      await seed(s);
      await s.putIncident(incidentFixture({ id: 'i-open', date: '2017-03-20', place: MOSUL, civilians: harm(range(20, null)), grade: 'weak' }), []);
      const points = await s.incidentPoints({ limit: 1, cursor: 'ignored' });
      assert.deepEqual(points.map((p) => p.id), ['i-span', 'i-mosul-1', 'i-mosul-2', 'i-open', 'i-corner', 'i-raqqa', 'i-hpakant'], 'i-undated has no place');
      assert.deepEqual(points[1], { id: 'i-mosul-1', lat: 36.34, lon: 43.13, date: '2017-03-17', type: 'Air/drone strike', grade: 'fair', civKilled: 15 });
      assert.equal(points[3].civKilled, 20);
      assert.equal(points[5].civKilled, 5);
    });

    withStore('incidentPoints applies the listing filters (near exactly, bbox, type, grades, dates)', async (s) => {
      await seed(s);
      const ids = async (q: Parameters<Store['incidentPoints']>[0]) => (await s.incidentPoints(q)).map((p) => p.id);
      assert.deepEqual(await ids({ near: { lat: 36.34, lon: 43.13, km: 30 } }), ['i-span', 'i-mosul-1', 'i-mosul-2'], 'the box corner (39 km) is out');
      assert.deepEqual(await ids({ bbox: { south: 35, west: 38, north: 37, east: 40 } }), ['i-raqqa']);
      assert.deepEqual(await ids({ type: 'Shelling/artillery/missile attack' }), ['i-mosul-2', 'i-raqqa']);
      assert.deepEqual(await ids({ grades: ['fair', 'confirmed'] }), ['i-mosul-1', 'i-raqqa']);
      assert.deepEqual(await ids({ since: '2017-03-01', until: '2017-03-31' }), ['i-span', 'i-mosul-1', 'i-mosul-2']);
      assert.deepEqual(await ids({ perpetrator: 'us-led COALITION' }), ['i-mosul-1', 'i-raqqa']);
      assert.deepEqual(await ids({ text: 'jade' }), ['i-hpakant']);
      assert.deepEqual(await ids({ type: 'no such type' }), []);
    });

    withStore('incidentStats counts by month, week (Monday), type and grade; civKilled sums max-or-min', async (s) => {
      await seed(s);
      const stats = await s.incidentStats({});
      assert.deepEqual(stats.byMonth, [
        { month: '2017-02', incidents: 1, civKilled: 0 },
        { month: '2017-03', incidents: 2, civKilled: 15 },
        { month: '2017-04', incidents: 1, civKilled: 0 },
        { month: '2017-06', incidents: 1, civKilled: 5 },
        { month: '2021-10', incidents: 1, civKilled: 0 },
      ], 'by date.from; the undated incident is in no month');
      assert.deepEqual(stats.byWeek, [
        { week: '2017-02-20', incidents: 1, civKilled: 0 },
        { week: '2017-03-13', incidents: 2, civKilled: 15 },
        { week: '2017-03-27', incidents: 1, civKilled: 0 },
        { week: '2017-06-05', incidents: 1, civKilled: 5 },
        { week: '2021-10-04', incidents: 1, civKilled: 0 },
      ], 'a Sunday (2017-04-02) belongs to the week of the Monday before');
      assert.deepEqual(stats.byType, { 'Air/drone strike': 3, 'Armed clash': 1, Other: 1, 'Shelling/artillery/missile attack': 2 });
      assert.deepEqual(stats.byGrade, { confirmed: 1, contested: 1, discounted: 1, fair: 1, weak: 3 });
      const filtered = await s.incidentStats({ grades: ['fair', 'confirmed'], near: { lat: 36.34, lon: 43.13, km: 30 } });
      assert.deepEqual(filtered, { byMonth: [{ month: '2017-03', incidents: 1, civKilled: 15 }], byWeek: [{ week: '2017-03-13', incidents: 1, civKilled: 15 }], byType: { 'Air/drone strike': 1 }, byGrade: { fair: 1 } });
      assert.deepEqual(await s.incidentStats({ type: 'none' }), { byMonth: [], byWeek: [], byType: {}, byGrade: {} });
    });

    withStore('reportInfos gives listing fields in the order asked for, unknown ids left out', async (s) => {
      await seed(s);
      const infos = await s.reportInfos(['r-raqqa', 'r-none', 'r-mosul-copy']);
      assert.deepEqual(infos, [
        { id: 'r-raqqa', url: 'https://example.org/raqqa', outlet: null, title: 'Market shelled', published: '2017-06-06', copyOf: null, copyGroup: 'r-raqqa', stitched: false },
        { id: 'r-mosul-copy', url: null, outlet: 'Example Daily', title: 'Roof collapses after strike', published: '2017-03-19', copyOf: 'r-mosul', copyGroup: 'r-mosul', stitched: false },
      ]);
      assert.deepEqual(await s.reportInfos([]), []);
    });

    withStore('eventSources gives each event\'s report, outlet, publication and claims with its report\'s listing fields, in the order asked for', async (s) => {
      await seed(s);
      const claim = { source: 'the ministry', sourceKind: 'government', stance: 'statement' as const, text: 'twelve civilians were killed' };
      await s.putEvents([eventFixture({ report: 'r-raqqa', index: 1, outlet: 'Valley Wire', published: '2017-06-07', claims: [claim] })]);
      const got = await s.eventSources(['r-raqqa#1', 'nope#0', 'r-mosul-copy#0', 'r-raqqa#1']);
      assert.deepEqual(got, [
        {
          id: 'r-raqqa#1', report: 'r-raqqa', outlet: 'Valley Wire', published: '2017-06-07', claims: [claim],
          reportInfo: { id: 'r-raqqa', url: 'https://example.org/raqqa', outlet: null, published: '2017-06-06', copyOf: null },
        },
        {
          id: 'r-mosul-copy#0', report: 'r-mosul-copy', outlet: null, published: null, claims: [],
          reportInfo: { id: 'r-mosul-copy', url: null, outlet: 'Example Daily', published: '2017-03-19', copyOf: 'r-mosul' },
        },
        {
          id: 'r-raqqa#1', report: 'r-raqqa', outlet: 'Valley Wire', published: '2017-06-07', claims: [claim],
          reportInfo: { id: 'r-raqqa', url: 'https://example.org/raqqa', outlet: null, published: '2017-06-06', copyOf: null },
        },
      ], 'unknown ids left out, a repeated id repeated');
      // The same facts as the full reads they stand in for, for every stored event.
      const ids = [...contractEvents().map((e) => e.id), 'r-raqqa#1'];
      const events = await s.getEvents(ids);
      const infos = new Map((await s.reportInfos(events.map((e) => e.report))).map((r) => [r.id, r]));
      assert.deepEqual(await s.eventSources(ids), events.map((e) => {
        const r = infos.get(e.report);
        return {
          id: e.id, report: e.report, outlet: e.outlet, published: e.published, claims: e.claims,
          reportInfo: r ? { id: r.id, url: r.url, outlet: r.outlet, published: r.published, copyOf: r.copyOf } : null,
        };
      }));
      assert.deepEqual(await s.eventSources([]), []);
    });
  });
}
