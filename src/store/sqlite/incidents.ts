/**
 * Events, incidents and their audit trail (merges, grades) in SQLite.
 */
import type { EventRecord, GradeRecord, Incident, MergeRecord } from '../../corpus/types.js';
import { distanceKm } from '../../geo/distance.js';
import type { IncidentQuery, Page } from '../store.js';
import { decodeCursor, ftsQuery, ORDER_KEY, type CursorKey } from './cursor.js';
import {
  EVENT_COLUMNS, eventColumns, eventFromRow, INCIDENT_COLUMNS, incidentColumns, incidentFromRow, incidentKey, pageOf, takeListed, upsertSql, type IncidentRow,
} from './incident-rows.js';
import type { Prepared } from './prepared.js';
import { queryBox, sinceBound, type Box } from '../listing-bounds.js';
import { coveringCells, coverShare, nearCover } from '../listing-cells.js';

/** A SQL condition with its parameters. */
export interface Filter { sql: string; params: unknown[] }

/**
 * How a listing reads its rows (migration 5), decided per query from cheap counts: start from the
 * few rows a box or a word selects and sort them, or walk the listing order and test each row.
 * Reading `h` matches and sorting them costs about `h` row reads; walking the order costs about
 * `batch × listed / h`; so a set is read first when `h ≤ √(batch × listed)`.
 */
export interface ListingBounds {
  /** The longest incident date interval in days (`incident_span`). */
  spanDays: number;
  /** Read the R*Tree box first (few incidents in it); otherwise walk the listing order. */
  boxFirst?: boolean;
  /** Read the full-text matches first (few); otherwise walk the listing order and test each. */
  textFirst?: boolean;
}

/**
 * The SQL filters of a query; `near` becomes its bounding box here and is checked exactly in JS.
 * Incidents an analyst merged into another (migration 2) are never listed. With `bounds`, `since`
 * also bounds the order key, a box is read from the R*Tree or kept off the latitude index, and
 * full text goes through `incidents_fts` (migration 5).
 */
export function filters(q: IncidentQuery, bounds?: ListingBounds): Filter[] {
  const f: Filter[] = [{ sql: 'merged_into IS NULL', params: [] }];
  if (q.since) {
    f.push({ sql: 'date_to >= ?', params: [q.since] });
    const low = bounds ? sinceBound(q.since, bounds.spanDays) : null;
    if (low) f.push({ sql: `${ORDER_KEY} >= ?`, params: [low] });
  }
  // Also on the listing's order key, so the index scan stops at `until` instead of filtering to the end.
  if (q.until) f.push({ sql: `date_from <= ? AND ${ORDER_KEY} <= ?`, params: [q.until, q.until] });
  const box = bounds ? queryBox(q) : null;
  if (box && bounds?.boxFirst) {
    f.push({ sql: `id IN (SELECT r.id FROM incidents_rtree r WHERE ${RTREE_BOX})`, params: rtreeParams(box) });
  }
  // Walking the listing order, `lat`/`lon` are tested on each row: `+` keeps the planner off the latitude index.
  const lat = box && !bounds?.boxFirst ? '+lat' : 'lat';
  const lon = box && !bounds?.boxFirst ? '+lon' : 'lon';
  if (q.bbox) {
    const { south, west, north, east } = q.bbox;
    f.push({ sql: `${lat} BETWEEN ? AND ?`, params: [south, north] });
    f.push(west <= east
      ? { sql: `${lon} BETWEEN ? AND ?`, params: [west, east] }
      : { sql: '(lon >= ? OR lon <= ?)', params: [west, east] }); // box across the antimeridian
  }
  if (q.near) { // the circle's box on the sphere (exact, `listing-cells.ts`), split at the antimeridian
    const { south, north, lons } = nearCover(q.near);
    f.push({ sql: `${lat} BETWEEN ? AND ?`, params: [south, north] });
    f.push(lons.length === 1
      ? { sql: `${lon} BETWEEN ? AND ?`, params: lons[0] }
      : { sql: `(${lon} BETWEEN ? AND ? OR ${lon} BETWEEN ? AND ?)`, params: lons.flat() });
  }
  if (q.type) f.push({ sql: 'type = ?', params: [q.type] });
  if (q.grades) f.push({ sql: 'grade IN (SELECT value FROM json_each(?))', params: [JSON.stringify(q.grades)] });
  if (q.perpetrator) f.push({ sql: 'perpetrator = ? COLLATE NOCASE', params: [q.perpetrator] });
  const match = q.text ? ftsQuery(q.text) : null;
  if (match && bounds) f.push(...textFilters(match, bounds.textFirst ?? false));
  else if (match) {
    f.push({
      sql: `id IN (SELECT ie.incident FROM incident_events ie JOIN events e ON e.id = ie.event
        JOIN reports r ON r.id = e.report WHERE r.seq IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?))`,
      params: [match],
    });
  }
  return f;
}

