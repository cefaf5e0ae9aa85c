import type { Analysis } from '../report/analysis.js';
import type { Range } from '../report/types.js';
import type { AnalysisEvent } from './mainEvent.js';

/**
 * Hand-made analysis pieces for the scorers' tests (no pipeline involved, so a scorer's test
 * fails only when the scorer is wrong).
 *
 * @example
 * const e = fakeEvent({ type: 'Grenade', total: harm(2, 0) });
 */
export const range = (min: number, max: number | null = min): Range => ({ min, max, conservative: min });

/** Killed and injured ranges. */
export const harm = (killed: number, injured = 0) => ({ killed: range(killed), injured: range(injured) });

/** An event with nothing in it but what the test sets. */
export function fakeEvent(over: Partial<AnalysisEvent> = {}): AnalysisEvent {
  return {
    type: 'Other', sentences: [0], date: null, place: null, perpetrator: null, target: null, casualties: [], claims: [],
    civilians: harm(0), combatants: harm(0), total: harm(0), ...over,
  };
}

/** A place of the analysis contract. */
export function fakePlace(over: Partial<Analysis['places'][number]> = {}): Analysis['places'][number] {
  return { text: 'X', start: 0, end: 1, name: 'X', country: 'MM', lat: 0, lon: 0, precision: 'city', source: 'test', admin1: null, ...over };
}

/** A whole analysis with empty lists, and the text and lists the test gives. */
export function fakeAnalysis(over: Partial<Analysis> = {}): Analysis {
  return {
    format: 'civwatch.analysis/1',
    report: { id: 't', title: null, byline: null, outlet: null, url: null, published: null, language: 'eng', text: '' },
    sentences: [], claims: [], unattributed: [], dates: [], places: [], actors: [], casualties: [], events: [], warnings: [],
    ...over,
  };
}
