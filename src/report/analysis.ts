import { spansOf } from './report.js';
import type {
  CasualtyGroup, CasualtyKind, ClaimSource, ClaimStance, DatePrecision, EventType, HarmRanges, IsoDate,
  PlacePrecision, Report, ReportMeta, TextRange, WeaponCategory,
} from './types.js';

/** The `civwatch.analysis/1` contract: field names are fixed, other tools read them. */
export interface Analysis {
  format: 'civwatch.analysis/1';
  report: ReportMeta & { text: string };
  sentences: { index: number; start: number; end: number }[];
  claims: { sentence: number; source: ClaimSource; cue: TextRange; content: TextRange; stance: ClaimStance }[];
  unattributed: { sentence: number; start: number; end: number; text: string; reason: string }[];
  dates: (TextRange & { from: IsoDate | null; to: IsoDate | null; precision: DatePrecision; stated: boolean; anchor: string | null; unresolved?: string })[];
  places: (TextRange & { name: string; country: string; lat: number; lon: number; precision: PlacePrecision; source: string; admin1?: string | null })[];
  actors: (TextRange & { name: string; kind: string; key: string | null; nameStart?: number })[];
  casualties: (TextRange & {
    sentence: number; kind: CasualtyKind; group: CasualtyGroup; min: number; max: number | null;
    conservative: number; stated: boolean; hedged: boolean;
    /** Present when set (see CasualtyValue): a tally, one person counted by name or article. */
    aggregate?: boolean; individual?: boolean;
  })[];
  /** Actors and places mentioned without a name (pronouns, common nouns, sites); added after
   * `civwatch.analysis/1` was first fixed, so older analyses may lack it. */
  mentions?: (TextRange & { of: 'actor' | 'place'; kind: string; via: 'pronoun' | 'nominal' | 'members' | 'site' | 'region' | 'inner'; head: string; antecedent: string | null })[];
  /** Weapons and munitions named in the text; absent from older analyses. */
  weapons?: (TextRange & { name: string; category: WeaponCategory })[];
  events: ({
    type: EventType; sentences: number[]; date: { from: IsoDate; to: IsoDate } | null; place: number | null;
    perpetrator: string | null; target: string | null; casualties: number[]; claims: number[];
    civilians: HarmRanges; combatants: HarmRanges; total: HarmRanges;
  })[];
  warnings: string[];
}

const range = (s: TextRange): TextRange => ({ text: s.text, start: s.start, end: s.end });

/**
 * Flatten a report's spans into the `civwatch.analysis/1` contract. Lists keep offset order; an
 * event's `place`, `casualties` and `claims` index these lists (the events stage builds them
 * with the same ordering, via {@link spansOf}).
 *
 * @example
 * const analysis = toAnalysis(pipeline.run(createReport(text, { published: '2017-04-04' })));
 */
export function toAnalysis(report: Report): Analysis {
  return {
    format: 'civwatch.analysis/1',
    report: { ...report.meta, text: report.text },
    sentences: spansOf(report, 'sentence').map((s) => ({ index: s.value.index, start: s.start, end: s.end })),
    claims: spansOf(report, 'claim').map((s) => ({ ...s.value })),
    unattributed: spansOf(report, 'unattributed').map((s) => ({ sentence: s.value.sentence, ...range(s), reason: s.value.reason })),
    dates: spansOf(report, 'date').map((s) => ({ ...range(s), ...s.value })),
    places: spansOf(report, 'place').map((s) => ({ ...range(s), ...s.value })),
    actors: spansOf(report, 'actor').map((s) => ({ ...range(s), ...s.value })),
    casualties: spansOf(report, 'casualty').map((s) => ({ ...range(s), ...s.value })),
    mentions: spansOf(report, 'mention').map((s) => ({ ...range(s), ...s.value })),
    weapons: spansOf(report, 'weapon').map((s) => ({ ...range(s), ...s.value })),
    events: spansOf(report, 'event').map((s) => ({ ...s.value })),
    warnings: [...report.warnings],
  };
}
