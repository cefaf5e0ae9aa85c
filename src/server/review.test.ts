/**
 * Analysts' reviews through the API (POST /api/incidents/:id/review) over the ingested example
 * corpus: each action's effect and audit records, bad decisions refused, and a human decision
 * surviving a later report that touches the incident.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { IncidentOut, ReviewRecord } from '../corpus/types.js';
import { corpusServer, type CorpusServer } from './test-fixture.js';

let s: CorpusServer;
before(async () => { s = await corpusServer(); });
after(async () => s?.close());

type Detail = IncidentOut & { reviews: ReviewRecord[]; gradeHistory: { grade: string; by: string }[]; merges: { event: string; by: string; reasons: string[] }[]; mergedInto: string | null };

async function incidents(query = ''): Promise<IncidentOut[]> {
  return (await s.app.inject({ url: `/api/incidents?${query}` })).json().data as IncidentOut[];
}
async function byReport(report: string): Promise<IncidentOut> {
  const found = (await incidents()).find((i) => i.reports.some((r) => r.id === report));
  assert.ok(found, `an incident cites ${report}`);
  return found;
}
async function detail(id: string): Promise<Detail> {
  const r = await s.app.inject({ url: `/api/incidents/${id}` });
  assert.equal(r.statusCode, 200);
  return r.json().data as Detail;
}
async function review(id: string, body: unknown, status = 201): Promise<{ data?: Detail; error?: { code: string; message: string } }> {
  const r = await s.app.inject({ method: 'POST', url: `/api/incidents/${id}/review`, payload: body as object });
  assert.equal(r.statusCode, status, r.body.slice(0, 400));
  return r.json();
}

/** A report written for this test (fictional): an independent account of the Nuseirat strike. */
const NUSEIRAT_FOLLOW_UP = {
  url: 'https://harbourlight.example.org/2023/10/16/nuseirat-home-strike',
  outlet: 'Harbour Light Gazette',
  published: '2023-10-16',
  title: 'Family buried in Nuseirat after strike on crowded home',
  text: 'Family buried in Nuseirat after strike on crowded home\n\n'
    + 'An Israeli air strike on a crowded home in Nuseirat refugee camp in the central Gaza Strip killed six civilians on Sunday, '
    + 'four of them children, the civil defence service said.\n\n'
    + 'Neighbours said the family had arrived from Gaza City two days earlier. Rescue workers searched the rubble until nightfall.\n\n'
    + 'The Israeli military said it was aware of the report and was reviewing it.',
};

