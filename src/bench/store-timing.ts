import { performance } from 'node:perf_hooks';
import type { Store } from '../store/store.js';
import type { StageTiming } from './timing.js';

export interface TimedStore {
  /** The same store; every method call but `transaction` is timed. Pass it to `ingestReport`. */
  store: Store;
  /** Totals per store method, the most CPU first. */
  timings(): StageTiming[];
}

/** Not timed: `transaction` holds the whole ingest of a report, the others run once. */
const UNTIMED = new Set(['transaction', 'migrate', 'close']);

/**
 * Wrap a store so that the time spent in each of its methods is counted (wall and CPU, from the
 * call until its promise settles). Internal calls between the store's own methods are not
 * counted twice: the wrapped method runs with the real store as `this`.
 *
 * @example
 * const timed = timeStore(openSqliteStore(':memory:'));
 * await ingestReport(timed.store, doc);
 * timed.timings(); // [{ name: 'putReport', calls: 1, ms: 0.8, cpuMs: 0.7 }, …]
 */
export function timeStore(store: Store): TimedStore {
  const totals = new Map<string, StageTiming>();
  const wrappers = new Map<PropertyKey, unknown>();
  const proxy = new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function' || typeof key !== 'string' || UNTIMED.has(key)) {
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      let w = wrappers.get(key);
      if (!w) {
        const fn = value as (...a: unknown[]) => unknown;
        const t: StageTiming = { name: key, calls: 0, ms: 0, cpuMs: 0 };
        totals.set(key, t);
        w = (...args: unknown[]) => {
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          const done = () => {
            t.ms += performance.now() - t0;
            const c = process.cpuUsage(c0);
            t.cpuMs += (c.user + c.system) / 1000;
            t.calls += 1;
          };
          try {
            const out = fn.apply(target, args);
            if (out instanceof Promise) return out.finally(done);
            done();
            return out;
          } catch (e) {
            done();
            throw e;
          }
        };
        wrappers.set(key, w);
      }
      return w;
    },
  });
  return {
    store: proxy,
    timings: () => [...totals.values()].map((t) => ({ ...t })).sort((a, b) => b.cpuMs - a.cpuMs),
  };
}
