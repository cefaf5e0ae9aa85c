import type { Store } from '../store/store.js';
import type { EventRecord, StoredReport } from '../corpus/types.js';
import { eventRecords } from '../corpus/events.js';
import { cellsFor } from '../corpus/cells.js';
import { resolveEvent } from '../corpus/resolve.js';

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
 * the merge record that says why.
 *
 * @example
 * const { created, updated } = await resolveIncidents(store, storedReport, new Date().toISOString());
 */
export async function resolveIncidents(store: Store, report: StoredReport, at: string): Promise<TouchedIncidents> {
  const events = eventRecords(report.analysis, { id: report.id, copyGroup: report.copyGroup, published: report.published, outlet: report.outlet, stitched: report.stitched });
  await store.putEvents(events);
  const known = new Map<string, EventRecord>(events.map((e) => [e.id, e]));
  const created = new Set<string>();
  const updated = new Set<string>();
  for (const event of events) {
    const candidates = await store.candidateIncidents(cellsFor(event));
    const missing = [...new Set(candidates.flatMap((c) => c.events))].filter((id) => !known.has(id));
    for (const e of await store.getEvents(missing)) known.set(e.id, e);
    const r = resolveEvent(event, candidates, (ids) => ids.flatMap((id) => known.get(id) ?? []), { at });
    await store.putIncident(r.incident, cellsFor(r.incident));
    await store.putMerge({ incident: r.incident.id, event: event.id, reasons: r.reasons, by: 'auto', at });
    if (r.merged && !created.has(r.incident.id)) updated.add(r.incident.id);
    else created.add(r.incident.id);
  }
  return { created: [...created], updated: [...updated] };
}
