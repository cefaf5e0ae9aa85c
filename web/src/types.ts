/**
 * The shapes the dashboard reads from the HTTP API (contract 4 in the project's helper notes).
 * The incident record itself is the `civwatch.incidents/1` type from the core data model, so
 * the CLI, the API and the dashboard show one model.
 */
import type { Grade, GradeRecord, IncidentOut, MergeRecord, ReviewRecord, SentenceOrigin, SourceFigures } from '../../src/corpus/types.js';
import type { ClaimStance } from '../../src/report/types.js';

export type { Grade, GradeRecord, IncidentOut, MergeRecord, ReviewRecord, SentenceOrigin, SourceFigures, ClaimStance };

/** Success envelope of every API answer. */
export interface Envelope<T> {
  data: T;
  meta?: { next?: string | null; total?: number };
}

/** One compact map row of `GET /api/incidents/points`. */
export interface PointRow {
  id: string;
  lat: number;
  lon: number;
  date: string | null;
  type: string;
  grade: Grade;
  civKilled: number;
}

/** The kinds of highlighted span, in the order the legend lists them. */
export type SpanKind = 'source' | 'cue' | 'content' | 'casualty' | 'place' | 'date' | 'actor';

export interface Span {
  kind: SpanKind | string;
  start: number;
  end: number;
  label?: string;
}

/** One sentence an incident rests on, with its report and highlighted spans (offsets into the sentence). */
export interface EvidenceItem {
  report: string;
  outlet: string | null;
  published: string | null;
  copyOf: string | null;
  sentence: { index?: number; start: number; end: number; text: string };
  spans: Span[];
  stance: ClaimStance | null;
  /** Where the sentence first appeared, when another report had it first. */
  origin?: { report: string; sentence: number } | null;
}

/** `GET /api/incidents/:id`. */
export interface IncidentDetail extends IncidentOut {
  figures: SourceFigures[];
  gradeHistory: GradeRecord[];
  merges: MergeRecord[];
  reviews: ReviewRecord[];
  /** Set when an analyst merged this incident into another. */
  mergedInto?: string | null;
  evidence: EvidenceItem[];
}

/** `GET /api/reports/:id`. */
export interface ReportDetail {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  byline?: string | null;
  published: string | null;
  text: string;
  copyOf?: string | null;
  copyGroup?: string;
  stitched?: boolean;
  spans: Span[];
  copies: (string | { id: string; outlet?: string | null; title?: string | null; published?: string | null })[];
  /** Each sentence's origin (the report itself when the sentence is its own). */
  origins: (Pick<SentenceOrigin, 'sentence' | 'originReport' | 'originSentence' | 'similarity'> & { originText?: string | null })[];
}

/** `GET /api/stats`. */
export interface Stats {
  byMonth: { month: string; incidents: number; civKilled: number }[];
  byWeek: { week: string; incidents: number; civKilled: number }[];
  byType: Record<string, number>;
  byGrade: Record<string, number>;
}

/** The filters of every incident query; the same names as the API's query parameters. */
export interface Filters {
  since?: string;
  until?: string;
  type?: string;
  /** Comma-separated grades, or `fair+`. */
  grade?: string;
  perpetrator?: string;
  q?: string;
}

export type ReviewAction = 'confirm' | 'correct' | 'merge' | 'split' | 'grade';

/** Body of `POST /api/incidents/:id/review`. */
export interface ReviewBody {
  action: ReviewAction;
  reason: string;
  by?: string;
  field?: string;
  value?: unknown;
  other?: string;
  report?: string;
  grade?: Grade;
}
