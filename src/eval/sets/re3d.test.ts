import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeAnalysis, fakePlace } from '../fixtures.js';
import { ourRe3dSpans, scoreRe3dDoc, summarizeRe3d, type Re3dDoc } from './re3d.js';

// Our own sentence: "Gen. Smith said coalition aircraft struck Raqqa on 4 May."
const doc: Re3dDoc = {
  id: 'd1', source: 'test', text: 'Gen. Smith said coalition aircraft struck Raqqa on 4 May.',
  entities: [
    { start: 0, end: 10, type: 'Person' },
    { start: 16, end: 25, type: 'Organisation' },
    { start: 26, end: 34, type: 'MilitaryPlatform' },
    { start: 42, end: 47, type: 'Location' },
    { start: 51, end: 56, type: 'Temporal' },
  ],
};

test('re3d: actor kinds map to Person/Organisation, places to Location, dates to Temporal', () => {
  const a = fakeAnalysis({
    actors: [
      { text: 'Smith', start: 5, end: 10, name: 'Smith', kind: 'person', key: null },
      { text: 'coalition', start: 16, end: 25, name: 'US-led coalition', kind: 'coalition', key: 'coalition' },
    ],
    places: [fakePlace({ text: 'Raqqa', start: 42, end: 47 })],
    dates: [{ text: 'on 4 May', start: 48, end: 56, from: null, to: null, precision: 'day', stated: true, anchor: null }],
  });
  const ours = ourRe3dSpans(a);
  const c = scoreRe3dDoc(doc, ours);
  assert.deepEqual(c.Person.exact, { tp: 0, fp: 1, fn: 1 }, '"Smith" is not exactly "Gen. Smith"');
  assert.deepEqual(c.Person.overlap, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(c.Organisation.exact, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(c.Location.exact, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(c.Temporal.overlap, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(c.Weapon.overlap, { tp: 0, fp: 0, fn: 0 });
  const m = Object.fromEntries(summarizeRe3d([c]).map((x) => [x.key, x.value]));
  assert.equal(m['re3d.Person.exact.f1'], 0);
  assert.equal(m['re3d.Person.overlap.f1'], 1);
});

test('re3d: civilians count as an Organisation (re3d tags "civilians", "residents" so), and an empty analysis finds nothing', () => {
  const a = fakeAnalysis({ actors: [{ text: 'civilians', start: 0, end: 9, name: 'civilians', kind: 'civilians', key: null }] });
  assert.equal(ourRe3dSpans(a).Organisation.length, 1);
  const c = scoreRe3dDoc(doc, ourRe3dSpans(fakeAnalysis()));
  assert.deepEqual(c.Location.overlap, { tp: 0, fp: 0, fn: 1 });
});

test('re3d: mentions map by what they mention (person, group, site), weapons to Weapon', () => {
  const a = fakeAnalysis({
    mentions: [
      { text: 'he', start: 0, end: 2, of: 'actor', kind: 'person', via: 'pronoun', head: 'he', antecedent: 'Smith' },
      { text: 'the militants', start: 3, end: 16, of: 'actor', kind: 'armed-group', via: 'nominal', head: 'militants', antecedent: null },
      { text: 'the hospital', start: 17, end: 29, of: 'place', kind: 'site', via: 'site', head: 'hospital', antecedent: null },
    ],
    weapons: [{ text: 'mortars', start: 30, end: 37, name: 'mortar', category: 'artillery' }],
  });
  const ours = ourRe3dSpans(a);
  assert.deepEqual(ours.Person, [{ start: 0, end: 2 }]);
  assert.deepEqual(ours.Organisation, [{ start: 3, end: 16 }]);
  assert.deepEqual(ours.Location, [{ start: 17, end: 29 }]);
  assert.deepEqual(ours.Weapon, [{ start: 30, end: 37 }]);
});

test('re3d: a titled name counts twice, nested, as re3d marks it ("Gen. Smith" and "Smith")', () => {
  const a = fakeAnalysis({ actors: [{ text: 'Gen. Smith', start: 0, end: 10, name: 'Smith', kind: 'person', key: null, nameStart: 5 }] });
  assert.deepEqual(ourRe3dSpans(a).Person, [{ start: 0, end: 10 }, { start: 5, end: 10 }]);
});
