import { createHash } from 'node:crypto';

/**
 * A 64-bit advisory lock id (as a decimal string, for a `bigint` parameter) for a key within a
 * namespace (the store's schema): the first 8 bytes of sha256(namespace NUL key), signed. Two
 * schemas in one database never share a key's lock.
 *
 * @example
 * lockId('public', 'cell:2017-03-17|36.3,43.1'); // '-4105…' (stable)
 */
export function lockId(namespace: string, key: string): string {
  const digest = createHash('sha256').update(namespace).update('\0').update(key).digest();
  return digest.readBigInt64BE(0).toString();
}

/**
 * Lock ids of `keys`, deduplicated and sorted (numerically): every transaction takes its locks in
 * one global order, so two transactions locking overlapping sets cannot deadlock on them.
 *
 * @example
 * lockIds('public', ['b', 'a', 'b']).length; // 2
 */
export function lockIds(namespace: string, keys: readonly string[]): string[] {
  const ids = [...new Set(keys.map((k) => lockId(namespace, k)))];
  return ids.sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
}

/** Takes each lock in the array's order and waits for each (one round trip). */
export const LOCK_SQL = 'SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k';
