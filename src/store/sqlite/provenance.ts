/**
 * Copy detection and sentence provenance in SQLite: LSH band keys per report, the earliest
 * sentence per normalized-sentence hash, and each sentence's origin (columns of `sentences`).
 */
import type { SentenceOrigin } from '../../corpus/types.js';
import type { IsoDate } from '../../report/types.js';
import type { Prepared } from './prepared.js';
import type { BandQuery } from '../store.js';

export interface SentenceHashRow { hash: string; report: string; sentence: number; published: IsoDate | null }

/** Band, hash and origin reads and writes over one connection's statement cache. */
export class ProvenanceTable {
  constructor(private readonly q: Prepared, private readonly reportText: (id: string) => string | null) {}

  /** Replace a report's band keys. */
  putBands(report: string, bands: string[]): void {
    this.q('DELETE FROM report_bands WHERE report = ?').run(report);
    const insert = this.q('INSERT OR IGNORE INTO report_bands (band, report) VALUES (?, ?)');
    for (const b of bands) insert.run(b, report);
  }

  /** Reports sharing band keys with the given ones, most keys shared first (see the Store interface). */
  reportsWithBands(bands: string[], opts: BandQuery = {}): string[] {
    const per = opts.perBand;
    // One row more than the bound tells a crowded key from a key with exactly `perBand` reports.
    const byBand = this.q('SELECT report FROM report_bands WHERE band = ? ORDER BY report LIMIT ?');
    const shared = new Map<string, SharedKeys>();
    for (const band of new Set(bands)) {
      const rows = byBand.all(band, per === undefined ? -1 : per + 1) as { report: string }[];
      const crowded = per !== undefined && rows.length > per;
      for (const { report } of crowded ? rows.slice(0, per) : rows) {
        const k = shared.get(report) ?? { all: 0, rare: 0 };
        k.all++;
        if (!crowded) k.rare++;
        shared.set(report, k);
      }
    }
    return rankByShared(shared, opts.limit);
  }

  /**
   * Keep the earliest sentence per hash: a dated sentence beats an undated one, an earlier date
   * a later one; on a tie the one stored first stays. Keys may be exact hashes or near-same band
   * keys alike. The first key given for a sentence (provenance gives its exact hash first) is
   * also noted in `sentences.hash`.
   */
  putSentenceHashes(rows: SentenceHashRow[]): void {
    const upsert = this.q(`INSERT INTO sentence_hashes (hash, report, sentence, published) VALUES (?, ?, ?, ?)
      ON CONFLICT (hash) DO UPDATE SET report = excluded.report, sentence = excluded.sentence, published = excluded.published
      WHERE excluded.published IS NOT NULL
        AND (sentence_hashes.published IS NULL OR excluded.published < sentence_hashes.published)`);
    const note = this.q('UPDATE sentences SET hash = ? WHERE report = ? AND idx = ? AND hash IS NULL');
    for (const r of rows) {
      upsert.run(r.hash, r.report, r.sentence, r.published);
      note.run(r.hash, r.report, r.sentence);
    }
  }

  findSentenceByHash(hash: string): SentenceHashRow | null {
    const row = this.q('SELECT hash, report, sentence, published FROM sentence_hashes WHERE hash = ?').get(hash) as SentenceHashRow | undefined;
    return row ?? null;
  }

  /** {@link findSentenceByHash} for many keys in one query (keys not found are absent). */
  findSentencesByHashes(hashes: string[]): Map<string, SentenceHashRow> {
    const out = new Map<string, SentenceHashRow>();
    if (!hashes.length) return out;
    const rows = this.q('SELECT hash, report, sentence, published FROM sentence_hashes WHERE hash IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(hashes)) as SentenceHashRow[];
    for (const r of rows) out.set(r.hash, r);
    return out;
  }

  /** Distinct publication days of the reports holding each sentence hash, counted up to `cap` (see the Store interface). */
  sentenceSpread(hashes: string[], cap: number): Map<string, number> {
    const out = new Map<string, number>();
    const count = this.q(`SELECT COUNT(*) AS n FROM (SELECT DISTINCT COALESCE(substr(r.published, 1, 10), '') FROM sentences s JOIN reports r ON r.id = s.report
      WHERE s.hash = ? LIMIT ?)`);
    for (const h of new Set(hashes)) {
      const n = (count.get(h, cap) as { n: number }).n;
      if (n > 0) out.set(h, n);
    }
    return out;
  }

  /** Distinct publication days of the reports holding sentences with each origin, up to `cap` (see the Store interface). */
  originSpread(origins: { report: string; sentence: number }[], cap: number): Map<string, number> {
    const out = new Map<string, number>();
    const count = this.q(`SELECT COUNT(*) AS n FROM (SELECT DISTINCT COALESCE(substr(r.published, 1, 10), '') FROM sentences s
      JOIN reports r ON r.id = s.report WHERE s.origin_report = ? AND s.origin_sentence = ? LIMIT ?)`);
    for (const o of origins) {
      const key = `${o.report}#${o.sentence}`;
      if (out.has(key)) continue;
      const n = (count.get(o.report, o.sentence, cap) as { n: number }).n;
      if (n > 0) out.set(key, n);
    }
    return out;
  }

  /** Set the origin of sentences (creating the sentence row from the report text when missing). */
  putSentenceOrigins(origins: SentenceOrigin[]): void {
    const upsert = this.q(`INSERT INTO sentences (report, idx, char_start, char_end, text, origin_report, origin_sentence, similarity)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (report, idx) DO UPDATE SET char_start = excluded.char_start, char_end = excluded.char_end,
        origin_report = excluded.origin_report, origin_sentence = excluded.origin_sentence, similarity = excluded.similarity`);
    const texts = new Map<string, string>();
    for (const o of origins) {
      if (!texts.has(o.report)) texts.set(o.report, this.reportText(o.report) ?? '');
      const text = texts.get(o.report)!.slice(o.start, o.end);
      upsert.run(o.report, o.sentence, o.start, o.end, text, o.originReport, o.originSentence, o.similarity);
    }
  }

  /** Origins of a report's sentences, in sentence order (sentences with no origin set are left out). */
  getSentenceOrigins(report: string): SentenceOrigin[] {
    const rows = this.q(`SELECT report, idx, char_start, char_end, origin_report, origin_sentence, similarity FROM sentences
      WHERE report = ? AND origin_report IS NOT NULL ORDER BY idx`).all(report) as
      { report: string; idx: number; char_start: number; char_end: number; origin_report: string; origin_sentence: number; similarity: number }[];
    return rows.map((r) => ({
      report: r.report, sentence: r.idx, start: r.char_start, end: r.char_end,
      originReport: r.origin_report, originSentence: r.origin_sentence, similarity: r.similarity,
    }));
  }
}

/** How many of a query's band keys a report shares: all of them, and those not crowded (over `perBand` reports). */
export interface SharedKeys {
  all: number;
  rare: number;
}

/** Report ids by shared keys that are not crowded, then by all shared keys, then by id in byte order; at most `limit`. */
export function rankByShared(shared: ReadonlyMap<string, SharedKeys>, limit?: number): string[] {
  const ids = [...shared.keys()].sort((a, b) => {
    const x = shared.get(a)!, y = shared.get(b)!;
    return (y.rare - x.rare) || (y.all - x.all) || (a < b ? -1 : a > b ? 1 : 0);
  });
  return limit === undefined ? ids : ids.slice(0, limit);
}
