import type { Store } from '../store/store.js';
import type { EventRecord, Incident, StoredReport } from '../corpus/types.js';
import { isClaimEvent, lookbackCells, statementDay } from '../corpus/past-claims.js';
import { eventRecords } from '../corpus/events.js';
import { cellsFor } from '../corpus/cells.js';
import { eventsNeeded, resolveEvent } from '../corpus/resolve.js';
import { keepHumanDecisions } from '../corpus/review.js';
import { sideKey } from '../corpus/sides.js';
import type { RecoveredAttribution } from '../corpus/recover.js';
import { lockKeys } from './locks.js';
import { activeBelligerent } from '../corpus/active.js';
import { regradeNeighbours, type SideChange } from './regrade-step.js';

/** Incidents a report created and updated (ids, each once). */
export interface TouchedIncidents {
  created: string[];
  updated: string[];
}

/**
 * Turn a stored report's events into incidents: store its event records, then for each event look
 * up candidate incidents by date and place cells (an index lookup, not a scan), resolve (merge
 * into the closest compatible one, or start a new one), and store the rebuilt incident (figures
 * and grade recomputed, grade history kept, an analyst's grade left standing) with its cells and
 * the merge record that says why. Last, neighbouring incidents whose grade rests on who was active
 * there then are re-graded when these incidents changed that (`regrade-step.ts`).
 *
 * @example
 * const { created, updated } = await resolveIncidents(store, storedReport, new Date().toISOString());
 */
export async function resolveIncidents(store: Store, report: StoredReport, at: string, recovered: readonly RecoveredAttribution[] = [], locked2?: CellsLocked): Promise<TouchedIncidents> {
  const { events, cells } = locked2 ?? await lockEventCells(store, report, recovered);
  await store.putEvents(events);
  const known = new Map<string, EventRecord>(events.map((e) => [e.id, e]));
  const created = new Set<string>();
  const updated = new Set<string>();
  // Each touched incident as it was before this report (for the neighbours' re-grade) and as it is now.
  const changes = new Map<string, SideChange>();
  // Round 3 of the ingest locks (locks.ts): the incidents found in the cells locked in round 2.
  const locked = new Set(await store.candidateIncidentIds(cells));
  await lockKeys(store, [...locked].map((id) => `incident:${id}`));
  for (const event of events) {
    let candidates = await store.candidateIncidents(cellsFor(event));
    let earlier = await earlierIncidents(store, report, event);
    // An incident not locked in round 3 (one that grew into these cells meanwhile, or an earlier
    // one a claim looks back to): locked now, out of order, and read again. A deadlock this could
    // cause is broken by PostgreSQL (one transaction fails; its job is retried).
    const late = [...candidates, ...(earlier?.incidents ?? [])].map((c) => c.id).filter((id) => !locked.has(id) && !created.has(id));
    if (late.length) {
      await lockKeys(store, late.map((id) => `incident:${id}`));
      for (const id of late) locked.add(id);
      candidates = await store.candidateIncidents(cellsFor(event));
      earlier = await earlierIncidents(store, report, event);
    }
    // Only the events resolution will read (the closest compatible incident's): in a busy cell most candidates are not.
    const missing = [...new Set(eventsNeeded(event, candidates, { earlier }))].filter((id) => !known.has(id));
    for (const e of await store.getEvents(missing)) known.set(e.id, e);
    const r = resolveEvent(event, candidates, (ids) => ids.flatMap((id) => known.get(id) ?? []), { at, earlier });
    // An analyst's corrections and grade stand over automatic re-resolution (corpus/review.ts).
    const active = sideKey(r.incident.perpetrator) ? null : activeBelligerent(r.incident, candidates);
    const incident = await keepHumanDecisions(store, r.incident, (ids) => ids.flatMap((id) => known.get(id) ?? []), at, `report ${report.id}`, { active });
    await store.putIncident(incident, cellsFor(incident));
    const prior = [...candidates, ...(earlier?.incidents ?? [])].find((c) => c.id === incident.id);
    const before = changes.get(incident.id)?.before ?? (prior ? { side: sideKey(prior.perpetrator), date: prior.date, place: prior.place } : null);
    changes.set(incident.id, { incident, before });
    await store.putMerge({ incident: r.incident.id, event: event.id, reasons: r.reasons, by: 'auto', at });
    if (r.merged && !created.has(r.incident.id)) updated.add(r.incident.id);
    else created.add(r.incident.id);
  }
  // Who was active there then may have changed for the incidents around these (grade.ts, Fair).
  for (const id of await regradeNeighbours(store, [...changes.values()], at, `report ${report.id}`)) updated.add(id);
  return { created: [...created], updated: [...updated] };
}

