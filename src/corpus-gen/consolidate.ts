import type { Range } from '../report/types.js';
import type { EventTruth, FigureTruth } from './truth.js';

/**
 * Two sources' figures for the same people: lowest minimum to highest maximum (IBC).
 *
 * @example
 * mergeRanges({ min: 6, max: 6, conservative: 6 }, { min: 8, max: 11, conservative: 8 }); // { min: 6, max: 11, conservative: 6 }
 */
export function mergeRanges(a: Range | null, b: Range | null): Range | null {
  if (!a || !b) return a ?? b;
  return {
    min: Math.min(a.min, b.min),
    max: a.max === null || b.max === null ? null : Math.max(a.max, b.max),
    conservative: Math.min(a.conservative, b.conservative),
  };
}

/**
 * Distinct groups of people add up.
 *
 * @example
 * addRanges({ min: 5, max: 5, conservative: 5 }, { min: 2, max: null, conservative: 2 }); // { min: 7, max: null, conservative: 7 }
 */
export function addRanges(a: Range | null, b: Range | null): Range | null {
  if (!a || !b) return a ?? b;
  return {
    min: a.min + b.min,
    max: a.max === null || b.max === null ? null : a.max + b.max,
    conservative: a.conservative + b.conservative,
  };
}

/**
 * The event's ranges from the report's figures about it. The generator never writes the same
 * people under two groups, so figures of one group and kind are the same people (merged) and
 * groups add up.
 *
 * @example
 * consolidate([{ kind: 'killed', group: 'civilians', min: 11, max: null, conservative: 11, … }]).civilians.killed;
 * // { min: 11, max: null, conservative: 11 }
 */
export function consolidate(figures: readonly FigureTruth[]): Pick<EventTruth, 'civilians' | 'combatants' | 'total'> {
  const range = (group: FigureTruth['group'], kind: 'killed' | 'injured'): Range | null =>
    figures.filter((f) => f.about === 'main' && f.group === group && f.kind === kind)
      .reduce<Range | null>((acc, f) => mergeRanges(acc, { min: f.min, max: f.max, conservative: f.conservative }), null);
  const harm = (group: FigureTruth['group']) => ({ killed: range(group, 'killed'), injured: range(group, 'injured') });
  const civilians = harm('civilians');
  const combatants = harm('combatants');
  const unknown = harm('unknown');
  const sum = (kind: 'killed' | 'injured') => addRanges(addRanges(civilians[kind], combatants[kind]), unknown[kind]);
  return { civilians, combatants, total: { killed: sum('killed'), injured: sum('injured') } };
}
