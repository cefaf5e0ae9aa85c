/**
 * The Store contract, key locks (`Store.lockKeys`, issue 6): what every store guarantees — mutual
 * exclusion between transactions that lock an overlapping key, release at commit and at rollback,
 * and no use outside a transaction. That disjoint keys do not block each other is a PostgreSQL
 * property (SQLite's write transactions exclude each other whatever they lock), tested in
 * `pg.test.ts`. See `contract.ts`.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { WithStore } from './contract.js';
import { incidentFixture } from './fixtures.js';
import type { Store } from './store.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A promise and the function that resolves it. */
function signal(): { promise: Promise<void>; fire: () => void } {
  let fire!: () => void;
  const promise = new Promise<void>((r) => { fire = r; });
  return { promise, fire };
}

/** Rejects when `p` takes longer than `ms` (a lock never released fails the test instead of hanging it). */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: still waiting after ${ms} ms`)), ms); });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * What a resolver does for one report of a strike: lock the strike's cell, look for an incident
 * there, create one if there is none. Under the lock, two of them at once make one incident.
 */
async function resolveUnderLock(s: Store, cell: string, id: string, pause: number): Promise<void> {
  await s.transaction(async () => {
    await s.lockKeys([cell]);
    const found = await s.candidateIncidents([cell]);
    await sleep(pause); // the other resolver's look-up would run here, were it not for the lock
    if (!found.length) await s.putIncident(incidentFixture({ id }), [cell]);
  });
}

export function runLockContract(withStore: WithStore): void {
  describe('key locks', () => {
    withStore('transactions locking an overlapping key run one after the other', async (s) => {
      const log: string[] = [];
      const held = signal();
      const first = s.transaction(async () => {
        await s.lockKeys(['cell:a', 'cell:b']);
        log.push('first locked');
        held.fire();
        await sleep(80);
        log.push('first done');
      });
      await held.promise;
      const second = s.transaction(async () => {
        await s.lockKeys(['cell:c', 'cell:b']);
        log.push('second locked');
      });
      await within(Promise.all([first, second]), 10_000, 'the two transactions');
      assert.deepEqual(log, ['first locked', 'first done', 'second locked']);
    });

    withStore('two resolvers seeing the same strike at once make one incident, not two', async (s) => {
      await within(Promise.all([
        resolveUnderLock(s, 'd:2017-03-17|p:36.3,43.1', 'i-from-worker-1', 60),
        resolveUnderLock(s, 'd:2017-03-17|p:36.3,43.1', 'i-from-worker-2', 60),
      ]), 10_000, 'the resolvers');
      assert.equal(await s.countIncidents(), 1);
      assert.equal((await s.candidateIncidents(['d:2017-03-17|p:36.3,43.1'])).length, 1);
    });

    withStore('a rolled-back transaction releases its locks', async (s) => {
      const held = signal();
      const failing = s.transaction(async () => {
        await s.lockKeys(['cell:x']);
        held.fire();
        await sleep(30);
        throw new Error('resolver failed');
      });
      await held.promise;
      const next = s.transaction(async () => {
        await s.lockKeys(['cell:x']);
        return 'locked after the rollback';
      });
      await assert.rejects(failing, /resolver failed/);
      assert.equal(await within(next, 10_000, 'the lock after a rollback'), 'locked after the rollback');
    });

    withStore('inside a transaction: repeated, duplicate and no keys are fine; a nested transaction may lock too', async (s) => {
      const value = await within(s.transaction(async () => {
        await s.lockKeys([]);
        await s.lockKeys(['k1', 'k1', 'k2']);
        await s.lockKeys(['k2']);
        await s.transaction(() => s.lockKeys(['k1', 'k3']));
        return 'done';
      }), 10_000, 'relocking held keys');
      assert.equal(value, 'done');
    });

    withStore('outside a transaction lockKeys rejects (a lock would end at once)', async (s) => {
      await assert.rejects(s.lockKeys(['cell:a']), /inside store\.transaction/);
    });
  });
}
