import type {
  ActorKind, CasualtyGroup, CasualtyKind, ClaimStance, DatePrecision, EventType, IsoDate, PlacePrecision, Range,
} from '../report/types.js';

/**
 * The truth a generated report was written from, so the corpus doubles as labelled test data.
 * Offsets (`start`, `end`) index the report's `text`, like the pipeline's spans.
 */

/** A marked piece of the generated text. */
export interface MarkedText {
  text: string;
  start: number;
  end: number;
}

/** One casualty figure as written ("at least 11 civilians"), with the range it means. */
export interface FigureTruth extends MarkedText, Range {
  kind: CasualtyKind;
  group: CasualtyGroup;
  /** False when read from a vague word ("dozens", "several"): compare loosely. */
  stated: boolean;
  hedged: boolean;
  /** `main`: a figure of the report's incident; `background`: context (earlier strikes, totals). */
  about: 'main' | 'background';
}

export interface DateTruth extends MarkedText {
  from: IsoDate;
  to: IsoDate;
  precision: DatePrecision;
  stated: boolean;
  about: 'main' | 'background';
}

export interface PlaceTruth {
  /** City or town, as the gazetteer names it. */
  city: string;
  /** Neighbourhood or village within or near the city, when the report names one. */
  district: string | null;
  country: string;
  /** City-centre coordinates (see the source note in `tables/places.ts`). */
  lat: number;
  lon: number;
  /** The most precise level the report names. */
  precision: PlacePrecision;
  /** Every place mention of the incident in the text. */
  mentions: MarkedText[];
}

/** Who said what about the incident (claims in background paragraphs are not listed). */
export interface ClaimTruth {
  source: MarkedText & { name: string; kind: ActorKind | 'unknown'; anonymous: boolean; resolvedFrom: string | null };
  cue: MarkedText;
  stance: ClaimStance;
  /** Canonical actor the speaker answers for ("US-led coalition" for its spokesman), or null. */
  speaksFor: string | null;
}

export interface ActorTruth {
  /** Canonical name (as in DOMAIN.md: "Islamic State", "US-led coalition"). */
  name: string;
  kind: ActorKind;
  /** The alias used in this report ("Daesh"). */
  alias: string;
}

/** The incident the report is about. One incident may later have several reports (issue 4). */
export interface IncidentTruth {
  id: string;
  conflict: string;
  type: EventType;
  /** The day it happened. */
  date: IsoDate;
  place: Omit<PlaceTruth, 'mentions'>;
  /** Null when the report does not say who did it. */
  perpetrator: ActorTruth | null;
  /** What really happened; each report gives its own (often vaguer or lower) figures. */
  victims: { civiliansKilled: number; civiliansInjured: number; combatantsKilled: number };
}

/** Ranges per group, `null` where the report gives no figure. */
export interface HarmTruth {
  killed: Range | null;
  injured: Range | null;
}

/**
 * The report's figures for its incident, consolidated the way issue 2 asks: the same people
 * mentioned twice count once; distinct groups add up; when two sources disagree on one group the
 * range runs from the lowest minimum to the highest maximum (open if either is open) and the
 * conservative figure is the lowest.
 */
export interface EventTruth {
  type: EventType;
  /** The day it happened (as `date` in {@link ReportTruth} resolves). */
  date: IsoDate;
  /** The perpetrator the report names, or null when it does not say. */
  perpetrator: ActorTruth | null;
  civilians: HarmTruth;
  combatants: HarmTruth;
  /** Everyone, whatever the group (ACLED's `fatalities` for killed). */
  total: HarmTruth;
}

export interface ReportTruth {
  incident: IncidentTruth;
  event: EventTruth;
  /** The incident's date as the text gives it (relative or absolute). */
  date: DateTruth;
  place: PlaceTruth;
  figures: FigureTruth[];
  claims: ClaimTruth[];
  /** Other dates the text gives (background paragraphs). */
  otherDates: DateTruth[];
  wordCount: number;
}

/** One generated report: the JSON Lines shape `civwatch analyze --jsonl` reads, plus its truth. */
export interface GeneratedReport {
  id: string;
  title: string;
  outlet: string;
  published: IsoDate;
  text: string;
  truth: ReportTruth;
}
