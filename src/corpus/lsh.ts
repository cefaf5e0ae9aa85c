/**
 * LSH banding: a MinHash signature cut into bands of a few rows, each band hashed to a string key.
 * Two texts share a key when all rows of one band agree, so texts with a high Jaccard similarity
 * share a key with high probability while unrelated ones almost never do. The store indexes the
 * keys, and a new report is compared only with the reports in its buckets: cost grows with the
 * number of true copies, not with the corpus.
 *
 * Whole reports use 42 bands of 3 rows (126 hashes): a pair at Jaccard 0.5 becomes a candidate
 * with probability 0.996, at 0.4 with 0.94, at 0.1 (two stories on one topic) with 0.04.
 */
import { fmix32 } from './minhash.js';

export interface BandOptions {
  bands?: number;
  rows?: number;
  /** Prefix of every key, to keep report and sentence keys apart in one table. */
  prefix?: string;
}

export const REPORT_BANDS = 42;
export const REPORT_ROWS = 3;

/**
 * The LSH band keys of a signature: `<prefix><band>:<16 hex digits>`. The band index is part of
 * the key, so equal rows in different bands never collide.
 *
 * @example
 * bandKeys(signature(text)); // ['0:4f1c…', '1:9a07…', …] (42 keys)
 */
export function bandKeys(sig: Uint32Array, opts: BandOptions = {}): string[] {
  const bands = opts.bands ?? REPORT_BANDS;
  const rows = opts.rows ?? REPORT_ROWS;
  const prefix = opts.prefix ?? '';
  if (bands * rows > sig.length) throw new RangeError(`${bands} bands of ${rows} rows need ${bands * rows} hashes, signature has ${sig.length}`);
  const keys: string[] = [];
  for (let b = 0; b < bands; b++) {
    // Two independent 32-bit folds: a 64-bit key keeps accidental bucket sharing negligible.
    let h1 = 0x3c6ef372 ^ b;
    let h2 = 0xa54ff53a ^ Math.imul(b, 0x27d4eb2f);
    for (let r = 0; r < rows; r++) {
      const v = sig[b * rows + r];
      h1 = fmix32(Math.imul(h1, 31) ^ v);
      h2 = fmix32((h2 + Math.imul(v, 0x165667b1)) >>> 0);
    }
    keys.push(`${prefix}${b}:${hex(h1)}${hex(h2)}`);
  }
  return keys;
}

/**
 * Probability that two texts of Jaccard similarity `s` share at least one band key:
 * 1 − (1 − s^rows)^bands. Used to choose `bands` and `rows`, and in tests.
 *
 * @example
 * candidateProbability(0.5); // 0.996 with 42 bands of 3 rows
 */
export function candidateProbability(s: number, opts: BandOptions = {}): number {
  const bands = opts.bands ?? REPORT_BANDS;
  const rows = opts.rows ?? REPORT_ROWS;
  return 1 - (1 - s ** rows) ** bands;
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/**
 * An in-memory LSH index: band key → ids holding it. What the store's band table does, for tests
 * and batch runs.
 *
 * @example
 * const index = new BandIndex();
 * index.add('r1', bandKeys(signature(text)));
 * index.query(bandKeys(signature(other))); // ['r1'] when they share a band
 */
export class BandIndex {
  private readonly buckets = new Map<string, string[]>();

  add(id: string, keys: readonly string[]): void {
    for (const k of keys) {
      const bucket = this.buckets.get(k);
      if (!bucket) this.buckets.set(k, [id]);
      else if (bucket[bucket.length - 1] !== id) bucket.push(id);
    }
  }

  /** Ids sharing at least one key, in first-seen order, each once. */
  query(keys: readonly string[]): string[] {
    const seen = new Set<string>();
    for (const k of keys) for (const id of this.buckets.get(k) ?? []) seen.add(id);
    return [...seen];
  }
}
