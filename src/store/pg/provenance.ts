/**
 * Copy detection and sentence provenance in PostgreSQL: LSH band keys per report, the earliest
 * sentence per normalized-sentence hash, and each sentence's origin (columns of `sentences`).
 * Each write is one statement over the whole batch.
 */
import type { SentenceOrigin } from '../../corpus/types.js';
import type { SentenceHashRow } from '../sqlite/provenance.js';
import type { BandQuery } from '../store.js';
import type { PgSession } from './session.js';

/** Distinct values, first occurrence kept, in order. */
const distinct = (values: readonly string[]): string[] => [...new Set(values)];

/** True when `next` should replace `current` as the earliest sentence of a hash. */
function earlier(next: SentenceHashRow, current: SentenceHashRow): boolean {
  return next.published !== null && (current.published === null || next.published < current.published);
}

/** A batch reduced to one row per hash, as applying its rows one by one would leave it; sorted by hash (lock order). */
function winners(rows: readonly SentenceHashRow[]): SentenceHashRow[] {
  const best = new Map<string, SentenceHashRow>();
  for (const r of rows) {
    const current = best.get(r.hash);
    if (!current || earlier(r, current)) best.set(r.hash, r);
  }
  return [...best.values()].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
}

/** The first key given per (report, sentence): the one `sentences.hash` notes. */
function firstKeys(rows: readonly SentenceHashRow[]): { h: string; r: string; s: number }[] {
  const seen = new Map<string, { h: string; r: string; s: number }>();
  for (const row of rows) {
    const k = `${row.report}\0${row.sentence}`;
    if (!seen.has(k)) seen.set(k, { h: row.hash, r: row.report, s: row.sentence });
  }
  return [...seen.values()];
}

const PUT_HASHES_SQL = `WITH
up AS (
  INSERT INTO sentence_hashes AS h (hash, report, sentence, published)
  SELECT x.hash, x.report, x.sentence, x.published
  FROM json_to_recordset($1::json) AS x(hash text, report text, sentence integer, published text)
  ON CONFLICT (hash) DO UPDATE SET report = excluded.report, sentence = excluded.sentence, published = excluded.published
  WHERE excluded.published IS NOT NULL AND (h.published IS NULL OR excluded.published < h.published)),
note AS (
  UPDATE sentences s SET hash = x.h FROM json_to_recordset($2::json) AS x(h text, r text, s integer)
  WHERE s.report = ANY($3::text[]) AND s.report = x.r AND s.idx = x.s AND s.hash IS NULL)
SELECT 1`;
// \`s.report = ANY($3)\`, the batch's reports, is redundant with the join but lets the planner use the
// primary key: without it, guessing 100 rows from json_to_recordset, it scanned every sentence
// (\`hash IS NULL\` looked rare) and hash-joined, a cost that grew with the corpus (EXPLAIN ANALYZE
// at 7,727 sentences: 14.7 ms, seq scan, 380 buffers; with it, an index scan).

const ORIGIN_UPDATE_SQL = `UPDATE sentences s SET char_start = x.start, char_end = x.end_, origin_report = x.origin_report,
    origin_sentence = x.origin_sentence, similarity = x.similarity
  FROM json_to_recordset($1::json) AS x(report text, sentence integer, start integer, end_ integer, origin_report text,
    origin_sentence integer, similarity double precision)
  WHERE s.report = x.report AND s.idx = x.sentence
  RETURNING s.report, s.idx`;

const ORIGIN_INSERT_SQL = `INSERT INTO sentences (report, idx, char_start, char_end, text, origin_report, origin_sentence, similarity)
  SELECT x.report, x.sentence, x.start, x.end_, x.text, x.origin_report, x.origin_sentence, x.similarity
  FROM json_to_recordset($1::json) AS x(report text, sentence integer, start integer, end_ integer, text text,
    origin_report text, origin_sentence integer, similarity double precision)
  ON CONFLICT (report, idx) DO UPDATE SET char_start = excluded.char_start, char_end = excluded.char_end,
    origin_report = excluded.origin_report, origin_sentence = excluded.origin_sentence, similarity = excluded.similarity`;

/**
 * The publication day of a sentence's report, looked up by the report's id (an index probe per
 * sentence). Written as a join, the planner hashed the whole reports table for each spread query
 * (expecting ~60 sentences per hash): a seq scan of every report per ingested report, the cost
 * that grew with the corpus (EXPLAIN ANALYZE at 541 reports: 8.8 of the query's 9.9 ms).
 */
const DAY_OF_SENTENCE = `COALESCE((SELECT left(r.published, 10) FROM reports r WHERE r.id = s.report), '')`;

/** Band, hash and origin reads and writes. */
export class PgProvenance {
  constructor(
    private readonly db: PgSession,
    private readonly reportTexts: (ids: string[]) => Promise<Map<string, string>>,
  ) {}

  /** Replace a report's band keys (one statement: the old keys not kept are deleted, the new ones added). */
  async putBands(report: string, bands: string[]): Promise<void> {
    await this.db.query(`WITH gone AS (DELETE FROM report_bands WHERE report = $1 AND NOT (band = ANY($2::text[])))
      INSERT INTO report_bands (band, report) SELECT b, $1 FROM unnest($2::text[]) AS b ON CONFLICT DO NOTHING`,
    [report, distinct(bands).sort()]);
  }

