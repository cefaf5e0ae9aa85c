import type { Store } from '../store/store.js';
import type { EventRecord, Incident } from '../corpus/types.js';
import { cellsFor } from '../corpus/cells.js';
import { buildIncident } from '../corpus/incident.js';
import { activeBelligerent, activeReach } from '../corpus/active.js';
import { keepHumanDecisions } from '../corpus/review.js';
import { sideKey } from '../corpus/sides.js';
import { lockKeys } from './locks.js';

/** An incident as a report left it, and the side it was blamed on before (null: none, or new). */
export interface SideChange {
  incident: Incident;
  before: { side: string | null; date: Incident['date']; place: Incident['place'] } | null;
}

/**
 * True when an incident's change can change who counts as active around it: it is blamed on
 * another side than before, or, blamed on one, it moved in time or place (or is new).
 *
 * @example
 * movesActivity({ incident: strikeBlamedOnCoalition, before: null }); // true
 */
export function movesActivity(c: SideChange): boolean {
  const side = sideKey(c.incident.perpetrator);
  if (side !== (c.before?.side ?? null)) return true;
  return side !== null && (JSON.stringify(c.incident.date) !== JSON.stringify(c.before?.date) || JSON.stringify(c.incident.place) !== JSON.stringify(c.before?.place));
}

/**
 * Re-grade the neighbours whose grade may rest on who was active there then (`active.ts`): when
 * a report makes an incident blamed on a side (or no longer on it), incidents within
 * `ACTIVE_KM` km and `ACTIVE_DAYS` days that no source blames on anyone, with two or more
 * independent sources, are rebuilt from their events with their own nearby incidents (one cell
 * lookup each), as if resolved now. A changed grade is appended to their grade history; an
 * analyst's grade stands, with an `auto-grade` review record saying what the automatic grade
 * would now be (`keepHumanDecisions`). Returns the ids re-graded. Cost: one cell lookup per
 * changed incident, and a few reads per neighbour that can change.
 *
 * @example
 * const regraded = await regradeNeighbours(store, [{ incident: shujaiya, before: null }], now, 'report r9');
 */
export async function regradeNeighbours(store: Store, changes: readonly SideChange[], at: string, cause: string): Promise<string[]> {
  const own = new Set(changes.map((c) => c.incident.id));
  const ids = new Set<string>();
  for (const c of changes) {
    if (!movesActivity(c) || !c.incident.date || !c.incident.place) continue;
    // Neighbours near where it is now, and near where it was (a side it lost nearby).
    const where = [c.incident, ...(c.before ? [{ date: c.before.date, place: c.before.place }] : [])];
    for (const n of await store.candidateIncidents([...new Set(where.flatMap(cellsFor))])) {
      if (own.has(n.id) || !dependsOnActivity(n) || !where.some((w) => activeReach(w, n))) continue;
      ids.add(n.id);
    }
  }
  if (!ids.size) return [];
  // Locked out of order like the resolver's late incidents (incident-step.ts); PostgreSQL breaks a deadlock.
  await lockKeys(store, [...ids].sort().map((id) => `incident:${id}`));
  const out: string[] = [];
  for (const id of [...ids].sort()) {
    const n = await store.getIncident(id);
    if (!n || !dependsOnActivity(n)) continue;
    const events = await store.getEvents(n.events);
    const known = new Map<string, EventRecord>(events.map((e) => [e.id, e]));
    const nearby = await store.candidateIncidents(cellsFor(n));
    const { incident } = buildIncident(n.id, events, n.gradeHistory, at, { nearby });
    if (incident.grade === n.grade && JSON.stringify(incident.gradeReasons) === JSON.stringify(n.gradeReasons)) continue;
    const active = activeBelligerent(incident, nearby);
    const kept = await keepHumanDecisions(store, incident, (xs) => xs.flatMap((x) => known.get(x) ?? []), at, cause, { active });
    await store.putIncident(kept, cellsFor(kept));
    out.push(id);
  }
  return out;
}

/** An incident whose grade can rest on activity nearby: no source blames a side, two or more sources. */
function dependsOnActivity(n: Incident): boolean {
  return sideKey(n.perpetrator) === null && n.independentSources >= 2;
}
