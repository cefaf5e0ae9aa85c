/**
 * Reports in PostgreSQL: the `reports` row and the `sentences`, `spans` and `claims` rows flattened
 * from its analysis (as in SQLite), written by one statement; full-text search on `reports.search`.
 */
import type { StoredReport } from '../../corpus/types.js';
import type { Analysis } from '../../report/analysis.js';
import { decodeCursor, encodeCursor, NO_DATE } from '../sqlite/cursor.js';
import { spanRows } from '../sqlite/reports.js';
import type { Page } from '../store.js';
import { foldDiacritics } from './fold.js';
import type { PgSession } from './session.js';

interface ReportRow {
  id: string; url: string | null; outlet: string | null; title: string | null; byline: string | null;
  published: string | null; language: string; text: string; content_hash: string; ingested_at: string;
  copy_of: string | null; copy_group: string; stitched: boolean; analysis: string;
}

const COLUMNS = 'id, url, outlet, title, byline, published, language, text, content_hash, ingested_at, copy_of, copy_group, stitched, analysis';

function fromRow(r: ReportRow): StoredReport {
  return {
    id: r.id, url: r.url, outlet: r.outlet, title: r.title, byline: r.byline, published: r.published,
    language: r.language, text: r.text, contentHash: r.content_hash, ingestedAt: r.ingested_at,
    copyOf: r.copy_of, copyGroup: r.copy_group, stitched: r.stitched,
    analysis: JSON.parse(r.analysis) as Analysis,
  };
}

/**
 * One statement stores a report (with its search vector: title and text, diacritics folded) and
 * its flattened rows: the report is upserted; sentences, spans
 * and claims are upserted and the report's rows not in the new set deleted (the upserts and the
 * deletes touch different rows, so they do not conflict within the statement). A sentence whose
 * text did not change keeps its provenance columns.
 */
export const PUT_SQL = `WITH
rep AS (
  INSERT INTO reports (${COLUMNS}, search)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::json, to_tsvector('civwatch_search', $20))
  ON CONFLICT (id) DO UPDATE SET url = excluded.url, outlet = excluded.outlet, title = excluded.title,
    byline = excluded.byline, published = excluded.published, language = excluded.language, text = excluded.text,
    content_hash = excluded.content_hash, ingested_at = excluded.ingested_at, copy_of = excluded.copy_of,
    copy_group = excluded.copy_group, stitched = excluded.stitched, analysis = excluded.analysis, search = excluded.search),
sen AS (
  INSERT INTO sentences AS s (report, idx, char_start, char_end, text)
  SELECT $1, x.i, x.s, x.e, x.t FROM json_to_recordset($15::json) AS x(i integer, s integer, e integer, t text)
  ON CONFLICT (report, idx) DO UPDATE SET char_start = excluded.char_start, char_end = excluded.char_end, text = excluded.text,
    hash = CASE WHEN s.text = excluded.text THEN s.hash END,
    origin_report = CASE WHEN s.text = excluded.text THEN s.origin_report END,
    origin_sentence = CASE WHEN s.text = excluded.text THEN s.origin_sentence END,
    similarity = CASE WHEN s.text = excluded.text THEN s.similarity END),
sen_gone AS (DELETE FROM sentences WHERE report = $1 AND idx >= $16),
spn AS (
  INSERT INTO spans (report, label, idx, char_start, char_end, text, value)
  SELECT $1, x.l, x.i, x.s, x.e, x.t, x.v::jsonb FROM json_to_recordset($17::json) AS x(l text, i integer, s integer, e integer, t text, v text)
  ON CONFLICT (report, label, idx) DO UPDATE SET char_start = excluded.char_start, char_end = excluded.char_end,
    text = excluded.text, value = excluded.value),
spn_gone AS (
  DELETE FROM spans sp WHERE sp.report = $1 AND NOT EXISTS (
    SELECT 1 FROM json_to_recordset($17::json) AS x(l text, i integer) WHERE x.l = sp.label AND x.i = sp.idx)),
clm AS (
  INSERT INTO claims (report, idx, sentence, source_name, source_text, kind, anonymous, cue, content, stance)
  SELECT $1, x.i, x.sentence, x.name, x.source, x.kind, x.anonymous, x.cue, x.content, x.stance
  FROM json_to_recordset($18::json) AS x(i integer, sentence integer, name text, source text, kind text, anonymous boolean,
    cue text, content text, stance text)
  ON CONFLICT (report, idx) DO UPDATE SET sentence = excluded.sentence, source_name = excluded.source_name,
    source_text = excluded.source_text, kind = excluded.kind, anonymous = excluded.anonymous, cue = excluded.cue,
    content = excluded.content, stance = excluded.stance),
clm_gone AS (DELETE FROM claims WHERE report = $1 AND idx >= $19)
SELECT 1`;