  /** Reports sharing band keys with the given ones, most keys shared first (see the Store interface). */
  async reportsWithBands(bands: string[], opts: BandQuery = {}): Promise<string[]> {
    if (!bands.length) return [];
    // One row more than the bound per key tells a crowded key (n > perBand) from a full one.
    const rows = await this.db.query<{ report: string }>(
      `SELECT report FROM (
         SELECT r.report, r.n, r.rn FROM unnest($1::text[]) AS b(band)
         CROSS JOIN LATERAL (
           SELECT x.report, count(*) OVER () AS n, row_number() OVER (ORDER BY x.report) AS rn
           FROM (SELECT report FROM report_bands WHERE band = b.band ORDER BY report LIMIT $2::int + 1) x) r
       ) hits
       WHERE $2::int IS NULL OR rn <= $2::int
       GROUP BY report
       ORDER BY count(*) FILTER (WHERE $2::int IS NULL OR n <= $2::int) DESC, count(*) DESC, report LIMIT $3`,
      [distinct(bands), opts.perBand ?? null, opts.limit ?? null]);
    return rows.map((r) => r.report);
  }

  /** Keep the earliest sentence per hash (see the Store interface); note the first key per sentence in `sentences.hash`. */
  async putSentenceHashes(rows: SentenceHashRow[]): Promise<void> {
    if (!rows.length) return;
    const keys = firstKeys(rows);
    await this.db.query(PUT_HASHES_SQL, [JSON.stringify(winners(rows)), JSON.stringify(keys), distinct(keys.map((k) => k.r))]);
  }

  async findSentenceByHash(hash: string): Promise<SentenceHashRow | null> {
    return (await this.findSentencesByHashes([hash])).get(hash) ?? null;
  }

  async findSentencesByHashes(hashes: string[]): Promise<Map<string, SentenceHashRow>> {
    const out = new Map<string, SentenceHashRow>();
    if (!hashes.length) return out;
    const rows = await this.db.query<SentenceHashRow>(
      'SELECT hash, report, sentence, published FROM sentence_hashes WHERE hash = ANY($1::text[])', [distinct(hashes)]);
    for (const r of rows) out.set(r.hash, r);
    return out;
  }

  /** Distinct publication days of the reports holding each sentence hash, counted up to `cap` (see the Store interface), in one query. */
  async sentenceSpread(hashes: string[], cap: number): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!hashes.length) return out;
    const rows = await this.db.query<{ hash: string; n: string }>(
      `SELECT h.hash, (SELECT COUNT(*) FROM (SELECT DISTINCT ${DAY_OF_SENTENCE} FROM sentences s
         WHERE s.hash = h.hash LIMIT $2) g) AS n FROM unnest($1::text[]) AS h(hash)`, [distinct(hashes), cap]);
    for (const r of rows) if (Number(r.n) > 0) out.set(r.hash, Number(r.n));
    return out;
  }

  /** Distinct publication days of the reports holding sentences with each origin, up to `cap` (see the Store interface), in one query. */
  async originSpread(origins: { report: string; sentence: number }[], cap: number): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!origins.length) return out;
    const rows = await this.db.query<{ report: string; sentence: number; n: string }>(
      `SELECT o.report, o.sentence, (SELECT COUNT(*) FROM (SELECT DISTINCT ${DAY_OF_SENTENCE} FROM sentences s
         WHERE s.origin_report = o.report AND s.origin_sentence = o.sentence LIMIT $2) g) AS n
       FROM json_to_recordset($1::json) AS o(report text, sentence integer)`, [JSON.stringify(origins), cap]);
    for (const r of rows) if (Number(r.n) > 0) out.set(`${r.report}#${r.sentence}`, Number(r.n));
    return out;
  }

  /**
   * Set the origin of sentences. The usual case (the sentence rows exist: putReport made them) is
   * one UPDATE; rows still missing are then created from the report text (sliced in JavaScript,
   * in UTF-16 offsets like every stored range), in a transaction with the update.
   */
  async putSentenceOrigins(origins: SentenceOrigin[]): Promise<void> {
    if (!origins.length) return;
    const last = new Map(origins.map((o) => [`${o.report}\0${o.sentence}`, o])); // a later entry wins, as applied in turn
    const rows = [...last.values()].map((o) => ({
      report: o.report, sentence: o.sentence, start: o.start, end_: o.end, origin_report: o.originReport,
      origin_sentence: o.originSentence, similarity: o.similarity,
    }));
    const write = async (): Promise<void> => {
      const done = new Set((await this.db.query<{ report: string; idx: number }>(ORIGIN_UPDATE_SQL, [JSON.stringify(rows)]))
        .map((r) => `${r.report}\0${r.idx}`));
      const missing = rows.filter((r) => !done.has(`${r.report}\0${r.sentence}`));
      if (!missing.length) return;
      const texts = await this.reportTexts(distinct(missing.map((r) => r.report)));
      const withText = missing.map((r) => ({ ...r, text: (texts.get(r.report) ?? '').slice(r.start, r.end_) }));
      await this.db.query(ORIGIN_INSERT_SQL, [JSON.stringify(withText)]);
    };
    await (this.db.inside() ? write() : this.db.run(write));
  }

  async getSentenceOrigins(report: string): Promise<SentenceOrigin[]> {
    const rows = await this.db.query<{ idx: number; char_start: number; char_end: number; origin_report: string; origin_sentence: number; similarity: number }>(
      `SELECT idx, char_start, char_end, origin_report, origin_sentence, similarity FROM sentences
       WHERE report = $1 AND origin_report IS NOT NULL ORDER BY idx`, [report]);
    return rows.map((r) => ({
      report, sentence: r.idx, start: r.char_start, end: r.char_end,
      originReport: r.origin_report, originSentence: r.origin_sentence, similarity: r.similarity,
    }));
  }
}
