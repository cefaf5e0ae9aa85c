import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './db.js';

/** The transaction an async call chain is inside: its savepoint depth and a queue for its nested calls. */
interface Scope {
  depth: number;
  tail: Promise<unknown>;
  /** False once the transaction ended: a callback that outlives it is outside again. */
  open: boolean;
}

/**
 * Async transactions over one synchronous better-sqlite3 connection. better-sqlite3's own
 * `db.transaction` takes a sync function; civwatch's Store is async (a PostgreSQL store follows),
 * so this wraps an awaited function in `BEGIN IMMEDIATE … COMMIT`, or `ROLLBACK` when it throws.
 *
 * - A call made from inside a transaction's function (found through AsyncLocalStorage) nests as
 *   a SAVEPOINT: its throw undoes only its own writes.
 * - A call from unrelated async code while a transaction is open waits for it to end, so two
 *   callers never share one connection's transaction by accident.
 *
 * @example
 * const tx = new Transactions(db);
 * await tx.run(async () => { insertReport(); await somethingAsync(); insertEvents(); });
 */
export class Transactions {
  private readonly scope = new AsyncLocalStorage<Scope>();
  private tail: Promise<unknown> = Promise.resolve();
  private open = 0;

  constructor(private readonly db: Db) {}

  /** True when the caller's async context is inside one of this connection's transactions. */
  inside(): boolean {
    return this.scope.getStore()?.open === true;
  }

  /** True when a transaction is open on this connection (from any context). */
  busy(): boolean {
    return this.open > 0;
  }

  run<T>(fn: () => T | Promise<T>): Promise<T> {
    const outer = this.scope.getStore();
    if (outer?.open) {
      const result = outer.tail.then(() => this.savepoint(outer.depth + 1, fn));
      outer.tail = result.catch(() => undefined);
      return result;
    }
    const result = this.tail.then(() => this.top(fn));
    this.tail = result.catch(() => undefined);
    return result;
  }

  private async top<T>(fn: () => T | Promise<T>): Promise<T> {
    this.db.exec('BEGIN IMMEDIATE');
    this.open++;
    const scope: Scope = { depth: 0, tail: Promise.resolve(), open: true };
    try {
      const value = await this.scope.run(scope, fn);
      this.db.exec('COMMIT');
      return value;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    } finally {
      scope.open = false;
      this.open--;
    }
  }

  private async savepoint<T>(depth: number, fn: () => T | Promise<T>): Promise<T> {
    const name = `civwatch_sp_${depth}`;
    this.db.exec(`SAVEPOINT ${name}`);
    const scope: Scope = { depth, tail: Promise.resolve(), open: true };
    try {
      const value = await this.scope.run(scope, fn);
      this.db.exec(`RELEASE ${name}`);
      return value;
    } catch (err) {
      this.db.exec(`ROLLBACK TO ${name}`);
      this.db.exec(`RELEASE ${name}`);
      throw err;
    } finally {
      scope.open = false;
    }
  }
}
