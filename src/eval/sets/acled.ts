import { join } from 'node:path';
import type { Analysis } from '../../report/analysis.js';
import { mainEvent } from '../mainEvent.js';
import { haversineKm } from '../score/geo.js';
import { namesMatch, normalizeName } from '../score/names.js';
import { accuracy, exactRate, macroF1 } from '../score/rates.js';
import { actorEquivalents, unidentifiedActor } from '../tables/actorEquivalents.js';
import { admin1Aliases } from '../tables/admin1Aliases.js';
import { ratio, take, type AnalyzeFn, type Measure, type ReadOptions, type SetResult } from '../types.js';
import { readCsv } from './csv.js';

export const ACLED_FILE = 'dev/acled-myanmar-2021-jan-aug.csv';

/** The ACLED columns we score against. */
export interface AcledRow {
  id: string;
  notes: string;
  eventDate: string;
  /** ACLED time precision: 1 the day, 2 the week, 3 the month. */
  timePrecision: number;
  subEventType: string;
  actor1: string;
  admin1: string;
  lat: number;
  lon: number;
  fatalities: number;
}

/** Read the ACLED dev rows. */
export function readAcled(dataDir: string, opts: ReadOptions = {}): AcledRow[] {
  return take(readCsv(join(dataDir, ACLED_FILE)), opts).map((r) => ({
    id: r.event_id_cnty,
    notes: r.notes,
    eventDate: r.event_date.slice(0, 10),
    timePrecision: Number(r.time_precision),
    subEventType: r.sub_event_type,
    actor1: r.actor1,
    admin1: r.admin1,
    lat: Number(r.latitude),
    lon: Number(r.longitude),
    fatalities: Number(r.fatalities),
  }));
}

/** What we got right and wrong on one row. */
export interface AcledOutcome {
  id: string;
  fatalities: { gold: number; ours: number; ok: boolean };
  type: { gold: string; predicted: string | null };
  dateOk: boolean;
  /** Distance from our main-event place to ACLED's point; null when we placed no event. */
  distanceKm: number | null;
  admin1Ok: boolean;
  perpetratorOk: boolean;
  perpetrator: { gold: string; ours: string | null };
}

/**
 * ACLED's admin1 and ours reduced to one comparable form: "Shan-North" and "Shan State" → "shan",
 * "Magwe Region" → "magway", "Nay Pyi Taw" → "naypyitaw".
 *
 * @example
 * normalizeAdmin1('Bago-East') === normalizeAdmin1('Bago Region'); // true
 */
export function normalizeAdmin1(name: string): string {
  const n = normalizeName(name.replace(/-(north|south|east|west)$/i, ''))
    .replace(/\b(state|region|division|union territory|province)\b/g, '')
    .replace(/\s+/g, '');
  return admin1Aliases[n] ?? n;
}

/**
 * Whether our perpetrator matches ACLED's actor1. "Unidentified Armed Group (Myanmar)" matches
 * no perpetrator; other names match by {@link namesMatch} with the equivalence table.
 *
 * @example
 * perpetratorMatches(null, 'Unidentified Armed Group (Myanmar)'); // true
 * perpetratorMatches('Tatmadaw', 'Military Forces of Myanmar (2021-)'); // true
 */
export function perpetratorMatches(ours: string | null, gold: string): boolean {
  if (unidentifiedActor.test(gold)) return ours === null || unidentifiedActor.test(ours);
  return ours !== null && namesMatch(ours, gold, actorEquivalents);
}

/**
 * Score one ACLED row against our analysis of its notes. With no event, we say no one was killed
 * (fatalities 0) and have no type, date, place or perpetrator.
 *
 * @example
 * const o = scoreAcledRow(row, analyze(row.notes, { published: row.eventDate }));
 */
