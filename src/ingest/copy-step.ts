import type { Store } from '../store/store.js';
import type { StoredReport } from '../corpus/types.js';
import type { IsoDate } from '../report/types.js';
import { minhash, REPORT_HASHES, REPORT_SHINGLE, shingles } from '../corpus/minhash.js';
import { bandKeys } from '../corpus/lsh.js';
import { COPY_CONTAINMENT, copyScore } from '../corpus/copies.js';

/** A report's copy-detection keys, computed once per report. */
export interface CopyKeys {
  shingles: Set<number>;
  bands: string[];
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
 * The earliest stored report that this text is a copy of, found as {@link CopyIndex} finds it,
 * over the store: bucket-mates by band key (an index lookup), each confirmed on exact shingle
 * containment; only reports published on or before this one qualify (undated ones by the order
 * they were stored).
 *
 * @example
 * const original = await findCopyOf(store, copyKeys(text), '2017-03-31'); // StoredReport | null
 */
export async function findCopyOf(store: Store, keys: CopyKeys, published: IsoDate | null): Promise<StoredReport | null> {
  if (keys.shingles.size === 0) return null;
  const ids = await store.reportsWithBands(keys.bands);
  const originals: StoredReport[] = [];
  for (const id of ids) {
    const r = await store.getReport(id);
    if (!r) continue;
    if (published !== null && r.published !== null && r.published > published) continue;
    if (copyScore(keys.shingles, shingles(r.text, { k: REPORT_SHINGLE })).aInB >= COPY_CONTAINMENT) originals.push(r);
  }
  originals.sort((a, b) => (a.published ?? '9999') < (b.published ?? '9999') ? -1 : (a.published ?? '9999') > (b.published ?? '9999') ? 1 : a.ingestedAt.localeCompare(b.ingestedAt));
  return originals[0] ?? null;
}
