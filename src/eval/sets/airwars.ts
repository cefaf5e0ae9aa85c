import { join } from 'node:path';
import type { Analysis } from '../../report/analysis.js';
import type { Range } from '../../report/types.js';
import { mainEvent } from '../mainEvent.js';
import { exactRate } from '../score/rates.js';
import { strikeTypeToEventTypes } from '../tables/strikeTypes.js';
import { ratio, take, type AnalyzeFn, type Measure, type ReadOptions, type SetResult } from '../types.js';
import { perpetratorMatches } from './acled.js';
import { readCsv } from './csv.js';

export const AIRWARS_FILE = 'dev/airwars-gaza-2023-dev.csv';

/** A gold min–max; a single figure has min = max. */
export interface GoldRange {
  min: number;
  max: number;
}

export interface AirwarsRow {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  narrative: string;
  killed: GoldRange | null;
  injured: GoldRange | null;
  belligerent: string | null;
  strikeType: string | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Airwars' incident date ("october-7-2023") as YYYY-MM-DD; null when it does not parse.
 *
 * @example
 * airwarsDate('october-7-2023'); // '2023-10-07'
 */
export function airwarsDate(s: string): string | null {
  const m = /^([a-z]+)-(\d{1,2})-(\d{4})$/.exec(s.trim().toLowerCase());
  const month = m ? MONTHS.indexOf(m[1]) + 1 : 0;
  return m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}` : null;
}

/**
 * A "Civilians reported killed/injured" cell as a range: "4" → 4–4, "4 – 5" and "12–24" →
 * ranges; "Unknown", "NA" and empty → null (the row is skipped for that measure).
 *
 * @example
 * parseGoldRange('10 – 12'); // { min: 10, max: 12 }
 */
export function parseGoldRange(s: string): GoldRange | null {
  const m = /^\s*(\d+)\s*(?:[-–—]\s*(\d+)\s*)?$/.exec(s);
  if (!m) return null;
  const min = Number(m[1]);
  return { min, max: m[2] !== undefined ? Number(m[2]) : min };
}

/**
 * The assessment narrative without the page's summary box, which Airwars' scrape appends after
 * the narrative (", SummaryStrike status…Civilians reported killed1…"): it restates the gold
 * fields, so leaving it in would score the answer key, not the narrative.
 *
 * @example
 * narrativeOnly('A strike killed two., SummaryStrike statusSingle source'); // 'A strike killed two.'
 */
export function narrativeOnly(assessment: string): string {
  const cut = assessment.search(/,?\s*Summary\s*Strike status/);
  return (cut >= 0 ? assessment.slice(0, cut) : assessment).trim();
}

const na = (s: string | undefined): string | null => (!s || s === 'NA' ? null : s.trim());

/** Read the Airwars dev rows. */
export function readAirwars(dataDir: string, opts: ReadOptions = {}): AirwarsRow[] {
  return take(readCsv(join(dataDir, AIRWARS_FILE)), opts).map((r) => ({
    id: r.Incidence_id,
    date: airwarsDate(r.Incidence_date) ?? '',
    narrative: narrativeOnly(r.Airwars_assessment),
    killed: parseGoldRange(r['Civilians reported killed']),
    injured: parseGoldRange(r['Civilians reported injured']),
    belligerent: na(r['Suspected belligerent']),
    strikeType: na(r['Strike type']),
  }));
}

/** Outcome of one range comparison; null when gold has no figure. */
export interface RangeOutcome {
  min: boolean;
  max: boolean;
}

export interface AirwarsOutcome {
  id: string;
  killed: RangeOutcome | null;
  injured: RangeOutcome | null;
  belligerentOk: boolean | null;
  strikeTypeOk: boolean | null;
}

/**
 * Compare our range with a gold range: min exact, max exact (an open-ended max never equals a
 * gold max).
 *
 * @example
 * compareRange({ min: 4, max: 5, conservative: 4 }, { min: 4, max: 4 }); // { min: true, max: false }
 */
export function compareRange(ours: Range | null, gold: GoldRange): RangeOutcome {
  return { min: ours !== null && ours.min === gold.min, max: ours !== null && ours.max === gold.max };
}

/**
 * Score one Airwars row against our analysis of its narrative.
 *
 * @example
 * scoreAirwarsRow(row, analyze(row.narrative, { published: row.date })).killed; // { min: true, max: true }
 */
export function scoreAirwarsRow(row: AirwarsRow, analysis: Pick<Analysis, 'events'>): AirwarsOutcome {
  const ev = mainEvent(analysis);
  const allowed = row.strikeType ? strikeTypeToEventTypes[row.strikeType] : undefined;
  return {
    id: row.id,
    killed: row.killed ? compareRange(ev?.civilians.killed ?? null, row.killed) : null,
    injured: row.injured ? compareRange(ev?.civilians.injured ?? null, row.injured) : null,
    belligerentOk: row.belligerent ? ev !== null && perpetratorMatches(ev.perpetrator, row.belligerent) : null,
    strikeTypeOk: allowed ? ev !== null && allowed.includes(ev.type) : null,
  };
}

/** Summarize row outcomes into the Airwars table. */
export function summarizeAirwars(outcomes: readonly AirwarsOutcome[]): Measure[] {
  const rate = (key: string, label: string, xs: (boolean | null)[]): Measure => {
    const r = exactRate(xs.filter((x): x is boolean => x !== null));
    return { key: `airwars.${key}`, label, value: r.rate, detail: ratio(r.hits, r.total) };
  };
  const ranges = (which: 'killed' | 'injured'): Measure[] => {
    const xs = outcomes.map((o) => o[which]);
    return [
      rate(`${which}.min`, `civilians ${which}: min exact`, xs.map((x) => x && x.min)),
      rate(`${which}.max`, `civilians ${which}: max exact`, xs.map((x) => x && x.max)),
      rate(`${which}.both`, `civilians ${which}: min and max exact`, xs.map((x) => x && x.min && x.max)),
    ];
  };
  return [
    ...ranges('killed'),
    ...ranges('injured'),
    rate('belligerent.match', 'suspected belligerent match', outcomes.map((o) => o.belligerentOk)),
    rate('strikeType.agree', 'strike type agreement', outcomes.map((o) => o.strikeTypeOk)),
  ];
}

const showRange = (r: GoldRange | null | undefined) => (r ? (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`) : '?');
const showOurs = (r: Range | null | undefined) => (r ? `${r.min}–${r.max ?? '…'}` : 'none');

