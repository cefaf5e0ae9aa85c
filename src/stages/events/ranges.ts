import type { CasualtyValue, HarmRanges, Range } from '../../report/types.js';

export const ZERO: Range = Object.freeze({ min: 0, max: 0, conservative: 0 });

/** Sum of two ranges; an open-ended side (`max: null`) stays open. */
export function addRanges(a: Range, b: Range): Range {
  return { min: a.min + b.min, max: a.max === null || b.max === null ? null : a.max + b.max, conservative: a.conservative + b.conservative };
}

/** `a` less `b`, never below zero (an open side stays open). */
export function subtractRange(a: Range, b: Range): Range {
  return {
    min: Math.max(0, a.min - (b.max ?? b.min)),
    max: a.max === null ? null : Math.max(0, a.max - b.min),
    conservative: Math.max(0, a.conservative - b.conservative),
  };
}

/** The larger of two ranges by their conservative figure (ties: the wider one). */
export function largerRange(a: Range, b: Range): Range {
  if (a.conservative !== b.conservative) return a.conservative > b.conservative ? a : b;
  const am = a.max ?? Infinity;
  const bm = b.max ?? Infinity;
  return am >= bm ? a : b;
}

/** True when two ranges share at least one value. */
export function rangesOverlap(a: Range, b: Range): boolean {
  return a.min <= (b.max ?? Infinity) && b.min <= (a.max ?? Infinity);
}

interface Mention { sentence: number; value: CasualtyValue }

/**
 * One group's figure for an event: mentions in the same sentence that are distinct noun phrases
 * add up ("two soldiers and five civilians" are two groups anyway; "a man and a woman were
 * killed" are two mentions of one group); across sentences the same people are being mentioned
 * again ("three civilians were killed … the three victims"), so the largest figure stands, and a
 * revision ("initially 14 … later 15") keeps the later, larger figure.
 */
function groupRange(mentions: Mention[]): Range {
  // A tally ("the death toll rose to 40") counts everyone of its kind: it stands over the rest.
  const tallies = mentions.filter((m) => m.value.aggregate);
  if (tallies.length) mentions = tallies;
  const bySentence = new Map<number, Range>();
  for (const m of mentions) {
    const r: Range = { min: m.value.min, max: m.value.max, conservative: m.value.conservative };
    const prev = bySentence.get(m.sentence);
    bySentence.set(m.sentence, prev ? addRanges(prev, r) : r);
  }
  let best: Range | null = null;
  for (const r of bySentence.values()) best = best ? largerRange(best, r) : r;
  return best ?? ZERO;
}

/**
 * Consolidate an event's casualty mentions into civilians / combatants / total ranges for killed
 * and injured. A figure revised later (`supersededBy`: "initially 6 … later 11") gives way to the
 * revision, and a tally (`aggregate`) stands over the single mentions. People of unknown status count as civilians unless shown to be combatants
 * (Airwars' presumption). Mentions marked as a subset of another (`subsetOf`, "including three children")
 * are not added again. `total` counts everyone: an "unknown" figure ("seven people were killed")
 * that is at least the civilians plus combatants is taken to include them.
 *
 * @example
 * consolidate([{ sentence: 0, value: twoSoldiers }, { sentence: 0, value: fiveCivilians }]).total.killed.conservative; // 7
 */
export function consolidate(mentions: Mention[]): { civilians: HarmRanges; combatants: HarmRanges; total: HarmRanges } {
  const pick = (kind: 'killed' | 'injured', group: CasualtyValue['group']) =>
    groupRange(mentions.filter((m) => m.value.kind === kind && m.value.group === group
      && m.value.subsetOf === undefined && m.value.supersededBy === undefined));
  const out = { civilians: {} as HarmRanges, combatants: {} as HarmRanges, total: {} as HarmRanges };
  for (const kind of ['killed', 'injured'] as const) {
    const civ = pick(kind, 'civilians');
    const com = pick(kind, 'combatants');
    const unk = pick(kind, 'unknown');
    const known = addRanges(civ, com);
    // An unknown-group figure at least as large as the known groups is taken to include them;
    // a smaller one is taken to be among them ("three soldiers … two people": 3, not 5).
    const total = unk.conservative >= known.conservative ? largerRange(unk, known) : known;
    out.total[kind] = total;
    out.combatants[kind] = com;
    // Airwars' convention: people are presumed civilians unless a source links them to an armed
    // group, so those of unknown status beyond the combatants count as civilians.
    out.civilians[kind] = total === known ? civ : largerRange(civ, subtractRange(total, com));
  }
  return out;
}
