/**
 * Belligerent sides of actor names, for incident resolution and grading: "the Pentagon", "the US
 * military" and "CJTF-OIR" all act for the US-led coalition's side.
 */
import { NAMELESS_SIDES } from '../lexicon/incident-match.js';
import { findActor, sideOf } from '../lexicon/actors.js';

/**
 * The key of the belligerent side a speaker or actor name acts for ("Pentagon" → `coalition`),
 * or null when the name is no known actor or names no side in particular ("unidentified gunmen").
 *
 * @example
 * sideKey('the Pentagon'); // 'coalition'
 */
export function sideKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const row = findActor(name) ?? findActor(name.replace(/^the\s+/i, ''));
  const side = row ? sideOf(row).key : null;
  return side && !NAMELESS_SIDES.has(side) ? side : null;
}