export function scoreAcledRow(row: AcledRow, analysis: Pick<Analysis, 'events' | 'places'>): AcledOutcome {
  const ev = mainEvent(analysis);
  const killed = ev?.total.killed.conservative ?? 0;
  const place = ev && ev.place !== null ? analysis.places[ev.place] : undefined;
  const dateOk = !!ev?.date && (row.timePrecision === 1
    ? ev.date.from === row.eventDate && ev.date.to === row.eventDate
    : ev.date.from <= row.eventDate && row.eventDate <= ev.date.to);
  const perpetrator = ev?.perpetrator ?? null;
  return {
    id: row.id,
    fatalities: { gold: row.fatalities, ours: killed, ok: killed === row.fatalities },
    type: { gold: row.subEventType, predicted: ev?.type ?? null },
    dateOk,
    distanceKm: place ? haversineKm(place, row) : null,
    admin1Ok: !!place?.admin1 && normalizeAdmin1(place.admin1) === normalizeAdmin1(row.admin1),
    perpetratorOk: ev !== null && perpetratorMatches(perpetrator, row.actor1),
    perpetrator: { gold: row.actor1, ours: perpetrator },
  };
}

/** Summarize row outcomes into the ACLED table. */
export function summarizeAcled(outcomes: readonly AcledOutcome[]): Measure[] {
  const rate = (key: string, label: string, xs: boolean[]): Measure => {
    const r = exactRate(xs);
    return { key: `acled.${key}`, label, value: r.rate, detail: ratio(r.hits, r.total) };
  };
  const pairs = outcomes.map((o) => o.type);
  const types = macroF1(pairs);
  const within = (km: number) => outcomes.map((o) => o.distanceKm !== null && o.distanceKm <= km);
  const withDeaths = outcomes.filter((o) => o.fatalities.gold > 0);
  return [
    rate('fatalities.exact.all', 'fatalities exact, all rows', outcomes.map((o) => o.fatalities.ok)),
    rate('fatalities.exact.positive', 'fatalities exact, rows with fatalities > 0', withDeaths.map((o) => o.fatalities.ok)),
    { key: 'acled.subEventType.accuracy', label: 'sub_event_type accuracy', value: accuracy(pairs), detail: ratio(pairs.filter((p) => p.gold === p.predicted).length, pairs.length) },
    { key: 'acled.subEventType.macroF1', label: 'sub_event_type macro-F1', value: types.macroF1,
      detail: Object.entries(types.perClass).map(([c, v]) => `${c} ${v.f1.toFixed(2)}`).join('; ') },
    rate('date.exact', 'event date = event_date', outcomes.map((o) => o.dateOk)),
    rate('place.within25km', 'place within 25 km', within(25)),
    rate('place.within50km', 'place within 50 km', within(50)),
    rate('admin1.match', 'admin1 match', outcomes.map((o) => o.admin1Ok)),
    rate('perpetrator.match', 'perpetrator = actor1', outcomes.map((o) => o.perpetratorOk)),
  ];
}

/**
 * One line per row we got wrong, naming only what was wrong.
 *
 * @example
 * acledMiss(outcome); // 'MMR1: fatalities 3 → 0; place 41 km'
 */
export function acledMiss(o: AcledOutcome): string | null {
  const parts: string[] = [];
  if (!o.fatalities.ok) parts.push(`fatalities ${o.fatalities.gold} → ${o.fatalities.ours}`);
  if (o.type.gold !== o.type.predicted) parts.push(`type ${o.type.gold} → ${o.type.predicted ?? 'none'}`);
  if (!o.dateOk) parts.push('date');
  if (o.distanceKm === null || o.distanceKm > 25) parts.push(`place ${o.distanceKm === null ? 'none' : `${o.distanceKm.toFixed(0)} km`}`);
  if (!o.perpetratorOk) parts.push(`perpetrator ${o.perpetrator.gold} → ${o.perpetrator.ours ?? 'none'}`);
  return parts.length ? `${o.id}: ${parts.join('; ')}` : null;
}

/** Run and score the ACLED set. */
export function evalAcled(dataDir: string, analyze: AnalyzeFn, opts: ReadOptions = {}): Omit<SetResult, 'seconds'> {
  const rows = readAcled(dataDir, opts);
  const outcomes = rows.map((r) => scoreAcledRow(r, analyze(r.notes, { id: r.id, published: r.eventDate })));
  return {
    set: 'acled',
    items: rows.length,
    measures: summarizeAcled(outcomes),
    ...(opts.misses ? { misses: outcomes.map(acledMiss).filter((m): m is string => m !== null).slice(0, opts.misses) } : {}),
    notes: [
      'main event = the lead event (first with dead counted by a number), unless another states a larger tally; else most killed (src/eval/mainEvent.ts); no event counts as 0 killed',
      'date: exact day when time_precision = 1, else event_date within our interval',
    ],
  };
}
