import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/store.js';
import { contentHash, ingestReport } from './ingest.js';
import { ingestBatch } from './batch.js';
import { progressLine, summaryText } from './progress.js';
import { InputError } from '../input/input-error.js';

// Written for these tests: an invented strike, a wire story and an outlet's lightly edited copy.
const WIRE = `Drone strike kills five at Saraqib bakery

A drone strike killed five civilians, including two children, at a bakery in the town of Saraqib in Idlib province on Monday morning, the Syrian Civil Defence said.

Rescuers pulled three survivors from the rubble, and at least eight people were taken to a field hospital in nearby Binnish, a spokesman for the group said.

Residents said the bakery had been open for less than an hour and that dozens of people were queuing for bread when the strike hit.

The Syrian government and its Russian allies have stepped up air strikes on towns in southern Idlib in recent weeks.`;

const COPY = `Five killed as drone hits bakery queue in northwest Syria

A drone strike killed five civilians, including two children, at a bakery in the town of Saraqib in Idlib province on Monday morning, the Syrian Civil Defence said.

Rescuers pulled three survivors from the rubble, and at least eight people were taken to a field hospital in nearby Binnish, a spokesman for the group said.

Residents said the bakery had been open for less than an hour and that dozens of people were queuing for bread when the strike hit.`;

const OTHER = `Floods cut roads to camps near Atmeh

Heavy rain flooded tents and cut the roads to three camps for displaced families near Atmeh on the Turkish border on Tuesday, aid workers said.

No one was hurt, but more than two hundred families lost their bedding and food stocks, according to a local relief committee.`;

function fresh(): SqliteStore {
  const store = openSqliteStore(':memory:');
  store.migrate();
  return store;
}

const AT = () => '2026-01-01T00:00:00.000Z';

test('the same report twice is stored once: by normalized content, and by URL', async () => {
  const store = fresh();
  const a = await ingestReport(store, { text: WIRE, meta: { id: 'wire', published: '2019-07-22', url: 'https://wire.example.org/saraqib' } }, { now: AT });
  assert.equal(a.status, 'stored');
  const respaced = WIRE.replace(/ /g, '  ').replace('Drone strike', 'DRONE STRIKE');
  const b = await ingestReport(store, { text: respaced, meta: { id: 'wire-again' } }, { now: AT });
  assert.deepEqual([b.status, b.id], ['duplicate', 'wire']);
  const c = await ingestReport(store, { text: `${WIRE}\n\nUpdated with a correction.`, meta: { url: 'https://wire.example.org/saraqib' } }, { now: AT });
  assert.deepEqual([c.status, c.id], ['duplicate', 'wire']);
  assert.equal(await store.countReports(), 1);
  assert.equal(contentHash('Five “killed”,  in  Saraqib.'), contentHash('five "killed" in saraqib'));
  assert.notEqual(contentHash('Five killed in Saraqib.'), contentHash('Six killed in Saraqib.'));
  store.close();
});

test('a lightly edited copy under a new headline is stored as a copy: one copy group, one source', async () => {
  const store = fresh();
  const wire = await ingestReport(store, { text: WIRE, meta: { id: 'wire', published: '2019-07-22', outlet: 'Valley Wire' } }, { now: AT });
  const copy = await ingestReport(store, { text: COPY, meta: { id: 'copy', published: '2019-07-23', outlet: 'Border Daily' } }, { now: AT });
  const other = await ingestReport(store, { text: OTHER, meta: { id: 'other', published: '2019-07-23' } }, { now: AT });
  assert.equal(wire.copyOf, null);
  assert.equal(copy.copyOf, 'wire');
  assert.equal(other.copyOf, null, 'a different story is not a copy');
  const stored = await store.getReport('copy');
  assert.equal(stored?.copyGroup, 'wire');
  const origins = await store.getSentenceOrigins('copy');
  assert.ok(origins.filter((o) => o.originReport === 'wire').length >= 3, 'copied sentences point at the wire story');
  assert.equal(stored?.stitched, false, 'a copy of one report is not stitched');
  // The strike is one incident, and the copy adds no independent source.
  assert.ok(wire.incidentsCreated.length >= 1);
  assert.equal(copy.incidentsCreated.length, 0, `the copy opens no incident of its own (created ${copy.incidentsCreated.join(', ')})`);
  const incident = await store.getIncident(copy.incidentsUpdated[0]);
  assert.equal(incident?.independentSources, 1);
  store.close();
});

