import {
  COUNT_NOUNS, MONTHS, MONTH_NAMES, NUMBER_WORDS, RELATIVE_DATES, YEAR_CUES, type RelativeRule,
} from '../../lexicon/dates.js';
import type { CalendarFields, DateCandidate } from './candidate.js';
import { previousWord, startsSentence } from './text.js';

const NUMBER = `(?<n>\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const MONTH_NAME = `(?<month>${MONTH_NAMES.join('|')})`;
const ANY_MONTH = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';

interface CompiledRow {
  re: RegExp;
  rule: RelativeRule;
}

const ROWS: CompiledRow[] = RELATIVE_DATES.map((row) => ({
  re: new RegExp(`\\b(?:${row.pattern.replace('{N}', NUMBER).replace('{MONTH}', MONTH_NAME)})\\b`, 'gi'),
  rule: row.rule,
}));

const isCapitalised = (s: string) => s[0] === s[0].toUpperCase();

/**
 * Relative expressions from the lexicon ("earlier this month", "the past two weeks",
 * "this January").
 *
 * @example
 * relativeCandidates('Shelling resumed earlier this month.');
 * // [{ start: 17, end: 35, expr: { kind: 'relative', rule: { kind: 'period', … }, amount: 1 }, … }]
 */
export function relativeCandidates(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const { re, rule } of ROWS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const n = m.groups?.n?.toLowerCase();
      const amount = n === undefined ? 1 : NUMBER_WORDS[n] ?? Number(n);
      // "Palestine Today", "USA Today": a capitalised relative word inside a sentence is a name.
      if (/^[A-Z]/.test(m[0]) && !startsSentence(text, m.index)) continue;
      const monthWord = m.groups?.month;
      if (monthWord !== undefined && !isCapitalised(monthWord)) continue; // "this march"
      const month = monthWord === undefined ? undefined : MONTHS[monthWord.toLowerCase()];
      out.push({
        start: m.index, end: m.index + m[0].length, confidence: 0.85, source: 'lexicon',
        expr: { kind: 'relative', rule, amount, ...(month === undefined ? {} : { month }) },
      });
    }
  }
  return out;
}

const BETWEEN_DAYS = new RegExp(`\\b(between )?${ORDINAL} (and|or) ${ORDINAL}(?: of)? (${ANY_MONTH})(?:,? (\\d{4}))?\\b`, 'gid');
const BETWEEN_MONTH_DAYS = new RegExp(`\\b(between )?(${ANY_MONTH}) ${ORDINAL} (and|or) ${ORDINAL}(?:,? (\\d{4}))?\\b`, 'gid');

/**
 * Day pairs chrono-node reads only in part: a range "between 7 and 9 October" (one span), an
 * uncertain day "on 17 or 18 October 2023" (one span: the interval of both), and two days
 * "on 27th and 29th August" (two spans, the first taking the month of the second).
 *
 * @example
 * betweenCandidates('Raids between 7 and 9 October 2023 killed 30.');
 */
export function betweenCandidates(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  const add = (start: number, end: number, first: CalendarFields, last?: CalendarFields) => out.push({
    start, end, confidence: 0.9, source: 'lexicon', expr: { kind: 'calendar', start: first, ...(last ? { end: last } : {}) },
  });
  const pair = (m: RegExpExecArray, g: { between: number; month: number; d1: number; and: number; d2: number; year: number }) => {
    const monthWord = m[g.month];
    if (!isCapitalised(monthWord)) return;
    const month = MONTHS[monthWord.toLowerCase().replace(/\.$/, '')];
    const year = m[g.year] === undefined ? {} : { year: Number(m[g.year]) };
    const first = { ...year, month, day: Number(m[g.d1]) };
    const last = { ...year, month, day: Number(m[g.d2]) };
    const [start, end] = m.indices?.[0] ?? [m.index, m.index + m[0].length];
    if (m[g.between] || m[g.and].toLowerCase() === 'or') return add(start, end, first, last);
    if (previousWord(text, start) !== 'on') return; // "7 and 9 October" needs "on" to be two days
    const [d1Start, d1Digits] = m.indices?.[g.d1] ?? [start, start];
    const d1End = d1Digits + (/^(?:st|nd|rd|th)/i.exec(text.slice(d1Digits, d1Digits + 2))?.[0].length ?? 0);
    const [d2Start] = m.indices?.[g.d2] ?? [end, end];
    if (g.month < g.d1) {
      add(start, d1End, first); // "October 7" | "and 9"
      add(d2Start, end, last);
    } else {
      add(d1Start, d1End, first); // "7" | "and 9 October"
      add(d2Start, end, last);
    }
  };
  for (const m of text.matchAll(BETWEEN_DAYS)) pair(m as RegExpExecArray, { between: 1, d1: 2, and: 3, d2: 4, month: 5, year: 6 });
  for (const m of text.matchAll(BETWEEN_MONTH_DAYS)) pair(m as RegExpExecArray, { between: 1, month: 2, d1: 3, and: 4, d2: 5, year: 6 });
  return out;
}

// Not "2,014", "2014.5", "2014%", "$2014" or "a 2000-strong force".
const YEAR = /(?<![\d,.$£€])\b(1[89]\d\d|20\d\d)\b(?![,.]\d|%|-[a-z])/gi;

/**
 * Bare years ("in 2014", "since 2011", "mid-2016", "2014 and 2015"), but not counts: a year
 * needs a cue word before it and no counted noun after it ("2,014 people", "2014 civilians").
 *
 * @example
 * yearCandidates('IS overran the city in 2014.'); // one candidate for "2014"
 */
export function yearCandidates(text: string, maxYear: number): DateCandidate[] {
  const out: DateCandidate[] = [];
  let lastYearEnd = -100;
  for (const m of text.matchAll(YEAR)) {
    const start = m.index ?? 0;
    const year = Number(m[1]);
    const end = start + 4;
    if (year > maxYear) continue;
    const next = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 20))?.[1]?.toLowerCase();
    if (next !== undefined && COUNT_NOUNS.has(next)) continue;
    const prev = previousWord(text, start);
    const between = text.slice(lastYearEnd, start);
    const listed = start - lastYearEnd < 12 && /^\s*(?:and|or|to|until|-|–)\s*$/.test(between);
    const bracketed = text[start - 1] === '(' && text[end] === ')';
    if (YEAR_CUES.has(prev) || listed || bracketed) {
      out.push({ start, end, confidence: 0.8, source: 'lexicon', expr: { kind: 'calendar', start: { year } } });
      lastYearEnd = end;
    }
  }
  return out;
}
