/**
 * Incident resolution: does a new event describe an incident already known, and which one? The
 * candidates come from the index cells (`cells.ts`); here each is checked for compatibility —
 * dates within a few days, places within a distance that depends on their precision, types that
 * agree or are close, perpetrators that do not contradict — and the closest compatible one wins.
 * Every decision keeps its reasons, so a merge can be shown, defended and undone by hand.
 */
import type { EventRecord, GradeRecord, Incident, PlaceRef } from './types.js';
import { distanceKm } from '../geo/distance.js';
import { typeAffinity } from '../lexicon/event-cues.js';
import { DATE_SLACK_DAYS, DISTINCT_DISTRICTS_KM, PAST_CLAIM_DAYS, PLACE_LIMIT_KM, PLACE_RANK, VAGUE_DATE_DAYS } from '../lexicon/incident-match.js';
import { findActor } from '../lexicon/actors.js';
import { dayNumber, intervalDays } from './cells.js';
import { sideKey } from './sides.js';
import { buildIncident, incidentId } from './incident.js';
import { isClaimEvent, matchPastClaim } from './past-claims.js';

/** What an event is compared with: an incident's summary, or another event. */
export type Summary = Pick<Incident, 'date' | 'place' | 'type' | 'perpetrator'>;

/** The outcome of comparing an event with one incident. */
export interface Compatibility {
  ok: boolean;
  /** Why they match, or (when not ok) the first reason they do not. */
  reasons: string[];
  /** Lower is closer; only meaningful when ok. */
  score: number;
}

const km1 = (km: number): string => (km < 10 ? km.toFixed(1) : String(Math.round(km)));
const fmtDate = (d: { from: string; to: string }): string => (d.from === d.to ? d.from : `${d.from}–${d.to}`);

function compareDates(a: EventRecord['date'], b: Summary['date']): { ok: boolean; reason: string; gap: number } {
  if (!a || !b) return { ok: false, reason: 'no date to compare', gap: Infinity };
  if (intervalDays(a) > VAGUE_DATE_DAYS || intervalDays(b) > VAGUE_DATE_DAYS) return { ok: false, reason: `date too vague to match (${fmtDate(a)})`, gap: Infinity };
  const gap = Math.max(0, dayNumber(b.from) - dayNumber(a.to), dayNumber(a.from) - dayNumber(b.to));
  if (gap === 0) {
    const from = a.from > b.from ? a.from : b.from;
    const to = a.to < b.to ? a.to : b.to;
    return { ok: true, reason: `dates overlap (${fmtDate({ from, to })})`, gap };
  }
  const reason = `dates ${gap} days apart (${fmtDate(a)} and ${fmtDate(b)})`;
  return { ok: gap <= DATE_SLACK_DAYS, reason: gap <= DATE_SLACK_DAYS ? reason : `${reason}, more than ${DATE_SLACK_DAYS}`, gap };
}

function comparePlaces(a: PlaceRef | null, b: PlaceRef | null): { ok: boolean; reason: string; km: number; limit: number; rank: number; fine: boolean } {
  const no = (reason: string) => ({ ok: false, reason, km: Infinity, limit: 0, rank: Infinity, fine: false });
  if (!a || !b) return no('no place to compare');
  if (a.country !== b.country) return no(`places in different countries (${a.name}, ${a.country}; ${b.name}, ${b.country})`);
  const coarser = PLACE_RANK[a.precision] >= PLACE_RANK[b.precision] ? a.precision : b.precision;
  const twoNamed = a.precision === 'district' && b.precision === 'district' && a.name !== b.name;
  const limit = twoNamed ? DISTINCT_DISTRICTS_KM : PLACE_LIMIT_KM[coarser];
  if (limit === null) return no(`a country alone does not place an incident (${a.precision === 'country' ? a.name : b.name})`);
  const km = distanceKm(a, b);
  const names = a.name === b.name ? a.name : `${a.name} and ${b.name}`;
  const reason = `places ${km1(km)} km apart (${names}; limit ${limit} km ${twoNamed ? 'between two named districts' : `at ${coarser} precision`})`;
  return { ok: km <= limit, reason, km, limit, rank: PLACE_RANK[coarser], fine: PLACE_RANK[coarser] <= PLACE_RANK.district };
}

