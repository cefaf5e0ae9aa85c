import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../pipeline/runner.js';
import type { Stage } from '../pipeline/stage.js';
import { createReport, makeSpan, spansOf } from '../report/report.js';
import type { ActorValue, CasualtyValue, DateValue, PlaceValue, Span } from '../report/types.js';
import { segment } from './segment.js';
import { events } from './events.js';

/**
 * Unit tests of the events stage alone: the spans it reads (casualties, actors, places) are built
 * by hand here, the way the earlier stages would, so a failure points at this stage only.
 */
type Given = { casualties?: [string, Partial<CasualtyValue>, number?][]; actors?: [string, Partial<ActorValue>][]; places?: [string, Partial<PlaceValue>][]; dates?: [string, string][] };

function run(text: string, given: Given = {}) {
  const find = (needle: string, nth = 0) => {
    let at = text.indexOf(needle);
    for (let k = 0; k < nth && at >= 0; k++) at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" not in text`);
    return { start: at, end: at + needle.length };
  };
  const sentenceAt = (r: { spans: readonly Span[] }, offset: number) =>
    (r.spans.find((s) => s.label === 'sentence' && s.start <= offset && offset < s.end) as Span<'sentence'>).value.index;
  const givenStage: Stage = {
    name: 'given', requires: ['sentence'], assigns: ['date', 'place', 'actor', 'casualty', 'claim'],
    run(r) {
      const spans: Span[] = [];
      for (const [needle, v, nth] of given.casualties ?? []) {
        const at = find(needle, nth);
        spans.push(makeSpan(r, { ...at, label: 'casualty', stage: 'given', value: { sentence: sentenceAt(r, at.start), kind: 'killed', group: 'civilians', min: 1, max: 1, conservative: 1, stated: true, hedged: false, ...v } }));
      }
      for (const [needle, v] of given.actors ?? []) {
        spans.push(makeSpan(r, { ...find(needle), label: 'actor', stage: 'given', value: { name: needle, kind: 'armed-group', key: null, ...v } }));
      }
      for (const [needle, v] of given.places ?? []) {
        spans.push(makeSpan(r, { ...find(needle), label: 'place', stage: 'given', value: { name: needle, country: 'IQ', lat: 36.3, lon: 43.1, precision: 'city', source: 'test', ...v } }));
      }
      for (const [needle, day] of given.dates ?? []) {
        const value: DateValue = { from: day, to: day, precision: 'day', stated: true, anchor: null };
        spans.push(makeSpan(r, { ...find(needle), label: 'date', stage: 'given', value }));
      }
      return { spans };
    },
  };
  return spansOf(buildPipeline([segment, givenStage, events]).run(createReport(text, { published: '2017-04-04' })), 'event').map((s) => s.value);
}

test('events: two groups in one sentence add up; the type comes from the weapon word', () => {
  const ev = run('An air strike killed two soldiers and five civilians in Mosul.', {
    casualties: [['two soldiers', { group: 'combatants', min: 2, max: 2, conservative: 2 }], ['five civilians', { min: 5, max: 5, conservative: 5 }]],
    places: [['Mosul', {}]],
  });
  assert.equal(ev.length, 1);
  assert.equal(ev[0].type, 'Air/drone strike');
  assert.equal(ev[0].total.killed.conservative, 7);
  assert.equal(ev[0].civilians.killed.conservative, 5);
  assert.equal(ev[0].combatants.killed.conservative, 2);
  assert.equal(ev[0].place, 0);
  assert.equal(ev[0].target, 'civilians');
});

test('events: the same people mentioned again in the next sentence count once', () => {
  const ev = run('Three civilians were killed in a drone strike. The three victims were farmers.', {
    casualties: [['Three civilians', { min: 3, max: 3, conservative: 3 }], ['three victims', { min: 3, max: 3, conservative: 3 }]],
  });
  assert.equal(ev.length, 1);
  assert.equal(ev[0].total.killed.conservative, 3);
});

