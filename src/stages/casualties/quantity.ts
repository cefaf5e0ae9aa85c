import {
  IDENTIFIER_PREFIXES, NON_COUNT_SUFFIXES, NUMBER_WORDS, QUANTITY_MODIFIERS, RANGE_JOINERS, SCALE_WORDS,
  VAGUE_BLOCKERS, VAGUE_QUANTITIES, type ModifierEffect,
} from '../../lexicon/quantities.js';
import { KIND_CUES } from '../../lexicon/casualty-terms.js';
import { matchEndQuoted, matchesAt, type Tok } from './tokens.js';

/** A number phrase read from tokens `[start, end)`, as a range of people. */
export interface Quantity {
  start: number;
  end: number;
  min: number;
  max: number | null;
  conservative: number;
  /** Written as a number (digits, number words, "a dozen"), not a vague word. */
  stated: boolean;
  /** Only the top was stated ("up to 20"): `min` is a placeholder. */
  upTo?: boolean;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/;
const DIGIT_RANGE = /^(\d+)[-–](\d+)$/;
const ACRONYM = /^[A-Z][A-Z0-9-]+$/;
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Every word a number phrase may start with; anything else (but a digit) is rejected at once. */
const STARTS: ReadonlySet<string> = new Set([
  ...Object.keys(NUMBER_WORDS), 'a', 'an',
  ...QUANTITY_MODIFIERS.map((m) => m.words[0]),
  ...VAGUE_QUANTITIES.map((v) => v.words[0]),
]);

/** An exact number or a written range ("9-10"), before modifiers apply. */
interface Core { start: number; end: number; min: number; max: number | null; conservative: number; stated: boolean; exact: boolean }

function readDigits(toks: readonly Tok[], i: number): Core | null {
  const t = toks[i].norm;
  const range = DIGIT_RANGE.exec(t);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    if (b <= a) return null;
    return { start: i, end: i + 1, min: a, max: b, conservative: a, stated: true, exact: false };
  }
  if (!DIGITS.test(t)) return null;
  let value = Number(t.replace(/,/g, ''));
  let end = i + 1;
  const scale = toks[end] && SCALE_WORDS[toks[end].norm];
  if (scale) { value *= scale; end++; }
  if (!Number.isInteger(value)) return null;
  return { start: i, end, min: value, max: value, conservative: value, stated: true, exact: true };
}

/** "eleven", "twenty-three", "a hundred", "two hundred and fifty", "3 million" (scale words). */
function readWords(toks: readonly Tok[], i: number): Core | null {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  if ((toks[j]?.norm === 'a' || toks[j]?.norm === 'an') && toks[j + 1] && SCALE_WORDS[toks[j + 1].norm]) {
    current = 1;
    j++;
  }
  for (; j < toks.length; j++) {
    const w = toks[j].norm;
    const n = NUMBER_WORDS[w];
    if (n !== undefined) {
      if (any && current % 100 !== 0 && current % 10 === 0 && n < 10) current += n; // "twenty three"
      else if (any && current % 100 === 0 && current > 0 && n < 100) current += n; // "two hundred fifty"
      else if (!any || current === 0) current += n;
      else break;
      any = true;
      continue;
    }
    const scale = SCALE_WORDS[w];
    if (scale && (any || current === 1)) {
      if (scale === 100) current = (current || 1) * 100;
      else { total += (current || 1) * scale; current = 0; }
      any = true;
      continue;
    }
    const next = toks[j + 1]?.norm;
    if ((w === '-' || w === 'and') && any && next !== undefined && NUMBER_WORDS[next] !== undefined) {
      if (w === '-' && !(current % 10 === 0 && NUMBER_WORDS[next] < 10)) break;
      if (w === 'and' && current % 100 !== 0) break;
      continue;
    }
    break;
  }
  if (!any) return null;
  const value = total + current;
  return { start: i, end: j, min: value, max: value, conservative: value, stated: true, exact: true };
}

/** Nouns that name a harm themselves ("deaths", "injuries", "martyrs"). */
const HARM_NOUN_WORDS: ReadonlySet<string> = new Set(KIND_CUES.filter((c) => c.role === 'noun' && c.words.length === 1).map((c) => c.words[0]));

