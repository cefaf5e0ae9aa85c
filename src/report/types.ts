/**
 * The one object that flows through the pipeline: a {@link Report} holds the text, its metadata
 * and every span the stages added. Offsets are UTF-16 code-unit offsets into `report.text`
 * (JavaScript string indices), so `report.text.slice(span.start, span.end) === span.text`.
 *
 * Stages never edit spans that another stage produced: a stage returns new spans and the runner
 * appends them (see `pipeline/runner.ts`).
 */

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

export interface ReportMeta {
  id: string;
  title: string | null;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  /** Publication date; relative dates are resolved against it. `null` leaves them unresolved. */
  published: IsoDate | null;
  /** ISO 639-3 code detected from the text (`eng`, `fra`, …) or `und`. */
  language: string;
  /** Character ranges copied from earlier reports, with their origin's publication date: a
   * relative date inside one is read against that date, not `published` (see
   * `corpus/reanchor.ts`). Absent for a report analysed on its own. */
  anchors?: ReportAnchor[];
}

/** A copied stretch of a report and the report it was copied from. */
export interface ReportAnchor {
  start: number;
  end: number;
  /** The origin report's publication date. */
  published: IsoDate;
  /** The origin report's id. */
  origin: string;
}

/** A character range of the report text. */
export interface TextRange {
  start: number;
  end: number;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Span values, one interface per label. Each stage owns the value type(s) of the labels it
// assigns; other stages read them.
// ---------------------------------------------------------------------------------------------

/** `sentence` (stage: segment). */
export interface SentenceValue {
  index: number;
}

/** `token` (stage: segment). Part of speech from wink-nlp's universal tag set. */
export interface TokenValue {
  /** Index of the sentence holding this token. */
  sentence: number;
  pos: string;
  /** wink token type: word, number, punctuation, email, url, symbol, … */
  type: string;
  /** Lower-cased form. */
  norm: string;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** `date` (stage: dates). An interval; `stated` is false when the pipeline inferred it. */
export interface DateValue {
  /** First day of the interval, or null when it could not be resolved (no publication date). */
  from: IsoDate | null;
  to: IsoDate | null;
  precision: DatePrecision;
  /** True when the text states the calendar date itself ("6 March 2017"); false when it was
   * inferred from a relative expression ("Thursday", "earlier this month"). */
  stated: boolean;
  /** What a relative date was resolved against, e.g. `published:2017-04-04`; null when stated. */
  anchor: string | null;
  /** Why a relative expression was left unresolved, when it was. */
  unresolved?: string;
  /** Set when "early", "mid-" or "late" narrowed a month or year to its first, middle or last
   * third ("mid-March" → 11–20 March). */
  part?: 'early' | 'mid' | 'late';
  /** Set when the expression sits in a sentence copied from an earlier report and was read
   * against that report's date (`anchor` is then `origin:<report id>:<date>`): the reading
   * against this report's own date that it replaced, and why. */
  reanchored?: { from: IsoDate | null; to: IsoDate | null; reason: string };
}

export type PlacePrecision = 'country' | 'region' | 'city' | 'district' | 'point';

/** `place` (stage: places). */
export interface PlaceValue {
  /** Normalised name from the gazetteer ("Erbil" for "Arbil"). */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  /** Where the coordinates come from: `geonames:<id>`, `curated:<row key>`, `countries`. */
  source: string;
  /** First-level administrative division name, when known. */
  admin1?: string | null;
  /** The kind of place the text says it is: village, town, township, district (ACLED's admin2),
   * admin1, camp, neighbourhood, ward — from the word after the name; null when none. */
  feature?: string | null;
  /** A relation the text puts before the name ("south of", "near", "western"): the place is
   * around the named one, whose coordinates these are. */
  relation?: string | null;
}

export type ActorKind =
  | 'armed-group'
  | 'state-forces'
  | 'coalition'
  | 'government'
  | 'international'
  | 'ngo'
  | 'media'
  | 'person'
  | 'civilians'
  | 'group';

/** `actor` (stage: actors). */
export interface ActorValue {
  /** Canonical name ("Islamic State" for "Daesh"). */
  name: string;
  kind: ActorKind;
  /** Key of the canonical actor row in the lexicon, or null for unknown proper-noun groups. */
  key: string | null;
  /** Country the actor belongs to (ISO alpha-2), when known. */
  country?: string | null;
  /** For `person`: the canonical actor the person speaks for, when a title says so. For a
   * lexicon actor that is part of another ("the Pentagon" → US military → coalition): the
   * canonical name of the actor it is part of. */
  affiliation?: string | null;
  /** Key of the belligerent side the actor acts or speaks for, following `partOf` in the lexicon
   * to the top: "the Pentagon", "the US" and "coalition forces" all give `coalition`. */
  side?: string | null;
  /** True when a member noun follows the name ("IS fighters", "Hamas militants"): the span keeps
   * the group's name, the people meant are its members. */
  members?: boolean;
  /** ACLED's actor name, when the lexicon has one ("Military Forces of Myanmar (2021-)"). */
  acled?: string | null;
  /** For `person`: the title as written before the name ("Lt. Gen.", "spokesman"). */
  title?: string | null;
  /** How the actor was recognised: a lexicon alias, a title, a given name, a surname seen
   * earlier in the report, or a proper-noun group pattern ("the X Brigade"), or a country acting ("Iraq said"). */
  via?: 'lexicon' | 'title' | 'name' | 'surname' | 'group' | 'country';
  /** Offset of "the" right before a group's name ("the coalition"): span ends exclude it, as
   * speakers are named without it; datasets that mark noun phrases (re3d) include it. */
  determinerStart?: number;
  /** For a person named with a title ("Lt. Gen. Stephen Townsend"): the offset where the name
   * proper begins ("Stephen Townsend"); the span covers title and name. */
  nameStart?: number;
}

export type CasualtyKind = 'killed' | 'injured' | 'displaced' | 'detained' | 'missing';
export type CasualtyGroup = 'civilians' | 'combatants' | 'unknown';

/** A range of people. `max` null means open-ended ("at least 11"). */
export interface Range {
  min: number;
  max: number | null;
  conservative: number;
}

/** `casualty` (stage: casualties). The span covers the number phrase and its noun. */
export interface CasualtyValue extends Range {
  sentence: number;
  kind: CasualtyKind;
  group: CasualtyGroup;
  /** True when the figure is written as a number ("11", "eleven"); false when read from a
   * vague word ("dozens", "scores", "a family of five" is stated). */
  stated: boolean;
  /** True when the figure is hedged ("thought to have killed", "probably", "reportedly"). */
  hedged: boolean;
  /** Index (among the report's casualty spans, in offset order) of the figure this one is part
   * of: "injuring nine villagers, including three children" → the 3 are a subset of the 9, so
   * counting both would count the children twice. */
  subsetOf?: number;
  /** True for a tally of figures stated elsewhere ("the death toll rose to 40"): it replaces
   * rather than adds to other figures of the same kind. */
  aggregate?: boolean;
  /** Index of a later figure that revises this one ("initially 6 … later 11"): the later stands. */
  supersededBy?: number;
  /** Index of the earlier figure this one revises; its range then spans both figures. */
  revises?: number;
  /** The words that gave the kind ("killed", "fatalities", "death toll"). */
  cue?: string;
  /** Another source's reading of the figure before it in the sentence (same kind and group):
   * "A reported four killed, while B reported five killed" → 4–5, not 9. */
  alternative?: boolean;
  /** Only the upper end was stated ("up to 20"): the minimum is a placeholder that other
   * figures of the event may raise. */
  upTo?: boolean;
  /** One person counted by an article, a pronoun or a name ("a woman", "he", "Ali Hassan"),
   * not a number phrase: such a figure is one victim, never a report's total. */
  individual?: boolean;
  /** Told as a claim no other source bears out ("…, but this has not been corroborated",
   * "making it possible that …"): it may raise the top of the event's range, never its minimum. */
  doubted?: boolean;
  /** People beyond those already counted ("a man had also been killed", "other deaths", "a fifth
   * child"), not another count of them. */
  additional?: boolean;
}

export type ClaimStance = 'statement' | 'allegation' | 'acknowledgment' | 'denial';

export interface ClaimSource extends TextRange {
  /** The speaker's name: the canonical actor name when known, else the source text. For a
   * pronoun, the name of the speaker it was resolved to. */
  name: string;
  kind: ActorKind | 'unknown';
  anonymous: boolean;
  /** For a pronoun source: the pronoun's text ("He"); the span is the pronoun's. */
  resolvedFrom: string | null;
  /** The canonical actor a person speaks for, when the source names it but is headed by a
   * person noun ("another Defense Department official" → the US military). */
  affiliation?: string | null;
  /** True when the report names no source ("reportedly", "are believed to", "It was reported
   * that …", "appears to"): the range is empty, at the cue, and `name` is "(unstated)". */
  unstated?: boolean;
}

/** `claim` (stage: attribution). The span covers source, cue and content together. */
export interface ClaimValue {
  sentence: number;
  source: ClaimSource;
  cue: TextRange;
  content: TextRange;
  stance: ClaimStance;
}

/** `unattributed` (stage: attribution): a reporting verb with no speaker. */
export interface UnattributedValue {
  sentence: number;
  reason: string;
}

/** The 25 ACLED sub-event types, plus two of ours. */
export type EventType =
  | 'Armed clash'
  | 'Government regains territory'
  | 'Non-state actor overtakes territory'
  | 'Chemical weapon'
  | 'Air/drone strike'
  | 'Suicide bomb'
  | 'Shelling/artillery/missile attack'
  | 'Remote explosive/landmine/IED'
  | 'Grenade'
  | 'Sexual violence'
  | 'Attack'
  | 'Abduction/forced disappearance'
  | 'Peaceful protest'
  | 'Protest with intervention'
  | 'Excessive force against protesters'
  | 'Violent demonstration'
  | 'Mob violence'
  | 'Agreement'
  | 'Arrests'
  | 'Change to group/activity'
  | 'Disrupted weapons use'
  | 'Headquarters or base established'
  | 'Looting/property destruction'
  | 'Non-violent transfer of territory'
  | 'Other'
  | 'Displacement';

export interface HarmRanges {
  killed: Range;
  injured: Range;
}

/** `event` (stage: events). The span covers the sentence(s) that describe it. */
export interface EventValue {
  type: EventType;
  /** Indices of sentences describing the event. */
  sentences: number[];
  date: { from: IsoDate; to: IsoDate } | null;
  /** Index into the report's place spans (in analysis order), or null. */
  place: number | null;
  perpetrator: string | null;
  target: string | null;
  /** Indices into the report's casualty spans. */
  casualties: number[];
  /** Indices into the report's claim spans. */
  claims: number[];
  civilians: HarmRanges;
  combatants: HarmRanges;
  total: HarmRanges;
}

/**
 * `mention` (stage: mentions): an actor or a place referred to by something other than its name:
 * a personal pronoun ("he", "we"), a common-noun phrase ("the militants", "a spokesman",
 * "government troops"), a site noun ("the hospital", "ISIL-held buildings"), a named region
 * with no single point ("the Middle East") or a known person inside a group's name ("the Assad
 * regime"). Names stay `actor` and `place` spans; other mentions never overlap them.
 */
export interface MentionValue {
  /** What is mentioned: an actor (person or group) or a place (a site, without coordinates). */
  of: 'actor' | 'place';
  /** The actor's kind as the mention tells it ("the regime" → government); for places, `site`
   * ("the hospital") or `region` (a named region with no single point: "the Middle East"). */
  kind: ActorKind | 'site' | 'region';
  via: 'pronoun' | 'nominal' | 'members' | 'site' | 'region' | 'inner';
  /** The head word, lower-cased ("militants", "hospital", "he"). */
  head: string;
  /** The canonical name of the actor or place named earlier that the mention refers back to,
   * when one was found ("he" → "Stephen Townsend"); null when none fits. */
  antecedent: string | null;
}

/** What a weapon is, coarsely: how it is delivered. */
export type WeaponCategory = 'air' | 'artillery' | 'explosive' | 'small-arms' | 'chemical' | 'general';

/** `weapon` (stage: weapons). A weapon or munition the text names ("barrel bombs", "a VBIED"). */
export interface WeaponValue {
  /** Canonical name from the weapon table ("improvised explosive device" for "IED"). */
  name: string;
  category: WeaponCategory;
}

/** Map from span label to the type of its value. */
export interface SpanValues {
  sentence: SentenceValue;
  token: TokenValue;
  date: DateValue;
  place: PlaceValue;
  actor: ActorValue;
  casualty: CasualtyValue;
  claim: ClaimValue;
  unattributed: UnattributedValue;
  event: EventValue;
  mention: MentionValue;
  weapon: WeaponValue;
}

export type SpanLabel = keyof SpanValues;

export interface Span<L extends SpanLabel = SpanLabel> extends TextRange {
  label: L;
  value: SpanValues[L];
  /** 0..1: how sure the stage is. */
  confidence: number;
  /** Name of the stage that added the span. */
  stage: string;
}

export interface Report {
  meta: ReportMeta;
  text: string;
  /** All spans, in the order the stages added them. */
  spans: readonly Span[];
  /** Human-readable warnings (non-English text, unresolved dates, …). */
  warnings: readonly string[];
}