test('events: "the bombardment" continues the event before it; "a separate explosion" opens a new one', () => {
  const ev = run('The push was backed by coalition air strikes. The bombardment killed four fighters. A separate explosion killed a boy.', {
    casualties: [['four fighters', { group: 'combatants', min: 4, max: 4, conservative: 4 }], ['a boy', {}]],
    actors: [['coalition', { kind: 'coalition', name: 'US-led coalition' }]],
  });
  assert.equal(ev.length, 2);
  assert.equal(ev[0].type, 'Air/drone strike');
  assert.equal(ev[0].combatants.killed.conservative, 4);
  assert.equal(ev[0].perpetrator, 'US-led coalition');
  assert.deepEqual(ev[1].sentences, [2]);
});

test('events: a suicide bombing is not typed by its generic "explosion"', () => {
  const ev = run('A suicide bomber caused an explosion at the checkpoint, killing six people.', {
    casualties: [['six people', { group: 'unknown', min: 6, max: 6, conservative: 6 }]],
  });
  assert.equal(ev[0].type, 'Suicide bomb');
  assert.equal(ev[0].total.killed.conservative, 6);
  // People of unknown status are presumed civilians (Airwars' convention).
  assert.equal(ev[0].civilians.killed.conservative, 6);
  assert.equal(ev[0].combatants.killed.conservative, 0);
});

test('events: unknown-status dead beyond the named combatants are presumed civilians', () => {
  const ev = run('An air strike killed seven people, among them two fighters.', {
    casualties: [['seven people', { group: 'unknown', min: 7, max: 7, conservative: 7 }], ['two fighters', { group: 'combatants', min: 2, max: 2, conservative: 2 }]],
  });
  assert.equal(ev[0].total.killed.conservative, 7);
  assert.equal(ev[0].civilians.killed.conservative, 5);
  assert.equal(ev[0].combatants.killed.conservative, 2);
});

test('events: the same harm told twice, once generically, is one event', () => {
  const ev = run('An explosion was thought to have killed scores of civilians. Residents buried the dead. Officials met on Monday. The US admitted that a coalition strike probably killed dozens of civilians.', {
    casualties: [['scores of civilians', { min: 20, max: null, conservative: 20, hedged: true, stated: false }], ['dozens of civilians', { min: 12, max: null, conservative: 12, hedged: true, stated: false }]],
    actors: [['coalition', { kind: 'coalition', name: 'US-led coalition' }]],
  });
  assert.equal(ev.length, 1);
  assert.equal(ev[0].type, 'Air/drone strike');
  assert.deepEqual(ev[0].sentences, [0, 3]);
});

test('events: two strikes in different neighbourhoods stay apart', () => {
  const ev = run('An air strike killed five civilians in Zanjili. Another air strike killed five civilians in Rifai.', {
    casualties: [['five civilians in Zanjili', { min: 5, max: 5, conservative: 5 }], ['five civilians in Rifai', { min: 5, max: 5, conservative: 5 }]],
    places: [['Zanjili', { precision: 'district', lat: 36.345, lon: 43.12 }], ['Rifai', { precision: 'district', lat: 36.36, lon: 43.1 }]],
  });
  assert.equal(ev.length, 2);
});

test('events: a tally of "air strikes" this month is not the single strike told before it', () => {
  const ev = run('An air strike killed eleven civilians in Mosul on Tuesday. Monitors said scores of civilians were killed in air strikes across the city this month.', {
    casualties: [['eleven civilians', { min: 11, max: 11, conservative: 11 }], ['scores of civilians', { min: 20, max: null, conservative: 20, stated: false }]],
  });
  assert.equal(ev.length, 2);
  assert.equal(ev[0].civilians.killed.conservative, 11);
});

test('events: a headline and a figure-only sentence join the event they tell of', () => {
  const ev = run('Air strike hits bakery in Mosul\n\nAn air strike killed eleven civilians in a bakery on Tuesday. The strike came at dawn. Doctors said at least 20 people were injured.', {
    casualties: [['eleven civilians', { min: 11, max: 11, conservative: 11 }], ['at least 20 people', { kind: 'injured', group: 'unknown', min: 20, max: null, conservative: 20 }]],
    places: [['Mosul', {}]],
  });
  assert.equal(ev.length, 1);
  assert.deepEqual(ev[0].sentences, [0, 1, 2, 3]);
  assert.equal(ev[0].total.injured.conservative, 20);
});

