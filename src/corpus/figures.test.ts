import { test } from 'node:test';
import assert from 'node:assert/strict';
import { incidentFigures, isReported, sourceFigures } from './figures.js';
import { ev, harm } from './test-builders.js';

test('conflicting figures (11 vs 14): range 11–14, conservative 11', () => {
  // "The strike killed 11 civilians." / "Fourteen civilians were killed, a local official said."
  const f = incidentFigures(sourceFigures([ev({ report: 'r1' }), ev({ report: 'r2', ...harm({ civKilled: 14 }) })]));
  assert.deepEqual(f.civilians.killed, { min: 11, max: 14, conservative: 11 });
  assert.deepEqual(f.total.killed, { min: 11, max: 14, conservative: 11 });
  assert.deepEqual(f.combatants.killed, { min: 0, max: 0, conservative: 0 });
});

test('every independent source keeps its own figure', () => {
  const s = sourceFigures([ev({ report: 'r1' }), ev({ report: 'r2', ...harm({ civKilled: 14 }) })]);
  assert.deepEqual(s.map((x) => [x.copyGroup, x.reports, x.civilians.killed.min]), [['r1', ['r1'], 11], ['r2', ['r2'], 14]]);
});

test('a source that does not mention deaths does not pull the figure to 0', () => {
  // "Nine people were wounded in the strike." — nothing said about deaths.
  const f = incidentFigures(sourceFigures([ev({ report: 'r1' }), ev({ report: 'r2', ...harm({ civInjured: 9 }) })]));
  assert.deepEqual(f.civilians.killed, { min: 11, max: 11, conservative: 11 });
  assert.deepEqual(f.civilians.injured, { min: 9, max: 9, conservative: 9 });
});

test('a stated zero counts: "no civilians were hurt" pulls the conservative figure down', () => {
  const f = incidentFigures(sourceFigures([ev({ report: 'r1' }), ev({ report: 'r2', ...harm({ civKilled: 0 }) })]));
  assert.deepEqual(f.civilians.killed, { min: 0, max: 11, conservative: 0 });
});

test('a copy group is one source: its latest report stands (the revised toll)', () => {
  // The wire story said 11 on 18 March; its update the next day said "the toll rose to 15".
  const s = sourceFigures([
    ev({ report: 'w1', copyGroup: 'w1', published: '2017-03-18' }),
    ev({ report: 'w2', copyGroup: 'w1', published: '2017-03-19', ...harm({ civKilled: 15 }) }),
    ev({ report: 'l1', published: '2017-03-18', ...harm({ civKilled: 12 }) }),
  ]);
  assert.equal(s.length, 2);
  assert.deepEqual(s[0].reports, ['w1', 'w2']);
  assert.equal(s[0].civilians.killed.min, 15);
  assert.deepEqual(incidentFigures(s).civilians.killed, { min: 12, max: 15, conservative: 12 });
});

test('open figures: "at least 20" alone stays open; beside 25 the maximum is 25', () => {
  const open = incidentFigures(sourceFigures([ev({ ...harm({ civKilled: [20, null] }) })]));
  assert.deepEqual(open.civilians.killed, { min: 20, max: null, conservative: 20 });
  const both = incidentFigures(sourceFigures([ev({ ...harm({ civKilled: [20, null] }) }), ev({ report: 'r2', ...harm({ civKilled: 25 }) })]));
  assert.deepEqual(both.civilians.killed, { min: 20, max: 25, conservative: 20 });
});

test('civilian status contested: the minimum goes to 0 for civilians and combatants (Airwars)', () => {
  // "Eight civilians died" vs "eight IS fighters were killed".
  const f = incidentFigures(sourceFigures([ev({ ...harm({ civKilled: 8 }) }), ev({ report: 'r2', ...harm({ comKilled: 8 }) })]));
  assert.deepEqual(f.civilians.killed, { min: 0, max: 8, conservative: 8 });
  assert.deepEqual(f.combatants.killed, { min: 0, max: 8, conservative: 8 });
  // NOT contested when one source gives both groups: "three soldiers and eight civilians".
  const g = incidentFigures(sourceFigures([ev({ ...harm({ civKilled: 8, comKilled: 3 }) })]));
  assert.equal(g.civilians.killed.min, 8);
  assert.equal(g.combatants.killed.min, 3);
});

test('without a `reported` list, a non-zero figure counts as stated and a zero does not', () => {
  const { reported: _drop, ...bare } = ev({ ...harm({ civKilled: 4 }) });
  assert.equal(isReported(bare, 'civilians.killed'), true);
  assert.equal(isReported(bare, 'combatants.killed'), false);
});

test('a stitched page adds no source where its origins are in the incident; alone it is the source', () => {
  // The content farm's page repeats the wire's "14 bodies were recovered" sentence.
  const wire = ev({ report: 'w1', ...harm({ civKilled: [14, null] }) });
  const page = ev({ report: 's1', published: '2017-04-04', stitched: true, ...harm({ civKilled: 20 }) });
  const s = sourceFigures([wire, page]);
  assert.deepEqual(s.map((x) => x.copyGroup), ['w1']);
  assert.deepEqual(incidentFigures(s).civilians.killed, { min: 14, max: null, conservative: 14 });
  assert.deepEqual(sourceFigures([page]).map((x) => x.copyGroup), ['s1']);
});
