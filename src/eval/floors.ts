import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';
import type { EvalReport } from './runner.js';

/** `eval/floors.json`: the least value each measure may take; CI fails below it. */
export interface FloorsFile {
  about: string;
  /** Commit and date of the evaluation the floors were last raised from. */
  raisedFrom: { commit: string | null; date: string } | null;
  floors: Record<string, number>;
}

export const floorsPath = (): string => join(repoRoot(), 'eval', 'floors.json');

/** Read the committed floors. */
export function readFloors(path: string = floorsPath()): FloorsFile {
  return JSON.parse(readFileSync(path, 'utf8')) as FloorsFile;
}

/** Every measure of a report by key. */
export function measuresByKey(report: Pick<EvalReport, 'sets'>): Map<string, number> {
  return new Map(report.sets.flatMap((s) => s.measures.map((m) => [m.key, m.value] as const)));
}

/** A floor the evaluation did not reach, or a floor whose measure no longer exists. */
export interface FloorBreach {
  key: string;
  floor: number;
  value: number | null;
}

/**
 * The floors a report breaks: value below floor, or the measure missing (a renamed measure
 * must not silently drop its floor). Only floors of sets present in the report are checked.
 *
 * @example
 * checkFloors({ 'acled.date.exact': 0.9 }, report); // [] when the date rate is ≥ 0.9
 */
export function checkFloors(floors: Record<string, number>, report: Pick<EvalReport, 'sets'>): FloorBreach[] {
  const values = measuresByKey(report);
  const sets = new Set(report.sets.map((s) => s.set));
  return Object.entries(floors)
    .filter(([key]) => sets.has(key.split('.')[0] as EvalReport['sets'][number]['set']))
    .flatMap(([key, floor]) => {
      const value = values.get(key) ?? null;
      return value === null || value < floor ? [{ key, floor, value }] : [];
    });
}

/**
 * Measures kept without a floor, with the reason: re3d Quantity exact — our casualty spans cover
 * the number and its noun ("three children") by the analysis contract, re3d's the number alone,
 * so exact matches are chance (its overlap F1 keeps a floor).
 */
const UNFLOORED: ReadonlySet<string> = new Set(['re3d.Quantity.exact.f1']);

/**
 * Whether a measure gets a floor: every rate and F1, but not precision or recall alone (trading
 * one for the other at a better F1 is an improvement, not a regression), nor {@link UNFLOORED}.
 */
export const hasFloor = (key: string): boolean => !/\.(precision|recall)$/.test(key) && !UNFLOORED.has(key);

/**
 * Floors raised to the figures a report reached, rounded down to the percentage point; a floor
 * never goes down, and new measures get their first floor.
 *
 * @example
 * raiseFloors({ a: 0.5 }, report); // { a: 0.61 } when the report measured a = 0.6172
 */
export function raiseFloors(floors: Record<string, number>, report: Pick<EvalReport, 'sets'>): Record<string, number> {
  const out: Record<string, number> = { ...floors };
  for (const [key, value] of measuresByKey(report)) {
    if (!hasFloor(key)) continue;
    const reached = Math.floor(value * 100 + 1e-9) / 100;
    out[key] = Math.max(out[key] ?? 0, reached);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Raise the committed floors from a full evaluation (all sets, no limit) and write them back.
 *
 * @example
 * writeRaisedFloors(runEval({ dataDir }));
 */
export function writeRaisedFloors(report: EvalReport, path: string = floorsPath()): FloorsFile {
  if (report.limit !== null || report.skip || report.polnearSplit) throw new Error('floors are raised only from a full evaluation (no --limit, --skip or --polnear-split train)');
  const current = readFloors(path);
  const next: FloorsFile = { ...current, raisedFrom: { commit: report.commit, date: report.date }, floors: raiseFloors(current.floors, report) };
  writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`);
  return next;
}
