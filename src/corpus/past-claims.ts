/**
 * Claims about past events: a belligerent's acknowledgment or denial is often published days or
 * weeks after the strike it speaks of, and dated only by the day it was made ("the coalition
 * acknowledged on Thursday that one of its strikes earlier this month probably killed
 * civilians"). Such an event has no harm figures of its own and a date that is the statement's,
 * not the strike's; when nothing matches on its own date it is matched to the latest earlier
 * incident of the same place and belligerent within {@link PAST_CLAIM_DAYS} days, and the merge
 * record says so.
 */
import type { Analysis } from '../report/analysis.js';
import type { EventRecord, Incident } from './types.js';
import { PAST_CLAIM_DAYS, PLACE_CELL_DEGREES, DATE_BUCKET_DAYS } from '../lexicon/incident-match.js';
import { findActor } from '../lexicon/actors.js';
import { dayNumber } from './cells.js';
import { sideKey } from './sides.js';
import { compatible } from './resolve.js';
import { blamedSide } from './grade.js';
import { independentEvents } from './figures.js';

const STANCES = new Set(['acknowledgment', 'denial']);

/** True when an event states no harm figure (every range is zero). */
function harmless(e: Pick<EventRecord, 'total'>): boolean {
  return e.total.killed.max === 0 && e.total.injured.max === 0 && e.total.killed.min === 0 && e.total.injured.min === 0;
}

/**
 * The belligerent side behind an acknowledgment or denial event: its perpetrator's side, else the
 * side of the speaker who acknowledged or denied.
 */
function claimantSide(e: EventRecord): string | null {
  const own = sideKey(e.perpetrator);
  if (own) return own;
  const c = e.claims.find((x) => STANCES.has(x.stance) && (x.side ?? sideKey(x.source)));
  return c ? c.side ?? sideKey(c.source) : null;
}

/**
 * True when an event is a belligerent's statement about harm rather than a report of it: no
 * figure of its own, and an acknowledgment or denial by a known side.
 *
 * @example
 * isClaimEvent({ ...event, total: zero, claims: [{ stance: 'acknowledgment', side: 'coalition', … }] }); // true
 */
export function isClaimEvent(e: EventRecord): boolean {
  return harmless(e) && e.claims.some((c) => STANCES.has(c.stance)) && claimantSide(e) !== null;
}

const ANCHOR_DATE = /(\d{4}-\d{2}-\d{2})$/;

/**
 * The day an event of a report is dated by when that is only the day its statement was made: the
 * event has no date (then the report's publication), or its one-day date comes from a relative
 * mention ("on Thursday", "yesterday") that falls on its anchor's day (the report's publication,
 * or the origin's for a copied sentence) or the day before. Null when the event has a date of its
 * own ("on 19 March", "on Sunday" of a report published on Tuesday).
 *
 * @example
 * statementDay(analysisOfAckPublishedOn30March, 0, '2017-03-30'); // '2017-03-30' ("acknowledged on Thursday")
 */
export function statementDay(analysis: Analysis, index: number, published: string | null): string | null {
  const ev = analysis.events[index];
  if (!ev) return null;
  if (!ev.date) return published;
  if (ev.date.from !== ev.date.to) return null;
  const day = dayNumber(ev.date.from);
  const spans = ev.sentences.flatMap((s) => analysis.sentences[s] ?? []);
  const within = (d: { start: number; end: number }) => spans.some((s) => d.start >= s.start && d.end <= s.end);
  const mentions = analysis.dates.filter((d) => d.from === ev.date!.from && d.to === ev.date!.to && within(d));
  if (!mentions.length) return ev.date.from === published ? published : null;
  const byStatement = mentions.every((d) => {
    const anchor = d.anchor ? ANCHOR_DATE.exec(d.anchor)?.[1] : undefined;
    if (d.stated || !anchor) return false;
    const lag = dayNumber(anchor) - day;
    return lag === 0 || lag === 1;
  });
  return byStatement ? ev.date.from : null;
}

