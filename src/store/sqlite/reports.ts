/**
 * Reports in SQLite: the `reports` row (metadata, text, analysis JSON) and the rows flattened from
 * its analysis — `sentences`, `spans` and `claims` — so they can be queried with plain SQL.
 */
import type { StoredReport } from '../../corpus/types.js';
import type { Analysis } from '../../report/analysis.js';
import type { Page } from '../store.js';
import { decodeCursor, encodeCursor, ftsQuery, NO_DATE } from './cursor.js';
import type { Prepared } from './prepared.js';

interface ReportRow {
  id: string; url: string | null; outlet: string | null; title: string | null; byline: string | null;
  published: string | null; language: string; text: string; content_hash: string; ingested_at: string;
  copy_of: string | null; copy_group: string; stitched: number; analysis: string;
}

const COLUMNS = 'id, url, outlet, title, byline, published, language, text, content_hash, ingested_at, copy_of, copy_group, stitched, analysis';

function fromRow(r: ReportRow): StoredReport {
  return {
    id: r.id, url: r.url, outlet: r.outlet, title: r.title, byline: r.byline, published: r.published,
    language: r.language, text: r.text, contentHash: r.content_hash, ingestedAt: r.ingested_at,
    copyOf: r.copy_of, copyGroup: r.copy_group, stitched: r.stitched === 1,
    analysis: JSON.parse(r.analysis) as Analysis,
  };
}

/** A span row: one entry of an analysis list, its range kept in columns and the rest as JSON. */
export interface SpanRow { label: string; idx: number; start: number; end: number; text: string; value: string }

function rest(o: object, omit: string[]): string {
  return JSON.stringify(Object.fromEntries(Object.entries(o).filter(([k]) => !omit.includes(k))));
}

/** The analysis lists flattened into span rows: dates, places, actors, casualties and claims. */
export function spanRows(a: Analysis, text: string): SpanRow[] {
  const rows: SpanRow[] = [];
  const ranged = (label: string, list: { start: number; end: number; text: string }[]) => list.forEach((s, idx) =>
    rows.push({ label, idx, start: s.start, end: s.end, text: s.text, value: rest(s, ['start', 'end', 'text']) }));
  ranged('date', a.dates ?? []);
  ranged('place', a.places ?? []);
  ranged('actor', a.actors ?? []);
  ranged('casualty', a.casualties ?? []);
  (a.claims ?? []).forEach((c, idx) => {
    const start = Math.min(c.source.start, c.cue.start, c.content.start);
    const end = Math.max(c.source.end, c.cue.end, c.content.end);
    rows.push({ label: 'claim', idx, start, end, text: text.slice(start, end), value: JSON.stringify(c) });
  });
  return rows;
}

/** Report reads and writes over one connection's statement cache. */
export class ReportTable {
  constructor(private readonly q: Prepared) {}

