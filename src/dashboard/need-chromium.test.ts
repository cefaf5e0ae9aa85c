import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needChromium } from '../testing/services.js';

/** Run `fn` with environment variables set (undefined: unset), restoring them after. */
function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  try {
    return fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

test('needChromium: a missing executable skips visibly, naming the path', () => {
  const skipped: string[] = [];
  const got = withEnv({ CIVWATCH_CHROMIUM: '/nonexistent/chromium', CI: undefined }, () => needChromium({ skip: (m) => skipped.push(m ?? '') }));
  assert.equal(got, null);
  assert.equal(skipped.length, 1);
  assert.match(skipped[0], /Chromium at \/nonexistent\/chromium .*skipped/);
});

test('needChromium: under CI=true a missing executable is a failure, not a skip', () => {
  assert.throws(() => withEnv({ CIVWATCH_CHROMIUM: '/nonexistent/chromium', CI: 'true' }, () => needChromium({ skip: () => assert.fail('must not skip under CI') })), /CI=true/);
});

test('needChromium: an executable file is returned as is', () => {
  assert.equal(withEnv({ CIVWATCH_CHROMIUM: process.execPath }, () => needChromium({ skip: () => assert.fail('must not skip') })), process.execPath);
});