/**
 * Index cells to look up incidents up to {@link PAST_CLAIM_DAYS} days before `day` around the
 * event's place (incidents' cells include their neighbouring squares and buckets, so the event's
 * own square is enough). Empty without a place.
 *
 * @example
 * lookbackCells({ lat: 36.35, lon: 43.1 }, '2017-03-30').length; // 11 buckets
 */
export function lookbackCells(place: { lat: number; lon: number } | null, day: string): string[] {
  if (!place) return [];
  const d = dayNumber(day);
  if (!Number.isFinite(d)) return [];
  const square = `g${Math.floor(place.lat / PLACE_CELL_DEGREES)}:${Math.floor(place.lon / PLACE_CELL_DEGREES)}`;
  const out: string[] = [];
  for (let b = Math.floor((d - PAST_CLAIM_DAYS) / DATE_BUCKET_DAYS); b <= Math.floor(d / DATE_BUCKET_DAYS); b++) out.push(`d${b}|${square}`);
  return out;
}

/**
 * How many independent sources of an incident blame `side` (its perpetrator counting as one when
 * no source's events say so).
 */
function blamedBy(incident: Incident, events: EventRecord[], side: string): number {
  const groups = new Map<string, EventRecord[]>();
  for (const e of independentEvents(events)) groups.set(e.copyGroup, [...(groups.get(e.copyGroup) ?? []), e]);
  const n = [...groups.values()].filter((g) => blamedSide(g) === side).length;
  return n || (sideKey(incident.perpetrator) === side ? 1 : 0);
}

/** An earlier incident a claim event speaks of, and why. */
export interface PastMatch {
  incident: Incident;
  reasons: string[];
  /** Days between the incident and the statement. */
  days: number;
  /** Lower is closer: days over the window plus the place and type score of `compatible`. */
  score: number;
}

/**
 * The incident a claim event dated `day` (its statement's day) speaks of: the closest incident
 * (in days, place and type) before it, within {@link PAST_CLAIM_DAYS} days, at a compatible place, of a compatible type, blamed
 * on the same side as the one acknowledging or denying. Null when none fits.
 *
 * @example
 * matchPastClaim(ackOn30March, '2017-03-30', [jadidaStrikeOn19March], (ids) => cache.events(ids))?.days; // 11
 */
export function matchPastClaim(
  event: EventRecord, day: string, candidates: readonly Incident[], eventsOf: (ids: string[]) => EventRecord[],
): PastMatch | null {
  const side = claimantSide(event);
  if (!side) return null;
  const at = dayNumber(day);
  let best: PastMatch | null = null;
  for (const incident of candidates) {
    if (!incident.date) continue;
    const days = at - dayNumber(incident.date.to);
    if (days < 0 || days > PAST_CLAIM_DAYS) continue;
    const blamers = blamedBy(incident, eventsOf(incident.events), side);
    if (blamers === 0) continue;
    // Place and type as for any event; the belligerent is checked against every source's.
    const c = compatible({ ...event, date: incident.date, perpetrator: null }, { ...incident, perpetrator: null });
    if (!c.ok) continue;
    // The nearest in time and place: a match between two neighbourhoods outweighs one within a
    // whole city a few days nearer.
    const score = days / PAST_CLAIM_DAYS + c.score;
    if (best && score >= best.score) continue;
    const stance = event.claims.find((x) => STANCES.has(x.stance))!.stance;
    const who = findActor(side)?.name ?? side;
    best = {
      incident, days, score,
      reasons: [
        `${stance} by ${who} dated only by the day it was made (${day}): a statement about an earlier incident, matched to ${incident.id} of ${incident.date.to}, ${days} days before (within ${PAST_CLAIM_DAYS})`,
        ...c.reasons.slice(1),
        `${who} is blamed by ${blamers} of its sources${sideKey(incident.perpetrator) === side ? '' : ` (the incident's most blamed belligerent is ${incident.perpetrator ?? 'none'})`}`,
      ],
    };
  }
  return best;
}