describe('POST /api/incidents/:id/review', () => {
  it('confirm records who, when, why and the grade, and changes nothing', async () => {
    const i = await byReport('mosul-abusaif-tigris');
    const d = (await review(i.id, { action: 'confirm', reason: 'checked against the hospital list', by: 'rk' })).data!;
    assert.equal(d.grade, i.grade);
    assert.deepEqual(d.reviews.map(({ id: _id, ...r }) => r), [{
      incident: i.id, action: 'confirm', by: 'rk', at: '2026-11-26T07:00:00.000Z', reason: 'checked against the hospital list',
      field: null, before: { grade: i.grade }, after: { grade: i.grade },
    }]);
  });

  it('correct sets a field, keeps before and after, and the listing and map show the corrected value', async () => {
    const i = await byReport('mosul-oldcity-nineveh');
    const place = { name: 'Bab al-Tob', country: 'IQ', lat: 36.339, lon: 43.132, precision: 'district' };
    const d = (await review(i.id, { action: 'correct', field: 'place', value: place, reason: 'the market is at Bab al-Tob' })).data!;
    assert.deepEqual(d.place, place);
    const rec = d.reviews.at(-1)!;
    assert.equal(rec.field, 'place');
    assert.deepEqual(rec.before, i.place);
    assert.deepEqual(rec.after, place);
    assert.equal(rec.by, 'analyst', 'the default name');
    assert.deepEqual((await incidents()).find((x) => x.id === i.id)?.place, place);
    const points = (await s.app.inject({ url: '/api/incidents/points' })).json().data as { id: string; lat: number }[];
    assert.equal(points.find((p) => p.id === i.id)?.lat, 36.339);
    const fig = (await review(i.id, { action: 'correct', field: 'civilians.killed', value: { min: 7, max: 9, conservative: 7 }, reason: 'hospital list' })).data!;
    assert.deepEqual(fig.civilians.killed, { min: 7, max: 9, conservative: 7 });
  });

  const refused: [string, unknown, string, RegExp][] = [
    ['no reason', { action: 'confirm' }, 'BAD_REVIEW', /reason/],
    ['an empty reason', { action: 'confirm', reason: '   ' }, 'BAD_REVIEW', /give a reason/],
    ['an unknown action', { action: 'delete', reason: 'x' }, 'BAD_REVIEW', /action/],
    ['an unknown field', { action: 'correct', field: 'notes', value: 'x', reason: 'x' }, 'BAD_REVIEW', /field/],
    ['a correction without a value', { action: 'correct', field: 'type', reason: 'x' }, 'BAD_REVIEW', /value: give the corrected value/],
    ['a latitude off the globe', { action: 'correct', field: 'place', value: { name: 'X', country: 'IQ', lat: 200, lon: 43, precision: 'city' }, reason: 'x' }, 'BAD_REVIEW', /lat/],
    ['a range with max under min', { action: 'correct', field: 'total.killed', value: { min: 9, max: 3, conservative: 9 }, reason: 'x' }, 'BAD_REVIEW', /max must be at least min/],
    ['a type not in the list', { action: 'correct', field: 'type', value: 'Picnic', reason: 'x' }, 'BAD_REVIEW', /Invalid option/],
    ['a grade not on the scale', { action: 'grade', grade: 'certain', reason: 'x' }, 'BAD_REVIEW', /grade/],
    ['an extra field', { action: 'confirm', reason: 'x', sql: 'DROP TABLE incidents' }, 'BAD_REVIEW', /sql/],
  ];
  for (const [what, body, code, message] of refused) {
    it(`refuses ${what} (${code}) and records nothing`, async () => {
      const i = await byReport('gaza-talalhawa-stripdaily');
      const before = (await detail(i.id)).reviews.length;
      const e = (await review(i.id, body, 400)).error!;
      assert.equal(e.code, code);
      assert.match(e.message, message);
      assert.equal((await detail(i.id)).reviews.length, before);
    });
  }

  it('a review of an unknown incident is NOT_FOUND', async () => {
    assert.equal((await review('inc-000000000000', { action: 'confirm', reason: 'x' }, 404)).error?.code, 'NOT_FOUND');
  });

  it('split: one report\'s events leave into a new incident, recorded on both; splitting off the last report is refused', async () => {
    const i = await byReport('mosul-abusaif-euphrates');
    const d = (await review(i.id, { action: 'split', report: 'mosul-abusaif-euphrates', reason: 'a different convoy' })).data!;
    assert.ok(!d.reports.some((r) => r.id === 'mosul-abusaif-euphrates'));
    const rec = d.reviews.at(-1)!;
    assert.equal(rec.action, 'split');
    const newId = (rec.after as { into: string }).into;
    const created = await detail(newId);
    assert.deepEqual(created.reports.map((r) => r.id), ['mosul-abusaif-euphrates']);
    assert.equal(created.reviews[0].action, 'split-from');
    assert.ok(created.merges.every((m) => m.by === 'human' && m.reasons.includes('a different convoy')));
    assert.ok((await incidents()).some((x) => x.id === newId), 'the new incident is listed');
    const last = (await review(i.id, { action: 'split', report: 'mosul-abusaif-tigris', reason: 'x' }, 409)).error!;
    assert.equal(last.code, 'REVIEW_CONFLICT');
    assert.match(last.message, /nothing would be left/);
    assert.match((await review(i.id, { action: 'split', report: 'gaza-bureij-meridian', reason: 'x' }, 409)).error!.message, /has no event in incident/);
  });

  it('merge: the other incident\'s events join, it is kept as merged-into and leaves the listing; bad merges are refused', async () => {
    const keep = await byReport('gaza-shujaiya-stripdaily');
    const gone = await byReport('gaza-talalhawa-stripdaily');
    const count = (await incidents()).length;
    const d = (await review(keep.id, { action: 'merge', other: gone.id, reason: 'one strike, two neighbourhood names', by: 'rk' })).data!;
    for (const r of gone.reports) assert.ok(d.reports.some((x) => x.id === r.id), `${r.id} moved`);
    assert.ok(d.merges.some((m) => m.by === 'human' && m.reasons.some((x) => x.includes(gone.id))));
    const other = await detail(gone.id);
    assert.equal(other.mergedInto, keep.id);
    assert.equal(other.reviews.at(-1)?.action, 'merged-into');
    const listed = await incidents();
    assert.equal(listed.length, count - 1);
    assert.ok(!listed.some((x) => x.id === gone.id));
    assert.equal((await review(keep.id, { action: 'merge', other: keep.id, reason: 'x' }, 409)).error?.code, 'REVIEW_CONFLICT');
    assert.equal((await review(keep.id, { action: 'merge', other: gone.id, reason: 'x' }, 409)).error?.code, 'REVIEW_CONFLICT');
    assert.equal((await review(gone.id, { action: 'confirm', reason: 'x' }, 409)).error?.code, 'REVIEW_CONFLICT');
    assert.equal((await review(keep.id, { action: 'merge', other: 'inc-000000000000', reason: 'x' }, 404)).error?.code, 'NOT_FOUND');
  });

  it('a human grade and correction stand when a later report touches the incident; an auto record says what the automatic grade would be', async () => {
    const i = await byReport('gaza-nuseirat-coastal');
    assert.equal(i.grade, 'weak');
    await review(i.id, { action: 'grade', grade: 'discounted', reason: 'the house was a weapons store (analyst\'s finding)', by: 'rk' });
    await review(i.id, { action: 'correct', field: 'target', value: 'Awad family home', reason: 'named by relatives' });
    const posted = await s.app.inject({ method: 'POST', url: '/api/reports', payload: NUSEIRAT_FOLLOW_UP });
    assert.equal(posted.statusCode, 201, posted.body);
    assert.deepEqual(posted.json().data.incidentsUpdated, [i.id], 'the new report joins the incident');
    const d = await detail(i.id);
    assert.ok(d.reports.some((r) => r.id === posted.json().data.id));
    assert.equal(d.grade, 'discounted', 'the analyst\'s grade stands');
    assert.equal(d.gradeHistory.at(-1)?.by, 'human');
    assert.equal(d.target, 'Awad family home', 'the correction stands');
    const auto = d.reviews.filter((r) => r.action === 'auto-grade');
    assert.equal(auto.length, 1);
    assert.equal(auto[0].by, 'auto');
    assert.notEqual((auto[0].after as { grade: string }).grade, 'discounted');
    assert.match(auto[0].reason, /the automatic grade would now be \w+; the analyst's grade discounted stands/);
    assert.deepEqual(d.reviews.map((r) => r.action), ['grade', 'correct', 'auto-grade'], 'the history shows both');
  });
});
