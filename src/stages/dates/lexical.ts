import {
  COUNT_NOUNS, MONTHS, MONTH_NAMES, NUMBER_WORDS, RELATIVE_DATES, YEAR_CUES, type RelativeRule,
} from '../../lexicon/dates.js';
import type { DateCandidate } from './candidate.js';
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

const BETWEEN_DAYS = new RegExp(`\\b(between )?${ORDINAL} (and|or) ${ORDINAL}(?: of)? (${ANY_MONTH})(?:,? (\\d{4}))?\\b`, 'gi');
const BETWEEN_MONTH_DAYS = new RegExp(`\\b(between )?(${ANY_MONTH}) ${ORDINAL} (and|or) ${ORDINAL}(?:,? (\\d{4}))?\\b`, 'gi');

/**
 * Day ranges chrono-node does not read: "between 7 and 9 October", "between October 7 and 9",
 * and uncertain days, which are read as the interval of both: "on 17 or 18 October 2023".
 * Without "between", "7 and 9 October" names two days, not a range, and is left to chrono.
 *
 * @example
 * betweenCandidates('Raids between 7 and 9 October 2023 killed 30.');
 */
export function betweenCandidates(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  const push = (m: RegExpMatchArray, monthWord: string, d1: string, d2: string, y: string | undefined) => {
    if (!isCapitalised(monthWord)) return;
    const month = MONTHS[monthWord.toLowerCase().replace(/\.$/, '')];
    const year = y === undefined ? {} : { year: Number(y) };
    const index = m.index ?? 0;
    out.push({
      start: index, end: index + m[0].length, confidence: 0.9, source: 'lexicon',
      expr: { kind: 'calendar', start: { ...year, month, day: Number(d1) }, end: { ...year, month, day: Number(d2) } },
    });
  };
  for (const m of text.matchAll(BETWEEN_DAYS)) {
    if (m[1] || m[3].toLowerCase() === 'or') push(m, m[5], m[2], m[4], m[6]);
  }
  for (const m of text.matchAll(BETWEEN_MONTH_DAYS)) {
    if (m[1] || m[4].toLowerCase() === 'or') push(m, m[2], m[3], m[5], m[6]);
  }
  return out;
}

const YEAR = /(?<![\d,.$£€])\b(1[89]\d\d|20\d\d)\b(?![,.]\d|%)/g;

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
