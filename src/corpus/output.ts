/**
 * The `civwatch.incidents/1` output: one {@link IncidentOut} per incident, as JSON, as CSV rows
 * and as GeoJSON features. CSV and GeoJSON carry the same fields, flattened
 * (`civilians_killed_min`, …); lists (reports, claims, reasons) stay lists in GeoJSON and become
 * JSON text in a CSV cell.
 */
import type { EventRecord, Incident, IncidentOut, StoredReport } from './types.js';
import type { Range } from '../report/types.js';

export const INCIDENTS_FORMAT = 'civwatch.incidents/1';

/** What the output needs to know about a report. */
export type ReportInfo = Pick<StoredReport, 'id' | 'url' | 'outlet' | 'published' | 'copyOf'>;

const r = (x: Range): Range => ({ min: x.min, max: x.max, conservative: x.conservative });

/**
 * One incident in the contract's shape. `reports` looks up a report by id (a report not found is
 * listed with its id only); `events` are the incident's events, for the reports and claims.
 *
 * @example
 * toIncidentOut(incident, { reports: (id) => byId.get(id) ?? null, events: await store.getEvents(incident.events) });
 */
export function toIncidentOut(incident: Incident, ctx: { reports: (id: string) => ReportInfo | null; events: EventRecord[] }): IncidentOut {
  const ids = [...new Set(ctx.events.map((e) => e.report))];
  const reports = ids.map((id) => {
    const rep = ctx.reports(id);
    const e = ctx.events.find((x) => x.report === id);
    return {
      id, url: rep?.url ?? null, outlet: rep?.outlet ?? e?.outlet ?? null,
      published: rep?.published ?? e?.published ?? null, copyOf: rep?.copyOf ?? null,
    };
  }).sort((a, b) => ((a.published ?? '') < (b.published ?? '') ? -1 : (a.published ?? '') > (b.published ?? '') ? 1 : a.id < b.id ? -1 : 1));
  const seen = new Set<string>();
  const claims = ctx.events.flatMap((e) => e.claims.map((c) => ({ report: e.report, source: c.source, stance: c.stance, text: c.text })))
    .filter((c) => { const k = `${c.report}\u0000${c.source}\u0000${c.text}`; if (seen.has(k)) return false; seen.add(k); return true; });
  return {
    id: incident.id,
    type: incident.type,
    date: incident.date ? { ...incident.date } : null,
    place: incident.place ? { ...incident.place } : null,
    perpetrator: incident.perpetrator,
    target: incident.target,
    civilians: { killed: r(incident.civilians.killed), injured: r(incident.civilians.injured) },
    combatants: { killed: r(incident.combatants.killed), injured: r(incident.combatants.injured) },
    total: { killed: r(incident.total.killed), injured: r(incident.total.injured) },
    grade: incident.grade,
    gradeReasons: [...incident.gradeReasons],
    independentSources: incident.independentSources,
    reports,
    claims,
  };
}

/**
 * The JSON document `civwatch incidents --format json` prints.
 *
 * @example
 * JSON.stringify(incidentsDocument(outs), null, 2);
 */
export function incidentsDocument(incidents: IncidentOut[]): { format: typeof INCIDENTS_FORMAT; incidents: IncidentOut[] } {
  return { format: INCIDENTS_FORMAT, incidents };
}

type Flat = Record<string, string | number | null | unknown[]>;

/** The flat columns of one incident, lists kept as lists. */
function flatten(o: IncidentOut): Flat {
  const flat: Flat = {
    id: o.id, type: o.type, date_from: o.date?.from ?? null, date_to: o.date?.to ?? null,
    place_name: o.place?.name ?? null, place_country: o.place?.country ?? null,
    lat: o.place?.lat ?? null, lon: o.place?.lon ?? null, place_precision: o.place?.precision ?? null,
    perpetrator: o.perpetrator, target: o.target,
  };
  for (const g of ['civilians', 'combatants', 'total'] as const) {
    for (const k of ['killed', 'injured'] as const) {
      for (const f of ['min', 'max', 'conservative'] as const) flat[`${g}_${k}_${f}`] = o[g][k][f];
    }
  }
  Object.assign(flat, {
    grade: o.grade, grade_reasons: o.gradeReasons, independent_sources: o.independentSources,
    reports: o.reports, claims: o.claims,
  });
  return flat;
}

/** The CSV header, in column order. */
export const CSV_COLUMNS: readonly string[] = Object.keys(flatten({
  id: '', type: 'Other', date: null, place: null, perpetrator: null, target: null,
  civilians: { killed: { min: 0, max: 0, conservative: 0 }, injured: { min: 0, max: 0, conservative: 0 } },
  combatants: { killed: { min: 0, max: 0, conservative: 0 }, injured: { min: 0, max: 0, conservative: 0 } },
  total: { killed: { min: 0, max: 0, conservative: 0 }, injured: { min: 0, max: 0, conservative: 0 } },
  grade: 'weak', gradeReasons: [], independentSources: 0, reports: [], claims: [],
}));

const cell = (v: Flat[string]): string => {
  const s = v === null ? '' : Array.isArray(v) ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * Incidents as CSV (RFC 4180: quoted where needed, CRLF line ends), header first. An open
 * maximum ("at least 20") is an empty cell; lists are JSON text.
 *
 * @example
 * process.stdout.write(incidentsCsv(outs));
 */
export function incidentsCsv(incidents: IncidentOut[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const o of incidents) {
    const flat = flatten(o);
    lines.push(CSV_COLUMNS.map((c) => cell(flat[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Incidents as a GeoJSON FeatureCollection: a Point at the incident's place (null geometry when
 * it has none), the flattened fields as properties.
 *
 * @example
 * JSON.stringify(incidentsGeoJson(outs));
 */
export function incidentsGeoJson(incidents: IncidentOut[]): {
  type: 'FeatureCollection'; format: typeof INCIDENTS_FORMAT;
  features: { type: 'Feature'; id: string; geometry: { type: 'Point'; coordinates: [number, number] } | null; properties: Flat }[];
} {
  return {
    type: 'FeatureCollection',
    format: INCIDENTS_FORMAT,
    features: incidents.map((o) => ({
      type: 'Feature' as const,
      id: o.id,
      geometry: o.place ? { type: 'Point' as const, coordinates: [o.place.lon, o.place.lat] as [number, number] } : null,
      properties: flatten(o),
    })),
  };
}