test('an id already taken by another text gets a suffix, never overwriting the stored report', async () => {
  const store = fresh();
  await ingestReport(store, { text: WIRE, meta: { id: 'r1', published: '2019-07-22' } }, { now: AT });
  const b = await ingestReport(store, { text: OTHER, meta: { id: 'r1', published: '2019-07-23' } }, { now: AT });
  assert.equal(b.status, 'stored');
  assert.match(b.id, /^r1-[0-9a-f]{8}$/);
  assert.equal((await store.getReport('r1'))?.text, WIRE);
  store.close();
});

test('a failure mid-report rolls the whole report back: nothing of it is stored', async () => {
  const store = fresh();
  const failing: Store = Object.create(store, {
    putEvents: { value: async () => { throw new Error('disk full'); } },
  });
  await assert.rejects(ingestReport(failing, { text: WIRE, meta: { id: 'wire', published: '2019-07-22' } }, { now: AT }), /disk full/);
  assert.equal(await store.countReports(), 0);
  assert.equal(await store.findSentenceByHash('x'), null);
  assert.deepEqual(await store.getSentenceOrigins('wire'), []);
  assert.equal(await store.countIncidents(), 0);
  // And the store is usable afterwards.
  assert.equal((await ingestReport(store, { text: WIRE, meta: { id: 'wire', published: '2019-07-22' } }, { now: AT })).status, 'stored');
  store.close();
});

test('a batch counts what it did; a bad input is reported and the rest ingested', async () => {
  const store = fresh();
  const errors: string[] = [];
  async function* items() {
    yield { where: 'a.txt', doc: { text: WIRE, meta: { id: 'wire', published: '2019-07-22' } } };
    yield { where: 'bad.txt', error: new InputError('binary', 'bad.txt: a binary file, not text') };
    yield { where: 'b.txt', doc: { text: COPY, meta: { id: 'copy', published: '2019-07-23' } } };
    yield { where: 'c.txt', doc: { text: WIRE, meta: { id: 'again' } } };
  }
  const s = await ingestBatch(store, items(), { onError: (w, e) => errors.push(`${w}: ${e.message}`), now: AT });
  assert.deepEqual([s.read, s.stored, s.duplicates, s.copies, s.failed], [4, 2, 1, 1, 1]);
  // The copy's "on Monday morning" is read against the wire's date, the day before the copy's.
  assert.equal(s.reanchored, 1);
  assert.deepEqual(errors, ['bad.txt: bad.txt: a binary file, not text']);
  assert.ok(s.incidentsTouched >= 1);
  assert.match(progressLine(s), /^4 reports · [\d.]+\/s · 1 already stored · 1 copy · \d+ incidents touched · 1 failed$/);
  assert.match(summaryText(s), /stored 2, duplicates skipped 1, copies 1, stitched 0, re-anchored 1, failed 1/);
  store.close();
});

test('defaults fill only what a report does not give; overrides win', async () => {
  const store = fresh();
  const defaults = { published: '2019-07-30', outlet: 'Unknown Outlet' };
  await ingestReport(store, { text: WIRE, meta: { id: 'dated', published: '2019-07-22' } }, { now: AT, defaults });
  await ingestReport(store, { text: OTHER, meta: { id: 'undated' } }, { now: AT, defaults, overrides: { outlet: 'Relief Bulletin' } });
  const dated = await store.getReport('dated');
  const undated = await store.getReport('undated');
  assert.deepEqual([dated?.published, dated?.outlet], ['2019-07-22', 'Unknown Outlet']);
  assert.deepEqual([undated?.published, undated?.outlet], ['2019-07-30', 'Relief Bulletin']);
  store.close();
});