  /** Insert or replace one report with its flattened rows. Call inside a transaction. */
  put(r: StoredReport): void {
    const { q } = this;
    q(`INSERT INTO reports (${COLUMNS}) VALUES (@id, @url, @outlet, @title, @byline, @published, @language, @text,
        @content_hash, @ingested_at, @copy_of, @copy_group, @stitched, @analysis)
      ON CONFLICT (id) DO UPDATE SET url = excluded.url, outlet = excluded.outlet, title = excluded.title,
        byline = excluded.byline, published = excluded.published, language = excluded.language, text = excluded.text,
        content_hash = excluded.content_hash, ingested_at = excluded.ingested_at, copy_of = excluded.copy_of,
        copy_group = excluded.copy_group, stitched = excluded.stitched, analysis = excluded.analysis`).run({
      id: r.id, url: r.url, outlet: r.outlet, title: r.title, byline: r.byline, published: r.published,
      language: r.language, text: r.text, content_hash: r.contentHash, ingested_at: r.ingestedAt,
      copy_of: r.copyOf, copy_group: r.copyGroup, stitched: r.stitched ? 1 : 0, analysis: JSON.stringify(r.analysis),
    });
    const sentences = r.analysis.sentences ?? [];
    // Upsert keeps a sentence's provenance when its text did not change (an idempotent re-put).
    const upsert = q(`INSERT INTO sentences (report, idx, char_start, char_end, text) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (report, idx) DO UPDATE SET char_start = excluded.char_start, char_end = excluded.char_end,
        text = excluded.text,
        hash = CASE WHEN sentences.text = excluded.text THEN sentences.hash END,
        origin_report = CASE WHEN sentences.text = excluded.text THEN sentences.origin_report END,
        origin_sentence = CASE WHEN sentences.text = excluded.text THEN sentences.origin_sentence END,
        similarity = CASE WHEN sentences.text = excluded.text THEN sentences.similarity END`);
    for (const s of sentences) upsert.run(r.id, s.index, s.start, s.end, r.text.slice(s.start, s.end));
    q('DELETE FROM sentences WHERE report = ? AND idx >= ?').run(r.id, sentences.length);

    q('DELETE FROM spans WHERE report = ?').run(r.id);
    const span = q('INSERT INTO spans (report, label, idx, char_start, char_end, text, value) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const s of spanRows(r.analysis, r.text)) span.run(r.id, s.label, s.idx, s.start, s.end, s.text, s.value);

    q('DELETE FROM claims WHERE report = ?').run(r.id);
    const claim = q(`INSERT INTO claims (report, idx, sentence, source_name, source_text, kind, anonymous, cue, content, stance)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    (r.analysis.claims ?? []).forEach((c, idx) => claim.run(r.id, idx, c.sentence, c.source.name, c.source.text,
      c.source.kind, c.source.anonymous ? 1 : 0, c.cue.text, c.content.text, c.stance));
  }

  get(id: string): StoredReport | null {
    const row = this.q(`SELECT ${COLUMNS} FROM reports WHERE id = ?`).get(id) as ReportRow | undefined;
    return row ? fromRow(row) : null;
  }

  byHash(hash: string): StoredReport | null {
    const row = this.q(`SELECT ${COLUMNS} FROM reports WHERE content_hash = ?`).get(hash) as ReportRow | undefined;
    return row ? fromRow(row) : null;
  }

  /** The first stored report with this URL (a page re-fetched under another id is not a new story). */
  byUrl(url: string): StoredReport | null {
    const row = this.q(`SELECT ${COLUMNS} FROM reports WHERE url = ? ORDER BY seq LIMIT 1`).get(url) as ReportRow | undefined;
    return row ? fromRow(row) : null;
  }

  text(id: string): string | null {
    const row = this.q('SELECT text FROM reports WHERE id = ?').get(id) as { text: string } | undefined;
    return row?.text ?? null;
  }

  /**
   * Reports by publication date (undated last), then id. `copiesOf` lists the other reports in
   * that report's copy group (its copies, or its original and fellow copies).
   */
  list(opts: { copiesOf?: string; limit?: number; cursor?: string }): Page<StoredReport> {
    const limit = Math.max(1, Math.floor(opts.limit ?? 100));
    const where: string[] = [];
    const params: unknown[] = [];
    if (opts.copiesOf !== undefined) {
      where.push('copy_group = (SELECT copy_group FROM reports WHERE id = ?) AND id <> ?');
      params.push(opts.copiesOf, opts.copiesOf);
    }
    if (opts.cursor) {
      where.push(`(COALESCE(published, '${NO_DATE}'), id) > (?, ?)`);
      params.push(...decodeCursor(opts.cursor));
    }
    const sql = `SELECT ${COLUMNS} FROM reports ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY COALESCE(published, '${NO_DATE}'), id LIMIT ?`;
    const rows = this.q(sql).all(...params, limit + 1) as ReportRow[];
    const items = rows.slice(0, limit).map(fromRow);
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? encodeCursor([last.published ?? NO_DATE, last.id]) : null };
  }

  count(): number {
    return (this.q('SELECT COUNT(*) AS n FROM reports').get() as { n: number }).n;
  }

  /** Best matches first; every word of `text` must occur (in the title or the text). */
  search(text: string, limit = 20): { id: string; snippet: string }[] {
    const match = ftsQuery(text);
    if (!match) return [];
    return this.q(`SELECT r.id AS id, snippet(reports_fts, -1, '[', ']', '…', 12) AS snippet
      FROM reports_fts JOIN reports r ON r.seq = reports_fts.rowid
      WHERE reports_fts MATCH ? ORDER BY rank LIMIT ?`).all(match, Math.max(1, Math.floor(limit))) as { id: string; snippet: string }[];
  }
}