/**
 * One line per row we got wrong, naming only what was wrong.
 *
 * @example
 * airwarsMiss(row, outcome, analysis); // 'ispt0001: killed 4–5 → 4–4'
 */
export function airwarsMiss(row: AirwarsRow, o: AirwarsOutcome, a: Pick<Analysis, 'events'>): string | null {
  const ev = mainEvent(a);
  const parts: string[] = [];
  if (o.killed && !(o.killed.min && o.killed.max)) parts.push(`killed ${showRange(row.killed)} → ${showOurs(ev?.civilians.killed)}`);
  if (o.injured && !(o.injured.min && o.injured.max)) parts.push(`injured ${showRange(row.injured)} → ${showOurs(ev?.civilians.injured)}`);
  if (o.belligerentOk === false) parts.push(`belligerent ${row.belligerent} → ${ev?.perpetrator ?? 'none'}`);
  if (o.strikeTypeOk === false) parts.push(`type ${row.strikeType} → ${ev?.type ?? 'none'}`);
  return parts.length ? `${row.id}: ${parts.join('; ')}` : null;
}

/** Run and score the Airwars set. */
export function evalAirwars(dataDir: string, analyze: AnalyzeFn, opts: ReadOptions = {}): Omit<SetResult, 'seconds'> {
  const rows = readAirwars(dataDir, opts);
  const misses: string[] = [];
  const outcomes = rows.map((r) => {
    const a = analyze(r.narrative, { id: r.id, published: r.date || null });
    const o = scoreAirwarsRow(r, a);
    const miss = opts.misses && misses.length < opts.misses ? airwarsMiss(r, o, a) : null;
    if (miss) misses.push(miss);
    return o;
  });
  return {
    set: 'airwars',
    items: rows.length,
    measures: summarizeAirwars(outcomes),
    ...(opts.misses ? { misses } : {}),
    notes: [
      'narrative only: the scraped summary box (which restates the gold figures) is cut off',
      'rows with "Unknown"/NA figures, belligerent or strike type are skipped for that measure',
    ],
  };
}
