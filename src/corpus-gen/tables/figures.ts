import type { CasualtyGroup, Range } from '../../report/types.js';
import type { Rng } from '../prng.js';

/**
 * How a report writes a number of people, given the true number. Each form says what range the
 * words mean, by the conventions in `../shared/docs/DOMAIN.md` (ACLED's conservative figure:
 * "dozens" 12, "scores" 20, "several" 3) as the project writes them down in
 * `src/lexicon/quantities.ts`, so that the truth and the casualties stage share one convention.
 * `stated` is false for vague words.
 */
export interface FigureForm {
  /** Whether the form can describe `n` people. */
  fits(n: number): boolean;
  /** The words ("at least 11") and what they mean; `noun` false when the form names its own
   * people ("a family of five", "a woman and her four children"). */
  write(n: number, rng: Rng): { words: string; range: Range; stated: boolean; noun: boolean };
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "three" for small numbers, "14" otherwise (news style). */
export function numberWords(n: number): string {
  return n < 10 ? SMALL[n] : String(n);
}

const exact = (n: number) => ({ min: n, max: n, conservative: n });
const open = (n: number) => ({ min: n, max: null, conservative: n });

export const figureForms: readonly (readonly [FigureForm, number])[] = [
  // "Eleven civilians were killed." / "14 people were killed."
  [{ fits: (n) => n >= 2, write: (n) => ({ words: numberWords(n), range: exact(n), stated: true, noun: true }) }, 4],
  // "At least 11 civilians were killed."
  [{ fits: (n) => n >= 3, write: (n, rng) => { const k = Math.max(2, n - rng.int(0, 3)); return { words: `at least ${numberWords(k)}`, range: open(k), stated: true, noun: true }; } }, 4],
  // "More than 20 people were killed."
  // (min N+1, conservative N: ACLED codes "over 28" as 28, as src/lexicon/quantities.ts does)
  [{ fits: (n) => n >= 12, write: (n) => { const k = Math.floor((n - 1) / 5) * 5; return { words: `more than ${k}`, range: { min: k + 1, max: null, conservative: k }, stated: true, noun: true }; } }, 2],
  // "Between 6 and 11 civilians were killed."
  [{ fits: (n) => n >= 4, write: (n, rng) => { const lo = Math.max(2, n - rng.int(1, 4)); const hi = n + rng.int(0, 4); return { words: `between ${lo} and ${hi}`, range: { min: lo, max: hi, conservative: lo }, stated: true, noun: true }; } }, 2],
  // "Dozens of civilians were killed." (ACLED codes dozens as 12)
  [{ fits: (n) => n >= 24, write: () => ({ words: 'dozens of', range: open(12), stated: false, noun: true }) }, 2],
  // "Scores of people were killed." (a score is 20)
  [{ fits: (n) => n >= 40, write: () => ({ words: 'scores of', range: open(20), stated: false, noun: true }) }, 1],
  // "A dozen civilians were killed." (a number written as words: stated)
  [{ fits: (n) => n >= 11 && n <= 13, write: () => ({ words: 'a dozen', range: exact(12), stated: true, noun: true }) }, 1],
  // "Several civilians were killed." (ACLED codes several as 3)
  [{ fits: (n) => n >= 3 && n <= 8, write: () => ({ words: 'several', range: open(3), stated: false, noun: true }) }, 1],
  // "A family of five were killed."
  [{ fits: (n) => n >= 3 && n <= 9, write: (n) => ({ words: `a family of ${SMALL[n]}`, range: exact(n), stated: true, noun: false }) }, 2],
  // "A woman and her four children were killed."
  [{ fits: (n) => n >= 3 && n <= 7, write: (n, rng) => ({ words: `${rng.pick(['a woman and her', 'a man and his'])} ${SMALL[n - 1]} children`, range: exact(n), stated: true, noun: false }) }, 1],
];

/** Nouns for harmed people, with the group a careful reader assigns them. */
export const victimNouns: readonly (readonly [string, CasualtyGroup])[] = [
  // "at least 11 civilians"
  ['civilians', 'civilians'],
  // "14 people" — status unknown
  ['people', 'unknown'],
  // "several residents"
  ['residents', 'civilians'],
  // "nine members of one family"
  ['members of one family', 'civilians'],
];

/**
 * Write `n` people with one of the forms that fits, weighted.
 *
 * @example
 * writeFigure(mulberry32(1), 11); // e.g. { words: 'at least 10', range: { min: 10, max: null, conservative: 10 }, … }
 */
export function writeFigure(rng: Rng, n: number): ReturnType<FigureForm['write']> {
  const forms = figureForms.filter(([f]) => f.fits(n));
  return rng.weighted(forms).write(n, rng);
}
