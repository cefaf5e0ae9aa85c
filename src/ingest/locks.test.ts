import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lockKeys, reportLockKeys } from './locks.js';
import type { Store } from '../store/store.js';

test('reportLockKeys names the report, its bands and its sentences, each in its own namespace', () => {
  assert.deepEqual(reportLockKeys({ hash: 'h1', url: 'https://example.org/a', id: 'r1', bands: ['0:ab'], sentences: ['s1', 's2'] }),
    ['hash:h1', 'url:https://example.org/a', 'id:r1', 'band:0:ab', 'sent:s1', 'sent:s2']);
  assert.deepEqual(reportLockKeys({ hash: 'h1', url: null, id: undefined, bands: [], sentences: [] }), ['hash:h1']);
});

test('lockKeys passes each key once, and makes no call for no keys', async () => {
  const seen: string[][] = [];
  const locking = { lockKeys: async (keys: string[]) => void seen.push(keys) } as unknown as Store;
  await lockKeys(locking, ['b', 'a', 'b']);
  await lockKeys(locking, []);
  assert.deepEqual(seen, [['b', 'a']]);
});
