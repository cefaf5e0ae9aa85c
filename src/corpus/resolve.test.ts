import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compatible, eventsNeeded, resolveEvent } from './resolve.js';
import { buildIncident, incidentId } from './incident.js';
import { PLACES, claim, ev, harm, resolveAll } from './test-builders.js';

const AT = '2026-01-01T00:00:00.000Z';
const incidentOf = (...events: ReturnType<typeof ev>[]) => buildIncident(incidentId(events[0].id), events, [], AT).incident;

test('two reports of one strike merge, and the merge keeps its reasons', () => {
  // "An air strike on the al-Jadida neighbourhood killed 11 civilians on Friday."
  // "Eleven people died when a strike hit a market in Jadida, residents said."
  const { incidents, resolutions } = resolveAll([
    ev({ report: 'r1' }),
    ev({ report: 'r2', place: { ...PLACES.jadidaStreet }, published: '2017-03-19' }),
  ]);
  assert.equal(incidents.length, 1);
  const r = resolutions[1];
  assert.equal(r.merged, true);
  assert.ok(r.reasons.includes('dates overlap (2017-03-17)'), r.reasons.join(' | '));
  assert.ok(r.reasons.some((x) => /^places 0\.\d km apart \(Jadida market and al-Jadida; limit 2 km at district precision\)$/.test(x)), r.reasons.join(' | '));
  assert.ok(r.reasons.includes('types agree: Air/drone strike'));
  assert.deepEqual(incidents[0].events, ['r1#0', 'r2#0']);
  assert.equal(incidents[0].independentSources, 2);
  // The finer place of the two describes the incident.
  assert.equal(incidents[0].place?.name, 'Jadida market');
});

test('NOT merged: two strikes on the same day in the same city, in neighbourhoods 3 km apart', () => {
  // "A strike hit a house in al-Jadida on Friday." / "On Friday, a strike levelled a shop in al-Zanjili."
  const { incidents, resolutions } = resolveAll([
    ev({ report: 'r1', perpetrator: 'US-led coalition' }),
    ev({ report: 'r2', place: { ...PLACES.zanjili }, perpetrator: 'US-led coalition' }),
  ]);
  assert.equal(incidents.length, 2);
  assert.equal(resolutions[1].merged, false);
  assert.match(resolutions[1].reasons.join(' | '), /places 3\.\d km apart \(al-Zanjili and al-Jadida; limit 1 km between two named districts\)/);
  assert.notEqual(incidents[0].id, incidents[1].id);
});

test('a city-wide report joins the neighbourhood incident; a province-wide one too, within 75 km', () => {
  const { incidents, resolutions } = resolveAll([
    ev({ report: 'r1' }),
    ev({ report: 'r2', place: { ...PLACES.mosul } }),
    ev({ report: 'r3', place: { ...PLACES.nineveh } }),
  ]);
  assert.equal(incidents.length, 1, resolutions.map((r) => r.reasons.join('; ')).join('\n'));
  assert.match(resolutions[1].reasons.join(' | '), /limit 15 km at city precision/);
  assert.match(resolutions[2].reasons.join(' | '), /limit 75 km at region precision/);
  assert.equal(incidents[0].place?.name, 'al-Jadida');
});

test('NOT merged: a country alone never places an incident', () => {
  const { incidents } = resolveAll([ev({ report: 'r1' }), ev({ report: 'r2', place: { ...PLACES.iraq } })]);
  assert.equal(incidents.length, 2);
  const c = compatible(ev({ report: 'r2', place: { ...PLACES.iraq } }), incidentOf(ev()));
  assert.equal(c.ok, false);
  assert.match(c.reasons[0], /a country alone does not place an incident/);
});

test('dates: two days apart merge, five days apart do not, a vague year never does', () => {
  const base = incidentOf(ev());
  const near = compatible(ev({ report: 'r2', day: '2017-03-19' }), base);
  assert.equal(near.ok, true);
  assert.equal(near.reasons[0], 'dates 2 days apart (2017-03-19 and 2017-03-17)');
  const far = compatible(ev({ report: 'r2', day: '2017-03-22' }), base);
  assert.equal(far.ok, false);
  assert.match(far.reasons[0], /5 days apart .* more than 3/);
  const vague = compatible(ev({ report: 'r2', date: { from: '2017-01-01', to: '2017-12-31' } }), base);
  assert.equal(vague.ok, false);
  assert.match(vague.reasons[0], /too vague/);
});

