/**
 * Review and report-info rows ↔ the corpus types, shared by the SQLite and PostgreSQL stores (both
 * hand JSON columns back as text).
 */
import type { ReviewRecord } from '../../corpus/types.js';
import type { EventSourceRow, ReportInfoRow } from '../store.js';

/** Civilians killed as one number in SQL: the maximum, or the minimum when open-ended. */
export const CIV_KILLED = 'COALESCE(civilians_killed_max, civilians_killed_min)';

/** A `reviews` row as both stores return it. */
export interface ReviewRow {
  id: number; incident: string; action: ReviewRecord['action']; decided_by: string; at: string;
  reason: string; field: string | null; before: string; after: string;
}

/**
 * The audit record of a `reviews` row.
 *
 * @example
 * reviewFromRow({ id: 1, incident: 'i1', action: 'confirm', decided_by: 'ana', at: '2024-01-02T03:04:05Z', reason: 'two sources', field: null, before: 'null', after: 'null' });
 * // { id: 1, incident: 'i1', action: 'confirm', by: 'ana', at: '2024-01-02T03:04:05Z', reason: 'two sources', field: null, before: null, after: null }
 */
export function reviewFromRow(r: ReviewRow): ReviewRecord {
  return {
    id: r.id, incident: r.incident, action: r.action, by: r.decided_by, at: r.at, reason: r.reason, field: r.field,
    before: JSON.parse(r.before) as unknown, after: JSON.parse(r.after) as unknown,
  };
}

/** The columns both stores select for {@link eventSourceFromRow}: an event's, then its report's (`r_…`, NULL when not stored). */
export const EVENT_SOURCE_SELECT = `SELECT e.id, e.report, e.outlet, e.published, e.claims,
  r.id AS r_id, r.url AS r_url, r.outlet AS r_outlet, r.published AS r_published, r.copy_of AS r_copy_of
  FROM events e LEFT JOIN reports r ON r.id = e.report`;

/** A row of {@link EVENT_SOURCE_SELECT}; `claims` is JSON text in both stores. */
export interface EventSourceDbRow {
  id: string; report: string; outlet: string | null; published: string | null; claims: string;
  r_id: string | null; r_url: string | null; r_outlet: string | null; r_published: string | null; r_copy_of: string | null;
}

/**
 * An event's listing facts from its row.
 *
 * @example
 * eventSourceFromRow({ id: 'r1#0', report: 'r1', outlet: null, published: null, claims: '[]', r_id: null, r_url: null, r_outlet: null, r_published: null, r_copy_of: null });
 * // { id: 'r1#0', report: 'r1', outlet: null, published: null, claims: [], reportInfo: null }
 */
export function eventSourceFromRow(r: EventSourceDbRow): EventSourceRow {
  return {
    id: r.id, report: r.report, outlet: r.outlet, published: r.published, claims: JSON.parse(r.claims) as EventSourceRow['claims'],
    reportInfo: r.r_id === null ? null : { id: r.r_id, url: r.r_url, outlet: r.r_outlet, published: r.r_published, copyOf: r.r_copy_of },
  };
}

/** A `reports` row's columns for {@link reportInfoFromRow}; `stitched` is 0/1 in SQLite, a boolean in PostgreSQL. */
export interface ReportInfoDbRow {
  id: string; url: string | null; outlet: string | null; title: string | null; published: string | null;
  copy_of: string | null; copy_group: string; stitched: number | boolean;
}

/**
 * A report's listing facts from its row.
 *
 * @example
 * reportInfoFromRow({ id: 'r1', url: null, outlet: 'Valley Wire', title: null, published: '2021-05-12', copy_of: null, copy_group: 'r1', stitched: 0 });
 * // { id: 'r1', url: null, outlet: 'Valley Wire', title: null, published: '2021-05-12', copyOf: null, copyGroup: 'r1', stitched: false }
 */
export function reportInfoFromRow(r: ReportInfoDbRow): ReportInfoRow {
  return {
    id: r.id, url: r.url, outlet: r.outlet, title: r.title, published: r.published, copyOf: r.copy_of, copyGroup: r.copy_group,
    stitched: r.stitched === true || r.stitched === 1,
  };
}
