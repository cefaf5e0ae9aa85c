/**
 * The corpus data model: many reports, their copies and sentence origins, the events each report
 * describes, and the incidents those events are resolved into. One model behind the CLI, the
 * store and (later) the API and dashboard. Field names of {@link IncidentOut} are the fixed
 * `civwatch.incidents/1` contract.
 */
import type { Analysis } from '../report/analysis.js';
import type { ClaimStance, EventType, HarmRanges, IsoDate, PlacePrecision } from '../report/types.js';

/** A report as stored: its metadata, text and analysis, and where its text came from. */
export interface StoredReport {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  published: IsoDate | null;
  language: string;
  text: string;
  /** sha256 of the normalized text (case, spacing and punctuation folded): the same story twice is stored once. */
  contentHash: string;
  /** When civwatch stored it (ISO timestamp). */
  ingestedAt: string;
  /** The earliest stored report this one is a copy of (same wire story, lightly edited), or null. */
  copyOf: string | null;
  /** Id of the copy group: the id of the group's earliest report (its own id when it has no copies). */
  copyGroup: string;
  /** True when most of its sentences originate in several other reports (a stitched page). */
  stitched: boolean;
  analysis: Analysis;
}

/** Where one sentence of a report first appeared. */
export interface SentenceOrigin {
  report: string;
  sentence: number;
  start: number;
  end: number;
  /** The earliest stored report holding the same or a near-same sentence; itself when new. */
  originReport: string;
  originSentence: number;
  /** 1 for the same sentence after normalization, below 1 for a near-same one (Jaccard of shingles). */
  similarity: number;
}

export interface PlaceRef {
  name: string;
  country: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
}

/** What happened, where, when, by whom and to whom, with its ranges: shared by a report's event,
 * an incident, and the incident's published record. */
export interface EventCore {
  type: EventType;
  date: { from: IsoDate; to: IsoDate } | null;
  place: PlaceRef | null;
  perpetrator: string | null;
  target: string | null;
  civilians: HarmRanges;
  combatants: HarmRanges;
  total: HarmRanges;
}

/** One event of one report, as incident resolution sees it. */
export interface EventRecord extends EventCore {
  /** `<report id>#<event index>` */
  id: string;
  report: string;
  /** The report's copy group: events from one group are one source. */
  copyGroup: string;
  published: IsoDate | null;
  outlet: string | null;
  /** `side` is the key of the belligerent side the speaker acts or speaks for ("the Pentagon" →
   * `coalition`), or null when the speaker is no known actor. */
  claims: { source: string; sourceKind: string; stance: ClaimStance; text: string; side?: string | null }[];
  /** The figure fields the report states (even as zero: "no civilians were hurt"); a field not
   * listed is one the report does not mention. Absent: a non-zero figure counts as stated. */
  reported?: FigureField[];
  /** True when the report is a stitched page (its sentences come from several other reports):
   * it adds no independent source where its origins are in the incident. */
  stitched?: boolean;
}

/** One figure of an incident or event: a group and a kind of harm. */
export type FigureField = `${'civilians' | 'combatants' | 'total'}.${'killed' | 'injured'}`;

export type Grade = 'confirmed' | 'fair' | 'weak' | 'contested' | 'discounted';

/** One independent source's figures for an incident (a copy group counts once). */
export interface SourceFigures {
  copyGroup: string;
  reports: string[];
  civilians: HarmRanges;
  combatants: HarmRanges;
  total: HarmRanges;
  /** The fields this source states; the others it does not mention (absent: non-zero ones). */
  reported?: FigureField[];
}

/** Why an event was joined to an incident (or a human's decision): merges are records, not destroyed data. */
export interface MergeRecord {
  incident: string;
  event: string;
  reasons: string[];
  by: 'auto' | 'human';
  at: string;
}

export interface GradeRecord {
  grade: Grade;
  reasons: string[];
  at: string;
  by: 'auto' | 'human';
}

/** An incident: one real-world event, resolved from the events of many reports. */
export interface Incident extends EventCore {
  id: string;
  grade: Grade;
  gradeReasons: string[];
  independentSources: number;
  /** Ids of the events joined into it. */
  events: string[];
  figures: SourceFigures[];
  gradeHistory: GradeRecord[];
}

/** The `civwatch.incidents/1` record (field names fixed; other tools read them). */
export interface IncidentOut extends EventCore {
  id: string;
  grade: Grade;
  gradeReasons: string[];
  independentSources: number;
  reports: { id: string; url: string | null; outlet: string | null; published: IsoDate | null; copyOf: string | null }[];
  claims: { report: string; source: string; stance: ClaimStance; text: string }[];
}

// ---- Reviews (issue 5: the API's analyst decisions; stored by migration 002) ----

/**
 * What a review did. `confirm`, `correct`, `merge`, `split`, `grade` are an analyst's decisions;
 * `merged-into` and `split-from` are the matching records on the other incident; `auto-grade`
 * is civwatch noting what its automatic grade would now be beside an analyst's grade.
 */
export type ReviewAction = 'confirm' | 'correct' | 'merge' | 'split' | 'grade' | 'merged-into' | 'split-from' | 'auto-grade';

/**
 * One audit record of an incident: who decided what, when, why, and the values before and after
 * (JSON values; `field` names the corrected field for `correct`).
 *
 * @example
 * { id: 1, incident: 'inc-3f2a', action: 'correct', by: 'analyst', at: '2026-11-26T07:00:00.000Z',
 *   reason: 'the ministry named the district', field: 'place', before: {…}, after: {…} }
 */
export interface ReviewRecord {
  /** Assigned by the store, growing. */
  id: number;
  incident: string;
  action: ReviewAction;
  /** The analyst's name, or 'auto' for civwatch's own notes. */
  by: string;
  at: string;
  reason: string;
  field: string | null;
  before: unknown;
  after: unknown;
}
