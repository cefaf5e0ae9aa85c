import type { PeriodPart, RelativeRule } from '../../lexicon/dates.js';

/** Calendar fields the text gives; a missing year is inferred from the publication date. */
export interface CalendarFields {
  year?: number;
  month?: number;
  day?: number;
}

/** What a date expression says, before it is resolved against the publication date. */
export type DateExpr =
  /** A calendar date, month or year the text names ("6 March 2017", "October 2016", "2014",
   * "in March"), optionally a range ("between 7 and 9 October"). */
  | { kind: 'calendar'; start: CalendarFields; end?: CalendarFields }
  /** A weekday ("Thursday", "last Friday", "Monday of last week"). `week` pins it to the week
   * before (-1), of (0) or after (1) publication's week, when the text says so. */
  | { kind: 'weekday'; weekday: number; modifier: 'last' | 'this' | 'next' | null; week: number | null }
  /** A relative expression from the lexicon ("earlier this month", "two years ago"). */
  | { kind: 'relative'; rule: RelativeRule; amount: number; month?: number };

/** One recognised date expression: where it is and what it says. */
export interface DateCandidate {
  start: number;
  end: number;
  expr: DateExpr;
  /** "early", "mid-", "late" narrowing a month, year or relative period. */
  part?: PeriodPart;
  confidence: number;
  /** Which recogniser found it, for the trace. */
  source: string;
}
