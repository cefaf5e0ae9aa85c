import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryResultRow } from 'pg';

/** The transaction an async call chain is inside: its pinned client, savepoint depth and nested-call queue. */
interface Scope {
  client: PoolClient;
  depth: number;
  tail: Promise<unknown>;
  /** False once the transaction ended: a callback that outlives it runs outside again. */
  open: boolean;
}

/** Statement names by SQL text: each text is prepared once per connection (pg keeps the plan). */
const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `cw_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Queries and transactions over a pg Pool.
 *
 * - {@link PgSession.run} checks one client out of the pool, `BEGIN`s, and runs the function with
 *   that client pinned through AsyncLocalStorage: every {@link PgSession.query} made from inside
 *   it (however deep in awaits) goes to that client, so it is in the transaction. It `COMMIT`s, or
 *   `ROLLBACK`s and rethrows when the function throws.
 * - A `run` from inside a transaction nests as a SAVEPOINT on the same client (its throw undoes
 *   only its own writes); nested runs of one transaction take turns.
 * - A query from unrelated async code uses another pooled client: PostgreSQL isolates it from
 *   open transactions (it sees committed data only), so it need not wait.
 *
 * @example
 * const session = new PgSession(pool);
 * await session.run(async () => { await session.query('INSERT …', [1]); await session.query('UPDATE …'); });
 */
export class PgSession {
  private readonly scope = new AsyncLocalStorage<Scope>();

  constructor(private readonly pool: Pool) {}

  /** The open transaction of the caller's async context, if any. */
  private current(): Scope | undefined {
    const s = this.scope.getStore();
    return s?.open ? s : undefined;
  }

  /** True when the caller's async context is inside one of this session's transactions. */
  inside(): boolean {
    return this.current() !== undefined;
  }

  /** Run one statement (prepared once per connection) in the caller's transaction, or on any pooled client. */
  async query<R extends QueryResultRow = QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    const config = { name: statementName(text), text, values };
    const s = this.current();
    const result = s ? await s.client.query<R>(config) : await this.pool.query<R>(config);
    return result.rows;
  }

  run<T>(fn: () => T | Promise<T>): Promise<T> {
    const outer = this.current();
    if (outer) {
      const result = outer.tail.then(() => this.savepoint(outer, fn));
      outer.tail = result.catch(() => undefined);
      return result;
    }
    return this.top(fn);
  }

  private async top<T>(fn: () => T | Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const scope: Scope = { client, depth: 0, tail: Promise.resolve(), open: true };
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const value = await this.scope.run(scope, fn);
      scope.open = false;
      await client.query('COMMIT');
      return value;
    } catch (err) {
      scope.open = false;
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError as Error; // the connection is unusable: drop it from the pool
      }
      throw err;
    } finally {
      scope.open = false;
      client.release(broken);
    }
  }

  private async savepoint<T>(outer: Scope, fn: () => T | Promise<T>): Promise<T> {
    const depth = outer.depth + 1;
    const name = `civwatch_sp_${depth}`;
    const { client } = outer;
    await client.query(`SAVEPOINT ${name}`);
    const scope: Scope = { client, depth, tail: Promise.resolve(), open: true };
    try {
      const value = await this.scope.run(scope, fn);
      scope.open = false;
      await client.query(`RELEASE SAVEPOINT ${name}`);
      return value;
    } catch (err) {
      scope.open = false;
      await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
      await client.query(`RELEASE SAVEPOINT ${name}`);
      throw err;
    } finally {
      scope.open = false;
    }
  }
}
