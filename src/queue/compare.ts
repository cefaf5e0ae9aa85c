/**
 * Incidents compared by content, not by id: two stores that ingested the same reports (one
 * process in order, or several workers in any order) should hold the same incidents. Ids are
 * left out on purpose: an incident's id comes from whichever event was resolved first.
 */
import type { Store } from '../store/store.js';
import type { IncidentOut } from '../corpus/types.js';
import { allIncidents } from '../corpus/service.js';

/**
 * One incident as a canonical line: date, place, type, perpetrator, the three figure ranges,
 * grade, independent sources and the sorted ids of its reports.
 *
 * @example
 * incidentKey(out); // '2017-03-17..2017-03-17|Mosul al-Jadida,IQ,district|Air/drone strike|coalition|civ …|fair|2|r1,r2'
 */
export function incidentKey(i: IncidentOut): string {
  const range = (r: { killed: unknown; injured: unknown }) => JSON.stringify([r.killed, r.injured]);
  return [
    i.date ? `${i.date.from}..${i.date.to}` : 'undated',
    i.place ? `${i.place.name},${i.place.country},${i.place.precision}` : 'placeless',
    i.type,
    i.perpetrator ?? '-',
    `civ ${range(i.civilians)} com ${range(i.combatants)} tot ${range(i.total)}`,
    i.grade,
    String(i.independentSources),
    [...new Set(i.reports.map((r) => r.id))].sort().join(','),
  ].join('|');
}

/**
 * Every incident of a store as sorted {@link incidentKey} lines.
 *
 * @example
 * const keys = await incidentKeys(store); keys.length === await store.countIncidents(); // true
 */
export async function incidentKeys(store: Store): Promise<string[]> {
  const out: string[] = [];
  for await (const i of allIncidents(store, {})) out.push(incidentKey(i));
  return out.sort();
}

/** What one multiset of incident keys has that the other lacks. */
export interface IncidentDiff {
  onlyLeft: string[];
  onlyRight: string[];
}

/**
 * The incidents found on one side only (as multisets: a duplicated incident counts).
 *
 * @example
 * diffIncidents(['a', 'b', 'b'], ['a', 'b']); // { onlyLeft: ['b'], onlyRight: [] }
 */
export function diffIncidents(left: readonly string[], right: readonly string[]): IncidentDiff {
  const counts = new Map<string, number>();
  for (const k of left) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const k of right) counts.set(k, (counts.get(k) ?? 0) - 1);
  const onlyLeft: string[] = [];
  const onlyRight: string[] = [];
  for (const [k, n] of counts) {
    for (let i = 0; i < n; i++) onlyLeft.push(k);
    for (let i = 0; i < -n; i++) onlyRight.push(k);
  }
  return { onlyLeft: onlyLeft.sort(), onlyRight: onlyRight.sort() };
}
