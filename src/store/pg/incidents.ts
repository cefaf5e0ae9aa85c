/**
 * Events, incidents and their audit trail (merges, grades) in PostgreSQL. Rows map to the corpus
 * types with SQLite's row functions (`sqlite/incident-rows.ts`): the pool hands JSON columns back
 * as text, exactly as SQLite does.
 */
import type { EventRecord, GradeRecord, Incident, MergeRecord } from '../../corpus/types.js';
import { distanceKm } from '../../geo/distance.js';
import { decodeCursor, NO_DATE, ORDER_KEY, type CursorKey } from '../sqlite/cursor.js';
import {
  EVENT_COLUMNS, eventColumns, eventFromRow, FIGURE_COLUMNS, INCIDENT_COLUMNS, incidentColumns, incidentFromRow, incidentKey, pageOf, takeListed, type IncidentRow,
} from '../sqlite/incident-rows.js';
import type { IncidentQuery, Page } from '../store.js';
import { searchWords } from './reports.js';
import { queryBox, sinceBound } from '../listing-bounds.js';
import { coveringCells, coverShare, nearCover } from '../listing-cells.js';
import type { PgSession } from './session.js';

const JSON_INCIDENT = new Set(['grade_reasons', 'figures']);
const JSON_EVENT = new Set(['civilians', 'combatants', 'total', 'claims']);
const INT_INCIDENT = new Set([...FIGURE_COLUMNS, 'independent_sources']);
const REAL = new Set(['lat', 'lon']);


/** SQL type of a column in a json_to_recordset definition (JSON columns arrive as text, cast on insert). */
function recordType(c: string): string {
  return INT_INCIDENT.has(c) ? 'integer' : REAL.has(c) ? 'double precision' : 'text';
}

/** `INSERT … SELECT FROM json_to_recordset($n) ON CONFLICT (id) DO UPDATE` over the columns. */
function upsertFromJson(table: string, columns: string[], json: Set<string>, param: string): string {
  const select = columns.map((c) => (json.has(c) ? `x.${c}::jsonb` : `x.${c}`)).join(', ');
  const defs = columns.map((c) => `${c} ${recordType(c)}`).join(', ');
  const sets = columns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ');
  return `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${select} FROM json_to_recordset(${param}::json) AS x(${defs})
    ON CONFLICT (id) DO UPDATE SET ${sets}`;
}

/**
 * Columns of an incident row plus its event ids (in order) and grade history, read in one query.
 * The columns are named (not `i.*`): a prepared statement's result shape stays the same when a
 * later migration adds a column while other processes keep their connections.
 */
const INCIDENT_SELECT = `SELECT ${INCIDENT_COLUMNS.map((c) => `i.${c}`).join(', ')},
  ARRAY(SELECT ie.event FROM incident_events ie WHERE ie.incident = i.id ORDER BY ie.position) AS _events,
  COALESCE((SELECT json_agg(json_build_object('grade', g.grade, 'reasons', g.reasons, 'at', g.at, 'by', g.decided_by) ORDER BY g.id)
    FROM grades g WHERE g.incident = i.id), '[]') AS _grades
  FROM incidents i`;

type HydratedRow = IncidentRow & { _events: string[]; _grades: string };

function hydrate(r: HydratedRow): Incident {
  return incidentFromRow(r, r._events, JSON.parse(r._grades) as GradeRecord[]);
}

/** One statement: the incident upserted, its event links and cells replaced, new grade records appended. */
const PUT_INCIDENT_SQL = `WITH
inc AS (${upsertFromJson('incidents', INCIDENT_COLUMNS, JSON_INCIDENT, '$1')}),
links_gone AS (DELETE FROM incident_events WHERE incident = $2 AND NOT (event = ANY($3::text[]))),
links AS (
  INSERT INTO incident_events (incident, event, position)
  SELECT $2, e, (n - 1)::integer FROM unnest($3::text[]) WITH ORDINALITY AS u(e, n)
  ON CONFLICT (incident, event) DO UPDATE SET position = excluded.position),
cells_gone AS (DELETE FROM incident_cells WHERE incident = $2 AND NOT (cell = ANY($4::text[]))),
cells AS (INSERT INTO incident_cells (cell, incident) SELECT c, $2 FROM unnest($4::text[]) AS c ON CONFLICT DO NOTHING),
grades_added AS (
  INSERT INTO grades (incident, grade, reasons, decided_by, at)
  SELECT $2, g.grade, g.reasons::jsonb, g.by, g.at
  FROM unnest($5::text[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY AS g(grade, reasons, by, at, n)
  ORDER BY g.n
  ON CONFLICT DO NOTHING)
SELECT 1`;

