import type { Store } from '../store/store.js';
import type { IsoDate } from '../report/types.js';
import { minhash, REPORT_HASHES, REPORT_SHINGLE, shingles } from '../corpus/minhash.js';
import { bandKeys } from '../corpus/lsh.js';
import { COPY_CONTAINMENT } from '../corpus/copies.js';

/** A report's copy-detection keys, computed once per report. */
export interface CopyKeys {
  shingles: Set<number>;
  bands: string[];
}

/** What copy detection keeps of a stored report: its shingles, sorted, and what orders originals. */
interface Known {
  shingles: Uint32Array;
  published: IsoDate | null;
  ingestedAt: string;
  copyGroup: string;
}

/** Fewer shingles of its own than this (the rest boilerplate): too little to call a copy on. */
const MIN_OWN_SHINGLES = 10;

/**
 * Bounds of the candidate lookup. A band key shared by many reports (templated boilerplate, a
 * story syndicated by hundreds of outlets) contributes at most `perBand` of them, and only the
 * `limit` reports sharing the most keys are compared: a copy shares most of its original's keys,
 * a report that only shares boilerplate one or two. Without the bounds the candidates per report
 * grow with the corpus (at 30,000 generated reports one key was shared by 1,681 of them).
 */
export const COPY_CANDIDATES = { perBand: 64, limit: 32 } as const;

/**
 * Reports' shingles kept between reports (~2.5 kB each, so ~125 MB when full), so candidates are
 * not re-read and re-shingled. Least recently used first out: a wire story's copies keep its
 * original in; at 100,000 reports a first-in-first-out cache of 20,000 re-read 1.13 M reports.
 */
const CACHE_SIZE = 50_000;
const caches = new WeakMap<Store, Map<string, Known>>();

function cacheOf(store: Store): Map<string, Known> {
  let c = caches.get(store);
  if (!c) caches.set(store, (c = new Map()));
  return c;
}

/**
 * Shingles and LSH band keys of a report text.
 *
 * @example
 * const keys = copyKeys(text); await store.putBands(id, keys.bands);
 */
export function copyKeys(text: string): CopyKeys {
  const set = shingles(text, { k: REPORT_SHINGLE });
  return { shingles: set, bands: bandKeys(minhash(set, REPORT_HASHES)) };
}

/**
 * Remember a report just stored, so that later reports of the batch compare with it without
 * reading it back. Call only once its transaction has committed.
 *
 * @example
 * rememberReport(store, { id, published, ingestedAt, copyGroup }, keys);
 */
export function rememberReport(store: Store, r: { id: string; published: IsoDate | null; ingestedAt: string; copyGroup: string }, keys: CopyKeys): void {
  const cache = cacheOf(store);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(r.id, { shingles: Uint32Array.from(keys.shingles), published: r.published, ingestedAt: r.ingestedAt, copyGroup: r.copyGroup });
}

async function known(store: Store, id: string): Promise<Known | null> {
  const cache = cacheOf(store);
  const hit = cache.get(id);
  if (hit) {
    // Most recently used last (a Map keeps insertion order).
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const r = await store.getReport(id);
  if (!r) return null;
  const k: Known = { shingles: Uint32Array.from(shingles(r.text, { k: REPORT_SHINGLE })), published: r.published, ingestedAt: r.ingestedAt, copyGroup: r.copyGroup };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(id, k);
  return k;
}

/** Share of `a`'s shingles found in `b`. */
function containment(a: ReadonlySet<number>, b: Uint32Array): number {
  if (a.size === 0) return 0;
  let inside = 0;
  for (const x of b) if (a.has(x)) inside++;
  return inside / a.size;
}

/**
 * The earliest stored report that this text is a copy of, found as `CopyIndex` finds it, over
 * the store: bucket-mates by band key (an index lookup), each confirmed on exact shingle
 * containment (≥ {@link COPY_CONTAINMENT} of this text's shingles in the other, leaving out the
 * shingles of its boilerplate sentences: sharing what every story prints makes no copy); only
 * reports published on or before this one qualify (undated ones by the order they were stored).
 *
 * @example
 * const original = await findCopyOf(store, copyKeys(text), '2017-03-31'); // { id, copyGroup } | null
 */
export async function findCopyOf(
  store: Store, keys: CopyKeys, published: IsoDate | null, boilerplate: ReadonlySet<number> = new Set(),
): Promise<{ id: string; copyGroup: string } | null> {
  const own = boilerplate.size ? new Set([...keys.shingles].filter((x) => !boilerplate.has(x))) : keys.shingles;
  // Nothing of its own to compare (all boilerplate): sentence provenance still finds a copy.
  if (own.size < MIN_OWN_SHINGLES) return null;
  const originals: (Known & { id: string })[] = [];
  for (const id of await store.reportsWithBands(keys.bands, COPY_CANDIDATES)) {
    const r = await known(store, id);
    if (!r) continue;
    if (published !== null && r.published !== null && r.published > published) continue;
    // Both sets are duplicate-free, so counting `r`'s shingles inside ours counts the shared ones.
    if (containment(own, r.shingles) >= COPY_CONTAINMENT) originals.push({ ...r, id });
  }
  const day = (d: IsoDate | null) => d ?? '9999-99-99';
  originals.sort((a, b) => (day(a.published) < day(b.published) ? -1 : day(a.published) > day(b.published) ? 1 : a.ingestedAt.localeCompare(b.ingestedAt)));
  const first = originals[0];
  return first ? { id: first.id, copyGroup: first.copyGroup } : null;
}
