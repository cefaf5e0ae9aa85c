import { test } from 'node:test';
import assert from 'node:assert/strict';
import { grade } from './grade.js';
import { buildIncident, incidentId } from './incident.js';
import type { EventRecord, GradeRecord } from './types.js';
import { claim, ev, harm } from './test-builders.js';

const AT = '2026-01-01T00:00:00.000Z';
const gradeOf = (events: EventRecord[], history: GradeRecord[] = []) => buildIncident(incidentId(events[0].id), events, history, AT).incident;

test('a copy group counts once: two reports of one wire story are a single source → weak', () => {
  // The same agency story under two headlines, in two outlets.
  const inc = gradeOf([
    ev({ report: 'w1', outlet: 'Wire', perpetrator: 'US-led coalition' }),
    ev({ report: 'w2', copyGroup: 'w1', outlet: 'Daily Reprint', perpetrator: 'US-led coalition' }),
  ]);
  assert.equal(inc.independentSources, 1);
  assert.equal(inc.grade, 'weak');
  assert.deepEqual(inc.gradeReasons, ['a single independent source (2 reports of one story)']);
});

test('two independent sources and a named belligerent → fair', () => {
  const inc = gradeOf([
    ev({ report: 'r1', perpetrator: 'US-led coalition' }),
    ev({ report: 'r2', claims: [claim('residents', 'allegation', 'the jets came at dawn and hit three houses', 'civilians')] }),
  ]);
  assert.equal(inc.grade, 'fair');
  assert.deepEqual(inc.gradeReasons, ['2 independent sources (2 reports) report it', 'US-led coalition named as the belligerent by 1 source']);
});

test('NOT fair: two independent sources that name no belligerent stay weak', () => {
  const inc = gradeOf([ev({ report: 'r1' }), ev({ report: 'r2' })]);
  assert.equal(inc.grade, 'weak');
  assert.match(inc.gradeReasons[0], /none names a belligerent/);
});

test('an acknowledgment by the accused side (the Pentagon for the coalition) → confirmed', () => {
  // "The Pentagon said it was likely a coalition strike contributed to the deaths."
  const inc = gradeOf([
    ev({ report: 'r1', perpetrator: 'US-led coalition' }),
    ev({ report: 'r2', published: '2017-03-25', claims: [claim('Pentagon', 'acknowledgment', 'it is likely a coalition strike contributed to the deaths', 'state-forces')] }),
  ]);
  assert.equal(inc.grade, 'confirmed');
  assert.match(inc.gradeReasons[0], /^US-led coalition acknowledged the harm: Pentagon "it is likely a coalition strike contributed to the deaths" \(report r2\)$/);
});

test('NOT confirmed: an "acknowledgment" by a bystander (an NGO) is no belligerent\'s', () => {
  const inc = gradeOf([
    ev({ report: 'r1', perpetrator: 'US-led coalition' }),
    ev({ report: 'r2', claims: [claim('Amnesty International', 'acknowledgment', 'the deaths were avoidable', 'ngo')] }),
  ]);
  assert.equal(inc.grade, 'fair');
});

test('a denial by the accused against allegations → contested', () => {
  // "Residents said an Israeli strike hit the building" / "The Israeli military denied it was operating there."
  const inc = gradeOf([
    ev({ report: 'r1', perpetrator: 'Israeli military', claims: [claim('residents', 'allegation', 'an Israeli jet hit the building', 'civilians')] }),
    ev({ report: 'r2', claims: [claim('Israel Defense Forces', 'denial', 'it had not carried out any strike in the area', 'state-forces')] }),
  ]);
  assert.equal(inc.grade, 'contested');
  assert.match(inc.gradeReasons[0], /^Israeli military denied it: Israel Defense Forces "it had not carried out any strike in the area" \(report r2\), against 1 allegation and 1 source blaming it$/);
});

test('NOT contested: a denial by a party nobody blamed', () => {
  const inc = gradeOf([
    ev({ report: 'r1', perpetrator: 'US-led coalition' }),
    ev({ report: 'r2', claims: [claim('Hamas', 'denial', 'none of its fighters were in Mosul', 'armed-group')] }),
  ]);
  assert.equal(inc.grade, 'fair');
});

test('sources blaming different sides → contested', () => {
  const inc = gradeOf([ev({ report: 'r1', perpetrator: 'US-led coalition' }), ev({ report: 'r2', perpetrator: 'Islamic State' })]);
  assert.equal(inc.grade, 'contested');
  assert.match(inc.gradeReasons[0], /^sources blame different belligerents: (US-led coalition|Islamic State) \(1 source\), /);
});

test('NOT contested: the Pentagon and the coalition named by different sources are one side', () => {
  const inc = gradeOf([ev({ report: 'r1', perpetrator: 'US-led coalition' }), ev({ report: 'r2', perpetrator: 'Pentagon' })]);
  assert.equal(inc.grade, 'fair');
  assert.equal(inc.perpetrator, 'US-led coalition');
});

