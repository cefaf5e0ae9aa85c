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

/**
 * An incident without what depends on copy detection: date, place, type, perpetrator and its
 * reports (the partition of reports into incidents).
 *
 * @example
 * partitionKey(out); // '2017-03-17..2017-03-17|al-Jadida,IQ,district|Air/drone strike|US-led coalition|r1,r2'
 */
export function partitionKey(key: string): string {
  const f = key.split('|');
  return [f[0], f[1], f[2], f[3], f[7]].join('|');
}

/** How a store grouped reports into copy groups, and which it flagged stitched: report id → canonical group. */
export type CopyGrouping = Map<string, string>;

/**
 * Every report's copy group as the sorted ids of its members (stitched reports marked `*`), so
 * that two stores' groupings compare whatever the group ids.
 *
 * @example
 * (await copyGrouping(store)).get('r2'); // 'r1+r2' when r2 is a copy of r1
 */
export async function copyGrouping(store: Store): Promise<CopyGrouping> {
  const members = new Map<string, string[]>();
  const groupOf = new Map<string, string>();
  let cursor: string | undefined;
  for (;;) {
    const page = await store.listReports({ limit: 500, cursor });
    for (const r of page.items) {
      const id = r.stitched ? `${r.id}*` : r.id;
      members.set(r.copyGroup, [...(members.get(r.copyGroup) ?? []), id]);
      groupOf.set(r.id, r.copyGroup);
    }
    if (!page.next) break;
    cursor = page.next;
  }
  return new Map([...groupOf].map(([id, g]) => [id, members.get(g)!.sort().join('+')]));
}

/** The report ids of an incident key or partition key (its last field). */
const reportsOf = (key: string): string[] => key.slice(key.lastIndexOf('|') + 1).split(',');

/**
 * The order in which a store stored its reports (by `ingestedAt`, then id): report id → rank.
 *
 * @example
 * (await storeOrder(store)).get('r2'); // 1 when r2 was the second report stored
 */
export async function storeOrder(store: Store): Promise<Map<string, number>> {
  const all: { id: string; at: string }[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await store.listReports({ limit: 500, cursor });
    for (const r of page.items) all.push({ id: r.id, at: r.ingestedAt });
    if (!page.next) break;
    cursor = page.next;
  }
  all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(all.map((r, i) => [r.id, i]));
}

/**
 * Split partition differences into those explained by the order of storing and the rest.
 * Resolution is online and greedy: an event joins the closest compatible incident that exists
 * when its report is stored, so when concurrent workers store two reports of one place and day in
 * the other order, an event may join another incident ("a suicide bombing in Baghdad on the 8th"
 * joins the air strike three days later because the bombing's first report was not stored yet).
 * A difference is explained when the reports of the incidents it connects (on either side, linked
 * by shared reports) were not stored in the same relative order by the two stores. The order of
 * storing is read from `ingestedAt`, which `ingestReport` stamps only once the report holds its
 * cells' locks (ingest/incident-step.ts, lockEventCells): of two reports that share a cell, the
 * one resolved first has the earlier stamp.
 *
 * @example
 * orderExplained({ onlyLeft: ['…|a,b', '…|c'], onlyRight: ['…|a', '…|b,c'] }, orderLeft, orderRight); // { explained: [...], unexplained: [] }
 */
export function orderExplained(diff: IncidentDiff, left: ReadonlyMap<string, number>, right: ReadonlyMap<string, number>): { explained: string[]; unexplained: string[] } {
  const keys = [...diff.onlyLeft, ...diff.onlyRight];
  // Components: differing incidents linked by a shared report (union-find over report ids).
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    if (!parent.has(x)) parent.set(x, x);
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const k of keys) {
    const [first, ...rest] = reportsOf(k);
    for (const id of rest) parent.set(find(id), find(first));
    find(first);
  }
  const members = new Map<string, Set<string>>();
  for (const k of keys) for (const id of reportsOf(k)) {
    const root = find(id);
    members.set(root, (members.get(root) ?? new Set()).add(id));
  }
  const reordered = new Set<string>();
  for (const [root, ids] of members) {
    const byLeft = [...ids].sort((a, b) => (left.get(a) ?? -1) - (left.get(b) ?? -1));
    const byRight = [...ids].sort((a, b) => (right.get(a) ?? -1) - (right.get(b) ?? -1));
    if (byLeft.join() !== byRight.join()) reordered.add(root);
  }
  const explained: string[] = [];
  const unexplained: string[] = [];
  for (const k of keys) (reordered.has(find(reportsOf(k)[0])) ? explained : unexplained).push(k);
  return { explained, unexplained };
}

/** Two stores' incidents compared (left: the reference, right: the one under test). */
export interface StoreComparison {
  incidents: { left: number; right: number };
  /** Incidents that differ in date, place, type, perpetrator or reports. */
  partition: IncidentDiff;
  /** Incidents that differ in anything (figures, grade, independent sources too). */
  full: IncidentDiff;
  /** Reports grouped into copies differently by the two stores. */
  regroupedReports: string[];
  /** Differing incidents none of whose reports were grouped differently: not explained by copy detection (nor by the order of storing). */
  unexplained: string[];
  /** Partition differences the two stores' orders of storing explain ({@link orderExplained}), and those they do not. */
  reordered: { explained: string[]; unexplained: string[] };
}

/**
 * Compare two stores that ingested the same reports.
 *
 * @example
 * const c = await compareStores(sequentialSqlite, workersPostgres);
 * c.partition.onlyLeft.length === 0 && c.unexplained.length === 0; // the same incidents
 */
export async function compareStores(left: Store, right: Store): Promise<StoreComparison> {
  const [l, r] = [await incidentKeys(left), await incidentKeys(right)];
  const [gl, gr] = [await copyGrouping(left), await copyGrouping(right)];
  const regrouped = [...gl.keys()].filter((id) => gl.get(id) !== gr.get(id)).sort();
  const moved = new Set(regrouped);
  const full = diffIncidents(l, r);
  const partition = diffIncidents(l.map(partitionKey), r.map(partitionKey));
  const reordered = orderExplained(partition, await storeOrder(left), await storeOrder(right));
  // Reports of incidents whose partition differs by order: their figures and grades differ too.
  const regroupedByOrder = new Set(reordered.explained.flatMap(reportsOf));
  const unexplained = [...full.onlyLeft, ...full.onlyRight].filter((k) => !reportsOf(k).some((id) => moved.has(id) || regroupedByOrder.has(id)));
  return {
    incidents: { left: l.length, right: r.length },
    partition,
    full,
    regroupedReports: regrouped,
    unexplained,
    reordered,
  };
}
