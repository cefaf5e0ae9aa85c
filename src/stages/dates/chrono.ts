import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import {
  AMBIGUOUS_MONTHS, MONTHS, MONTH_CUES, MONTH_NAMES, WEEKDAY_LEADERS, WEEKDAY_NAME_WORDS,
} from '../../lexicon/dates.js';
import type { CalendarFields, DateCandidate } from './candidate.js';
import { previousWord, startsSentence } from './text.js';

/**
 * The chrono-node parsers we keep: calendar forms and weekdays. Relative phrases ("last week",
 * "two years ago") come from our lexicon instead, and times of day are left out, so "at 3 pm"
 * or "for two weeks" never become dates. Chrono's package exports no parser classes, so they
 * are picked from its English configuration by class name; a missing one fails loudly.
 */
const KEEP = [
  'ISOFormatParser', // "2021-01-02T00:00:00Z"
  'ENYearMonthDayParser', // "2021-01-02"
  'SlashDateFormatParser', // "10/03/2021" (day first: see `littleEndian` below)
  'ENMonthNameLittleEndianParser', // "6 March 2017", "On 7th October, 2023", "7-9 October"
  'ENMonthNameMiddleEndianParser', // "March 6, 2017", "October 12th 2023"
  'ENMonthNameParser', // "October 2016", "in March"
  'ENYearMonthNameParser', // "2023 October 7"
  'ENWeekdayParser', // "Thursday", "last Friday", "Monday of last week"
];

/** Refiners for what we do not parse (times, time zones, relative phrases): dropped, they cost
 * time on every report. */
const DROP_REFINERS = [
  'ENEndOfPeriodRefiner', 'ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ENMergeDateTimeRefiner',
  'ENMergeRelativeAfterDateRefiner', 'ENMergeRelativeFollowByDateRefiner', 'ForwardDateRefiner',
];

/** "Monday of last week" → the week before publication's. */
const WEEK_OFFSET: Readonly<Record<string, number>> = { this: 0, last: -1, past: -1, next: 1 };

let instance: chrono.Chrono | null = null;

function parser(): chrono.Chrono {
  if (instance) return instance;
  // littleEndian: "10/03/2021" is 10 March, as in the ACLED and UN copy we read.
  const config = chrono.en.configuration.createCasualConfiguration(true);
  const parsers = config.parsers.filter((p) => KEEP.includes(p.constructor.name));
  if (parsers.length !== KEEP.length) {
    const found = parsers.map((p) => p.constructor.name);
    throw new Error(`chrono-node parsers missing: ${KEEP.filter((k) => !found.includes(k)).join(', ')}`);
  }
  const refiners = config.refiners.filter((r) => !DROP_REFINERS.includes(r.constructor.name));
  instance = new chrono.Chrono({ parsers, refiners });
  return instance;
}

const WORD = /[A-Za-z]+\.?/g;

/** The month word inside a chrono match, with its offset in the match. */
function monthWord(text: string): { word: string; index: number } | null {
  for (const m of text.matchAll(WORD)) {
    const key = m[0].toLowerCase().replace(/\.$/, '');
    if (MONTHS[key] !== undefined) return { word: m[0].replace(/\.$/, ''), index: m.index ?? 0 };
  }
  return null;
}

function fields(c: ParsedResult['start']): CalendarFields {
  const out: CalendarFields = {};
  for (const k of ['year', 'month', 'day'] as const) {
    const v = c.get(k);
    if (c.isCertain(k) && v !== null) out[k] = v;
  }
  return out;
}

/**
 * chrono reads "on October 10, where" as October 2010 (a two-digit year); news writes years in
 * full, so a lone number of 1–31 after a month is its day.
 */