/** The parameters of {@link PUT_SQL} for a report. */
export function putParams(r: StoredReport): unknown[] {
  const sentences = (r.analysis.sentences ?? []).map((s) => ({ i: s.index, s: s.start, e: s.end, t: r.text.slice(s.start, s.end) }));
  const spans = spanRows(r.analysis, r.text).map((s) => ({ l: s.label, i: s.idx, s: s.start, e: s.end, t: s.text, v: s.value }));
  const claims = (r.analysis.claims ?? []).map((c, i) => ({
    i, sentence: c.sentence, name: c.source.name, source: c.source.text, kind: c.source.kind, anonymous: c.source.anonymous,
    cue: c.cue.text, content: c.content.text, stance: c.stance,
  }));
  return [
    r.id, r.url, r.outlet, r.title, r.byline, r.published, r.language, r.text, r.contentHash, r.ingestedAt, r.copyOf,
    r.copyGroup, r.stitched, JSON.stringify(r.analysis),
    JSON.stringify(sentences), sentences.length, JSON.stringify(spans), JSON.stringify(claims), claims.length,
    foldDiacritics(`${r.title ?? ''} ${r.text}`),
  ];
}

/** Words of a search query: letters, digits and `_` runs, Latin diacritics folded as the index folds them. */
export function searchWords(text: string): string[] {
  return foldDiacritics(text).match(/[\p{L}\p{N}_]+/gu) ?? [];
}

const HEADLINE = `'StartSel=[, StopSel=], MaxWords=14, MinWords=5, MaxFragments=1, FragmentDelimiter=" … "'`;

/** Report reads and writes. */
export class PgReports {
  constructor(private readonly db: PgSession) {}

  async put(r: StoredReport): Promise<void> {
    await this.db.query(PUT_SQL, putParams(r));
  }

  private async one(where: string, value: string, order = ''): Promise<StoredReport | null> {
    const rows = await this.db.query<ReportRow>(`SELECT ${COLUMNS} FROM reports WHERE ${where} ${order} LIMIT 1`, [value]);
    return rows.length ? fromRow(rows[0]) : null;
  }

  get(id: string): Promise<StoredReport | null> {
    return this.one('id = $1', id);
  }

  byHash(hash: string): Promise<StoredReport | null> {
    return this.one('content_hash = $1', hash);
  }

  /** The first stored report with this URL. */
  byUrl(url: string): Promise<StoredReport | null> {
    return this.one('url = $1', url, 'ORDER BY seq');
  }

  /** Texts of reports by id (ids not stored are absent). */
  async texts(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.db.query<{ id: string; text: string }>('SELECT id, text FROM reports WHERE id = ANY($1::text[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.text]));
  }

  /** Reports by publication date (undated last), then id; `copiesOf` lists the rest of that report's copy group. */
  async list(opts: { copiesOf?: string; limit?: number; cursor?: string }): Promise<Page<StoredReport>> {
    const limit = Math.max(1, Math.floor(opts.limit ?? 100));
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (opts.copiesOf !== undefined) {
      const id = p(opts.copiesOf);
      where.push(`copy_group = (SELECT copy_group FROM reports WHERE id = ${id}) AND id <> ${id}`);
    }
    if (opts.cursor) {
      const [date, id] = decodeCursor(opts.cursor);
      where.push(`(COALESCE(published, '${NO_DATE}'), id) > (${p(date)}, ${p(id)})`);
    }
    const sql = `SELECT ${COLUMNS} FROM reports ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY COALESCE(published, '${NO_DATE}'), id LIMIT ${p(limit + 1)}`;
    const rows = await this.db.query<ReportRow>(sql, params);
    const items = rows.slice(0, limit).map(fromRow);
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? encodeCursor([last.published ?? NO_DATE, last.id]) : null };
  }

  async count(): Promise<number> {
    return (await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports'))[0].n;
  }

  /**
   * Best matches first (ts_rank, then id); every word must occur in the title or text. The words
   * are taken from the query and handed to plainto_tsquery, so no query syntax is interpreted.
   * The snippet comes from the text when the text alone matches (as written, diacritics and
   * all), else from title and text.
   */
  async search(text: string, limit = 20): Promise<{ id: string; snippet: string }[]> {
    const words = searchWords(text);
    if (!words.length) return [];
    return this.db.query<{ id: string; snippet: string }>(`
      SELECT id, CASE WHEN to_tsvector('civwatch_search', text) @@ q THEN ts_headline('civwatch_search', text, q, ${HEADLINE})
        ELSE ts_headline('civwatch_search', coalesce(title || E'\\n', '') || text, q, ${HEADLINE}) END AS snippet
      FROM reports, plainto_tsquery('civwatch_search', $1) AS q
      WHERE search @@ q ORDER BY ts_rank(search, q) DESC, id LIMIT $2`, [words.join(' '), Math.max(1, Math.floor(limit))]);
  }
}