const sideLabel = (name: string): string => {
  const side = sideKey(name);
  return side ? findActor(side)?.name ?? side : name;
};

/**
 * Check one event against one incident (its summary: date, place, type, belligerent). Different
 * belligerents contradict, except on the same day, in the same neighbourhood, for the same kind
 * of attack: then reports disagree about one strike, which is one contested incident.
 *
 * @example
 * compatible(strikeInJadida, incidentInJadida).reasons; // ['dates overlap (2017-03-17)', 'places 0.8 km apart (…)', 'types agree: Air/drone strike', …]
 */
export function compatible(event: EventRecord, incident: Summary): Compatibility {
  const fail = (reason: string): Compatibility => ({ ok: false, reasons: [reason], score: Infinity });
  const d = compareDates(event.date, incident.date);
  if (!d.ok) return fail(d.reason);
  const p = comparePlaces(event.place, incident.place);
  if (!p.ok) return fail(p.reason);
  const affinity = typeAffinity(event.type, incident.type);
  if (affinity === 0) return fail(`types differ: ${event.type} and ${incident.type}`);
  const reasons = [d.reason, p.reason, affinity === 1 ? `types agree: ${event.type}` : `types close: ${event.type} and ${incident.type}`];
  // A match between two fine places is stronger evidence than one within a whole city.
  let score = d.gap / DATE_SLACK_DAYS + p.km / p.limit + 0.5 * p.rank + (1 - affinity);
  const a = sideKey(event.perpetrator);
  const b = sideKey(incident.perpetrator);
  if (event.perpetrator && incident.perpetrator) {
    const same = a && b ? a === b : event.perpetrator.toLowerCase() === incident.perpetrator.toLowerCase();
    if (same) {
      reasons.push(`belligerents agree: ${sideLabel(event.perpetrator)}${event.perpetrator !== incident.perpetrator ? ` (${event.perpetrator} is on the side of ${incident.perpetrator})` : ''}`);
    } else if (!a || !b) {
      // A doer the lexicon does not know ("gunmen") names nobody in particular: no contradiction.
      reasons.push(`belligerents named differently (${event.perpetrator}; ${incident.perpetrator}), not known to be different sides`);
      score += 0.1;
    } else if (d.gap === 0 && p.fine) {
      reasons.push(`belligerents differ (${sideLabel(event.perpetrator)} vs ${sideLabel(incident.perpetrator)}), but the same day and neighbourhood: one incident with disputed responsibility`);
      score += 1;
    } else {
      return fail(`belligerents contradict: ${sideLabel(event.perpetrator)} vs ${sideLabel(incident.perpetrator)}`);
    }
  } else if (event.perpetrator || incident.perpetrator) {
    reasons.push(`belligerent named on one side only (${event.perpetrator ?? incident.perpetrator}): no contradiction`);
    score += 0.1;
  }
  return { ok: true, reasons, score };
}

/** Options of {@link resolveEvent}. */
export interface ResolveOptions {
  /** When the grade is recorded (ISO timestamp; default now). */
  at?: string;
  /**
   * For an event dated only by the day its statement was made (`past-claims.ts`
   * `statementDay`): that day, and the incidents up to `PAST_CLAIM_DAYS` before it around its
   * place (`lookbackCells`). An acknowledgment or denial that matches nothing on its own date
   * then joins the incident it speaks of.
   */
  earlier?: { day: string; incidents: Incident[] };
}

/** What {@link resolveEvent} decided. */
export interface Resolution {
  /** The incident the event now belongs to, rebuilt from all its events (new or merged). */
  incident: Incident;
  merged: boolean;
  /** Why it merged, or why no candidate fitted. */
  reasons: string[];
  /** The grade record appended to the incident's history, when its grade changed. */
  graded: GradeRecord | null;
}

