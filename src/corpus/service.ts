/**
 * Corpus queries shared by the CLI and (later) the API: one data object behind every surface.
 * Each returns plain records; formatting is the caller's.
 */
import type { IncidentQuery, Store } from '../store/store.js';
import type { EventRecord, Grade, GradeRecord, Incident, IncidentOut, MergeRecord, SentenceOrigin, SourceFigures, StoredReport } from './types.js';
import { toIncidentOut } from './output.js';

/** Grades from weakest to strongest evidence; `contested` and `discounted` stand apart. */
const LADDER: readonly Grade[] = ['weak', 'fair', 'confirmed'];
const GRADES: readonly Grade[] = ['confirmed', 'fair', 'weak', 'contested', 'discounted'];

/**
 * The grades a `--grade` filter means: a name, or a name with `+` for "this grade or better" on
 * the ladder weak < fair < confirmed. `contested` and `discounted` match only by exact name.
 * Throws a RangeError on anything else.
 *
 * @example
 * gradeFilter('fair+'); // ['fair', 'confirmed']
 * gradeFilter('weak,contested'); // ['weak', 'contested']
 */
export function gradeFilter(spec: string): Grade[] {
  const out = new Set<Grade>();
  for (const part of spec.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const plus = part.endsWith('+');
    const name = (plus ? part.slice(0, -1) : part) as Grade;
    if (!GRADES.includes(name)) throw new RangeError(`unknown grade "${part}" (want ${GRADES.join(', ')}, or weak+ / fair+)`);
    if (plus && !LADDER.includes(name)) throw new RangeError(`"${part}": only weak, fair and confirmed are ordered; give ${name} without +`);
    if (plus) for (const g of LADDER.slice(LADDER.indexOf(name))) out.add(g);
    else out.add(name);
  }
  return [...out];
}

/** Reports read once per query, however many incidents cite them. */
type ReportCache = Map<string, StoredReport | null>;

async function reportOf(store: Store, id: string, cache: ReportCache): Promise<StoredReport | null> {
  if (!cache.has(id)) cache.set(id, await store.getReport(id));
  return cache.get(id) ?? null;
}

/**
 * Incidents matching a query, as `civwatch.incidents/1` records, with the cursor of the next page.
 *
 * @example
 * const { incidents } = await listIncidents(store, { since: '2017-03-01', grades: gradeFilter('fair+') });
 */
export async function listIncidents(store: Store, query: IncidentQuery): Promise<{ incidents: IncidentOut[]; next: string | null }> {
  const page = await store.listIncidents(query);
  const cache: ReportCache = new Map();
  const incidents: IncidentOut[] = [];
  for (const incident of page.items) incidents.push(await incidentOut(store, incident, cache));
  return { incidents, next: page.next };
}

/**
 * Every incident matching a query (all pages), for exports.
 *
 * @example
 * for await (const i of allIncidents(store, {})) rows.push(i);
 */
export async function* allIncidents(store: Store, query: IncidentQuery): AsyncGenerator<IncidentOut> {
  let cursor: string | undefined = query.cursor;
  const cache: ReportCache = new Map();
  for (;;) {
    const page = await store.listIncidents({ ...query, cursor, limit: query.limit ?? 500 });
    for (const incident of page.items) yield await incidentOut(store, incident, cache);
    if (!page.next) return;
    cursor = page.next;
  }
}

async function incidentOut(store: Store, incident: Incident, cache: ReportCache): Promise<IncidentOut> {
  const events = await store.getEvents(incident.events);
  const reports: StoredReport[] = [];
  for (const id of new Set(events.map((e) => e.report))) {
    const r = await reportOf(store, id, cache);
    if (r) reports.push(r);
  }
  const byId = new Map(reports.map((r) => [r.id, r]));
  return toIncidentOut(incident, { reports: (id) => byId.get(id) ?? null, events });
}

/** One sentence of a report that an event rests on. */
export interface EvidenceSentence {
  report: string;
  sentence: number;
  text: string;
  /** Where it first appeared, when another report had it first. */
  origin: { report: string; sentence: number } | null;
}

