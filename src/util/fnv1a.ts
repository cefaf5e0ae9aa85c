/**
 * 32-bit FNV-1a of a string's UTF-16 code units: the one cheap string hash the project uses
 * (MinHash shingles and LSH band keys, the gazetteer index's buckets). Stored band keys and the
 * built index depend on it, so changing it means re-indexing.
 *
 * @example
 * fnv1a('mosul'); // a 32-bit unsigned integer, the same on every run
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
