/**
 * Who was active there then: Airwars grades an incident Fair when two or more independent sources
 * report it "and the suspected belligerent was active there then". When no source names a doer,
 * the suspected belligerent can still be inferred from the store: the side that other incidents
 * within {@link ACTIVE_KM} km and {@link ACTIVE_DAYS} days are blamed on. One side only: when
 * several were active nearby, nothing is inferred.
 */
import type { Incident } from './types.js';
import { ACTIVE_DAYS, ACTIVE_KM } from '../lexicon/incident-match.js';
import { findActor } from '../lexicon/actors.js';
import { distanceKm } from '../geo/distance.js';
import { dayNumber } from './cells.js';
import { sideKey } from './sides.js';

/** The belligerent inferred as active at an incident's place and time, and why. */
export interface ActiveBelligerent {
  side: string;
  name: string;
  /** The nearby incidents blamed on it (ids), nearest first. */
  incidents: string[];
  reason: string;
}

const BELLIGERENT_KINDS = new Set(['armed-group', 'state-forces', 'coalition', 'government']);
const km1 = (km: number): string => (km < 10 ? km.toFixed(1) : String(Math.round(km)));

/**
 * The one belligerent side that incidents near `at` (in place and time) are blamed on, or null
 * when none or several are. `nearby` may hold `at` itself (skipped by id) and far-away incidents
 * (skipped by distance and days).
 *
 * @example
 * activeBelligerent(talAlHawa, [shujaiyaBlamedOnIsraeliMilitary])?.name; // 'Israeli military'
 */
export function activeBelligerent(at: Pick<Incident, 'id' | 'date' | 'place'>, nearby: readonly Incident[]): ActiveBelligerent | null {
  if (!at.date || !at.place) return null;
  const hits: { side: string; id: string; km: number; days: number; place: string }[] = [];
  for (const n of nearby) {
    if (n.id === at.id) continue;
    const side = sideKey(n.perpetrator);
    const row = side ? findActor(side) : null;
    if (!side || !row || !BELLIGERENT_KINDS.has(row.kind)) continue;
    const reach = activeReach(at, n);
    if (reach) hits.push({ side, id: n.id, ...reach, place: n.place!.name });
  }
  const sides = new Set(hits.map((h) => h.side));
  if (sides.size !== 1) return null;
  hits.sort((a, b) => a.km - b.km || (a.id < b.id ? -1 : 1));
  const side = hits[0].side;
  const name = findActor(side)?.name ?? side;
  const first = hits[0];
  const when = first.days === 0 ? 'the same days' : `${first.days} day${first.days === 1 ? '' : 's'} apart`;
  const more = hits.length > 1 ? ` and ${hits.length - 1} more` : '';
  return {
    side, name, incidents: hits.map((h) => h.id),
    reason: `${name} inferred as the suspected belligerent, active there then: incident ${first.id} (${first.place}, ${km1(first.km)} km away, ${when})${more} is blamed on it, within ${ACTIVE_KM} km and ${ACTIVE_DAYS} days`,
  };
}

/**
 * How far apart two incidents are when they are within {@link ACTIVE_KM} km and
 * {@link ACTIVE_DAYS} days of each other in one country (so that one's belligerent counts as
 * active at the other), else null.
 *
 * @example
 * activeReach(talAlHawa, shujaiya); // { km: 3.9, days: 0 }
 */
export function activeReach(a: Pick<Incident, 'date' | 'place'>, b: Pick<Incident, 'date' | 'place'>): { km: number; days: number } | null {
  if (!a.date || !a.place || !b.date || !b.place || a.place.country !== b.place.country) return null;
  const days = Math.max(0, dayNumber(b.date.from) - dayNumber(a.date.to), dayNumber(a.date.from) - dayNumber(b.date.to));
  const km = distanceKm(a.place, b.place);
  return days <= ACTIVE_DAYS && km <= ACTIVE_KM ? { km, days } : null;
}
