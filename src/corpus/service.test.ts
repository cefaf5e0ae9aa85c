import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gradeFilter } from './service.js';

test('grade filter: a name, a list, and "+" for this grade or better on weak < fair < confirmed', () => {
  assert.deepEqual(gradeFilter('fair+'), ['fair', 'confirmed']);
  assert.deepEqual(gradeFilter('weak+'), ['weak', 'fair', 'confirmed']);
  assert.deepEqual(gradeFilter('confirmed+'), ['confirmed']);
  assert.deepEqual(gradeFilter('contested'), ['contested']);
  assert.deepEqual(gradeFilter('Weak, contested'), ['weak', 'contested']);
});

test('grade filter: contested and discounted are not on the ladder; unknown names are refused', () => {
  assert.throws(() => gradeFilter('contested+'), /only weak, fair and confirmed are ordered/);
  assert.throws(() => gradeFilter('discounted+'), RangeError);
  assert.throws(() => gradeFilter('strong'), /unknown grade "strong"/);
  assert.equal(gradeFilter('fair').includes('confirmed'), false, 'without + only the grade itself');
});
