/**
 * The API's additions in SQLite (migration 2): review audit records, incidents merged away by an
 * analyst, and the map and statistics queries, aggregated in SQL (never 100,000 incidents
 * hydrated in JavaScript).
 */
import type { ReviewRecord } from '../../corpus/types.js';
import { distanceKm } from '../../geo/distance.js';
import type { EventSourceRow, IncidentPoint, IncidentQuery, IncidentStats, ReportInfoRow } from '../store.js';
import { ORDER_KEY } from './cursor.js';
import { filters } from './incidents.js';
import type { Prepared } from './prepared.js';
import {
  CIV_KILLED, EVENT_SOURCE_SELECT, eventSourceFromRow, reportInfoFromRow, reviewFromRow, type EventSourceDbRow, type ReportInfoDbRow, type ReviewRow,
} from './review-rows.js';

/** The WHERE clause and parameters of a query's filters (limit and cursor ignored). */
function where(q: IncidentQuery, extra: string[] = []): { sql: string; params: unknown[] } {
  const all = [...filters(q), ...extra.map((sql) => ({ sql, params: [] as unknown[] }))];
  return { sql: `WHERE ${all.map((f) => f.sql).join(' AND ')}`, params: all.flatMap((f) => f.params) };
}

/** Reviews, merged-away incidents, map points and statistics over one connection's statement cache. */
export class ReviewTable {
  constructor(private readonly q: Prepared) {}

  put(r: Omit<ReviewRecord, 'id'>): ReviewRecord {
    const info = this.q(`INSERT INTO reviews (incident, action, decided_by, at, reason, field, before, after)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(r.incident, r.action, r.by, r.at, r.reason, r.field, JSON.stringify(r.before ?? null), JSON.stringify(r.after ?? null));
    return { ...r, id: Number(info.lastInsertRowid), before: r.before ?? null, after: r.after ?? null };
  }

  list(incident: string): ReviewRecord[] {
    return (this.q('SELECT * FROM reviews WHERE incident = ? ORDER BY at, id').all(incident) as ReviewRow[]).map(reviewFromRow);
  }

  setMergedInto(incident: string, into: string | null): void {
    this.q('UPDATE incidents SET merged_into = ? WHERE id = ?').run(into, incident);
  }

  mergedInto(incident: string): string | null {
    const row = this.q('SELECT merged_into FROM incidents WHERE id = ?').get(incident) as { merged_into: string | null } | undefined;
    return row?.merged_into ?? null;
  }

  points(query: IncidentQuery): IncidentPoint[] {
    const w = where(query, ['lat IS NOT NULL']);
    const rows = this.q(`SELECT id, lat, lon, date_from AS date, type, grade, ${CIV_KILLED} AS civKilled
      FROM incidents ${w.sql} ORDER BY ${ORDER_KEY}, id`).all(...w.params) as IncidentPoint[];
    const near = query.near;
    return near ? rows.filter((p) => distanceKm(near, p) <= near.km) : rows;
  }

  stats(query: IncidentQuery): IncidentStats {
    // `near` is exact only in JS: aggregate the ids that pass it (rare on the dashboard).
    const w = where(query);
    const source = query.near
      ? { sql: `FROM incidents WHERE id IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(this.points(query).map((p) => p.id))] }
      : { sql: `FROM incidents ${w.sql}`, params: w.params };
    const dated = `${source.sql} AND date_from IS NOT NULL`;
    const byMonth = this.q(`SELECT substr(date_from, 1, 7) AS month, COUNT(*) AS incidents, SUM(${CIV_KILLED}) AS civKilled
      ${dated} GROUP BY month ORDER BY month`).all(...source.params) as IncidentStats['byMonth'];
    const byWeek = this.q(`SELECT date(date_from, 'weekday 0', '-6 days') AS week, COUNT(*) AS incidents, SUM(${CIV_KILLED}) AS civKilled
      ${dated} GROUP BY week ORDER BY week`).all(...source.params) as IncidentStats['byWeek'];
    const count = (column: string) => Object.fromEntries((this.q(`SELECT ${column} AS k, COUNT(*) AS n ${source.sql} GROUP BY ${column} ORDER BY ${column}`)
      .all(...source.params) as { k: string; n: number }[]).map((r) => [r.k, r.n]));
    return { byMonth, byWeek, byType: count('type'), byGrade: count('grade') };
  }

  reportInfos(ids: string[]): ReportInfoRow[] {
    if (!ids.length) return [];
    const rows = this.q.rows(`SELECT id, url, outlet, title, published, copy_of, copy_group, stitched FROM reports
      WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as unknown as ReportInfoDbRow[];
    const byId = new Map(rows.map((r) => [r.id, reportInfoFromRow(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  eventSources(ids: string[]): EventSourceRow[] {
    if (!ids.length) return [];
    const rows = this.q.rows(`${EVENT_SOURCE_SELECT} WHERE e.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as unknown as EventSourceDbRow[];
    const byId = new Map(rows.map((r) => [r.id, eventSourceFromRow(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}