/**
 * SQL conditions (their parameters numbered through `p`) of a listing query; `near` is its box
 * here, exact in JS. Incidents merged away by an analyst are left out. With `bounds`, `since`
 * also bounds the order key and a box goes through the GiST index (migration 5), unless the
 * listing merges grid cells (`cells`, migration 6).
 */
export function filters(q: IncidentQuery, p: (v: unknown) => string, bounds?: { spanDays: number; cells?: boolean }): string[] {
  const f: string[] = ['merged_into IS NULL']; // incidents an analyst merged away are never listed (migration 2)
  if (q.since) {
    f.push(`date_to >= ${p(q.since)}`);
    // The longest incident interval bounds the order key too (migration 5), so an index scan starts near `since`.
    const low = bounds ? sinceBound(q.since, bounds.spanDays) : null;
    if (low) f.push(`COALESCE(date_from, '${NO_DATE}') >= ${p(low)}`);
  }
  // Also on the listing's order key, so an index scan in listing order stops at `until` (as in SQLite).
  if (q.until) f.push(`date_from <= ${p(q.until)} AND COALESCE(date_from, '${NO_DATE}') <= ${p(q.until)}`);
  const box = bounds && !bounds.cells ? queryBox(q) : null; // a listing by grid cells has its own index
  if (box) { // the GiST index on point(lon, lat) (migration 5)
    f.push(`lat IS NOT NULL AND lon IS NOT NULL AND point(lon, lat) <@ box(point(${p(box.west)}::float8, ${p(box.south)}::float8), point(${p(box.east)}::float8, ${p(box.north)}::float8))`);
  }
  // Merging grid cells, the box is tested on each cell's rows: `+ 0` keeps the planner off the latitude index.
  const [lat, lon] = bounds?.cells ? ['(lat + 0)', '(lon + 0)'] : ['lat', 'lon'];
  if (q.bbox) {
    const { south, west, north, east } = q.bbox;
    f.push(`${lat} BETWEEN ${p(south)}::float8 AND ${p(north)}::float8`);
    f.push(west <= east
      ? `${lon} BETWEEN ${p(west)}::float8 AND ${p(east)}::float8`
      : `(${lon} >= ${p(west)}::float8 OR ${lon} <= ${p(east)}::float8)`); // box across the antimeridian
  }
  if (q.near) { // the circle's box on the sphere (exact, `listing-cells.ts`), split at the antimeridian
    const { south, north, lons } = nearCover(q.near);
    f.push(`${lat} BETWEEN ${p(south)}::float8 AND ${p(north)}::float8`);
    f.push(`(${lons.map(([w, e]) => `${lon} BETWEEN ${p(w)}::float8 AND ${p(e)}::float8`).join(' OR ')})`);
  }
  if (q.type) f.push(`type = ${p(q.type)}`);
  if (q.grades) f.push(`grade = ANY(${p(q.grades)}::text[])`);
  if (q.perpetrator) f.push(`lower(perpetrator) = lower(${p(q.perpetrator)})`);
  const words = q.text ? searchWords(q.text) : [];
  if (words.length === 1) { // the incidents whose reports hold the word (migration 7)
    f.push(`id IN (SELECT s.incident FROM incident_search s WHERE s.search @@ plainto_tsquery('civwatch_search', ${p(words[0])}))`);
  } else if (words.length) {
    // Several words must stand in one report. (With the incident-level set as well, the planner
    // took the words as independent, expected few matches and read them all: 3× slower at 30,000.)
    f.push(`id IN (SELECT ie.incident FROM incident_events ie JOIN events e ON e.id = ie.event JOIN reports r ON r.id = e.report
      WHERE r.search @@ plainto_tsquery('civwatch_search', ${p(words.join(' '))}))`);
  }
  return f;
}

/** Incident, event, merge and grade reads and writes. */
export class PgIncidents {
  constructor(private readonly db: PgSession) {}