test('a speaker trimmed off in copying is recovered from the origin sentence into the copy\'s event claims', async () => {
  const store = fresh();
  const wire = `Mortar shells hit Hpakant market

Mortar shells killed four traders and wounded nine other people at the jade market in Hpakant township on Monday morning, the township administrator told reporters.

The administrator said the shells were fired from a military base on the hill above the town.`;
  const page = `Mortar attack on Hpakant market

Mortar shells killed four traders and wounded nine other people at the jade market in Hpakant township on Monday morning.

Residents said the market had reopened only a week earlier after months of closures, and that traders had travelled from nearby villages to sell stones and vegetables.

A local aid group said it had sent two ambulances and was looking for blood donors in the town.`;
  await ingestReport(store, { text: wire, meta: { id: 'wire', published: '2021-05-10', outlet: 'Northern Ledger' } }, { now: AT });
  const copy = await ingestReport(store, { text: page, meta: { id: 'page', published: '2021-05-11', outlet: 'Jade Digest' } }, { now: AT });
  assert.equal(copy.status, 'stored');
  const origins = await store.getSentenceOrigins('page');
  assert.ok(origins.some((o) => o.originReport === 'wire'), 'the figure sentence comes from the wire');
  const own = (await store.getReport('page'))?.analysis.claims.filter((c) => /administrator/i.test(c.source.name)) ?? [];
  assert.deepEqual(own, [], 'the page itself names no administrator');
  const ids = (await store.getReport('page'))?.analysis.events.map((_, i) => `page#${i}`) ?? [];
  const events = await store.getEvents(ids);
  const recovered = events.flatMap((e) => e.claims).filter((c) => /administrator/i.test(c.source));
  assert.ok(recovered.length >= 1, `the administrator's claim recovered (claims: ${JSON.stringify(events.flatMap((e) => e.claims))})`);
  assert.match(recovered[0].text, /^Mortar shells killed four traders/);
  store.close();
});

test('NOT stitched: a page whose sentences come from a wire story and from its syndicated copy takes from one story', async () => {
  const store = fresh();
  const [lead, rescuers] = WIRE.split('\n\n').slice(1, 3);
  const added = 'Border Daily spoke by telephone with a baker in Saraqib who said flour deliveries had stopped for a week. The local council said it would open a second bakery near the mosque by the end of the month.';
  const copy = `${COPY}\n\n${added}`;
  const own = [
    'Schools across the southern part of the district stayed shut for a third day as teachers joined families leaving for camps near the Turkish border.',
    'Farmers in the plain east of the town said the wheat harvest was weeks late and that fuel for the combines now cost twice what it did in spring.',
    'A water station serving several villages north of the motorway was out of service after its generator was stolen, according to the local council.',
    'Doctors at the only hospital still working in the area said they were running short of anaesthetics and had started to postpone planned operations.',
  ].join(' ');
  const page = `Idlib round-up\n\n${lead}\n\n${rescuers}\n\n${added}\n\n${own}`;
  await ingestReport(store, { text: WIRE, meta: { id: 'wire', published: '2019-07-22', outlet: 'Valley Wire' } }, { now: AT });
  const c = await ingestReport(store, { text: copy, meta: { id: 'copy', published: '2019-07-23', outlet: 'Border Daily' } }, { now: AT });
  assert.equal(c.copyOf, 'wire');
  const p = await ingestReport(store, { text: page, meta: { id: 'page', published: '2019-07-25', outlet: 'Idlib Digest' } }, { now: AT });
  const from = new Set((await store.getSentenceOrigins('page')).filter((o) => o.originReport !== 'page').map((o) => o.originReport));
  assert.deepEqual([...from].sort(), ['copy', 'wire'], 'sentences from both reports of the story');
  assert.equal(p.copyOf, null, 'no copy: under half its sentences come from either report');
  assert.equal(p.stitched, false, 'two reports of one story are one source');
  store.close();
});
