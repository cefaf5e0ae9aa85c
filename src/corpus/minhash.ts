/**
 * MinHash signatures over word shingles. Two texts' signatures agree in a position with
 * probability equal to the Jaccard similarity of their shingle sets, so a fixed-size signature
 * stands in for the whole text when looking for copies (see `lsh.ts` for the banding that turns
 * signatures into index keys).
 *
 * Hashing is 32-bit FNV-1a per word, combined per shingle and remixed once per hash function with
 * murmur3's finalizer: fast, no crypto per shingle, and stable across runs and machines. The
 * seeds and mixing are part of the stored data (band keys live in the store): changing them
 * means re-indexing, and `minhash.test.ts` pins them.
 */
import { words } from './normalize.js';
import { fnv1a } from '../util/fnv1a.js';

export interface ShingleOptions {
  /** Words per shingle: 5 for whole reports, 3 for single sentences. */
  k?: number;
}

export interface SignatureOptions extends ShingleOptions {
  /** Number of hash functions (signature length). */
  hashes?: number;
}

/** Defaults for whole reports: 5-word shingles, 126 hashes (42 LSH bands of 3 rows). */
export const REPORT_SHINGLE = 5;
export const REPORT_HASHES = 126;


/** murmur3's 32-bit finalizer: spreads every input bit over the output. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed per-function seeds from a splitmix-style sequence (deterministic, no Math.random). */
const SEEDS: Uint32Array = (() => {
  const out = new Uint32Array(1024);
  let s = 0x9e3779b9;
  for (let i = 0; i < out.length; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    out[i] = fmix32(s ^ 0x5bd1e995);
  }
  return out;
})();

/**
 * The set of shingle hashes of a text: every run of `k` consecutive normalized words, hashed to
 * 32 bits. A text shorter than `k` words is one shingle of all its words; an empty text has none.
 *
 * @example
 * shingles('An air strike hit a market in Mosul', { k: 5 }).size; // 4
 */
export function shingles(text: string, opts: ShingleOptions = {}): Set<number> {
  return shinglesOfWords(words(text), opts.k ?? REPORT_SHINGLE);
}

/** {@link shingles} over words already normalized. */
export function shinglesOfWords(ws: readonly string[], k: number): Set<number> {
  const out = new Set<number>();
  if (ws.length === 0) return out;
  const wh = ws.map(fnv1a);
  const n = Math.max(1, ws.length - k + 1);
  const width = Math.min(k, ws.length);
  for (let i = 0; i < n; i++) {
    let h = 0x2545f491;
    for (let j = 0; j < width; j++) h = fmix32(Math.imul(h, 31) + wh[i + j]);
    out.add(h);
  }
  return out;
}

/**
 * MinHash signature of a set of shingle hashes: for each hash function, the least value it takes
 * over the set. An empty set gives all-0xffffffff (similar to nothing but another empty text).
 *
 * @example
 * const sig = minhash(shingles(text), 126);
 */
export function minhash(set: ReadonlySet<number>, hashes: number = REPORT_HASHES): Uint32Array {
  if (hashes > SEEDS.length) throw new RangeError(`at most ${SEEDS.length} hash functions`);
  const sig = new Uint32Array(hashes).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < hashes; i++) {
      const v = fmix32(x ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/**
 * MinHash signature of a text's word shingles (5 words, 126 hashes unless told).
 *
 * @example
 * const a = signature('Twelve civilians were killed when an air strike hit a market in Mosul.');
 * a.length; // 126
 */
export function signature(text: string, opts: SignatureOptions = {}): Uint32Array {
  return minhash(shingles(text, opts), opts.hashes ?? REPORT_HASHES);
}

/**
 * Estimated Jaccard similarity of two texts from their signatures: the share of positions that
 * agree. Signatures of different lengths are compared over the shorter.
 *
 * @example
 * similarity(signature(wire), signature(copy)); // ≈ 0.8 for a copy with a new headline
 */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * Exact Jaccard similarity of two shingle sets (|A∩B| / |A∪B|); 0 when both are empty.
 *
 * @example
 * jaccard(shingles(wire), shingles(copy)); // 0.78
 */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const inter = intersection(a, b);
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/**
 * Share of `a`'s shingles that are also in `b` (|A∩B| / |A|): how much of `a` is `b`'s text.
 * Directional: a trimmed copy is contained in its original, not the other way round.
 *
 * @example
 * containment(shingles(trimmedCopy), shingles(wire)); // ≈ 1
 */
export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  return a.size === 0 ? 0 : intersection(a, b) / a.size;
}

function intersection(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}
