/**
 * Incident and event rows ↔ the corpus types. Incident figures are columns
 * (`civilians_killed_min`, …) so a user can filter and sort on them; an event keeps its ranges as
 * JSON.
 */
import type { EventRecord, GradeRecord, Incident, PlaceRef } from '../../corpus/types.js';
import type { HarmRanges, PlacePrecision, Range } from '../../report/types.js';
import { distanceKm } from '../../geo/distance.js';
import type { IncidentQuery } from '../store.js';
import { encodeCursor, NO_DATE, type CursorKey } from './cursor.js';

const GROUPS = ['civilians', 'combatants', 'total'] as const;
const KINDS = ['killed', 'injured'] as const;

/** The 18 figure columns of `incidents`, e.g. `civilians_killed_min`. */
export const FIGURE_COLUMNS = GROUPS.flatMap((g) => KINDS.flatMap((k) => [`${g}_${k}_min`, `${g}_${k}_max`, `${g}_${k}_conservative`]));

/** The three columns of each figure, named once (not per row read). */
const RANGE_COLUMNS = Object.fromEntries(GROUPS.map((g) => [g, Object.fromEntries(KINDS.map((k) =>
  [k, [`${g}_${k}_min`, `${g}_${k}_max`, `${g}_${k}_conservative`]]))])) as unknown as Record<(typeof GROUPS)[number], Record<(typeof KINDS)[number], readonly string[]>>;

/** The incidents table's columns, in the order both stores write them. */
export const INCIDENT_COLUMNS = [
  'id', 'type', 'date_from', 'date_to', 'place_name', 'place_country', 'lat', 'lon', 'place_precision',
  'perpetrator', 'target', ...FIGURE_COLUMNS, 'grade', 'grade_reasons', 'independent_sources', 'figures',
];
/** The events table's columns, in the order both stores write them. */
export const EVENT_COLUMNS = [
  'id', 'report', 'copy_group', 'published', 'outlet', 'type', 'date_from', 'date_to', 'place_name', 'place_country',
  'lat', 'lon', 'place_precision', 'perpetrator', 'target', 'civilians', 'combatants', 'total', 'claims',
];

export type IncidentRow = Record<string, string | number | null>;

interface PlaceColumns { place_name: string | null; place_country: string | null; lat: number | null; lon: number | null; place_precision: string | null }

function placeColumns(p: PlaceRef | null): PlaceColumns {
  return p
    ? { place_name: p.name, place_country: p.country, lat: p.lat, lon: p.lon, place_precision: p.precision }
    : { place_name: null, place_country: null, lat: null, lon: null, place_precision: null };
}

function placeOf(r: IncidentRow): PlaceRef | null {
  if (r.place_name === null || r.lat === null || r.lon === null) return null;
  return {
    name: r.place_name as string, country: (r.place_country as string | null) ?? '', lat: r.lat as number,
    lon: r.lon as number, precision: r.place_precision as PlacePrecision,
  };
}

function dateOf(r: IncidentRow): { from: string; to: string } | null {
  return r.date_from !== null && r.date_to !== null ? { from: r.date_from as string, to: r.date_to as string } : null;
}

/** Column values of an incident, named as the table's columns. */
export function incidentColumns(i: Incident): IncidentRow {
  const row: IncidentRow = {
    id: i.id, type: i.type, date_from: i.date?.from ?? null, date_to: i.date?.to ?? null, ...placeColumns(i.place),
    perpetrator: i.perpetrator, target: i.target, grade: i.grade, grade_reasons: JSON.stringify(i.gradeReasons),
    independent_sources: i.independentSources, figures: JSON.stringify(i.figures),
  };
  for (const g of GROUPS) {
    for (const k of KINDS) {
      const r: Range = i[g][k];
      row[`${g}_${k}_min`] = r.min;
      row[`${g}_${k}_max`] = r.max;
      row[`${g}_${k}_conservative`] = r.conservative;
    }
  }
  return row;
}

