/**
 * Small builders for store tests: reports, events and incidents with only the fields a test
 * cares about given. Report texts are written by the team (no real news text).
 */
import { createHash } from 'node:crypto';
import type { EventRecord, Grade, Incident, PlaceRef, StoredReport } from '../corpus/types.js';
import type { Analysis } from '../report/analysis.js';
import type { EventType, HarmRanges, IsoDate, Range, ReportMeta } from '../report/types.js';

/** sha256 of the text with case, spacing and punctuation folded (the store only compares it). */
export function fixtureHash(text: string): string {
  const folded = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha256').update(folded).digest('hex');
}

const SENTENCE = /[^.!?\n]+[.!?]*/g;
const FIGURE = /\b(\d+) (civilians|people|children|residents)\b/g;
const SAID = /\b(police|officials|residents|a witness) said\b/gi;

/**
 * A cheap stand-in for `analyze()`: sentences split on end punctuation, "N civilians" as killed
 * figures and "police said" as statements. Enough shape for storage tests, in microseconds.
 *
 * @example
 * sketchAnalysis('Two civilians were killed, police said.', { id: 'r1' }).casualties[0].min; // 2
 */
export function sketchAnalysis(text: string, meta: Partial<ReportMeta> = {}): Analysis {
  const sentences = [...text.matchAll(SENTENCE)]
    .map((m) => ({ start: m.index! + (m[0].length - m[0].trimStart().length), end: m.index! + m[0].trimEnd().length }))
    .filter((s) => s.end > s.start && text.slice(s.start, s.end).trim())
    .map((s, index) => ({ index, ...s }));
  const sentenceAt = (offset: number) => sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const casualties = [...text.matchAll(FIGURE)].map((m) => {
    const n = Number(m[1]);
    return {
      start: m.index!, end: m.index! + m[0].length, text: m[0], sentence: sentenceAt(m.index!), kind: 'killed' as const,
      group: 'civilians' as const, min: n, max: n, conservative: n, stated: true, hedged: false,
    };
  });
  const claims = [...text.matchAll(SAID)].map((m) => {
    const sentence = sentenceAt(m.index!);
    const s = sentences[sentence];
    const source = { start: m.index!, end: m.index! + m[1].length, text: m[1] };
    const cueStart = source.end + 1;
    return {
      sentence,
      source: { ...source, name: m[1], kind: 'unknown' as const, anonymous: false, resolvedFrom: null },
      cue: { start: cueStart, end: cueStart + 4, text: 'said' },
      content: contentRange(text, s, source.start, cueStart + 4),
      stance: 'statement' as const,
    };
  });
  return {
    format: 'civwatch.analysis/1',
    report: {
      id: meta.id ?? '', title: meta.title ?? null, byline: meta.byline ?? null, outlet: meta.outlet ?? null,
      url: meta.url ?? null, published: meta.published ?? null, language: meta.language ?? 'eng', text,
    },
    sentences, claims, unattributed: [], dates: [], places: [], actors: [], casualties, events: [], warnings: [],
  };
}

/** What a sketched claim says: after "X said" at a sentence's start, else before it. */
function contentRange(text: string, s: { start: number; end: number }, sourceStart: number, cueEnd: number) {
  const [start, end] = sourceStart === s.start ? [cueEnd + 1, s.end] : [s.start, sourceStart];
  const piece = text.slice(start, end).replace(/[\s,.!?]+$/, '');
  return { start, end: start + piece.length, text: piece };
}

export interface ReportFixture {
  id: string;
  text: string;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  published?: IsoDate | null;
  copyOf?: string | null;
  copyGroup?: string;
  stitched?: boolean;
  ingestedAt?: string;
  /** Defaults to {@link sketchAnalysis} of the text. */
  analysis?: Analysis;
}

/**
 * @example
 * const r = reportFixture({ id: 'r1', text: 'Two civilians were killed in a strike, police said.' });
 */
export function reportFixture(f: ReportFixture): StoredReport {
  const meta = { id: f.id, title: f.title ?? null, url: f.url ?? null, outlet: f.outlet ?? null, published: f.published ?? null };
  return {
    ...meta, byline: null, language: 'eng', text: f.text, contentHash: fixtureHash(f.text),
    ingestedAt: f.ingestedAt ?? '2026-01-01T00:00:00.000Z', copyOf: f.copyOf ?? null, copyGroup: f.copyGroup ?? f.id,
    stitched: f.stitched ?? false, analysis: f.analysis ?? sketchAnalysis(f.text, meta),
  };
}

/** A range: `range(3)` is exactly 3, `range(3, null)` at least 3, `range(3, 7)` 3 to 7 (conservative = min). */
export function range(min: number, max: number | null = min): Range {
  return { min, max, conservative: min };
}

const NONE: HarmRanges = { killed: range(0), injured: range(0) };

/** Killed and injured ranges: `harm(range(3, 5))`. */
export function harm(killed: Range = range(0), injured: Range = range(0)): HarmRanges {
  return { killed, injured };
}

/** A place: name, country and point (precision city unless told). */
export function place(name: string, country: string, lat: number, lon: number, precision: PlaceRef['precision'] = 'city'): PlaceRef {
  return { name, country, lat, lon, precision };
}

export interface EventFixture extends Partial<Omit<EventRecord, 'date'>> {
  report: string;
  index?: number;
  date?: IsoDate | { from: IsoDate; to: IsoDate } | null;
}

/** @example eventFixture({ report: 'r1', date: '2017-03-17', type: 'Air/drone strike' }) // id 'r1#0' */
export function eventFixture(f: EventFixture): EventRecord {
  const date = typeof f.date === 'string' ? { from: f.date, to: f.date } : f.date ?? null;
  return {
    id: f.id ?? `${f.report}#${f.index ?? 0}`, report: f.report, copyGroup: f.copyGroup ?? f.report,
    published: f.published ?? null, outlet: f.outlet ?? null, type: f.type ?? 'Air/drone strike', date,
    place: f.place ?? null, perpetrator: f.perpetrator ?? null, target: f.target ?? null,
    civilians: f.civilians ?? NONE, combatants: f.combatants ?? NONE, total: f.total ?? f.civilians ?? NONE,
    claims: f.claims ?? [],
  };
}

export interface IncidentFixture extends Partial<Omit<Incident, 'date'>> {
  id: string;
  date?: IsoDate | { from: IsoDate; to: IsoDate } | null;
}

/** @example incidentFixture({ id: 'i1', date: '2017-03-17', grade: 'fair' }) */
export function incidentFixture(f: IncidentFixture): Incident {
  const date = typeof f.date === 'string' ? { from: f.date, to: f.date } : f.date ?? null;
  const grade: Grade = f.grade ?? 'weak';
  return {
    id: f.id, type: f.type ?? ('Air/drone strike' as EventType), date, place: f.place ?? null,
    perpetrator: f.perpetrator ?? null, target: f.target ?? null,
    civilians: f.civilians ?? NONE, combatants: f.combatants ?? NONE, total: f.total ?? f.civilians ?? NONE,
    grade, gradeReasons: f.gradeReasons ?? [`${grade}: fixture`], independentSources: f.independentSources ?? 1,
    events: f.events ?? [], figures: f.figures ?? [], gradeHistory: f.gradeHistory ?? [],
  };
}
