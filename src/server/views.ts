/**
 * What the API returns for incidents and reports, built from the store in few round trips: a
 * page of incidents reads its events and its reports' listing fields in one query each (never a
 * report's whole analysis), so a page of 100 costs the same few queries at any store size.
 */
import type { Store } from '../store/store.js';
import type { ClaimStance } from '../report/types.js';
import type { Analysis } from '../report/analysis.js';
import type { EventRecord, Incident, IncidentOut, MergeRecord, GradeRecord, ReviewRecord, SourceFigures, StoredReport } from '../corpus/types.js';
import { toIncidentOut } from '../corpus/output.js';
import { reportCopies } from '../corpus/service.js';

/**
 * Incidents as `civwatch.incidents/1` records: what they show of their events and those events'
 * reports, in one query for them all (`Store.eventSources`).
 *
 * @example
 * const outs = await incidentOuts(store, (await store.listIncidents({ limit: 100 })).items);
 */
export async function incidentOuts(store: Store, incidents: Incident[]): Promise<IncidentOut[]> {
  const sources = await store.eventSources(incidents.flatMap((i) => i.events));
  const byEvent = new Map(sources.map((e) => [e.id, e]));
  const byReport = new Map(sources.flatMap((e) => (e.reportInfo ? [[e.report, e.reportInfo] as const] : [])));
  return incidents.map((i) => toIncidentOut(i, {
    reports: (id) => byReport.get(id) ?? null,
    events: i.events.flatMap((id) => byEvent.get(id) ?? []),
  }));
}

/** A highlighted part of a text: offsets (UTF-16) and what it is. */
export interface TextSpan {
  kind: 'source' | 'cue' | 'content' | 'casualty' | 'place' | 'date' | 'actor';
  start: number;
  end: number;
  label?: string;
}

/** One sentence an incident rests on, with its highlighted parts relative to the sentence. */
export interface Evidence {
  report: string;
  outlet: string | null;
  published: string | null;
  copyOf: string | null;
  sentence: { index: number; start: number; end: number; text: string };
  spans: TextSpan[];
  /** The stance of a claim made in the sentence, or null when none is. */
  stance: ClaimStance | null;
  /** Where the sentence first appeared, when another report had it first. */
  origin: { report: string; sentence: number } | null;
}

/** The incident page: the record plus everything behind it. */
export interface IncidentDetail extends IncidentOut {
  figures: SourceFigures[];
  gradeHistory: GradeRecord[];
  merges: MergeRecord[];
  reviews: ReviewRecord[];
  /** Set when an analyst merged this incident into another (its events are there now). */
  mergedInto: string | null;
  evidence: Evidence[];
}

const rangeText = (min: number, max: number | null) => (max === null ? `${min}+` : min === max ? String(min) : `${min}–${max}`);

/**
 * Every highlighted part of a report: claim sources, cues and contents; casualty figures;
 * places, dates and actors (offsets into the text; a label says what was read).
 *
 * @example
 * reportSpans(report.analysis).filter((s) => s.kind === 'casualty');
 */
export function reportSpans(a: Analysis): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const c of a.claims) {
    if (c.source.end > c.source.start) spans.push({ kind: 'source', start: c.source.start, end: c.source.end, label: c.source.name });
    spans.push({ kind: 'cue', start: c.cue.start, end: c.cue.end, label: c.stance });
    if (c.content.end > c.content.start) spans.push({ kind: 'content', start: c.content.start, end: c.content.end, label: c.stance });
  }
  for (const x of a.casualties) spans.push({ kind: 'casualty', start: x.start, end: x.end, label: `${x.group} ${x.kind} ${rangeText(x.min, x.max)}` });
  for (const p of a.places) spans.push({ kind: 'place', start: p.start, end: p.end, label: p.country ? `${p.name}, ${p.country}` : p.name });
  for (const d of a.dates) spans.push({ kind: 'date', start: d.start, end: d.end, label: d.from ? (d.from === d.to || !d.to ? d.from : `${d.from}..${d.to}`) : 'unresolved' });
  for (const x of a.actors) spans.push({ kind: 'actor', start: x.start, end: x.end, label: x.name });
  return spans.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** The evidence sentences of an incident's events, each once, in event order. */
