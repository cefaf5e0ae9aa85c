/**
 * The API's additions in PostgreSQL (migration 2): review audit records, incidents merged away by
 * an analyst, and the map and statistics queries aggregated in SQL.
 */
import type { ReviewRecord } from '../../corpus/types.js';
import { distanceKm } from '../../geo/distance.js';
import type { EventSourceRow, IncidentPoint, IncidentQuery, IncidentStats, ReportInfoRow } from '../store.js';
import { ORDER_KEY } from '../sqlite/cursor.js';
import {
  CIV_KILLED, EVENT_SOURCE_SELECT, eventSourceFromRow, reportInfoFromRow, reviewFromRow, type EventSourceDbRow, type ReportInfoDbRow, type ReviewRow,
} from '../sqlite/review-rows.js';
import { filters } from './incidents.js';
import type { PgSession } from './session.js';

/** The Monday of a `YYYY-MM-DD` date's ISO week, as text (null for anything else). */
const WEEK = `CASE WHEN date_from ~ '^\\d{4}-\\d{2}-\\d{2}$' THEN to_char(date_trunc('week', date_from::date), 'YYYY-MM-DD') END`;

/** A query's WHERE clause (limit and cursor ignored) and its parameters. */
function where(q: IncidentQuery, extra: string[] = []): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const all = [...filters(q, (v) => `$${params.push(v)}`), ...extra];
  return { sql: `WHERE ${all.join(' AND ')}`, params };
}

/** Reviews, merged-away incidents, map points and statistics. */
export class PgReviews {
  constructor(private readonly db: PgSession) {}

  async put(r: Omit<ReviewRecord, 'id'>): Promise<ReviewRecord> {
    const before = r.before ?? null;
    const after = r.after ?? null;
    const [row] = await this.db.query<{ id: number }>(`INSERT INTO reviews (incident, action, decided_by, at, reason, field, before, after)
      VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb) RETURNING id`,
    [r.incident, r.action, r.by, r.at, r.reason, r.field, JSON.stringify(before), JSON.stringify(after)]);
    return { ...r, id: row.id, before, after };
  }

  async list(incident: string): Promise<ReviewRecord[]> {
    const rows = await this.db.query<ReviewRow>(`SELECT id, incident, action, decided_by, at, reason, field, before, after
      FROM reviews WHERE incident = $1 ORDER BY at, id`, [incident]);
    return rows.map(reviewFromRow);
  }

  async setMergedInto(incident: string, into: string | null): Promise<void> {
    await this.db.query('UPDATE incidents SET merged_into = $2 WHERE id = $1', [incident, into]);
  }

  async mergedInto(incident: string): Promise<string | null> {
    const rows = await this.db.query<{ merged_into: string | null }>('SELECT merged_into FROM incidents WHERE id = $1', [incident]);
    return rows[0]?.merged_into ?? null;
  }

  async points(query: IncidentQuery): Promise<IncidentPoint[]> {
    const w = where(query, ['lat IS NOT NULL']);
    const rows = await this.db.query<IncidentPoint>(`SELECT id, lat, lon, date_from AS date, type, grade, ${CIV_KILLED} AS "civKilled"
      FROM incidents ${w.sql} ORDER BY ${ORDER_KEY}, id`, w.params);
    const near = query.near;
    return near ? rows.filter((p) => distanceKm(near, p) <= near.km) : rows;
  }

  /** Counts by month, week, type and grade, in one query (each grouping a JSON aggregate). */
  async stats(query: IncidentQuery): Promise<IncidentStats> {
    // `near` is exact only in JS: aggregate the ids that pass it.
    const source = query.near
      ? { sql: 'WHERE id = ANY($1::text[])', params: [(await this.points(query)).map((p) => p.id)] as unknown[] }
      : where(query);
    const [row] = await this.db.query<{ by_month: string; by_week: string; by_type: string; by_grade: string }>(`
      WITH m AS (SELECT date_from, type, grade, ${CIV_KILLED} AS civ FROM incidents ${source.sql})
      SELECT
        (SELECT COALESCE(json_agg(json_build_object('month', k, 'incidents', n, 'civKilled', c) ORDER BY k), '[]')
          FROM (SELECT substr(date_from, 1, 7) AS k, count(*) AS n, sum(civ) AS c FROM m WHERE date_from IS NOT NULL GROUP BY 1) x) AS by_month,
        (SELECT COALESCE(json_agg(json_build_object('week', k, 'incidents', n, 'civKilled', c) ORDER BY k), '[]')
          FROM (SELECT ${WEEK} AS k, count(*) AS n, sum(civ) AS c FROM m WHERE date_from IS NOT NULL GROUP BY 1) x) AS by_week,
        (SELECT COALESCE(json_object_agg(type, n ORDER BY type), '{}') FROM (SELECT type, count(*) AS n FROM m GROUP BY type) x) AS by_type,
        (SELECT COALESCE(json_object_agg(grade, n ORDER BY grade), '{}') FROM (SELECT grade, count(*) AS n FROM m GROUP BY grade) x) AS by_grade`,
    source.params);
    return {
      byMonth: JSON.parse(row.by_month) as IncidentStats['byMonth'],
      byWeek: JSON.parse(row.by_week) as IncidentStats['byWeek'],
      byType: JSON.parse(row.by_type) as IncidentStats['byType'],
      byGrade: JSON.parse(row.by_grade) as IncidentStats['byGrade'],
    };
  }

  async reportInfos(ids: string[]): Promise<ReportInfoRow[]> {
    if (!ids.length) return [];
    const rows = await this.db.query<ReportInfoDbRow>(
      'SELECT id, url, outlet, title, published, copy_of, copy_group, stitched FROM reports WHERE id = ANY($1::text[])', [ids]);
    const byId = new Map(rows.map((r) => [r.id, reportInfoFromRow(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async eventSources(ids: string[]): Promise<EventSourceRow[]> {
    if (!ids.length) return [];
    const rows = await this.db.query<EventSourceDbRow>(`${EVENT_SOURCE_SELECT} WHERE e.id = ANY($1::text[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, eventSourceFromRow(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}