function readVague(toks: readonly Tok[], i: number): Core | null {
  for (const row of VAGUE_QUANTITIES) {
    // A source quoted in part: "claimed that “a number” of people had been killed".
    const end = row.words.length > 1 ? matchEndQuoted(toks, i, row.words) : matchesAt(toks, i, row.words) ? i + 1 : -1;
    if (end < 0) continue;
    if ((row.words[0] === 'many' || row.words[0] === 'some') && i > 0 && VAGUE_BLOCKERS.has(toks[i - 1].norm)) return null;
    if (row.onlyBeforeHarmNoun && !HARM_NOUN_WORDS.has(toks[end]?.norm ?? '')) continue;
    if (row.notAfter && i > 0 && row.notAfter.includes(toks[i - 1].norm)) return null;
    return { start: i, end, min: row.min, max: row.max, conservative: row.conservative, stated: row.stated, exact: false };
  }
  return null;
}

function readCore(toks: readonly Tok[], i: number): Core | null {
  if (i >= toks.length) return null;
  return readDigits(toks, i) ?? readWords(toks, i) ?? readVague(toks, i);
}

/** True when the token before a bare number makes it an identifier or a date: "LIB 289", "March 6". */
function identifierBefore(toks: readonly Tok[], start: number): boolean {
  const prev = toks[start - 1];
  return !!prev && (IDENTIFIER_PREFIXES.has(prev.norm) || ACRONYM.test(prev.text) || MONTHS.has(prev.norm));
}

/** Words joining two ages: "40- or 41-year-old", "eight and ten years old". */
const AGE_JOINERS = new Set(['or', 'and', 'to']);

/** True when the tokens after a number make it an age, a time, a share or a measure. */
function nonCountAfter(toks: readonly Tok[], end: number): boolean {
  let next = toks[end]?.norm;
  if (next === undefined) return false;
  // "40- or 41-year-old": the first of two ages joined by "or" takes the second's unit.
  let k = end;
  if (next === '-' && AGE_JOINERS.has(toks[k + 1]?.norm ?? '')) k++;
  if (AGE_JOINERS.has(toks[k]?.norm ?? '') && k + 1 < toks.length) {
    const other = readCore(toks, k + 1);
    if (other && other.exact && nonCountAfter(toks, other.end)) return true;
  }
  next = toks[end].norm;
  if (NON_COUNT_SUFFIXES.has(next)) return true;
  if (next === '-' && /^(?:years?|months?|weeks?|days?)$/.test(toks[end + 1]?.norm ?? '')) return true; // "12-year-old", "25-day-old"
  return /^(?:years?|months?|days?)-old$/.test(next);
}

function applyModifier(effect: ModifierEffect, c: Core): Pick<Quantity, 'min' | 'max' | 'conservative'> {
  const n = c.min;
  switch (effect) {
    case 'atLeast': return { min: n, max: null, conservative: n };
    case 'moreThan': return { min: n + 1, max: null, conservative: n };
    case 'upTo': return { min: Math.min(1, n), max: c.max ?? n, conservative: c.max ?? n };
    case 'approx': {
      if (!c.exact) return { min: c.min, max: c.max, conservative: c.conservative };
      return { min: n - Math.floor(n / 10), max: n + Math.ceil(n / 10), conservative: n };
    }
    case 'nearly': {
      // The top is the number stated: "close to 50" is recorded as up to 50.
      const min = n - Math.ceil(n / 10);
      return { min, max: n, conservative: min };
    }
    case 'lessThan': {
      const min = n > 1 ? 1 : 0;
      return { min, max: Math.max(0, n - 1), conservative: min };
    }
    case 'between': return { min: c.min, max: c.max, conservative: c.conservative };
  }
}

/**
 * Read a number phrase of people starting at token `i`: digits, number words, vague words, with
 * the modifiers of `lexicon/quantities.ts`. Null when there is none, or when the number is an
 * age, a time, a share, a measure or an identifier ("LIB 289").
 *
 * @example
 * readQuantity(toks('at least 11 civilians'), 0); // { start: 0, end: 3, min: 11, max: null, conservative: 11, stated: true }
 */
