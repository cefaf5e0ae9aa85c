import { Command, InvalidArgumentError, Option } from 'commander';
import type { IncidentQuery } from '../store/store.js';
import type { IncidentOut } from '../corpus/types.js';
import type { Range } from '../report/types.js';
import { allIncidents, gradeFilter } from '../corpus/service.js';
import { incidentsCsv, incidentsDocument, incidentsGeoJson } from '../corpus/output.js';
import { parseDate } from './option-parsers.js';
import { dbOption, withStore } from './db.js';
import { writeOut, type CliIO } from './io.js';

interface IncidentsOptions {
  db: string;
  format?: 'text' | 'json' | 'csv' | 'geojson';
  since?: string;
  until?: string;
  near?: { lat: number; lon: number; km: number };
  grade?: IncidentQuery['grades'];
  type?: string;
  perpetrator?: string;
  q?: string;
  limit?: number;
}

const EXAMPLES = `
Examples:
  civwatch incidents
  civwatch incidents --since 2017-03-01 --until 2017-03-31 --near 36.34,43.13,30 --grade fair+
  civwatch incidents --format csv > incidents.csv
  civwatch incidents --format json --q "bakery"

Grades run weak < fair < confirmed; "fair+" means fair or confirmed. contested and discounted
are matched by name only ("--grade contested", or a list: "--grade weak,contested").
Formats: text (a table, the default on a terminal), json (civwatch.incidents/1; the default
in a pipe), csv (one flattened row per incident), geojson (points, the same fields as properties).`;

/**
 * `civwatch incidents`: list incidents, filtered by date, place, grade, type, perpetrator and
 * full text, as a table, `civwatch.incidents/1` JSON, CSV or GeoJSON.
 *
 * @example
 * program.addCommand(incidentsCommand(io)); // civwatch incidents --grade fair+ --format csv
 */
export function incidentsCommand(io: CliIO): Command {
  return new Command('incidents')
    .description('list incidents (civwatch.incidents/1) with their ranges, sources and grades')
    .addOption(dbOption())
    .addOption(new Option('-f, --format <format>', 'text, json, csv or geojson (text on a terminal, else json)').choices(['text', 'json', 'csv', 'geojson']))
    .option('--since <date>', 'incidents ending on or after this date (YYYY-MM-DD)', parseDate)
    .option('--until <date>', 'incidents starting on or before this date (YYYY-MM-DD)', parseDate)
    .option('--near <lat,lon,km>', 'within km of a point, e.g. 36.34,43.13,30', parseNear)
    .option('--grade <grades>', 'weak, fair, confirmed, contested, discounted; "fair+" = fair or better; a comma list', parseGrades)
    .option('--type <type>', 'event type, e.g. "Air/drone strike"')
    .option('--perpetrator <name>', 'suspected belligerent, e.g. "US-led coalition"')
    .option('--q <text>', 'full-text search over the incidents\' reports')
    .option('--limit <n>', 'at most this many incidents', parseLimit)
    .addHelpText('after', EXAMPLES)
    .action(async (opts: IncidentsOptions) => {
      const query: IncidentQuery = {
        since: opts.since, until: opts.until, near: opts.near, grades: opts.grade, type: opts.type, perpetrator: opts.perpetrator, text: opts.q,
      };
      const format = opts.format ?? (io.stdout.isTTY ? 'text' : 'json');
      const incidents = await withStore(opts.db, async (store) => {
        const out: IncidentOut[] = [];
        for await (const i of allIncidents(store, query)) {
          out.push(i);
          if (opts.limit !== undefined && out.length >= opts.limit) break;
        }
        return out;
      });
      if (format === 'json') await writeOut(io.stdout, `${JSON.stringify(incidentsDocument(incidents), null, 2)}\n`);
      else if (format === 'csv') await writeOut(io.stdout, incidentsCsv(incidents));
      else if (format === 'geojson') await writeOut(io.stdout, `${JSON.stringify(incidentsGeoJson(incidents), null, 2)}\n`);
      else await writeOut(io.stdout, incidentsTable(incidents));
    });
}

/**
 * A range as a person reads it: `11`, `11–25`, `at least 20`, `–` for none reported.
 *
 * @example
 * rangeText({ min: 11, max: 25, conservative: 11 }); // '11–25'
 */
export function rangeText(r: Range): string {
  if (r.max === null) return `${r.min}+`;
  if (r.min === 0 && r.max === 0) return '–';
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}

/**
 * Incidents as a plain-text table, one line each, and a count.
 *
 * @example
 * incidentsTable(incidents); // 'ID  DATE  PLACE  TYPE …\n…'
 */
export function incidentsTable(incidents: readonly IncidentOut[]): string {
  const header = ['ID', 'DATE', 'PLACE', 'TYPE', 'PERPETRATOR', 'CIV KILLED', 'CIV INJURED', 'GRADE', 'SOURCES'];
  const rows = incidents.map((i) => [
    i.id,
    i.date ? (i.date.from === i.date.to ? i.date.from : `${i.date.from}..${i.date.to}`) : '?',
    i.place ? `${i.place.name}${i.place.country ? `, ${i.place.country}` : ''}` : '?',
    i.type,
    i.perpetrator ?? '?',
    rangeText(i.civilians.killed),
    rangeText(i.civilians.injured),
    i.grade,
    String(i.independentSources),
  ].map((c) => (c.length > 40 ? `${c.slice(0, 39)}…` : c)));
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]) => cells.map((c, k) => c.padEnd(widths[k])).join('  ').trimEnd();
  const count = `${incidents.length} incident${incidents.length === 1 ? '' : 's'}\n`;
  return incidents.length ? `${[line(header), ...rows.map(line)].join('\n')}\n${count}` : count.replace(/^0 incidents/, 'no incidents');
}


function parseNear(value: string): { lat: number; lon: number; km: number } {
  const parts = value.split(',').map((s) => Number(s.trim()));
  const [lat, lon, km] = parts;
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n)) || Math.abs(lat) > 90 || Math.abs(lon) > 180 || km <= 0) {
    throw new InvalidArgumentError('expected lat,lon,km such as 36.34,43.13,30.');
  }
  return { lat, lon, km };
}

function parseGrades(value: string): IncidentQuery['grades'] {
  try {
    return gradeFilter(value);
  } catch (e) {
    throw new InvalidArgumentError(`${(e as Error).message}.`);
  }
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n <= 0) throw new InvalidArgumentError('expected a whole number above 0.');
  return n;
}
