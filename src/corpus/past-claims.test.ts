import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { isClaimEvent, lookbackCells, matchPastClaim, statementDay } from './past-claims.js';
import { buildIncident, incidentId } from './incident.js';
import { resolveEvent } from './resolve.js';
import { cellsFor } from './cells.js';
import type { EventRecord } from './types.js';
import { PLACES, claim, ev, harm } from './test-builders.js';

const AT = '2026-01-01T00:00:00.000Z';
const none = harm();
// The strike: 17 March in al-Jadida, blamed on the coalition by one source.
const strike = ev({ report: 's1', perpetrator: 'US-led coalition' });
const incident = buildIncident(incidentId(strike.id), [strike], [], AT).incident;
const eventsOf = (ids: string[]) => ids.flatMap((id) => (id === strike.id ? [strike] : []));
// "The coalition acknowledged on Thursday that a strike in al-Jadida earlier this month probably killed civilians."
const ack = (o: Partial<EventRecord> = {}) => ev({
  report: 'a1', day: '2017-03-30', published: '2017-03-30', perpetrator: 'US-led coalition', ...none,
  claims: [{ ...claim('coalition', 'acknowledgment', 'one of its strikes probably killed civilians'), side: 'coalition' }], ...o,
});

test('a belligerent\'s acknowledgment without figures is a claim event; a report of harm, or a claim by nobody known, is not', () => {
  assert.equal(isClaimEvent(ack()), true);
  assert.equal(isClaimEvent(ack(harm({ civKilled: 17 }))), false);
  assert.equal(isClaimEvent(ack({ claims: [claim('residents', 'statement', 'the jets came at night')] })), false);
  assert.equal(isClaimEvent(ack({ perpetrator: null, claims: [claim('a neighbour', 'denial', 'there were no fighters')] })), false);
});

test('statementDay: "acknowledged on Thursday" in a report of that Thursday is dated by the statement; "on 19 March" is not', () => {
  const said = analyze('The US-led coalition acknowledged on Thursday that one of its air strikes in Mosul earlier this month probably killed civilians.', { published: '2017-03-30' });
  const i = said.events.findIndex((e) => e.date?.from === '2017-03-30');
  assert.ok(i >= 0, JSON.stringify(said.events.map((e) => e.date)));
  assert.equal(statementDay(said, i, '2017-03-30'), '2017-03-30');
  const own = analyze('An air strike on 19 March killed 17 civilians in Mosul, the coalition acknowledged.', { published: '2017-03-30' });
  const j = own.events.findIndex((e) => e.date?.from === '2017-03-19');
  assert.ok(j >= 0, JSON.stringify(own.events.map((e) => e.date)));
  assert.equal(statementDay(own, j, '2017-03-30'), null);
  assert.equal(statementDay(own, 99, '2017-03-30'), null);
});

test('lookbackCells reach back PAST_CLAIM_DAYS over the incident\'s cells; none without a place', () => {
  const cells = lookbackCells(PLACES.jadida, '2017-03-30');
  assert.ok(cellsFor(incident).some((c) => cells.includes(c)));
  assert.deepEqual(lookbackCells(null, '2017-03-30'), []);
  const later = lookbackCells(PLACES.jadida, '2017-05-30');
  assert.ok(!cellsFor(incident).some((c) => later.includes(c)), 'two months later is out of reach');
});

test('an acknowledgment dated only by its statement joins the strike it speaks of, 13 days earlier, and says why', () => {
  const a = ack();
  const plain = resolveEvent(a, [], eventsOf, { at: AT });
  assert.equal(plain.merged, false, 'on its own date nothing matches');
  const r = resolveEvent(a, [], eventsOf, { at: AT, earlier: { day: '2017-03-30', incidents: [incident] } });
  assert.equal(r.merged, true);
  assert.equal(r.incident.id, incident.id);
  assert.match(r.reasons[0], /^acknowledgment by US-led coalition dated only by the day it was made \(2017-03-30\): a statement about an earlier incident, matched to inc-\w+ of 2017-03-17, 13 days before \(within 30\)$/);
  assert.equal(r.incident.date?.from, '2017-03-17', 'the strike\'s date stays');
  assert.equal(r.incident.grade, 'confirmed');
});

test('NOT matched: another side\'s denial, an incident after the statement or too long before, another place', () => {
  const denial = ack({ perpetrator: null, claims: [{ ...claim('Islamic State', 'denial', 'it had fighters there'), side: 'islamic-state' }] });
  assert.equal(matchPastClaim(denial, '2017-03-30', [incident], eventsOf), null);
  assert.equal(matchPastClaim(ack(), '2017-03-10', [incident], eventsOf), null, 'the strike came after the statement');
  assert.equal(matchPastClaim(ack(), '2017-05-30', [incident], eventsOf), null, 'more than 30 days');
  assert.equal(matchPastClaim(ack({ place: { ...PLACES.raqqa } }), '2017-03-30', [incident], eventsOf), null);
  assert.equal(matchPastClaim(ack(harm({ civKilled: 3 })), '2017-03-30', [incident], eventsOf)?.incident.id, incident.id, 'matching itself does not check figures; resolveEvent only asks for claim events');
  const withFigures = resolveEvent(ack(harm({ civKilled: 3 })), [], eventsOf, { at: AT, earlier: { day: '2017-03-30', incidents: [incident] } });
  assert.equal(withFigures.merged, false, 'a report of harm with its own date is its own incident');
});

test('of two earlier incidents, the one in the same neighbourhood wins over a nearer one in the whole city', () => {
  const city = ev({ report: 'c1', day: '2017-03-26', place: { ...PLACES.mosul }, perpetrator: 'US-led coalition' });
  const cityIncident = buildIncident(incidentId(city.id), [city], [], AT).incident;
  const both = (ids: string[]) => [...eventsOf(ids), ...ids.flatMap((id) => (id === city.id ? [city] : []))];
  assert.equal(matchPastClaim(ack(), '2017-03-30', [cityIncident, incident], both)?.incident.id, incident.id);
});