const RTREE_BOX = 'r.min_lat <= ? AND r.max_lat >= ? AND r.min_lon <= ? AND r.max_lon >= ?';
const rtreeParams = (b: Box) => [b.north, b.south, b.east, b.west];

/**
 * Full-text filters over `incidents_fts`: the matches as the driving set (`first`), or as a set
 * built once that each incident in listing order is tested against. With several words, each
 * candidate is checked to hold them all in one report (`reports_fts`), as the listing always did.
 */
function textFilters(match: string, first: boolean): Filter[] {
  const f: Filter[] = [first
    ? { sql: 'id IN (SELECT k.id FROM incidents_fts f JOIN incident_keys k ON k.n = f.rowid WHERE incidents_fts MATCH ?)', params: [match] }
    : { sql: '(SELECT n FROM incident_keys WHERE id = incidents.id) IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?)', params: [match] }];
  if (/" "/.test(match)) {
    f.push({
      sql: `EXISTS (SELECT 1 FROM incident_events ie JOIN events e ON e.id = ie.event JOIN reports r ON r.id = e.report
        JOIN reports_fts rf ON rf.rowid = r.seq WHERE ie.incident = incidents.id AND reports_fts MATCH ?)`,
      params: [match],
    });
  }
  return f;
}

/** The columns an incident is read from, named: a raw row's shape is fixed by its SQL text (`prepared.ts`). */
const ROW_COLUMNS = INCIDENT_COLUMNS.join(', ');

/** An entry of the grid cell index: an incident's id, listing order key and point. */
type CellRow = IncidentRow & { id: string; k: string; lat: number; lon: number };

/** Incident, event, merge and grade reads and writes over one connection's statement cache. */
export class IncidentTable {
  constructor(private readonly q: Prepared) {}

  putEvents(events: EventRecord[]): void {
    const upsert = this.q(upsertSql('events', EVENT_COLUMNS));
    for (const e of events) upsert.run(eventColumns(e));
  }