/**
 * Resolve one event against the candidate incidents (those sharing an index cell with it):
 * merge into the closest compatible one, or start a new incident with a deterministic id. Two
 * events of one report may merge: a report often tells one strike twice (the blast, then the
 * belligerent's statement about "strikes in western Mosul that day"); two strikes it tells apart
 * differ in place or day and stay apart. `eventsOf` returns the stored events of an incident.
 *
 * @example
 * const r = resolveEvent(e, await store.candidateIncidents(cellsFor(e)), (ids) => cache.events(ids), { at: now });
 * if (r.merged) await store.putMerge({ incident: r.incident.id, event: e.id, reasons: r.reasons, by: 'auto', at: now });
 */
export function resolveEvent(
  event: EventRecord, candidates: Incident[], eventsOf: (ids: string[]) => EventRecord[], opts: ResolveOptions = {},
): Resolution {
  const at = opts.at ?? new Date().toISOString();
  const already = candidates.find((c) => c.events.includes(event.id));
  if (already) return { incident: already, merged: true, reasons: [`event ${event.id} already belongs to ${already.id}`], graded: null };

  const { best, rejected } = closestCompatible(event, candidates);
  const ctx = { nearby: candidates };
  if (best) {
    const { incident, graded } = buildIncident(best.incident.id, [...eventsOf(best.incident.events), event], best.incident.gradeHistory, at, ctx);
    return { incident, merged: true, reasons: best.c.reasons, graded };
  }
  const past = opts.earlier && isClaimEvent(event) ? matchPastClaim(event, opts.earlier.day, opts.earlier.incidents, eventsOf) : null;
  if (past) {
    const { incident, graded } = buildIncident(past.incident.id, [...eventsOf(past.incident.events), event], past.incident.gradeHistory, at, ctx);
    return { incident, merged: true, reasons: past.reasons, graded };
  }
  const { incident, graded } = buildIncident(incidentId(event.id), [event], [], at, ctx);
  const reasons = candidates.length
    ? [`no compatible incident among ${candidates.length} candidates`, ...rejected]
    : ['no incident nearby in time and place'];
  return { incident, merged: false, reasons, graded };
}

/**
 * The stored events {@link resolveEvent} will ask `eventsOf` for, so a caller over an async store
 * reads just those: the closest compatible incident's (or, when the event is already linked, its
 * incident's), else (for a belligerent's claim dated by its statement day) the earlier
 * incidents' it may be matched to. Comparing with the candidates needs only their summaries,
 * so the events of the many incompatible candidates in a busy cell are never read.
 *
 * @example
 * const ids = eventsNeeded(e, candidates, { earlier }); // then read them, then resolveEvent(e, candidates, eventsOf, { earlier })
 */
export function eventsNeeded(event: EventRecord, candidates: readonly Incident[], opts: Pick<ResolveOptions, 'earlier'> = {}): string[] {
  // Already linked: the incident stands as it is, and its events are what its grade is checked on.
  const already = candidates.find((c) => c.events.includes(event.id));
  if (already) return already.events;
  const { best } = closestCompatible(event, candidates);
  if (best) return best.incident.events;
  if (!opts.earlier || !isClaimEvent(event)) return [];
  // `matchPastClaim` reads the events of the incidents in its look-back window only.
  const day = dayNumber(opts.earlier.day);
  return opts.earlier.incidents.filter((i) => i.date && day - dayNumber(i.date.to) >= 0 && day - dayNumber(i.date.to) <= PAST_CLAIM_DAYS).flatMap((i) => i.events);
}

/**
 * The compatible candidate with the lowest score (ties to the smallest id), and why each other
 * candidate was rejected.
 *
 * @example
 * closestCompatible(strikeInJadida, [incidentInJadida, incidentInZanjili]).best?.incident.id; // incidentInJadida.id
 */
export function closestCompatible(event: EventRecord, candidates: readonly Incident[]): { best: { incident: Incident; c: Compatibility } | null; rejected: string[] } {
  const rejected: string[] = [];
  let best: { incident: Incident; c: Compatibility } | null = null;
  for (const incident of [...candidates].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const c = compatible(event, incident);
    if (!c.ok) rejected.push(`${incident.id}: ${c.reasons[0]}`);
    else if (!best || c.score < best.c.score) best = { incident, c };
  }
  return { best, rejected };
}