test('events: a sentence with no event word and no figure makes no event', () => {
  assert.deepEqual(run('The weather in the city was calm on Sunday. Markets reopened.'), []);
});

test('events: "an alleged Israeli airstrike" names the Israeli military as the doer when no actor is named', () => {
  const ev = run('An alleged Israeli airstrike hit a house in Rafah, killing four people.', {
    casualties: [['four people', { group: 'unknown', min: 4, max: 4, conservative: 4 }]],
  });
  assert.equal(ev[0].perpetrator, 'Israeli military');
});

test('events: "army" names no doer in a report that is not about Myanmar', () => {
  const ev = run('Army shelling hit the outskirts of the town, killing two people.', {
    casualties: [['two people', { group: 'unknown', min: 2, max: 2, conservative: 2 }]],
  });
  assert.equal(ev[0].perpetrator, null);
});

test('events: "the attack" alone takes the weapon the report names elsewhere', () => {
  const ev = run('The attack killed three people in the camp. Residents said an airstrike had flattened the house next door a day earlier.', {
    casualties: [['three people', { group: 'unknown', min: 3, max: 3, conservative: 3 }]],
  });
  assert.equal(ev[0].type, 'Air/drone strike');
});

test('events: "the attack" stays an attack when the report names no weapon', () => {
  const ev = run('The attack killed three people in the camp. Residents fled to the school.', {
    casualties: [['three people', { group: 'unknown', min: 3, max: 3, conservative: 3 }]],
  });
  assert.equal(ev[0].type, 'Attack');
});

test('events: one strike told again with a plural word and an overlapping stated figure is one event', () => {
  const ev = run('An air strike on the market killed between 40 and 48 civilians. Residents wept. Rights monitors later wrote that air strikes hit the market, killing at least 44 people.', {
    casualties: [['between 40 and 48 civilians', { min: 40, max: 48, conservative: 40 }], ['at least 44 people', { group: 'unknown', min: 44, max: null, conservative: 44 }]],
  });
  assert.equal(ev.length, 1);
  assert.deepEqual([ev[0].civilians.killed.min, ev[0].civilians.killed.max], [40, 48]);
});

test('events: a vague plural tally that overlaps is NOT merged with the single strike', () => {
  const ev = run('An air strike killed 25 civilians in a bakery on Tuesday. Residents wept. Monitors said scores of civilians were killed in air strikes across the city this month.', {
    casualties: [['25 civilians', { min: 25, max: 25, conservative: 25 }], ['scores of civilians', { min: 20, max: null, conservative: 20, stated: false }]],
  });
  assert.equal(ev.length, 2);
});

test('events: a date that dates a report or a post does not tell its figures apart from the strike', () => {
  // "<source> reported on <date> that …": the date of the report, not of the strike.
  const reported = run('An air strike killed six civilians in Deir al-Balah on October 9. Neighbours searched the rubble. Rescuers worked until dawn. The ministry reported on October 11 that the strike killed six people.', {
    casualties: [['six civilians', { min: 6, max: 6, conservative: 6 }], ['six people', { group: 'unknown', min: 6, max: 6, conservative: 6 }]],
    dates: [['October 9', '2023-10-09'], ['October 11', '2023-10-11']],
  });
  assert.equal(reported.length, 1);
  assert.deepEqual(reported[0].sentences, [0, 3]);
  // "a <date> video post from …": the date of the post.
  const post = run('An air strike killed four civilians in Khan Younis on October 17. Relatives mourned them. Friends shared photos. A November 3 video post from a cousin shows the four members of the family the strike killed.', {
    casualties: [['four civilians', { min: 4, max: 4, conservative: 4 }], ['four members', { min: 4, max: 4, conservative: 4 }]],
    dates: [['October 17', '2023-10-17'], ['November 3', '2023-11-03']],
  });
  assert.equal(post.length, 1);
  // A date of the strike itself still tells two strikes apart.
  const apart = run('An air strike killed six civilians in Deir al-Balah on October 9. Neighbours searched the rubble. Rescuers worked until dawn. An air strike on October 11 killed six people.', {
    casualties: [['six civilians', { min: 6, max: 6, conservative: 6 }], ['six people', { group: 'unknown', min: 6, max: 6, conservative: 6 }]],
    dates: [['October 9', '2023-10-09'], ['October 11', '2023-10-11']],
  });
  assert.equal(apart.length, 2);
});