/** A report's event records and their date × place cells, locked (round 2 of locks.ts). */
export interface CellsLocked {
  events: EventRecord[];
  cells: string[];
}

/**
 * Round 2 of the ingest locks (locks.ts): the report's event records (with the claims recovered
 * from origin sentences) and their cells, locked. `ingestReport` calls it before it reads the
 * clock for `ingestedAt`, so that of two reports sharing a cell the one resolved first is the one
 * stored first: concurrent workers' order of storing is then their order of resolution, the order
 * reprocessing and the queue's end-to-end comparison (queue/compare.ts) rely on.
 *
 * @example
 * const locked = await lockEventCells(store, report, recovered);
 * await resolveIncidents(store, { ...report, ingestedAt: now }, now, recovered, locked);
 */
export async function lockEventCells(store: Store, report: Omit<StoredReport, 'ingestedAt'>, recovered: readonly RecoveredAttribution[] = []): Promise<CellsLocked> {
  const events = withRecovered(
    eventRecords(report.analysis, { id: report.id, copyGroup: report.copyGroup, published: report.published, outlet: report.outlet, stitched: report.stitched }),
    report, recovered,
  );
  const cells = [...new Set(events.flatMap(cellsFor))];
  await lockKeys(store, cells.map((c) => `cell:${c}`));
  return { events, cells };
}

/**
 * For a belligerent's acknowledgment or denial dated only by the day it was made: that day and
 * the incidents up to `PAST_CLAIM_DAYS` before it around the event's place (see
 * `corpus/past-claims.ts`); undefined for any other event, which costs no lookup.
 *
 * @example
 * await earlierIncidents(store, ackReport, ackEvent); // { day: '2017-03-30', incidents: [jadidaStrike, …] }
 */
export async function earlierIncidents(store: Store, report: StoredReport, event: EventRecord): Promise<{ day: string; incidents: Incident[] } | undefined> {
  if (!isClaimEvent(event)) return undefined;
  const index = Number(event.id.slice(event.id.lastIndexOf('#') + 1));
  const day = statementDay(report.analysis, index, report.published);
  if (!day) return undefined;
  const cells = lookbackCells(event.place, day);
  return cells.length ? { day, incidents: await store.candidateIncidents(cells) } : undefined;
}

/**
 * Event records with the claims their copied sentences lost in copying, recovered from the
 * origin sentences ("…, a local official said" trimmed off): the speaker and stance of the
 * origin's claim, the text of this report's sentence.
 *
 * @example
 * withRecovered(eventRecords(analysis, meta), report, await recoverAttribution(analysis, origins, originOf));
 */
export function withRecovered(events: EventRecord[], report: Pick<StoredReport, 'analysis' | 'text'>, recovered: readonly RecoveredAttribution[]): EventRecord[] {
  if (!recovered.length) return events;
  return events.map((e) => {
    const index = Number(e.id.slice(e.id.lastIndexOf('#') + 1));
    const sentences = new Set(report.analysis.events[index]?.sentences ?? []);
    const extra = recovered.filter((r) => sentences.has(r.sentence)).map((r) => {
      const s = report.analysis.sentences[r.sentence];
      return {
        source: r.source.name, sourceKind: r.source.kind, stance: r.stance,
        text: s ? report.text.slice(s.start, s.end).trim() : '',
        side: sideKey(r.source.name) ?? sideKey(r.source.affiliation ?? null),
      };
    });
    return extra.length ? { ...e, claims: [...e.claims, ...extra] } : e;
  });
}