  /** Upsert events by id in one statement (a later entry with the same id wins, as if applied in turn). */
  async putEvents(events: EventRecord[]): Promise<void> {
    if (!events.length) return;
    const rows = [...new Map(events.map((e) => [e.id, eventColumns(e)])).values()]
      .sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1));
    await this.db.query(upsertFromJson('events', EVENT_COLUMNS, JSON_EVENT, '$1'), [JSON.stringify(rows)]);
  }

  async getEvents(ids: string[]): Promise<EventRecord[]> {
    if (!ids.length) return [];
    const rows = await this.db.query<IncidentRow>(`SELECT ${EVENT_COLUMNS.join(', ')} FROM events WHERE id = ANY($1::text[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id as string, eventFromRow(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async put(i: Incident, cells: string[]): Promise<void> {
    const events = [...new Set(i.events)];
    const g = i.gradeHistory;
    await this.db.query(PUT_INCIDENT_SQL, [
      JSON.stringify([incidentColumns(i)]), i.id, events, [...new Set(cells)].sort(),
      g.map((r) => r.grade), g.map((r) => JSON.stringify(r.reasons)), g.map((r) => r.by), g.map((r) => r.at),
    ]);
  }

  async get(id: string): Promise<Incident | null> {
    const rows = await this.db.query<HydratedRow>(`${INCIDENT_SELECT} WHERE i.id = $1`, [id]);
    return rows.length ? hydrate(rows[0]) : null;
  }

  /**
   * Incidents holding any of the cells, each once, by id. The ids are gathered first (an array),
   * so incidents are read by primary key: as `IN (subquery)` the planner, expecting ~300 ids,
   * merge-joined a seq scan of every incident (EXPLAIN ANALYZE at 289 incidents: 1.5 → 0.5 ms).
   */
  async candidates(cells: string[]): Promise<Incident[]> {
    if (!cells.length) return [];
    const rows = await this.db.query<HydratedRow>(`${INCIDENT_SELECT}
      WHERE i.id = ANY(ARRAY(SELECT DISTINCT incident FROM incident_cells WHERE cell = ANY($1::text[]))) ORDER BY i.id`, [[...new Set(cells)]]);
    return rows.map(hydrate);
  }

  /** The ids of {@link candidates}, sorted, from the cell index alone. */
  async candidateIds(cells: string[]): Promise<string[]> {
    if (!cells.length) return [];
    const rows = await this.db.query<{ incident: string }>(
      'SELECT DISTINCT incident FROM incident_cells WHERE cell = ANY($1::text[])', [[...new Set(cells)]]);
    return rows.map((r) => r.incident).sort();
  }

  /** A page of incidents by date (undated last), then id; see {@link IncidentQuery}. */
  async list(query: IncidentQuery): Promise<Page<Incident>> {
    const limit = Math.max(1, Math.floor(query.limit ?? 100));
    const near = query.near;
    const bounds = await this.bounds();
    // A box of few grid cells (migration 6): merge them in listing order (not with words, as in SQLite).
    const cells = query.text ? null : coveringCells(query);
    if (cells) return this.listByCells(query, cells, limit, bounds.spanDays);
    const batch = near ? Math.max(limit + 1, 200) : limit + 1;
    const out: HydratedRow[] = [];
    let after: CursorKey | null = query.cursor ? decodeCursor(query.cursor) : null;
    for (;;) {
      const params: unknown[] = [];
      const p = (v: unknown) => `$${params.push(v)}`;
      const all = filters(query, p, bounds);
      if (after) all.push(`(${ORDER_KEY}, id) > (${p(after[0])}, ${p(after[1])})`);
      const where = all.length ? `WHERE ${all.join(' AND ')}` : '';
      const rows = await this.db.query<HydratedRow>(
        `${INCIDENT_SELECT} ${where} ORDER BY ${ORDER_KEY}, i.id LIMIT ${p(batch)}`, params);
      if (takeListed(out, rows, near, limit, batch)) break;
      after = incidentKey(rows[rows.length - 1]);
    }
    const { rows: page, next } = pageOf(out, limit);
    return { items: page.map(hydrate), next };
  }

  /**
   * A `near` or `bbox` page from the grid cells covering its box (migration 6): one index scan per
   * cell, merged in listing order (`UNION ALL … ORDER BY … LIMIT`, a Merge Append), `batch` entries
   * at a time, the circle tested on each entry's point; then the page's rows with their events and grades.
   */
  private async listByCells(query: IncidentQuery, cells: number[], limit: number, spanDays: number): Promise<Page<Incident>> {
    const batch = Math.min(20 * (limit + 1), Math.ceil((limit + 1) / coverShare(query, cells.length) * 1.1));
    const out: (IncidentRow & { id: string; k: string })[] = [];
    let after: CursorKey | null = query.cursor ? decodeCursor(query.cursor) : null;
    for (;;) {
      const params: unknown[] = [];
      const p = (v: unknown) => `$${params.push(v)}`;
      const limitParam = p(batch);
      const arms = cells.map((c) => {
        const f = [`grid_cell = ${p(c)}`, ...filters(query, p, { spanDays, cells: true })];
        if (after) f.push(`(${ORDER_KEY}, id) > (${p(after[0])}, ${p(after[1])})`);
        // Each cell's scan ordered and limited itself: the planner then reads the cell index in order
        // (rather than a bitmap of the box and a sort) and merges the scans, each read only as far as needed.
        return `(SELECT id, ${ORDER_KEY} AS k, lat, lon FROM incidents WHERE ${f.join(' AND ')} ORDER BY k, id LIMIT ${limitParam})`;
      });
      const rows = await this.db.query<IncidentRow & { id: string; k: string }>(
        `SELECT id, k, lat, lon FROM (${arms.join(' UNION ALL ')}) AS cells ORDER BY k, id LIMIT ${limitParam}`, params);
      if (takeListed(out, rows, query.near, limit, batch)) break;
      after = [rows[rows.length - 1].k, rows[rows.length - 1].id];
    }
    const found = out.slice(0, limit + 1).map((r) => r.id);
    const rows = await this.db.query<HydratedRow>(`${INCIDENT_SELECT} WHERE i.id = ANY($1::text[]) ORDER BY ${ORDER_KEY}, i.id`, [found]);
    const { rows: page, next } = pageOf(rows, limit);
    return { items: page.map(hydrate), next };
  }

  /** Listed incidents matching `query` (all listed ones without it); `near` is checked exactly, like {@link list}. */
  async count(query: IncidentQuery = {}): Promise<number> {
    const params: unknown[] = [];
    const where = filters(query, (v) => `$${params.push(v)}`, await this.bounds()).join(' AND ');
    const near = query.near;
    if (!near) return (await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM incidents WHERE ${where}`, params))[0].n;
    const rows = await this.db.query<{ lat: number; lon: number }>(`SELECT lat, lon FROM incidents WHERE ${where}`, params);
    return rows.filter((r) => distanceKm(near, r) <= near.km).length;
  }

  /** The listing bounds kept by migration 5 (no bound when the row is missing). */
  private async bounds(): Promise<{ spanDays: number }> {
    const rows = await this.db.query<{ days: number }>('SELECT days FROM incident_span');
    return { spanDays: rows[0]?.days ?? Infinity };
  }

  async putMerge(m: MergeRecord): Promise<void> {
    await this.db.query('INSERT INTO merges (incident, event, reasons, decided_by, at) VALUES ($1, $2, $3::jsonb, $4, $5)',
      [m.incident, m.event, JSON.stringify(m.reasons), m.by, m.at]);
  }

  async getMerges(incident: string): Promise<MergeRecord[]> {
    const rows = await this.db.query<{ incident: string; event: string; reasons: string; decided_by: 'auto' | 'human'; at: string }>(
      'SELECT incident, event, reasons, decided_by, at FROM merges WHERE incident = $1 ORDER BY at, id', [incident]);
    return rows.map((r) => ({ incident: r.incident, event: r.event, reasons: JSON.parse(r.reasons) as string[], by: r.decided_by, at: r.at }));
  }

  /** Append a grade to the history and make it the incident's current grade (one statement). */
  async putGrade(incident: string, g: GradeRecord): Promise<void> {
    await this.db.query(`WITH added AS (
        INSERT INTO grades (incident, grade, reasons, decided_by, at) VALUES ($1, $2, $3::jsonb, $4, $5) ON CONFLICT DO NOTHING)
      UPDATE incidents SET grade = $2, grade_reasons = $3::jsonb WHERE id = $1`,
    [incident, g.grade, JSON.stringify(g.reasons), g.by, g.at]);
  }
}
