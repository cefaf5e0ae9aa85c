/**
 * An incident's summary rebuilt from all its events: type, date, place, belligerent and target
 * as most reports give them (the finest place, the narrowest date), figures over independent
 * sources, and the grade with its history. Rebuilt whole whenever an event joins, so the result
 * never depends on the order events arrived in, except the id.
 */
import { createHash } from 'node:crypto';
import type { EventRecord, GradeRecord, Incident, PlaceRef } from './types.js';
import type { EventType } from '../report/types.js';
import { PLACE_RANK, VAGUE_DATE_DAYS } from '../lexicon/incident-match.js';
import { findActor } from '../lexicon/actors.js';
import { intervalDays } from './cells.js';
import { incidentFigures, independentEvents, sourceFigures } from './figures.js';
import { blamedSide, grade } from './grade.js';
import { activeBelligerent } from './active.js';
import { sideKey } from './sides.js';

/**
 * The id of an incident first seen in this event: `inc-` and 12 hex digits of its hash.
 *
 * @example
 * incidentId('r1#0'); // 'inc-…' (the same for the same event id, always)
 */
export function incidentId(firstEvent: string): string {
  return `inc-${createHash('sha256').update(firstEvent).digest('hex').slice(0, 12)}`;
}

/** The most frequent value (ties: the first seen), or null. */
function mostFrequent<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) { best = v; n = c; }
  return best;
}

/** Generic types give way to a specific one ("an attack" that another report calls an air strike). */
const GENERIC: ReadonlySet<EventType> = new Set<EventType>(['Attack', 'Other']);

function typeOf(events: EventRecord[]): EventType {
  const specific = events.filter((e) => !GENERIC.has(e.type));
  return mostFrequent((specific.length ? specific : events).map((e) => e.type))!;
}

const hasFigures = (e: EventRecord): boolean =>
  e.total.killed.max !== 0 || e.total.injured.max !== 0 || e.total.killed.min > 0 || e.total.injured.min > 0;

/**
 * The narrowest precise date interval (ties: the earliest), from the events that report harm
 * when any is dated: a statement about the incident ("the coalition acknowledged on Thursday …")
 * is dated by the day it was made, not the day of the strike.
 */
function dateOf(events: EventRecord[]): Incident['date'] {
  const precise = (e: EventRecord) => e.date !== null && intervalDays(e.date) <= VAGUE_DATE_DAYS;
  const withFigures = events.filter((e) => hasFigures(e) && precise(e));
  const dates = (withFigures.length ? withFigures : events.filter(precise)).map((e) => e.date!);
  dates.sort((a, b) => intervalDays(a) - intervalDays(b) || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return dates.length ? { ...dates[0] } : null;
}

/** The finest place (ties: the name most reports give). */
function placeOf(events: EventRecord[]): PlaceRef | null {
  const places = events.flatMap((e) => (e.place ? [e.place] : []));
  if (!places.length) return null;
  const finest = Math.min(...places.map((p) => PLACE_RANK[p.precision]));
  const fine = places.filter((p) => PLACE_RANK[p.precision] === finest);
  const name = mostFrequent(fine.map((p) => p.name));
  return { ...fine.find((p) => p.name === name)! };
}

/**
 * The belligerent most independent sources blame (each source counting once, see `blamedSide`),
 * by its side's canonical name ("the Pentagon" → US-led coalition); when no source names a
 * known side, the doer most events name ("gunmen").
 */
function perpetratorOf(events: EventRecord[]): string | null {
  const groups = new Map<string, EventRecord[]>();
  for (const e of independentEvents(events)) groups.set(e.copyGroup, [...(groups.get(e.copyGroup) ?? []), e]);
  const side = mostFrequent([...groups.values()].flatMap((evs) => { const s = blamedSide(evs); return s ? [s] : []; }));
  if (side !== null) return findActor(side)?.name ?? side;
  return mostFrequent(events.flatMap((e) => (e.perpetrator ? [e.perpetrator] : [])));
}

/** What else {@link buildIncident} may weigh besides the incident's own events. */
export interface BuildContext {
  /** Other incidents near it in time and place (index-cell candidates): when no source names a
   * belligerent, the one side they are blamed on stands as the suspected one for grading. */
  nearby?: readonly Incident[];
}

/**
 * Rebuild an incident from all its events. `history` is its grade history so far: a new
 * automatic record is appended (and returned as `graded`) when the grade changes; an analyst's
 * grade stays (see `grade`).
 *
 * @example
 * const { incident } = buildIncident(incidentId(e.id), [e], [], '2026-01-01T00:00:00Z');
 */
export function buildIncident(
  id: string, events: EventRecord[], history: GradeRecord[], at: string, ctx: BuildContext = {},
): { incident: Incident; graded: GradeRecord | null } {
  const figures = sourceFigures(events);
  const perpetrator = perpetratorOf(events);
  const date = dateOf(events);
  const place = placeOf(events);
  const active = !sideKey(perpetrator) && ctx.nearby?.length ? activeBelligerent({ id, date, place }, ctx.nearby) : null;
  const g = grade({ perpetrator, gradeHistory: history, active }, events);
  const last = history[history.length - 1];
  const graded: GradeRecord | null = last?.by === 'human' || last?.grade === g.grade ? null : { grade: g.grade, reasons: g.reasons, at, by: 'auto' };
  const incident: Incident = {
    id,
    type: typeOf(events),
    date,
    place,
    perpetrator,
    target: mostFrequent(events.flatMap((e) => (e.target ? [e.target] : []))),
    ...incidentFigures(figures),
    grade: g.grade,
    gradeReasons: g.reasons,
    independentSources: figures.length,
    events: events.map((e) => e.id),
    figures,
    gradeHistory: graded ? [...history, graded] : [...history],
  };
  return { incident, graded };
}
