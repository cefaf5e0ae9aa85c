import type { HarmRanges, Range } from '../../report/types.js';
import { NUMBER_WORDS } from '../../lexicon/quantities.js';

type Harm = 'killed' | 'injured';

/**
 * A range the monitor says it coded: "the monitor has used the range 12–24 for injuries", "has
 * adopted a minimum fatality estimate of 15", "estimated the upper range of civilian deaths to
 * be six". `min` and/or `max` for the civilians of `kind`.
 */
export interface StatedRange {
  sentence: number;
  kind: Harm;
  min?: number;
  max?: number;
}

/** The number words a coded figure is written with: one to twenty. */
const WORDS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w] >= 1 && NUMBER_WORDS[w] <= 20);
const N = String.raw`(\d+|${WORDS.join('|')})`;
const num = (s: string) => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);

/**
 * A verb by which a monitor says how it coded a figure; without one a sentence states a source's
 * figure ("earlier lower estimates put at 11 by one agency"), not the range coded.
 */
const CODED = /\b(?:has|have|had|was|were|been)\b[^.;]{0,40}?\b(?:adopted|added|assessed|recorded|set|estimated|classified|quantified|used|coded|captured|counted)\b|\b(?:adopted|added|assessed|recorded|estimated|classified|quantified|used|coded)\b[^.;]{0,60}?\b(?:range|minimum|maximum|estimate)/i;

/** Words naming the harm a coded figure counts. */
const HARM_WORDS: readonly [RegExp, Harm][] = [
  [/\b(?:injur\w*|wound\w*)/i, 'injured'],
  [/\b(?:fatalit\w*|deaths?|dead|killed|casualt\w*|death toll)/i, 'killed'],
];

/** The harm named first in `text`, or null. */
function harmIn(text: string): Harm | null {
  let best: { at: number; kind: Harm } | null = null;
  for (const [re, kind] of HARM_WORDS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, kind };
  }
  return best?.kind ?? null;
}

/**
 * The harms a pair of numbers at [start, end) codes: named in its own phrase before it ("civilians
 * killed as 4-5", "the injury range 2-2", "injured and killed as 1-2"), else right after it
 * ("12-24 for injuries", "2-2 in the fatalities range", "in both the fatality and injury range").
 */
function pairHarms(text: string, start: number, end: number): Harm[] {
  const clause = text.slice(Math.max(0, start - 80), start).split(/[,;]/).pop()!;
  const joined = JOINED_HARMS.exec(clause);
  const own = joined && harmIn(joined[1]) && harmIn(joined[2]) ? [harmIn(joined[1])!, harmIn(joined[2])!] : [harmIn(clause.split(/\s+and\s+/).pop()!)];
  if (own[0]) return [...new Set(own.filter((k): k is Harm => k !== null))];
  const after = text.slice(end, end + 40);
  const both = /^\s*(?:\w+\s+){0,2}?in\s+both\s+the\s+(\w+)\s+and\s+(\w+)/i.exec(after);
  const kinds = both ? [harmIn(both[1]), harmIn(both[2])] : [harmIn(after)];
  return [...new Set(kinds.filter((k): k is Harm => k !== null))];
}

const HARM = String.raw`(injur\w*|wound\w*|killed|dead|deaths?|fatalit\w*)`;
/** "injured and killed as 1-2", "the wounded and dead have been recorded as 1-2": both harms. */
const JOINED_HARMS = new RegExp(String.raw`\b${HARM}\s+and\s+(?:the\s+)?${HARM}\b[^,;]{0,40}?\s(?:as|at)\s*$`, 'i');

/** "12-24", "2–2": a range written as two numbers. */
const PAIR = new RegExp(String.raw`\b${N}\s*[-–]\s*${N}\b`, 'gi');
/** "a minimum fatality estimate of 15", "the upper range of civilian deaths to be six". */
const ONE_END = new RegExp(String.raw`\b(minimum|lower|maximum|upper)\b([^.;]{0,60}?)\b(?:of|as|at|to\s+be)\s+${N}\b`, 'gi');

/**
 * The ranges a report's sentences say the monitor coded.
 *
 * @example
 * statedRanges(['The monitor has used the range 12-24 for injuries.']); // [{ sentence: 0, kind: 'injured', min: 12, max: 24 }]
 */
export function statedRanges(sentences: readonly string[]): StatedRange[] {
  const out: StatedRange[] = [];
  sentences.forEach((text, sentence) => {
    if (!CODED.test(text)) return;
    for (const m of text.matchAll(PAIR)) {
      const min = num(m[1]);
      const max = num(m[2]);
      if (!(min <= max)) continue;
      for (const kind of pairHarms(text, m.index!, m.index! + m[0].length)) out.push({ sentence, kind, min, max });
    }
    for (const m of text.matchAll(ONE_END)) {
      // "the minimum and maximum … as 2-2" is a pair, read above.
      if (/^\s*[-–]\s*\d/.test(text.slice(m.index! + m[0].length))) continue;
      const kind = harmIn(m[2]) ?? harmIn(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60));
      if (!kind) continue;
      const n = num(m[3]);
      out.push(/^(?:minimum|lower)$/i.test(m[1]) ? { sentence, kind, min: n } : { sentence, kind, max: n });
    }
  });
  return out;
}

/** A civilian range set to what the monitor says it coded; the other end moves only to keep min ≤ max. */
function coded(r: Range, s: StatedRange): Range {
  let { min, max } = r;
  if (s.min !== undefined) { min = s.min; if (max !== null && max < min) max = min; }
  if (s.max !== undefined) { max = s.max; if (min > max) min = max; }
  return { min, max, conservative: Math.min(Math.max(r.conservative, min), max ?? Infinity) };
}

/** `total` raised so that it holds `part` (everyone counts at least the civilians). */
function holding(total: Range, part: Range): Range {
  const max = total.max === null || part.max === null ? null : Math.max(total.max, part.max);
  return { min: Math.max(total.min, part.min), max, conservative: Math.max(total.conservative, part.conservative) };
}

/**
 * An event's ranges with the coded ranges its sentences state applied to the civilians (in
 * reading order: a later statement stands); the total is raised to hold them.
 */
export function withStatedRanges<T extends { civilians: HarmRanges; total: HarmRanges }>(r: T, stated: readonly StatedRange[]): T {
  if (!stated.length) return r;
  const civilians = { ...r.civilians };
  const total = { ...r.total };
  for (const s of stated) {
    civilians[s.kind] = coded(civilians[s.kind], s);
    total[s.kind] = holding(total[s.kind], civilians[s.kind]);
  }
  return { ...r, civilians, total };
}
