/**
 * How grades and figures look on the map: one row per grade (Airwars' scale) with its colour
 * from the Okabe–Ito palette, which stays distinguishable with the common colour-vision
 * deficiencies, and the radius scale for civilian deaths.
 */
import type { Grade } from './types.js';

export interface GradeStyle {
  grade: Grade;
  colour: string;
  /** What the grade means, for the legend's tooltip. */
  meaning: string;
}

/** Strongest evidence first; `contested` and `discounted` stand apart from the ladder. */
export const GRADE_STYLES: readonly GradeStyle[] = [
  { grade: 'confirmed', colour: '#0072B2', meaning: 'the blamed belligerent (or its side) acknowledged the harm' }, // blue
  { grade: 'fair', colour: '#009E73', meaning: 'two or more independent sources, one naming the belligerent' }, // bluish green
  { grade: 'weak', colour: '#E69F00', meaning: 'a single independent source' }, // orange
  { grade: 'contested', colour: '#CC79A7', meaning: 'sources blame different sides, or the accused denies' }, // reddish purple
  { grade: 'discounted', colour: '#999999', meaning: 'later reporting shows combatants, or blames another party' }, // grey
];

const BY_GRADE = new Map(GRADE_STYLES.map((g) => [g.grade, g]));

/**
 * The colour of a grade (grey for an unknown one).
 *
 * @example
 * gradeColour('fair'); // '#009E73'
 */
export function gradeColour(grade: string): string {
  return BY_GRADE.get(grade as Grade)?.colour ?? '#999999';
}

/** Radius in pixels of a marker with no deaths and the growth per √death. */
export const RADIUS = { base: 4, perSqrt: 2.2, max: 30 } as const;

/**
 * A marker's radius from civilian deaths: area grows with the number (square-root scale).
 *
 * @example
 * radiusFor(0); // 4
 * radiusFor(25); // 15
 */
export function radiusFor(civKilled: number): number {
  const n = Number.isFinite(civKilled) && civKilled > 0 ? civKilled : 0;
  return Math.min(RADIUS.max, RADIUS.base + RADIUS.perSqrt * Math.sqrt(n));
}

/** The deaths the legend shows sizes for. */
export const LEGEND_SIZES: readonly number[] = [0, 5, 25, 100];
