import type { Statement } from 'better-sqlite3';
import type { Db } from './db.js';

/** A statement cache for one connection: each SQL text is prepared once. */
export type Prepared = (sql: string) => Statement;

/**
 * @example
 * const q = prepared(db);
 * q('SELECT * FROM reports WHERE id = ?').get('r1');
 */
export function prepared(db: Db): Prepared {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
}
