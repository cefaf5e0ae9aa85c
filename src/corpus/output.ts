/**
 * The `civwatch.incidents/1` output: one {@link IncidentOut} per incident, as JSON, as CSV rows
 * and as GeoJSON features. CSV and GeoJSON carry the same columns ({@link OUTPUT_COLUMNS}: ACLED's
 * first, then civwatch's flattened figures); lists (reports, claims, reasons) stay lists in
 * GeoJSON and become JSON text in a CSV cell.
 */
import type { EventRecord, Incident, IncidentOut, StoredReport } from './types.js';
import type { EventType, Range } from '../report/types.js';
import { COUNTRIES } from '../lexicon/countries.js';
import { admin1Of } from '../geo/admin1-of.js';

const COUNTRY_NAMES = new Map(COUNTRIES.map((c) => [c.code, c.name]));
/** A country's name from its ISO code (the code itself when unknown, e.g. PS territories). */
const countryName = (code: string): string => COUNTRY_NAMES.get(code) ?? code;

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
export function toIncidentOut(
  incident: Incident, ctx: { reports: (id: string) => ReportInfo | null; events: Pick<EventRecord, 'report' | 'outlet' | 'published' | 'claims'>[] },
): IncidentOut {
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

/** ACLED's six event types, by the sub-event type civwatch records (ACLED codebook). */
export const ACLED_EVENT_TYPE: Readonly<Record<EventType, string>> = {
  'Armed clash': 'Battles', 'Government regains territory': 'Battles', 'Non-state actor overtakes territory': 'Battles',
  'Chemical weapon': 'Explosions/Remote violence', 'Air/drone strike': 'Explosions/Remote violence', 'Suicide bomb': 'Explosions/Remote violence',
  'Shelling/artillery/missile attack': 'Explosions/Remote violence', 'Remote explosive/landmine/IED': 'Explosions/Remote violence', Grenade: 'Explosions/Remote violence',
  'Sexual violence': 'Violence against civilians', Attack: 'Violence against civilians', 'Abduction/forced disappearance': 'Violence against civilians',
  'Peaceful protest': 'Protests', 'Protest with intervention': 'Protests', 'Excessive force against protesters': 'Protests',
  'Violent demonstration': 'Riots', 'Mob violence': 'Riots',
  Agreement: 'Strategic developments', Arrests: 'Strategic developments', 'Change to group/activity': 'Strategic developments',
  'Disrupted weapons use': 'Strategic developments', 'Headquarters or base established': 'Strategic developments',
  'Looting/property destruction': 'Strategic developments', 'Non-violent transfer of territory': 'Strategic developments',
  Other: 'Strategic developments', Displacement: '',
};

/** ACLED's geo_precision: 1 the town or a part of it, 2 near it or a small region, 3 a larger region. */
const GEO_PRECISION: Readonly<Record<string, number>> = { point: 1, district: 1, city: 1, admin2: 2, admin1: 3, country: 3 };

/** ACLED's time_precision: 1 the day, 2 within a week, 3 within a month or more. */
function timePrecision(d: IncidentOut['date']): number | null {
  if (!d) return null;
  const days = (Date.parse(d.to) - Date.parse(d.from)) / 86_400_000;
  return days < 1 ? 1 : days <= 7 ? 2 : 3;
}

const rangeText = (x: Range): string => (x.max === null ? `at least ${x.min}` : x.min === x.max ? String(x.min) : `${x.min}-${x.max}`);

/** One sentence for ACLED's notes column. */
function notes(o: IncidentOut): string {
  const what = `${o.type}${o.place ? ` in ${o.place.name}` : ''}${o.date ? ` on ${o.date.from}${o.date.to !== o.date.from ? ` to ${o.date.to}` : ''}` : ''}`;
  const who = o.perpetrator ? `, attributed to ${o.perpetrator}` : '';
  return `${what}${who}: ${rangeText(o.civilians.killed)} civilians killed, ${rangeText(o.civilians.injured)} injured (${o.independentSources} independent source${o.independentSources === 1 ? '' : 's'}; graded ${o.grade}).`;
}

/** One output column: its name, what it holds (docs/DATA-MODEL.md), and its value. */
export interface OutputColumn {
  name: string;
  about: string;
  value: (o: IncidentOut) => Flat[string];
}

const figure = (g: 'civilians' | 'combatants' | 'total', k: 'killed' | 'injured', f: 'min' | 'max' | 'conservative'): OutputColumn => ({
  name: `${g}_${k}_${f}`, about: `${g} ${k}: ${f === 'max' ? 'maximum (empty: open-ended, "at least")' : f === 'min' ? 'lowest figure any independent source gives' : 'ACLED\'s conservative figure'}`,
  value: (o) => o[g][k][f],
});

/**
 * The columns of the CSV export (and the GeoJSON properties), in order: first those an ACLED
 * user recognises, then civwatch's own. Example row (the al-Jadida strike of the example
 * corpus): `IQ-inc-…,2017-03-19,2017,1,Explosions/Remote violence,Air/drone strike,US-led coalition,civilians,Iraq,,al-Jadida,36.344,43.092,1,Meridian News Agency; …,"Air/drone strike in al-Jadida on 2017-03-19 …",17,…`
 */
export const OUTPUT_COLUMNS: readonly OutputColumn[] = [
  { name: 'event_id_cnty', about: 'incident id prefixed with its country code, as ACLED prefixes its ids (IQ-inc-3f2a…)', value: (o) => `${o.place?.country || 'XX'}-${o.id}` },
  { name: 'event_date', about: 'first day of the incident (YYYY-MM-DD)', value: (o) => o.date?.from ?? null },
  { name: 'year', about: 'year of event_date', value: (o) => (o.date ? Number(o.date.from.slice(0, 4)) : null) },
  { name: 'time_precision', about: 'ACLED: 1 the day is known, 2 the week, 3 the month or wider', value: (o) => timePrecision(o.date) },
  { name: 'event_type', about: 'ACLED event type of the sub-event type (Battles, Explosions/Remote violence, …)', value: (o) => ACLED_EVENT_TYPE[o.type] ?? '' },
  { name: 'sub_event_type', about: 'ACLED sub-event type (civwatch adds Displacement)', value: (o) => o.type },
  { name: 'actor1', about: 'suspected belligerent (perpetrator)', value: (o) => o.perpetrator },
  { name: 'actor2', about: 'target, when the reports name one', value: (o) => o.target },
  { name: 'country', about: 'country name', value: (o) => (o.place ? countryName(o.place.country) : null) },
  { name: 'admin1', about: 'first-level region, when the gazetteer knows the place (same name and country, within 25 km) and the region table names its code', value: (o) => admin1Of(o.place) },
  { name: 'location', about: 'place name', value: (o) => o.place?.name ?? null },
  { name: 'latitude', about: 'degrees', value: (o) => o.place?.lat ?? null },
  { name: 'longitude', about: 'degrees', value: (o) => o.place?.lon ?? null },
  { name: 'geo_precision', about: 'ACLED: 1 the town or a part of it, 2 a district or small region, 3 a larger region', value: (o) => (o.place ? GEO_PRECISION[o.place.precision] ?? 3 : null) },
  { name: 'source', about: 'outlets of the reports, "; "-separated', value: (o) => [...new Set(o.reports.map((r) => r.outlet).filter((x): x is string => !!x))].join('; ') || null },
  { name: 'notes', about: 'one sentence: what, where, when, who, the civilian ranges and the grade', value: notes },
  { name: 'fatalities', about: 'ACLED: the conservative count of everyone killed', value: (o) => o.total.killed.conservative },
  { name: 'date_to', about: 'last day of the incident\'s date interval', value: (o) => o.date?.to ?? null },
  { name: 'place_precision', about: 'civwatch place precision (point, district, city, admin2, admin1, country)', value: (o) => o.place?.precision ?? null },
  ...(['civilians', 'combatants', 'total'] as const).flatMap((g) => (['killed', 'injured'] as const).flatMap((k) => (['min', 'max', 'conservative'] as const).map((f) => figure(g, k, f)))),
  { name: 'grade', about: 'Airwars grade: confirmed, fair, weak, contested, discounted', value: (o) => o.grade },
  { name: 'grade_reasons', about: 'why (a JSON list in CSV)', value: (o) => o.gradeReasons },
  { name: 'independent_sources', about: 'copy groups reporting it (copies count once)', value: (o) => o.independentSources },
  { name: 'civwatch_id', about: 'the incident id (GET /api/incidents/:id, civwatch show)', value: (o) => o.id },
  { name: 'reports', about: 'reports (id, url, outlet, published, copyOf; a JSON list in CSV)', value: (o) => o.reports },
  { name: 'claims', about: 'claims (report, source, stance, text; a JSON list in CSV)', value: (o) => o.claims },
];

/** The CSV header, in column order. */
export const CSV_COLUMNS: readonly string[] = OUTPUT_COLUMNS.map((c) => c.name);

/** The columns of one incident, lists kept as lists. */
function flatten(o: IncidentOut): Flat {
  return Object.fromEntries(OUTPUT_COLUMNS.map((c) => [c.name, c.value(o)]));
}

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
