/**
 * Copy detection: is this report the same wire story as one already stored? Candidates come from
 * LSH buckets (`lsh.ts`), never from all pairs; each candidate is confirmed on exact shingle
 * overlap. A report is a copy of another when most of its text is the other's text
 * (containment of its 5-word shingles ≥ 0.5): a new headline, a trimmed paragraph, an added
 * sentence or another byline leave most shingles in place, while a different story about the
 * same strike, in the same place on the same day, shares almost none.
 */
import type { IsoDate } from '../report/types.js';
import { containment, jaccard, minhash, REPORT_HASHES, REPORT_SHINGLE, shingles, similarity } from './minhash.js';
import { bandKeys, BandIndex } from './lsh.js';

/** Share of a report's shingles that must be in the other report for it to be a copy. */
export const COPY_CONTAINMENT = 0.5;

export interface CopyScore {
  /** Exact Jaccard of the two shingle sets. */
  jaccard: number;
  /** Share of `a`'s shingles found in `b`. */
  aInB: number;
  /** Share of `b`'s shingles found in `a`. */
  bInA: number;
}

/**
 * Exact overlap of two texts' 5-word shingles.
 *
 * @example
 * copyScore(copyText, wireText); // { jaccard: 0.81, aInB: 0.93, bInA: 0.86 }
 */
export function copyScore(a: string | ReadonlySet<number>, b: string | ReadonlySet<number>): CopyScore {
  const sa = typeof a === 'string' ? shingles(a) : a;
  const sb = typeof b === 'string' ? shingles(b) : b;
  return { jaccard: jaccard(sa, sb), aInB: containment(sa, sb), bInA: containment(sb, sa) };
}

/**
 * True when most of `copy`'s text is `original`'s text (containment ≥ 0.5, see
 * {@link COPY_CONTAINMENT}). Directional: a story that quotes a short wire in full and adds its
 * own reporting is not a copy of the wire, though the wire is contained in it. Which of two
 * reports is the copy is decided by publication date (the later one), not here.
 *
 * @example
 * isCopy(syndicatedWithNewHeadline, wire); // true
 * isCopy(otherReporterSameStrike, wire);   // false
 */
export function isCopy(copy: string | ReadonlySet<number>, original: string | ReadonlySet<number>, threshold = COPY_CONTAINMENT): boolean {
  return copyScore(copy, original).aInB >= threshold;
}

/** What the index keeps per report. */
interface Entry {
  id: string;
  published: IsoDate | null;
  order: number;
  shingles: Set<number>;
  signature: Uint32Array;
}

export interface CopyCandidate {
  id: string;
  published: IsoDate | null;
  /** Estimated Jaccard from the signatures. */
  estimate: number;
  score: CopyScore;
}

/**
 * An in-memory copy index for tests and batch runs, the same algorithm the ingest service runs
 * over the store (`putBands` / `reportsWithBands`). `comparisons` counts confirmed candidate
 * pairs, to check that the work stays near-linear.
 *
 * @example
 * const index = new CopyIndex();
 * index.add('wire', wireText, '2017-03-30');
 * index.copyOf(syndicatedText, '2017-03-31'); // 'wire'
 */
export class CopyIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly bands = new BandIndex();
  /** Candidate pairs compared so far (exact shingle overlap computed). */
  comparisons = 0;

  get size(): number { return this.entries.size; }

  /** Index a report. Adding an id twice replaces nothing: the first text stays. */
  add(id: string, text: string, published: IsoDate | null = null): void {
    if (this.entries.has(id)) return;
    const set = shingles(text, { k: REPORT_SHINGLE });
    const sig = minhash(set, REPORT_HASHES);
    this.entries.set(id, { id, published, order: this.entries.size, shingles: set, signature: sig });
    // Empty texts would all share every bucket: they are copies of nothing.
    if (set.size > 0) this.bands.add(id, bandKeys(sig));
  }

  /**
   * Stored reports sharing a band with `text`, with their overlap, most similar first. Only
   * bucket-mates are compared.
   */
  candidates(text: string): CopyCandidate[] {
    const set = shingles(text, { k: REPORT_SHINGLE });
    if (set.size === 0) return [];
    const sig = minhash(set, REPORT_HASHES);
    const out: CopyCandidate[] = [];
    for (const id of this.bands.query(bandKeys(sig))) {
      const e = this.entries.get(id);
      if (!e) continue;
      this.comparisons++;
      out.push({ id, published: e.published, estimate: similarity(sig, e.signature), score: copyScore(set, e.shingles) });
    }
    return out.sort((a, b) => b.score.jaccard - a.score.jaccard || a.id.localeCompare(b.id));
  }

  /**
   * The earliest stored report that `text` is a copy of (published on or before `published`;
   * reports without a date count by insertion order), or null.
   */
  copyOf(text: string, published: IsoDate | null = null, opts: { exclude?: string } = {}): string | null {
    const originals = this.candidates(text)
      .filter((c) => c.id !== opts.exclude && c.score.aInB >= COPY_CONTAINMENT)
      .filter((c) => published === null || c.published === null || c.published <= published)
      .map((c) => this.entries.get(c.id) as Entry);
    originals.sort(earliestFirst);
    return originals[0]?.id ?? null;
  }

  /**
   * Copy groups over everything indexed: each report joined to the reports it is a copy of or
   * that copy it, keyed by the group's earliest member. Cost: one bucket query per report.
   */
  groups(): Map<string, string[]> {
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let r = x;
      while (parent.get(r) !== r) r = parent.get(r) as string;
      parent.set(x, r);
      return r;
    };
    for (const id of this.entries.keys()) parent.set(id, id);
    for (const e of this.entries.values()) {
      if (e.shingles.size === 0) continue;
      for (const id of this.bands.query(bandKeys(e.signature))) {
        if (id === e.id) continue;
        const o = this.entries.get(id) as Entry;
        this.comparisons++;
        const s = copyScore(e.shingles, o.shingles);
        if (s.aInB < COPY_CONTAINMENT && s.bInA < COPY_CONTAINMENT) continue;
        const [ra, rb] = [find(e.id), find(id)];
        if (ra === rb) continue;
        const first = earliestFirst(this.entries.get(ra) as Entry, this.entries.get(rb) as Entry) <= 0 ? ra : rb;
        parent.set(ra, first);
        parent.set(rb, first);
      }
    }
    const out = new Map<string, string[]>();
    for (const id of this.entries.keys()) {
      const root = find(id);
      const list = out.get(root);
      if (list) list.push(id); else out.set(root, [id]);
    }
    return out;
  }
}

function earliestFirst(a: Entry, b: Entry): number {
  if (a.published && b.published && a.published !== b.published) return a.published < b.published ? -1 : 1;
  return a.order - b.order;
}