  /** Events in the order asked for; unknown ids are left out. */
  getEvents(ids: string[]): EventRecord[] {
    if (!ids.length) return [];
    const rows = this.q.rows(`SELECT ${EVENT_COLUMNS.join(', ')} FROM events WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as IncidentRow[];
    const byId = new Map(rows.map((r) => [r.id as string, eventFromRow(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * Insert or replace an incident, its event links and its cells. Grade records in
   * `gradeHistory` not stored yet are added (history is never dropped).
   */
  put(i: Incident, cells: string[]): void {
    const { q } = this;
    q(upsertSql('incidents', INCIDENT_COLUMNS)).run(incidentColumns(i));
    // Only links that changed are written: each one rebuilds the incident's full-text row (migration 5).
    q('DELETE FROM incident_events WHERE incident = ? AND event NOT IN (SELECT value FROM json_each(?))').run(i.id, JSON.stringify(i.events));
    const link = q(`INSERT INTO incident_events (incident, event, position) VALUES (?, ?, ?)
      ON CONFLICT (incident, event) DO UPDATE SET position = excluded.position WHERE position IS NOT excluded.position`);
    const linked = new Set<string>();
    i.events.forEach((e, n) => {
      if (!linked.has(e)) link.run(i.id, e, n); // a repeated event keeps its first position
      linked.add(e);
    });
    q('DELETE FROM incident_cells WHERE incident = ?').run(i.id);
    const cell = q('INSERT OR IGNORE INTO incident_cells (cell, incident) VALUES (?, ?)');
    for (const c of cells) cell.run(c, i.id);
    for (const g of i.gradeHistory) this.addGrade(i.id, g);
  }

  get(id: string): Incident | null {
    const row = this.q('SELECT * FROM incidents WHERE id = ?').get(id) as IncidentRow | undefined;
    return row ? this.hydrate(row) : null;
  }

  /** Incidents holding any of the cells, each once, by id (an index lookup on `incident_cells`). */
  candidates(cells: string[]): Incident[] {
    if (!cells.length) return [];
    const rows = this.q(`SELECT * FROM incidents WHERE id IN
      (SELECT incident FROM incident_cells WHERE cell IN (SELECT value FROM json_each(?))) ORDER BY id`)
      .all(JSON.stringify(cells)) as IncidentRow[];
    return this.hydrateMany(rows);
  }

  /** The ids of {@link candidates}, sorted, from the cell index alone. */
  candidateIds(cells: string[]): string[] {
    if (!cells.length) return [];
    return (this.q('SELECT DISTINCT incident FROM incident_cells WHERE cell IN (SELECT value FROM json_each(?)) ORDER BY incident')
      .all(JSON.stringify(cells)) as { incident: string }[]).map((r) => r.incident);
  }

  /** A page of incidents by date (undated last), then id; see {@link IncidentQuery}. */
  list(query: IncidentQuery): Page<Incident> {
    const limit = Math.max(1, Math.floor(query.limit ?? 100));
    const near = query.near;
    // A box of few grid cells (migration 6): merge them in listing order. Not with words, whose
    // match set each cell's scan would build again (full text keeps its own plans).
    const cells = query.text ? null : coveringCells(query);
    if (cells) return this.listByCells(query, cells, limit);
    const batch = near ? Math.max(limit + 1, 200) : limit + 1;
    const bounds = this.bounds(query, batch);
    const base = filters(query, bounds);
    const box = queryBox(query);
    // A box and nothing else: the R*Tree holds the order key and exact point, so it gives the batch's ids itself.
    const boxOnly = box && bounds.boxFirst && !query.since && !query.until && !query.type && !query.grades && !query.perpetrator && !query.text;
    const out: IncidentRow[] = [];
    let after: CursorKey | null = query.cursor ? decodeCursor(query.cursor) : null;
    for (;;) {
      const rows = boxOnly ? this.batchInBox(box, after, batch) : this.batch(base, after, batch);
      if (takeListed(out, rows, near, limit, batch)) break;
      after = incidentKey(rows[rows.length - 1]);
    }
    const { rows: page, next } = pageOf(out, limit);
    return { items: this.hydrateMany(page), next };
  }

  /**
   * A `near` or `bbox` page from the grid cells covering its box (migration 6): the cells' index
   * ranges merged in listing order, `batch` entries at a time (sized so one batch usually holds a
   * page inside a circle), the circle tested on the point each entry carries; then the page's rows.
   */
  private listByCells(query: IncidentQuery, cells: number[], limit: number): Page<Incident> {
    const span = this.q('SELECT days FROM incident_span').get() as { days: number } | undefined;
    const base = filters(query, { spanDays: span?.days ?? Infinity });
    const batch = Math.min(20 * (limit + 1), Math.ceil((limit + 1) / coverShare(query, cells.length) * 1.1));
    const out: CellRow[] = [];
    let after: CursorKey | null = query.cursor ? decodeCursor(query.cursor) : null;
    for (;;) {
      const rows = this.batchInCells(cells, base, after, batch);
      if (takeListed(out, rows, query.near, limit, batch)) break;
      after = [rows[rows.length - 1].k, rows[rows.length - 1].id];
    }
    const found = out.slice(0, limit + 1).map((r) => r.id);
    const rows = this.q.rows(`SELECT ${ROW_COLUMNS} FROM incidents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY ${ORDER_KEY}, id`)
      .all(JSON.stringify(found)) as IncidentRow[];
    const { rows: page, next } = pageOf(rows, limit);
    return { items: this.hydrateMany(page), next };
  }

  /**
   * Up to `batch` entries (id, order key, point) matching `base` in any of `cells`, after the
   * cursor key, in listing order: one index range per cell, merged (`UNION ALL … ORDER BY`).
   */
  private batchInCells(cells: number[], base: Filter[], after: CursorKey | null, batch: number): CellRow[] {
    const all = after
      ? [...base, { sql: `${ORDER_KEY} >= ? AND (${ORDER_KEY}, id) > (?, ?)`, params: [after[0], ...after] }]
      : base;
    const where = all.map((f) => f.sql).join(' AND ');
    const params = all.flatMap((f) => f.params);
    const arm = `SELECT id, ${ORDER_KEY} AS k, lat, lon FROM incidents WHERE grid_cell = ? AND ${where}`;
    return this.q(`${cells.map(() => arm).join(' UNION ALL ')} ORDER BY k, id LIMIT ?`)
      .all(...cells.flatMap((c) => [c, ...params]), batch) as CellRow[];
  }

  /** Up to `batch` rows matching `base` after the cursor key, in listing order. */
  private batch(base: Filter[], after: CursorKey | null, batch: number): IncidentRow[] {
    const all = after ? [...base, { sql: `(${ORDER_KEY}, id) > (?, ?)`, params: [...after] }] : base;
    return this.q.rows(`SELECT ${ROW_COLUMNS} FROM incidents WHERE ${all.map((f) => f.sql).join(' AND ')} ORDER BY ${ORDER_KEY}, id LIMIT ?`)
      .all(...all.flatMap((f) => f.params), batch) as IncidentRow[];
  }

  /** Up to `batch` listed incidents inside `box` after the cursor key, in listing order, read from the R*Tree's own columns. */
  private batchInBox(box: Box, after: CursorKey | null, batch: number): IncidentRow[] {
    const cursor = after ? 'AND (r.k, r.id) > (?, ?)' : '';
    return this.q.rows(`SELECT ${ROW_COLUMNS} FROM incidents WHERE id IN (SELECT r.id FROM incidents_rtree r WHERE ${RTREE_BOX}
        AND r.lat BETWEEN ? AND ? AND r.lon BETWEEN ? AND ? ${cursor} ORDER BY r.k, r.id LIMIT ?)
      ORDER BY ${ORDER_KEY}, id`)
      .all(...rtreeParams(box), box.south, box.north, box.west, box.east, ...(after ?? []), batch) as IncidentRow[];
  }

  /** Listed incidents matching `query` (all listed ones without it); `near` is checked exactly, like {@link list}. */
  count(query: IncidentQuery = {}): number {
    const f = filters(query, this.bounds(query, Infinity));
    const where = f.map((x) => x.sql).join(' AND ');
    const params = f.flatMap((x) => x.params);
    const near = query.near;
    if (!near) return (this.q(`SELECT COUNT(*) AS n FROM incidents WHERE ${where}`).get(...params) as { n: number }).n;
    const rows = this.q(`SELECT lat, lon FROM incidents WHERE ${where}`).all(...params) as { lat: number; lon: number }[];
    return rows.filter((r) => distanceKm(near, r) <= near.km).length;
  }

  /**
   * How to read `query`'s rows (see {@link ListingBounds}): the kept span, and counts capped at
   * √(batch × listed); `batch` Infinity (a count reads every match) reads the sets first.
   */
  private bounds(query: IncidentQuery, batch: number): ListingBounds {
    const span = this.q('SELECT days FROM incident_span').get() as { days: number } | undefined;
    const bounds: ListingBounds = { spanDays: span?.days ?? Infinity };
    const box = queryBox(query);
    const match = query.text ? ftsQuery(query.text) : null;
    if (!box && !match) return bounds;
    if (batch === Infinity) return { ...bounds, boxFirst: true, textFirst: true }; // counting reads every match anyway
    const listed = (this.q('SELECT MAX(n) AS n FROM incident_keys').get() as { n: number | null }).n ?? 0;
    const cap = Math.ceil(Math.sqrt(batch * listed));
    const capped = (sql: string, params: unknown[]) => (this.q(`SELECT COUNT(*) AS n FROM (${sql} LIMIT ?)`).get(...params, cap + 1) as { n: number }).n;
    if (box) bounds.boxFirst = capped(`SELECT 1 FROM incidents_rtree r WHERE ${RTREE_BOX}`, rtreeParams(box)) <= cap;
    if (match) bounds.textFirst = capped('SELECT 1 FROM incidents_fts WHERE incidents_fts MATCH ?', [match]) <= cap;
    return bounds;
  }

  putMerge(m: MergeRecord): void {
    this.q('INSERT INTO merges (incident, event, reasons, decided_by, at) VALUES (?, ?, ?, ?, ?)')
      .run(m.incident, m.event, JSON.stringify(m.reasons), m.by, m.at);
  }

  /** Merge records of an incident, oldest first (ties in the order they were stored). */
  getMerges(incident: string): MergeRecord[] {
    const rows = this.q('SELECT incident, event, reasons, decided_by, at FROM merges WHERE incident = ? ORDER BY at, id')
      .all(incident) as { incident: string; event: string; reasons: string; decided_by: 'auto' | 'human'; at: string }[];
    return rows.map((r) => ({ incident: r.incident, event: r.event, reasons: JSON.parse(r.reasons) as string[], by: r.decided_by, at: r.at }));
  }

  /** Append a grade to the history and make it the incident's current grade. */
  putGrade(incident: string, g: GradeRecord): void {
    this.addGrade(incident, g);
    this.q('UPDATE incidents SET grade = ?, grade_reasons = ? WHERE id = ?').run(g.grade, JSON.stringify(g.reasons), incident);
  }

  private addGrade(incident: string, g: GradeRecord): void {
    this.q('INSERT OR IGNORE INTO grades (incident, grade, reasons, decided_by, at) VALUES (?, ?, ?, ?, ?)')
      .run(incident, g.grade, JSON.stringify(g.reasons), g.by, g.at);
  }

  /** {@link hydrate} for a page of rows: their events and grades in one query each (not two per row). */
  private hydrateMany(rows: IncidentRow[]): Incident[] {
    if (rows.length <= 1) return rows.map((r) => this.hydrate(r));
    const ids = JSON.stringify(rows.map((r) => r.id));
    const events = new Map<string, string[]>();
    for (const e of this.q('SELECT incident, event FROM incident_events WHERE incident IN (SELECT value FROM json_each(?)) ORDER BY incident, position')
      .all(ids) as { incident: string; event: string }[]) {
      (events.get(e.incident) ?? events.set(e.incident, []).get(e.incident)!).push(e.event);
    }
    const grades = new Map<string, GradeRecord[]>();
    for (const g of this.q('SELECT incident, grade, reasons, decided_by, at FROM grades WHERE incident IN (SELECT value FROM json_each(?)) ORDER BY incident, id')
      .all(ids) as { incident: string; grade: GradeRecord['grade']; reasons: string; decided_by: 'auto' | 'human'; at: string }[]) {
      (grades.get(g.incident) ?? grades.set(g.incident, []).get(g.incident)!).push({ grade: g.grade, reasons: JSON.parse(g.reasons) as string[], at: g.at, by: g.decided_by });
    }
    return rows.map((r) => incidentFromRow(r, events.get(r.id as string) ?? [], grades.get(r.id as string) ?? []));
  }

  private hydrate(row: IncidentRow): Incident {
    const id = row.id as string;
    const events = (this.q('SELECT event FROM incident_events WHERE incident = ? ORDER BY position').all(id) as { event: string }[])
      .map((r) => r.event);
    const grades = (this.q('SELECT grade, reasons, decided_by, at FROM grades WHERE incident = ? ORDER BY id').all(id) as
      { grade: GradeRecord['grade']; reasons: string; decided_by: 'auto' | 'human'; at: string }[])
      .map((r) => ({ grade: r.grade, reasons: JSON.parse(r.reasons) as string[], at: r.at, by: r.decided_by }));
    return incidentFromRow(row, events, grades);
  }
}