test('events: a later count told of "the bombing" is another count of the strike before it', () => {
  const text = 'An air strike hit a building in Rafah on October 17, killing 26 civilians. Her uncle had last seen her in January, on a holiday. Friends shared her photos. Others wrote tributes. One colleague posted a poem. An agency said 28 people were killed by the bombing of the building in Rafah.';
  const ev = run(text, {
    casualties: [['26 civilians', { min: 26, max: 26, conservative: 26 }], ['28 people', { group: 'unknown', min: 28, max: 28, conservative: 28 }]],
    places: [['Rafah on', { name: 'Rafah', precision: 'city' }], ['Rafah.', { name: 'Rafah', precision: 'city' }]],
    dates: [['October 17', '2023-10-17'], ['January', '2023-01-15']],
  });
  assert.equal(ev.length, 1);
  assert.deepEqual([ev[0].civilians.killed.min, ev[0].civilians.killed.max], [28, 28]);
  // "another strike" and a plural "the strikes" name other events.
  for (const words of ['by another strike on a building', 'by the strikes on buildings']) {
    const other = run(text.replace('by the bombing of the building', words), {
      casualties: [['26 civilians', { min: 26, max: 26, conservative: 26 }], ['28 people', { group: 'unknown', min: 28, max: 28, conservative: 28 }]],
    });
    assert.equal(other.filter((e) => e.total.killed.conservative > 0).length, 2, words);
  }
});

test('events: a strike that killed no one, told twice by its wounded, is one event', () => {
  const text = 'At least three workers were injured by an air strike on a factory on Monday. Fire crews put out the blaze. The factory made soap. The owner counted losses. One post later said an air strike injured three workers.';
  const ev = run(text, {
    casualties: [['At least three workers', { kind: 'injured', min: 3, max: null, conservative: 3 }], ['three workers.', { kind: 'injured', min: 3, max: 3, conservative: 3 }]],
  });
  assert.equal(ev.length, 1);
  assert.deepEqual(ev[0].sentences, [0, 4]);
  // Different wounded counts that cannot be the same people stay apart.
  const apart = run(text.replace('injured three workers', 'injured nine workers').replace('three workers.', 'nine workers.'), {
    casualties: [['At least three workers', { kind: 'injured', min: 3, max: 3, conservative: 3 }], ['nine workers.', { kind: 'injured', min: 9, max: 9, conservative: 9 }]],
  });
  assert.equal(apart.length, 2);
});

test('events: the same words for the same figure twice in one sentence are one reading', () => {
  const fifteen = { kind: 'killed' as const, group: 'unknown' as const, min: 15, max: 15, conservative: 15 };
  const once = run('Medics received 15 martyrs after the air strike on the market … the ministry later confirmed 15 martyrs.', {
    casualties: [['15 martyrs', fifteen], ['15 martyrs', fifteen, 1]],
  });
  assert.equal(once.length, 1);
  assert.equal(once[0].civilians.killed.conservative, 15);
  // A place named between them tells two groups apart; different words are different people.
  const apart = run('Air strikes killed two children in Rafah and two children in Khan Younis.', {
    casualties: [['two children', { min: 2, max: 2, conservative: 2 }], ['two children', { min: 2, max: 2, conservative: 2 }, 1]],
    places: [['Rafah', { precision: 'city', lat: 31.29, lon: 34.25 }], ['Khan Younis', { precision: 'city', lat: 31.34, lon: 34.3 }]],
  });
  assert.equal(apart[0].civilians.killed.conservative, 4);
  const women = run('An air strike killed two women and two children.', {
    casualties: [['two women', { min: 2, max: 2, conservative: 2 }], ['two children', { min: 2, max: 2, conservative: 2 }]],
  });
  assert.equal(women[0].civilians.killed.conservative, 4);
});
