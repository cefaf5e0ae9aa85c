/**
 * Builders of hand-made event records and incidents for the corpus tests: each test states only
 * what matters to it. Sentences are the team's own; coordinates are approximate, for tests only
 * (neighbourhood centres read off a map of Mosul; Myanmar towns from GeoNames).
 */
import type { ClaimStance, HarmRanges, Range } from '../report/types.js';
import type { EventRecord, FigureField, Incident, PlaceRef } from './types.js';
import { cellsFor } from './cells.js';
import { resolveEvent, type Resolution } from './resolve.js';

/** Places the tests use. al-Jadida and al-Zanjili are two Mosul neighbourhoods ~3.3 km apart. */
export const PLACES = {
  mosul: { name: 'Mosul', country: 'IQ', lat: 36.335, lon: 43.119, precision: 'city' },
  jadida: { name: 'al-Jadida', country: 'IQ', lat: 36.344, lon: 43.092, precision: 'district' },
  jadidaStreet: { name: 'Jadida market', country: 'IQ', lat: 36.349, lon: 43.096, precision: 'point' },
  zanjili: { name: 'al-Zanjili', country: 'IQ', lat: 36.356, lon: 43.126, precision: 'district' },
  nineveh: { name: 'Nineveh', country: 'IQ', lat: 36.0, lon: 42.5, precision: 'region' },
  iraq: { name: 'Iraq', country: 'IQ', lat: 33.0, lon: 44.0, precision: 'country' },
  raqqa: { name: 'Raqqa', country: 'SY', lat: 35.95, lon: 39.01, precision: 'city' },
  hpakant: { name: 'Hpakant', country: 'MM', lat: 25.61, lon: 96.31, precision: 'city' },
} satisfies Record<string, PlaceRef>;

/** A figure: a number, or `[min, max]` with `max` null for "at least". */
export type Fig = number | [number, number | null];

const range = (f: Fig | undefined): Range => {
  if (f === undefined) return { min: 0, max: 0, conservative: 0 };
  if (typeof f === 'number') return { min: f, max: f, conservative: f };
  return { min: f[0], max: f[1], conservative: f[0] };
};
const add = (a: Range, b: Range): Range => ({ min: a.min + b.min, max: a.max === null || b.max === null ? null : a.max + b.max, conservative: a.conservative + b.conservative });

/**
 * The figure fields of an event: civilians and combatants killed and injured (unstated fields
 * stay unreported), the total summed.
 *
 * @example
 * harm({ civKilled: 11 }).civilians.killed.min; // 11
 */
export function harm(f: { civKilled?: Fig; civInjured?: Fig; comKilled?: Fig; comInjured?: Fig } = {}): Pick<EventRecord, 'civilians' | 'combatants' | 'total' | 'reported'> {
  const civilians: HarmRanges = { killed: range(f.civKilled), injured: range(f.civInjured) };
  const combatants: HarmRanges = { killed: range(f.comKilled), injured: range(f.comInjured) };
  const reported: FigureField[] = [];
  if (f.civKilled !== undefined) reported.push('civilians.killed');
  if (f.civInjured !== undefined) reported.push('civilians.injured');
  if (f.comKilled !== undefined) reported.push('combatants.killed');
  if (f.comInjured !== undefined) reported.push('combatants.injured');
  if (f.civKilled !== undefined || f.comKilled !== undefined) reported.push('total.killed');
  if (f.civInjured !== undefined || f.comInjured !== undefined) reported.push('total.injured');
  return {
    civilians, combatants,
    total: { killed: add(civilians.killed, combatants.killed), injured: add(civilians.injured, combatants.injured) },
    reported,
  };
}

/**
 * A claim of an event record.
 *
 * @example
 * claim('residents', 'allegation', 'the strike flattened three houses');
 */
export function claim(source: string, stance: ClaimStance, text: string, sourceKind = 'unknown'): EventRecord['claims'][number] {
  return { source, sourceKind, stance, text };
}

/** Options of {@link ev}: any field of the record, plus the report's index of the event. */
export type EvOptions = Partial<EventRecord> & { index?: number; day?: string };

/**
 * An event record: by default a coalition-less air strike in al-Jadida on 17 March 2017 that
 * killed 11 civilians, from report `r1` published the next day, its own copy group.
 *
 * @example
 * ev({ report: 'r2', copyGroup: 'r1', perpetrator: 'US-led coalition' });
 */
export function ev(o: EvOptions = {}): EventRecord {
  const { index = 0, day = '2017-03-17', ...rest } = o;
  const report = rest.report ?? 'r1';
  return {
    id: `${report}#${index}`,
    report,
    copyGroup: report,
    published: '2017-03-18',
    outlet: 'Test Wire',
    type: 'Air/drone strike',
    date: { from: day, to: day },
    place: { ...PLACES.jadida },
    perpetrator: null,
    target: null,
    ...harm({ civKilled: 11 }),
    claims: [],
    ...rest,
  };
}

/**
 * Resolve events one by one the way ingest does, with an in-memory cell index in place of the
 * store: candidates are the incidents sharing a cell with the event. Returns the final incidents
 * (in creation order) and each event's resolution.
 *
 * @example
 * const { incidents } = resolveAll([ev(), ev({ report: 'r2' })]); // one incident
 */
export function resolveAll(events: EventRecord[], at = '2026-01-01T00:00:00.000Z'): {
  incidents: Incident[]; resolutions: Resolution[];
} {
  const byCell = new Map<string, Set<string>>();
  const incidents = new Map<string, Incident>();
  const stored = new Map<string, EventRecord>();
  const resolutions: Resolution[] = [];
  for (const e of events) {
    stored.set(e.id, e);
    const ids = new Set(cellsFor(e).flatMap((c) => [...(byCell.get(c) ?? [])]));
    const r = resolveEvent(e, [...ids].map((id) => incidents.get(id)!), (evIds) => evIds.map((id) => stored.get(id)!), { at });
    resolutions.push(r);
    incidents.set(r.incident.id, r.incident);
    for (const c of cellsFor(r.incident)) byCell.set(c, (byCell.get(c) ?? new Set()).add(r.incident.id));
  }
  return { incidents: [...incidents.values()], resolutions };
}