async function evidenceOf(store: Store, events: EventRecord[]): Promise<Evidence[]> {
  const reports = new Map<string, StoredReport | null>();
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    if (!reports.has(e.report)) reports.set(e.report, await store.getReport(e.report));
    const r = reports.get(e.report);
    const ev = r?.analysis.events[Number(e.id.slice(e.id.lastIndexOf('#') + 1))];
    if (!r || !ev) continue;
    const origins = new Map((await store.getSentenceOrigins(r.id)).map((o) => [o.sentence, o]));
    const spans = reportSpans(r.analysis);
    for (const n of ev.sentences) {
      const s = r.analysis.sentences[n];
      if (!s || seen.has(`${r.id}#${n}`)) continue;
      seen.add(`${r.id}#${n}`);
      const o = origins.get(n);
      const inside = spans.filter((x) => x.start >= s.start && x.end <= s.end)
        .map((x) => ({ ...x, start: x.start - s.start, end: x.end - s.start }));
      out.push({
        report: r.id, outlet: r.outlet, published: r.published, copyOf: r.copyOf,
        sentence: { index: n, start: s.start, end: s.end, text: r.text.slice(s.start, s.end) },
        spans: inside,
        stance: r.analysis.claims.find((c) => c.sentence === n)?.stance ?? null,
        origin: o && o.originReport !== r.id ? { report: o.originReport, sentence: o.originSentence } : null,
      });
    }
  }
  return out;
}

/**
 * One incident with its per-source figures, grade history, merge and review records, and the
 * evidence sentences with their highlighted parts. Null when there is no such incident.
 *
 * @example
 * const detail = await incidentDetail(store, 'inc-3f2a9c01d4e5');
 */
export async function incidentDetail(store: Store, id: string): Promise<IncidentDetail | null> {
  const incident = await store.getIncident(id);
  if (!incident) return null;
  const [out] = await incidentOuts(store, [incident]);
  const events = await store.getEvents(incident.events);
  return {
    ...out,
    figures: incident.figures,
    gradeHistory: incident.gradeHistory,
    merges: await store.getMerges(id),
    reviews: await store.getReviews(id),
    mergedInto: await store.getMergedInto(id),
    evidence: await evidenceOf(store, events),
  };
}

/** A report in a listing: no text, no analysis. */
export function reportSummary(r: StoredReport) {
  return {
    id: r.id, url: r.url, outlet: r.outlet, title: r.title, byline: r.byline, published: r.published, language: r.language,
    ingestedAt: r.ingestedAt, copyOf: r.copyOf, copyGroup: r.copyGroup, stitched: r.stitched,
    events: r.analysis.events.length, warnings: r.analysis.warnings,
  };
}

/**
 * A report with its text, highlighted spans, its copy group's other reports, and each
 * sentence's origin (with the origin sentence's text when it came from another report). Null
 * when there is no such report.
 *
 * @example
 * const r = await reportDetail(store, 'wire-0330'); r?.copies.length;
 */
export async function reportDetail(store: Store, id: string) {
  const r = await store.getReport(id);
  const view = r ? await reportCopies(store, id) : null;
  if (!r || !view) return null;
  const raw = new Map((await store.getSentenceOrigins(id)).map((o) => [o.sentence, o]));
  return {
    ...reportSummary(r),
    text: r.text,
    spans: reportSpans(r.analysis),
    sentences: r.analysis.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end })),
    copies: view.copies,
    origins: view.sentences.map((s) => ({
      sentence: s.sentence, start: raw.get(s.sentence)?.start ?? null, end: raw.get(s.sentence)?.end ?? null,
      originReport: s.originReport, originSentence: s.originSentence, similarity: s.similarity, originText: s.originText,
    })),
  };
}