function twoDigitYearAsDay(match: string, f: CalendarFields): void {
  if (f.year === undefined || f.day !== undefined || /\d{3}/.test(match) || /'\d\d\b/.test(match)) return;
  const n = /\b(\d{1,2})\b/.exec(match);
  delete f.year;
  if (n && Number(n[1]) >= 1 && Number(n[1]) <= 31) f.day = Number(n[1]);
}

/** Trim chrono's leading "on", commas and brackets, and trailing punctuation. */
function trim(text: string, start: number, end: number): [number, number] {
  const lead = /^(?:[,(]\s*)?(?:on\s+)?/i.exec(text.slice(start, end))?.[0].length ?? 0;
  let e = end;
  while (e > start + lead && /[\s,)]/.test(text[e - 1])) e--;
  return [start + lead, e];
}

/** Why a calendar match is not a date, or null when it is one. */
function rejectCalendar(text: string, start: number, end: number, f: CalendarFields): string | null {
  const match = text.slice(start, end);
  const month = monthWord(match);
  if (month && month.word[0] !== month.word[0].toUpperCase()) return 'lower-case month word';
  if (!month && f.year === undefined) return 'numeric date without a year';
  if (f.day !== undefined && month && !/\d/.test(match)) {
    // "a second March rally" is no date; "the second of March" is.
    if (!/\bof\b/i.test(match) || !/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) return 'ordinal word, not a day';
  }
  if (f.day === undefined && f.year === undefined && month) {
    const name = month.word.toLowerCase();
    if (!MONTH_NAMES.includes(name)) return 'bare month abbreviation';
    if (/^\s+Day\b/.test(text.slice(end))) return '"May Day"-like name';
    const prev = previousWord(text, start);
    const cued = MONTH_CUES.has(prev);
    if (!cued && (AMBIGUOUS_MONTHS.has(name) || !(prev === 'the' || startsSentence(text, start)))) return 'bare month word without a date cue';
    if (AMBIGUOUS_MONTHS.has(name) && /^\s+[A-Z][a-z]/.test(text.slice(end, end + 4))) return 'month word starting a name ("May Pwe village")';
  }
  return null;
}

const FULL_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/** Why a weekday match is not a date ("Sunday Times", "Good Friday", "he sat"), or null. */
function rejectWeekday(text: string, start: number, end: number): string | null {
  // Abbreviations alone are words or names: "sat", "wed", "Mon State", "Mae Thu village".
  if (!FULL_WEEKDAY.test(text.slice(start, end))) return 'weekday abbreviation or lower-case weekday';
  const before = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, start - 20), start));
  if (before && WEEKDAY_NAME_WORDS.has(before[1].toLowerCase()) && /^[A-Z]/.test(before[1])) return 'part of a holiday name';
  const next = /^\s+([A-Z][a-z]+)/.exec(text.slice(end, end + 30));
  if (next && MONTHS[next[1].toLowerCase()] === undefined) {
    const led = /\b(?:this|last|next|on)\b/i.test(text.slice(start, end)) || WEEKDAY_LEADERS.has(previousWord(text, start));
    if (!led) return 'part of a name such as "Sunday Times"';
  }
  return null;
}

/**
 * Calendar dates and weekdays found by chrono-node, filtered for news false positives.
 *
 * @example
 * chronoCandidates('Shelling resumed on 6 March 2017.', (m) => console.log(m));
 * // [{ start: 20, end: 32, expr: { kind: 'calendar', start: { year: 2017, month: 3, day: 6 } }, … }]
 */
export function chronoCandidates(text: string, trace: (m: string) => void): DateCandidate[] {
  const out: DateCandidate[] = [];
  // A paragraph break ends a date: chrono would read "in March\n\n2017 was worse" as one date.
  // Masking the break with a full stop of the same length keeps every offset.
  const masked = text.replace(/\n[ \t]*\n/g, (m) => `.${m.slice(1)}`);
  for (const r of parser().parse(masked, { instant: new Date(Date.UTC(2000, 0, 1, 12)) })) {
    const [start, end] = trim(text, r.index, r.index + r.text.length);
    if (end <= start) continue;
    const f = fields(r.start);
    if (f.month === undefined && f.year === undefined && r.start.isCertain('weekday')) {
      const why = rejectWeekday(text, start, end);
      if (why) { trace(`skip "${text.slice(start, end)}" at ${start}: ${why}`); continue; }
      const lower = text.slice(start, end).toLowerCase();
      const pre = /^(this|last|past|next)\s/.exec(lower)?.[1];
      const post = /(this|last|past|next)\s+week$/.exec(lower)?.[1];
      const modifier = pre === 'past' ? 'last' : (pre as 'last' | 'this' | 'next' | undefined) ?? null;
      const week = post ? WEEK_OFFSET[post] : null;
      out.push({ start, end, expr: { kind: 'weekday', weekday: r.start.get('weekday') ?? 0, modifier, week }, confidence: 0.85, source: 'chrono' });
      continue;
    }
    if (f.month === undefined && f.year === undefined) continue;
    twoDigitYearAsDay(r.text, f);
    const why = rejectCalendar(text, start, end, f);
    if (why) { trace(`skip "${text.slice(start, end)}" at ${start}: ${why}`); continue; }
    const endFields = r.end ? fields(r.end) : undefined;
    const confidence = f.year !== undefined && f.day !== undefined ? 0.95 : 0.85;
    out.push({ start, end, expr: { kind: 'calendar', start: f, ...(endFields ? { end: endFields } : {}) }, confidence, source: 'chrono' });
  }
  return out;
}
