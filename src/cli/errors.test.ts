import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeError, UsageError, EXIT } from './errors.js';
import { InputError } from '../input/input-error.js';

test('input and usage errors are one line with their exit codes', () => {
  assert.deepEqual(describeError(new InputError('empty', 'a.txt: the input is empty')), { line: 'civwatch: a.txt: the input is empty', exitCode: EXIT.input });
  assert.deepEqual(describeError(new UsageError('--max-bytes must be\na positive integer')), { line: 'civwatch: --max-bytes must be a positive integer', exitCode: EXIT.usage });
});

test('an unexpected error is one line, says it is a bug, and has NO stack unless CIVWATCH_DEBUG is set', () => {
  const quiet = describeError(new TypeError('x is undefined'), {});
  assert.equal(quiet.exitCode, EXIT.internal);
  assert.match(quiet.line, /^civwatch: internal error: x is undefined \(a bug/);
  assert.equal(quiet.stack, undefined);
  assert.ok(describeError(new TypeError('x'), { CIVWATCH_DEBUG: '1' }).stack);
});