test('an "explosion" and an air strike in the same place and day are one incident (close types)', () => {
  // "A loud explosion destroyed a house in al-Jadida on Friday, killing 11."
  const { incidents, resolutions } = resolveAll([ev({ report: 'r1' }), ev({ report: 'r2', type: 'Remote explosive/landmine/IED' })]);
  assert.equal(incidents.length, 1);
  assert.ok(resolutions[1].reasons.includes('types close: Remote explosive/landmine/IED and Air/drone strike'));
  assert.equal(incidents[0].type, 'Air/drone strike');
});

test('NOT merged: an air strike and a protest, or an armed clash, in the same place and day', () => {
  assert.equal(compatible(ev({ report: 'r2', type: 'Armed clash' }), incidentOf(ev())).ok, false);
  assert.equal(compatible(ev({ report: 'r2', type: 'Peaceful protest' }), incidentOf(ev())).ok, false);
});

test('the Pentagon and the coalition are one side: no contradiction', () => {
  const c = compatible(ev({ report: 'r2', perpetrator: 'Pentagon' }), incidentOf(ev({ perpetrator: 'US-led coalition' })));
  assert.equal(c.ok, true);
  assert.match(c.reasons.join(' | '), /belligerents agree: US-led coalition \(Pentagon is on the side of US-led coalition\)/);
});

test('NOT merged: different belligerents blamed for strikes known only to the city', () => {
  // "A coalition strike killed 11 in Mosul" vs "an Islamic State car bomb killed 11 in Mosul".
  const c = compatible(
    ev({ report: 'r2', place: { ...PLACES.mosul }, perpetrator: 'Islamic State', type: 'Remote explosive/landmine/IED' }),
    incidentOf(ev({ place: { ...PLACES.mosul }, perpetrator: 'US-led coalition' })),
  );
  assert.equal(c.ok, false);
  assert.equal(c.reasons[0], 'belligerents contradict: Islamic State vs US-led coalition');
});

test('different belligerents blamed for the same neighbourhood on the same day: one contested incident', () => {
  // "The coalition strike hit al-Jadida" vs "Iraqi officers said IS had rigged the building in al-Jadida".
  const { incidents, resolutions } = resolveAll([
    ev({ report: 'r1', perpetrator: 'US-led coalition' }),
    ev({ report: 'r2', perpetrator: 'Islamic State', type: 'Remote explosive/landmine/IED' }),
  ]);
  assert.equal(incidents.length, 1);
  assert.match(resolutions[1].reasons.join(' | '), /belligerents differ \(Islamic State vs US-led coalition\), but the same day and neighbourhood/);
  assert.equal(incidents[0].grade, 'contested');
});

test('two events of one report: one strike told twice merges, strikes in two neighbourhoods do not', () => {
  // "A strike killed 11 in al-Jadida on Friday. … The coalition said it struck in western Mosul that day."
  const split = resolveAll([ev({ report: 'r1', index: 0 }), ev({ report: 'r1', index: 1, place: { ...PLACES.mosul }, perpetrator: 'US-led coalition', ...harm() })]);
  assert.equal(split.incidents.length, 1);
  assert.equal(split.incidents[0].perpetrator, 'US-led coalition');
  assert.equal(split.incidents[0].independentSources, 1);
  // "Strikes hit al-Jadida and al-Zanjili on Friday, killing 11 and 3."
  const two = resolveAll([ev({ report: 'r1', index: 0 }), ev({ report: 'r1', index: 1, place: { ...PLACES.zanjili }, ...harm({ civKilled: 3 }) })]);
  assert.equal(two.incidents.length, 2);
});

test('NOT merged: two named camps 1.5 km apart on consecutive days; a point inside a district is one place', () => {
  const nuseirat = { name: 'Nuseirat camp', country: 'PS', lat: 31.449, lon: 34.393, precision: 'district' as const };
  const bureij = { name: 'Bureij camp', country: 'PS', lat: 31.44, lon: 34.406, precision: 'district' as const };
  const c = compatible(ev({ report: 'r2', place: bureij, day: '2017-03-18' }), incidentOf(ev({ place: nuseirat })));
  assert.equal(c.ok, false);
  assert.match(c.reasons[0], /^places 1\.\d km apart \(Bureij camp and Nuseirat camp; limit 1 km between two named districts\)$/);
  assert.equal(compatible(ev({ report: 'r2', place: { ...PLACES.jadidaStreet } }), incidentOf(ev())).ok, true);
  // A point 2.9 km from a named district is elsewhere.
  assert.equal(compatible(ev({ report: 'r2', place: { ...PLACES.jadidaStreet } }), incidentOf(ev({ place: { ...PLACES.zanjili } }))).ok, false);
});