export function readQuantity(toks: readonly Tok[], i: number): Quantity | null {
  const first = toks[i]?.norm;
  if (first === undefined || !(STARTS.has(first) || (first.charCodeAt(0) >= 48 && first.charCodeAt(0) <= 57))) return null;
  for (const mod of QUANTITY_MODIFIERS) {
    // A modifier quoted apart from its number ("“more than” 20") still bounds it.
    const j = matchEndQuoted(toks, i, mod.words);
    if (j < 0) continue;
    const core = readCore(toks, j);
    if (!core) continue;
    if (mod.effect === 'between') {
      // "between 6 and 11", also written "between 12 to 19".
      if (!['and', 'to', '-', '–'].includes(toks[core.end]?.norm ?? '')) continue;
      const upper = readCore(toks, core.end + 1);
      if (!upper || upper.min <= core.min) continue;
      if (nonCountAfter(toks, upper.end)) return null;
      return { start: i, end: upper.end, min: core.min, max: upper.max, conservative: core.conservative, stated: core.stated };
    }
    const top = mod.effect === 'atLeast' ? upperBound(toks, i, core) : null;
    if (top) return top;
    const joined = joinRange(toks, core);
    if (nonCountAfter(toks, joined.end)) return null;
    const r = joined === core ? applyModifier(mod.effect, core) : applyModifier(mod.effect === 'approx' ? 'between' : mod.effect, joined);
    return { start: i, end: joined.end, ...r, stated: core.stated, ...(mod.effect === 'upTo' ? { upTo: true } : {}) };
  }
  const core = readCore(toks, i);
  if (!core) return null;
  const joined = joinRange(toks, core);
  if (identifierBefore(toks, core.start) || nonCountAfter(toks, joined.end)) return null;
  return { start: i, end: joined.end, min: joined.min, max: joined.max, conservative: joined.conservative, stated: joined.stated };
}

/**
 * Words between a lower bound and its top: "at least 27 and up to 30", "at least four and as many
 * as six", "at least one but possibly up to 12". Longer bridges first: a shorter one that starts
 * them ("and possibly") must not stop the match.
 */
const TOP_BRIDGES: readonly (readonly string[])[] = [
  ...['but', 'and'].flatMap((c) => ['possibly', 'perhaps', 'maybe'].flatMap((h) => [[c, h, 'up', 'to'], [c, h, 'as', 'many', 'as']])),
  ['and', 'up', 'to'], ['and', 'as', 'many', 'as'], ['but', 'up', 'to'], ['but', 'as', 'many', 'as'], ['and', 'possibly'], ['up', 'to'],
];

/**
 * "at least 27 and up to 30 civilians": a lower bound with its top stated is the range between
 * them (27–30), not an open figure and a second one. Null when no larger top follows.
 */
function upperBound(toks: readonly Tok[], start: number, core: Core): Quantity | null {
  if (!core.exact) return null;
  for (const bridge of TOP_BRIDGES) {
    if (!matchesAt(toks, core.end, bridge)) continue;
    const upper = readCore(toks, core.end + bridge.length);
    if (!upper || !upper.exact || upper.min <= core.min || nonCountAfter(toks, upper.end)) return null;
    return { start, end: upper.end, min: core.min, max: upper.max, conservative: core.min, stated: true };
  }
  return null;
}

/** "9 to 10", "two or three": widen an exact core into a range when a second number follows. */
function joinRange(toks: readonly Tok[], core: Core): Core {
  if (!core.exact) return core;
  const joiner = toks[core.end]?.norm;
  if (joiner === undefined || joiner === 'and' || !RANGE_JOINERS.has(joiner)) return core;
  const upper = readCore(toks, core.end + 1);
  if (!upper || !upper.exact || upper.min <= core.min) return core;
  return { start: core.start, end: upper.end, min: core.min, max: upper.max, conservative: core.conservative, stated: true, exact: false };
}