test('later independent reporting that the dead were fighters → discounted', () => {
  // "Eight civilians died" (18 March) / "the eight men killed were IS fighters, relatives said" (22 March)
  const inc = gradeOf([
    ev({ report: 'r1', perpetrator: 'US-led coalition', ...harm({ civKilled: 8 }) }),
    ev({ report: 'r2', published: '2017-03-22', ...harm({ comKilled: 8 }), claims: [claim('relatives', 'statement', 'the men had joined the group last year')] }),
  ]);
  assert.equal(inc.grade, 'discounted');
  assert.match(inc.gradeReasons[0], /^later reporting \(1 independent source\) gives only combatants killed, no civilians$/);
});

test('NOT discounted: only the accused calls the dead fighters (context, not evidence)', () => {
  const inc = gradeOf([
    ev({ report: 'r1', perpetrator: 'US-led coalition', ...harm({ civKilled: 8 }) }),
    ev({ report: 'r2', published: '2017-03-22', ...harm({ comKilled: 8 }), claims: [claim('CJTF-OIR', 'statement', 'the strike killed eight ISIS fighters', 'coalition')] }),
  ]);
  assert.notEqual(inc.grade, 'discounted');
});

test('later reporting unanimously blaming another party → discounted', () => {
  const inc = gradeOf([
    ev({ report: 'r1', published: '2017-03-18', perpetrator: 'US-led coalition' }),
    ev({ report: 'r2', published: '2017-03-20', perpetrator: 'Islamic State' }),
    ev({ report: 'r3', published: '2017-03-21', perpetrator: 'Islamic State' }),
  ]);
  assert.equal(inc.grade, 'discounted');
  assert.match(inc.gradeReasons[0], /^later reporting \(2 independent sources\) blames Islamic State, not US-led coalition$/);
});

test('an analyst\'s grade is never silently overwritten', () => {
  const human: GradeRecord = { grade: 'fair', reasons: ['the strike log lists this target'], at: AT, by: 'human' };
  const events = [ev({ report: 'r1' })];
  const r = grade({ perpetrator: null, gradeHistory: [human] }, events);
  assert.equal(r.grade, 'fair');
  assert.equal(r.automatic?.grade, 'weak');
  assert.ok(r.reasons.some((x) => x.startsWith("automatic grade weak differs from the analyst's")), r.reasons.join(' | '));
  const { incident, graded } = buildIncident('inc-x', events, [human], AT);
  assert.equal(incident.grade, 'fair');
  assert.equal(graded, null);
  assert.deepEqual(incident.gradeHistory, [human]);
});

test('NOT contested: a doer the lexicon does not know beside a known one; still named → fair', () => {
  const inc = gradeOf([ev({ report: 'r1', perpetrator: 'Islamic State' }), ev({ report: 'r2', perpetrator: 'gunmen' })]);
  assert.equal(inc.grade, 'fair');
  assert.equal(inc.perpetrator, 'Islamic State');
});

test('NOT contested: a source that mentions another party\'s earlier fighting in passing blames the doer of the harm', () => {
  // "A coalition strike killed 11 … Iraqi forces have fought IS in the district since last month."
  const inc = gradeOf([
    ev({ report: 'r1', index: 0, perpetrator: 'US-led coalition' }),
    ev({ report: 'r1', index: 1, perpetrator: 'Iraqi security forces', type: 'Armed clash', ...harm() }),
    ev({ report: 'r2', perpetrator: 'Pentagon' }),
  ]);
  assert.equal(inc.grade, 'fair');
  assert.equal(inc.perpetrator, 'US-led coalition');
});

test('a stitched page is no second source: with one wire story it stays weak', () => {
  const inc = gradeOf([ev({ report: 'w1', perpetrator: 'US-led coalition' }), ev({ report: 's1', stitched: true, perpetrator: 'US-led coalition' })]);
  assert.equal(inc.independentSources, 1);
  assert.equal(inc.grade, 'weak');
  assert.deepEqual(inc.events, ['w1#0', 's1#0']);
});

test('competing accounts → contested: the accused gives its account and, in that report, a second belligerent denies', () => {
  // "The coalition said the blast was an Islamic State car bomb … Islamic State denied any part in it."
  const inc = gradeOf([
    ev({ report: 'r1', perpetrator: 'US-led coalition' }),
    ev({ report: 'r2', claims: [
      claim('US-led coalition', 'statement', 'the blast was caused by a car bomb, not an air strike'),
      claim('Islamic State', 'denial', 'any of its fighters had a part in the blast', 'armed-group'),
    ] }),
  ]);
  assert.equal(inc.grade, 'contested');
  assert.match(inc.gradeReasons[0], /^responsibility disputed: US-led coalition gave its account \(US-led coalition "the blast was caused by a car bomb, not an air strike"\) and Islamic State denied it: Islamic State "any of its fighters had a part in the blast" \(report r2\)$/);
});

test('NOT contested: a second belligerent denies in one report, the accused speaks only in another', () => {
  const inc = gradeOf([
    ev({ report: 'r1', perpetrator: 'US-led coalition', claims: [claim('US-led coalition', 'statement', 'it is assessing the reports')] }),
    ev({ report: 'r2', claims: [claim('Islamic State', 'denial', 'any of its fighters had a part in the blast', 'armed-group')] }),
  ]);
  assert.equal(inc.grade, 'fair');
});