/** Everything `civwatch show` prints about an incident. */
export interface IncidentDetail {
  incident: IncidentOut;
  /** Each independent source's own figures (a copy group counts once). */
  figures: SourceFigures[];
  gradeHistory: GradeRecord[];
  merges: MergeRecord[];
  events: (EventRecord & { sentences: EvidenceSentence[] })[];
}

/**
 * An incident with its sources' figures, grade history, merge records, and the sentences each of
 * its events rests on.
 *
 * @example
 * const detail = await showIncident(store, 'inc-3f2a'); // null when there is no such incident
 */
export async function showIncident(store: Store, id: string): Promise<IncidentDetail | null> {
  const incident = await store.getIncident(id);
  if (!incident) return null;
  const cache: ReportCache = new Map();
  const events = await store.getEvents(incident.events);
  const reports: StoredReport[] = [];
  for (const rid of new Set(events.map((e) => e.report))) {
    const r = await reportOf(store, rid, cache);
    if (r) reports.push(r);
  }
  const byId = new Map(reports.map((r) => [r.id, r]));
  const originsCache = new Map<string, SentenceOrigin[]>();
  const detailed: IncidentDetail['events'] = [];
  for (const e of events) {
    const r = byId.get(e.report);
    const index = Number(e.id.split('#').pop());
    const ev = r?.analysis.events[index];
    if (r && !originsCache.has(r.id)) originsCache.set(r.id, await store.getSentenceOrigins(r.id));
    const origins = new Map((originsCache.get(e.report) ?? []).map((o) => [o.sentence, o]));
    const sentences = (ev?.sentences ?? []).flatMap((n): EvidenceSentence[] => {
      const s = r?.analysis.sentences[n];
      if (!r || !s) return [];
      const o = origins.get(n);
      const origin = o && o.originReport !== r.id ? { report: o.originReport, sentence: o.originSentence } : null;
      return [{ report: r.id, sentence: n, text: r.text.slice(s.start, s.end).trim(), origin }];
    });
    detailed.push({ ...e, sentences });
  }
  return {
    incident: toIncidentOut(incident, { reports: (rid) => byId.get(rid) ?? null, events }),
    figures: incident.figures,
    gradeHistory: incident.gradeHistory,
    merges: await store.getMerges(id),
    events: detailed,
  };
}

/** One sentence of a report and where it came from. */
export interface SentenceProvenance {
  sentence: number;
  text: string;
  originReport: string;
  originSentence: number;
  similarity: number;
  /** The origin sentence's text, when it came from another report. */
  originText: string | null;
}

/** What `civwatch reports --copies-of` prints. */
export interface CopiesView {
  report: { id: string; title: string | null; outlet: string | null; published: string | null; copyOf: string | null; copyGroup: string; stitched: boolean };
  /** Stored reports that are copies of this one. */
  copies: { id: string; title: string | null; outlet: string | null; published: string | null }[];
  sentences: SentenceProvenance[];
}

/**
 * A report's copies, and for each of its sentences the report it came from.
 *
 * @example
 * const view = await reportCopies(store, 'wire-0330'); view.copies.length; // 3
 */
export async function reportCopies(store: Store, id: string): Promise<CopiesView | null> {
  const r = await store.getReport(id);
  if (!r) return null;
  const copies: CopiesView['copies'] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listReports({ copiesOf: id, limit: 500, cursor });
    for (const c of page.items) if (c.id !== id) copies.push({ id: c.id, title: c.title, outlet: c.outlet, published: c.published });
    cursor = page.next ?? undefined;
  } while (cursor);
  const cache: ReportCache = new Map([[r.id, r]]);
  const sentences: SentenceProvenance[] = [];
  for (const o of await store.getSentenceOrigins(id)) {
    let originText: string | null = null;
    if (o.originReport !== id) {
      const src = await reportOf(store, o.originReport, cache);
      const s = src?.analysis.sentences[o.originSentence];
      originText = src && s ? src.text.slice(s.start, s.end).trim() : null;
    }
    sentences.push({ sentence: o.sentence, text: r.text.slice(o.start, o.end).trim(), originReport: o.originReport, originSentence: o.originSentence, similarity: o.similarity, originText });
  }
  return {
    report: { id: r.id, title: r.title, outlet: r.outlet, published: r.published, copyOf: r.copyOf, copyGroup: r.copyGroup, stitched: r.stitched },
    copies,
    sentences,
  };
}