/** An incident from its row, the ids of its events (in join order) and its grade history. */
export function incidentFromRow(r: IncidentRow, events: string[], gradeHistory: GradeRecord[]): Incident {
  const range = ([min, max, conservative]: readonly string[]): Range => ({
    min: r[min] as number, max: r[max] as number | null, conservative: r[conservative] as number,
  });
  const harm = (g: (typeof GROUPS)[number]): HarmRanges => ({ killed: range(RANGE_COLUMNS[g].killed), injured: range(RANGE_COLUMNS[g].injured) });
  return {
    id: r.id as string, type: r.type as Incident['type'], date: dateOf(r), place: placeOf(r),
    perpetrator: r.perpetrator as string | null, target: r.target as string | null,
    civilians: harm('civilians'), combatants: harm('combatants'), total: harm('total'),
    grade: r.grade as Incident['grade'], gradeReasons: JSON.parse(r.grade_reasons as string) as string[],
    independentSources: r.independent_sources as number, events,
    figures: JSON.parse(r.figures as string) as Incident['figures'], gradeHistory,
  };
}

/** Column values of an event. */
export function eventColumns(e: EventRecord): IncidentRow {
  return {
    id: e.id, report: e.report, copy_group: e.copyGroup, published: e.published, outlet: e.outlet, type: e.type,
    date_from: e.date?.from ?? null, date_to: e.date?.to ?? null, ...placeColumns(e.place),
    perpetrator: e.perpetrator, target: e.target, civilians: JSON.stringify(e.civilians),
    combatants: JSON.stringify(e.combatants), total: JSON.stringify(e.total), claims: JSON.stringify(e.claims),
  };
}

export function eventFromRow(r: IncidentRow): EventRecord {
  return {
    id: r.id as string, report: r.report as string, copyGroup: r.copy_group as string, published: r.published as string | null,
    outlet: r.outlet as string | null, type: r.type as EventRecord['type'], date: dateOf(r), place: placeOf(r),
    perpetrator: r.perpetrator as string | null, target: r.target as string | null,
    civilians: JSON.parse(r.civilians as string) as HarmRanges, combatants: JSON.parse(r.combatants as string) as HarmRanges,
    total: JSON.parse(r.total as string) as HarmRanges, claims: JSON.parse(r.claims as string) as EventRecord['claims'],
  };
}

/** `INSERT … ON CONFLICT (id) DO UPDATE` over the given columns, with named parameters. */
export function upsertSql(table: string, columns: string[]): string {
  const sets = columns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ');
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
    ON CONFLICT (id) DO UPDATE SET ${sets}`;
}

/** An incident row's place in the listing order: its date (`NO_DATE` when undated), then its id. */
export const incidentKey = (r: IncidentRow): CursorKey => [(r.date_from as string | null) ?? NO_DATE, r.id as string];

/**
 * Adds one batch of rows (in listing order) to `out` until it holds `limit + 1`, leaving out rows
 * outside `near`'s circle (the SQL filter is only its box). True when no further batch is needed:
 * the page and one more are found, or the batch was the last (`batchSize` asked, fewer came).
 *
 * @example
 * const out: IncidentRow[] = [];
 * takeListed(out, [{ id: 'i1', lat: 36.3, lon: 43.1 }], { lat: 0, lon: 0, km: 5 }, 10, 11); // true; out stays []
 */
export function takeListed<R extends IncidentRow>(
  out: R[], rows: readonly R[], near: IncidentQuery['near'], limit: number, batchSize: number,
): boolean {
  for (const r of rows) {
    if (near && distanceKm(near, { lat: r.lat as number, lon: r.lon as number }) > near.km) continue;
    out.push(r);
    if (out.length > limit) break;
  }
  return out.length > limit || rows.length < batchSize;
}

/**
 * The first `limit` rows of what {@link takeListed} gathered, and the cursor after them when more followed.
 *
 * @example
 * pageOf([{ id: 'a', date_from: '2017-03-17' }, { id: 'b', date_from: null }], 1);
 * // { rows: [{ id: 'a', … }], next: encodeCursor(['2017-03-17', 'a']) }
 */
export function pageOf<R extends IncidentRow>(out: readonly R[], limit: number): { rows: R[]; next: string | null } {
  const rows = out.slice(0, limit);
  return { rows, next: out.length > limit ? encodeCursor(incidentKey(rows[rows.length - 1])) : null };
}
