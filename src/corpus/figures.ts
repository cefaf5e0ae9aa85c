/**
 * An incident's casualty figures: every independent source's own figures kept side by side, and
 * the incident's range over them — lowest reported minimum to highest reported maximum (Iraq Body
 * Count) with the most conservative figure alongside (ACLED), for civilians, combatants and
 * everyone, killed and injured. A source that does not mention a field never pulls it to zero.
 */
import type { HarmRanges, Range } from '../report/types.js';
import type { EventRecord, FigureField, SourceFigures } from './types.js';
import { largerRange } from '../stages/events/ranges.js';

export const GROUPS = ['civilians', 'combatants', 'total'] as const;
export const KINDS = ['killed', 'injured'] as const;
export const FIELDS: readonly FigureField[] = GROUPS.flatMap((g) => KINDS.map((k) => `${g}.${k}` as FigureField));

const zero = (): Range => ({ min: 0, max: 0, conservative: 0 });
const zeros = (): HarmRanges => ({ killed: zero(), injured: zero() });

/** The range of one field of an event or a source's figures. */
export function fieldOf(x: { civilians: HarmRanges; combatants: HarmRanges; total: HarmRanges }, f: FigureField): Range {
  const [g, k] = f.split('.') as [(typeof GROUPS)[number], (typeof KINDS)[number]];
  return x[g][k];
}

/**
 * True when the event or source states this field: listed in `reported` when it has that list,
 * else when its figure is above zero.
 *
 * @example
 * isReported({ ...figures, reported: ['civilians.killed'] }, 'combatants.killed'); // false
 */
export function isReported(x: { civilians: HarmRanges; combatants: HarmRanges; total: HarmRanges; reported?: FigureField[] }, f: FigureField): boolean {
  if (x.reported) return x.reported.includes(f);
  const r = fieldOf(x, f);
  return r.min > 0 || r.max !== 0;
}

/** Later publication first (undated reports count as the earliest), then the larger figure. */
function laterThenLarger(a: { e: EventRecord; r: Range }, b: { e: EventRecord; r: Range }): number {
  const pa = a.e.published ?? '';
  const pb = b.e.published ?? '';
  if (pa !== pb) return pa < pb ? 1 : -1;
  return largerRange(a.r, b.r) === a.r ? -1 : 1;
}

/**
 * The events that count as sources: a stitched page's events add none where other reports of
 * the incident exist (its sentences came from them); alone, they are all there is.
 *
 * @example
 * independentEvents([wire, stitchedPage]); // [wire]
 */
export function independentEvents(events: EventRecord[]): EventRecord[] {
  const own = events.filter((e) => !e.stitched);
  return own.length ? own : events;
}

/**
 * One {@link SourceFigures} per copy group: copies of one wire story are one source, a stitched
 * page none (see {@link independentEvents}). Within a
 * group each field takes the latest report that states it (a later copy may carry the revised
 * toll), the larger figure on the same day.
 *
 * @example
 * sourceFigures([wireCopyA, wireCopyB, localReport]).length; // 2
 */
export function sourceFigures(events: EventRecord[]): SourceFigures[] {
  const groups = new Map<string, EventRecord[]>();
  for (const e of independentEvents(events)) groups.set(e.copyGroup, [...(groups.get(e.copyGroup) ?? []), e]);
  return [...groups.entries()].map(([copyGroup, evs]) => {
    const s: SourceFigures = {
      copyGroup, reports: [...new Set(evs.map((e) => e.report))],
      civilians: zeros(), combatants: zeros(), total: zeros(), reported: [],
    };
    for (const f of FIELDS) {
      const stating = evs.filter((e) => isReported(e, f)).map((e) => ({ e, r: fieldOf(e, f) })).sort(laterThenLarger);
      if (!stating.length) continue;
      const [g, k] = f.split('.') as [(typeof GROUPS)[number], (typeof KINDS)[number]];
      s[g][k] = { ...stating[0].r };
      s.reported!.push(f);
    }
    return s;
  });
}

/** The incident's range for one field over the sources that state it. */
function combine(ranges: Range[]): Range {
  if (!ranges.length) return zero();
  const min = Math.min(...ranges.map((r) => r.min));
  // IBC: the highest figure any source gives; open-ended only when every source is ("at least 20").
  const max = ranges.every((r) => r.max === null) ? null : Math.max(...ranges.map((r) => r.max ?? r.min));
  const conservative = Math.min(...ranges.map((r) => r.conservative));
  return { min, max, conservative };
}

/**
 * The incident's figures over its independent sources: per field, the lowest minimum, the highest
 * maximum and the lowest conservative figure among the sources that state that field. When one
 * source calls the dead civilians and another calls them combatants (each stating only its own
 * group), civilian status is contested and both minimums go to 0 (Airwars).
 *
 * @example
 * incidentFigures([eleven, fourteen]).civilians.killed; // { min: 11, max: 14, conservative: 11 }
 */
export function incidentFigures(sources: SourceFigures[]): { civilians: HarmRanges; combatants: HarmRanges; total: HarmRanges } {
  const out = { civilians: zeros(), combatants: zeros(), total: zeros() };
  for (const g of GROUPS) {
    for (const k of KINDS) {
      const f = `${g}.${k}` as FigureField;
      out[g][k] = combine(sources.filter((s) => isReported(s, f)).map((s) => fieldOf(s, f)));
    }
  }
  for (const k of KINDS) {
    const only = (g: 'civilians' | 'combatants', other: 'civilians' | 'combatants') =>
      sources.some((s) => fieldOf(s, `${g}.${k}`).conservative > 0 && !(isReported(s, `${other}.${k}`) && fieldOf(s, `${other}.${k}`).conservative > 0));
    if (only('civilians', 'combatants') && only('combatants', 'civilians')) {
      out.civilians[k].min = 0;
      out.combatants[k].min = 0;
    }
  }
  return out;
}