test('ids are deterministic and resolving an event twice is idempotent', () => {
  const e = ev();
  assert.equal(incidentId(e.id), incidentId('r1#0'));
  assert.match(incidentId(e.id), /^inc-[0-9a-f]{12}$/);
  const first = resolveEvent(e, [], () => [], { at: AT });
  assert.equal(first.merged, false);
  assert.equal(first.incident.id, incidentId('r1#0'));
  assert.deepEqual(first.reasons, ['no incident nearby in time and place']);
  const again = resolveEvent(e, [first.incident], () => [e], { at: AT });
  assert.equal(again.incident, first.incident);
  assert.deepEqual(again.incident.events, ['r1#0']);
});

test('the closest compatible candidate wins', () => {
  const cityWide = incidentOf(ev({ report: 'a', place: { ...PLACES.mosul } }));
  const jadida = incidentOf(ev({ report: 'b' }));
  const events = new Map([['a#0', ev({ report: 'a', place: { ...PLACES.mosul } })], ['b#0', ev({ report: 'b' })]]);
  const r = resolveEvent(ev({ report: 'c', place: { ...PLACES.jadidaStreet } }), [cityWide, jadida], (ids) => ids.map((id) => events.get(id)!), { at: AT });
  assert.equal(r.merged, true);
  assert.equal(r.incident.id, jadida.id);
  assert.deepEqual(r.incident.events, ['b#0', 'c#0']);
});

test('eventsNeeded names the events resolveEvent will read: the winner\'s, or the linked incident\'s, never the rejected ones\'', () => {
  const cityWide = incidentOf(ev({ report: 'a', place: { ...PLACES.mosul } }));
  const jadida = incidentOf(ev({ report: 'b' }));
  const zanjili = incidentOf(ev({ report: 'z', place: { ...PLACES.zanjili }, perpetrator: 'US-led coalition' }));
  const stored = new Map([['a#0', ev({ report: 'a', place: { ...PLACES.mosul } })], ['b#0', ev({ report: 'b' })], ['z#0', ev({ report: 'z', place: { ...PLACES.zanjili }, perpetrator: 'US-led coalition' })]]);
  const e = ev({ report: 'c', place: { ...PLACES.jadidaStreet } });
  const needed = eventsNeeded(e, [zanjili, cityWide, jadida]);
  assert.deepEqual(needed, ['b#0']);
  // resolveEvent asks for nothing else: an eventsOf that knows only those gives the same merge.
  const asked: string[] = [];
  const r = resolveEvent(e, [zanjili, cityWide, jadida], (ids) => { asked.push(...ids); return ids.flatMap((id) => (needed.includes(id) ? [stored.get(id)!] : [])); }, { at: AT });
  assert.equal(r.incident.id, jadida.id);
  assert.deepEqual(asked, needed);
  // Already linked: its incident's events (what its grade is checked on).
  assert.deepEqual(eventsNeeded(ev({ report: 'b' }), [cityWide, jadida]), ['b#0']);
  // Nothing compatible: nothing to read.
  assert.deepEqual(eventsNeeded(ev({ report: 'q', date: { from: '2017-05-01', to: '2017-05-01' } }), [jadida]), []);
});

test('a merge recomputes the grade and appends it to the history', () => {
  const one = resolveEvent(ev({ perpetrator: 'US-led coalition' }), [], () => [], { at: AT });
  assert.equal(one.incident.grade, 'weak');
  assert.equal(one.graded?.grade, 'weak');
  const e1 = ev({ perpetrator: 'US-led coalition' });
  const two = resolveEvent(ev({ report: 'r2', claims: [claim('residents', 'allegation', 'a coalition jet struck the house')] }), [one.incident], () => [e1], { at: '2026-01-02T00:00:00.000Z' });
  assert.equal(two.incident.grade, 'fair');
  assert.deepEqual(two.incident.gradeHistory.map((g) => [g.grade, g.at]), [['weak', AT], ['fair', '2026-01-02T00:00:00.000Z']]);
});

test('a doer the lexicon does not know ("gunmen") contradicts nobody', () => {
  // "Gunmen fired mortars at the market" / "Islamic State shelled the market, police said".
  const c = compatible(ev({ report: 'r2', perpetrator: 'unidentified gunmen', type: 'Shelling/artillery/missile attack' }),
    incidentOf(ev({ perpetrator: 'Islamic State', type: 'Shelling/artillery/missile attack', place: { ...PLACES.mosul } })));
  assert.equal(c.ok, true, c.reasons.join(' | '));
  assert.match(c.reasons.join(' | '), /belligerents named differently \(unidentified gunmen; Islamic State\), not known to be different sides/);
});
