import type { Rng } from './prng.js';
import type { IncidentDraft } from './incident.js';
import type { Recorder } from './recorder.js';
import type { CasualtyGroup, IsoDate, Range } from '../report/types.js';
import type { SourceRow } from './tables/actors.js';
import type { Piece } from './writer.js';
import { writeFigure, victimNouns } from './tables/figures.js';
import { dayMonth, daysBetween, weekdayOf } from './dates.js';

/** Everything the paragraph writers share for one report. */
export interface Scene {
  rng: Rng;
  draft: IncidentDraft;
  rec: Recorder;
  published: IsoDate;
  /** Whether the report names the perpetrator at all. */
  named: boolean;
  /** Whether the lead names the perpetrator ("an air strike by the coalition"); when it does
   * not, a later sentence blames it. */
  perpInLead: boolean;
  /** The perpetrator's alias as this report writes it. */
  alias: string;
  source: SourceRow;
  target: string;
  /** The lead's figure: words, noun and group (the noun is null for "a family of five"). */
  lead: LeadFigure;
}

/** The lead's figure: words, what they mean, the noun (null for "a family of five"), group. */
export interface LeadFigure {
  words: string;
  range: Range;
  stated: boolean;
  noun: string | null;
  group: CasualtyGroup;
}

/**
 * The lead figure: a form that fits the true number, with a noun that fits the form.
 *
 * @example
 * leadFigure(mulberry32(1), 11); // e.g. { words: 'at least 10', noun: 'civilians', group: 'civilians', … }
 */
export function leadFigure(rng: Rng, n: number): LeadFigure {
  const f = writeFigure(rng, n);
  if (!f.noun) return { ...f, noun: null, group: 'civilians' };
  // "members of one family" only for a family-sized number.
  const fitting = victimNouns.filter(([noun]) => noun !== 'members of one family' || (f.range.max !== null && f.range.max <= 12));
  const [noun, group] = rng.pick(fitting);
  return { ...f, noun, group };
}

/**
 * The incident's place as the text names it, with city and district marked.
 *
 * @example
 * placePieces(scene); // e.g. ['the ', <al-Jadida>, ' neighbourhood of ', <Mosul>]
 */
export function placePieces(s: Scene): Piece[] {
  const { city, truth } = s.draft;
  const d = truth.place.district;
  if (!d) return [s.rec.place(city.name)];
  switch (city.districtNoun) {
    case 'village': return [s.rec.place(d), ' village near ', s.rec.place(city.name), ` in ${city.region}`];
    case 'camp': return ['the ', s.rec.place(d)];
    default:
      return s.rng.chance(0.5)
        ? ['the ', s.rec.place(d), ` ${city.districtNoun} of `, s.rec.place(city.name)]
        : [s.rec.place(city.name), "'s ", s.rec.place(d), ` ${city.districtNoun}`];
  }
}

/**
 * The incident's day, relative ("on Thursday") or absolute ("on 30 March"), marked.
 *
 * @example
 * datePieces(scene); // e.g. ['on ', <Thursday>, '']
 */
export function datePieces(s: Scene): Piece[] {
  const date = s.draft.truth.date;
  const back = daysBetween(date, s.published);
  const d = { from: date, to: date, precision: 'day' as const, about: 'main' as const };
  const form = s.rng.weighted<'weekday' | 'yesterday' | 'absolute'>([['weekday', 5], ['yesterday', back === 1 ? 1 : 0], ['absolute', 2]]);
  if (form === 'yesterday') return [s.rec.date('yesterday', { ...d, stated: false })];
  if (form === 'weekday') {
    // "on Thursday", "early on Thursday", "on Thursday night": the weekday is the date.
    const [before, after] = s.rng.weighted<readonly [string, string]>([[['on ', ''], 4], [['early on ', ''], 1], [['on ', ' night'], 1]]);
    return [before, s.rec.date(weekdayOf(date), { ...d, stated: false }), after];
  }
  const { day, month } = dayMonth(date);
  return ['on ', s.rec.date(`${day} ${month}`, { ...d, stated: true })];
}
