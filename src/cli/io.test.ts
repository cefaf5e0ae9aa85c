import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useColour, type CliIO } from './io.js';
import { Readable } from 'node:stream';

const io = (isTTY: boolean, env: NodeJS.ProcessEnv): CliIO => ({ stdout: { write: () => true, isTTY }, stderr: { write: () => true }, stdin: Readable.from([]), env, exitCode: 0 });

test('colour only on a terminal and never with NO_COLOR', () => {
  assert.equal(useColour(io(true, {})), true);
  assert.equal(useColour(io(true, { NO_COLOR: '1' })), false);
  assert.equal(useColour(io(false, {})), false);
});
