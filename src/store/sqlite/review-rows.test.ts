import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportInfoFromRow, reviewFromRow } from './review-rows.js';

test('reviewFromRow: decided_by as by, before/after parsed from JSON text', () => {
  const r = reviewFromRow({
    id: 3, incident: 'inc-1', action: 'correct', decided_by: 'analyst', at: '2024-02-01T10:00:00Z', reason: 'second source',
    field: 'civilians.killed', before: '{"min":2,"max":2}', after: '{"min":3,"max":3}',
  });
  assert.deepEqual(r, {
    id: 3, incident: 'inc-1', action: 'correct', by: 'analyst', at: '2024-02-01T10:00:00Z', reason: 'second source',
    field: 'civilians.killed', before: { min: 2, max: 2 }, after: { min: 3, max: 3 },
  });
  assert.throws(() => reviewFromRow({ ...ROW, before: 'not json' }), SyntaxError);
});

const ROW = { id: 1, incident: 'i', action: 'confirm' as const, decided_by: 'a', at: 't', reason: 'r', field: null, before: 'null', after: 'null' };

test('reportInfoFromRow: stitched from SQLite 0/1 and PostgreSQL booleans alike', () => {
  const row = { id: 'r1', url: null, outlet: 'Valley Wire', title: 't', published: '2021-05-12', copy_of: 'r0', copy_group: 'r0', stitched: 1 };
  assert.deepEqual(reportInfoFromRow(row), { id: 'r1', url: null, outlet: 'Valley Wire', title: 't', published: '2021-05-12', copyOf: 'r0', copyGroup: 'r0', stitched: true });
  assert.equal(reportInfoFromRow({ ...row, stitched: true }).stitched, true);
  assert.equal(reportInfoFromRow({ ...row, stitched: 0 }).stitched, false);
  assert.equal(reportInfoFromRow({ ...row, stitched: false }).stitched, false);
});
