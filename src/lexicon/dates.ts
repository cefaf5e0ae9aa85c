/**
 * Date rules as data, read by the dates stage (`src/stages/dates.ts`). Every row carries an
 * example sentence the team wrote. Relative expressions are resolved against the publication
 * date, and news is about the past: where an expression could point either way, the rows say
 * which way it points.
 *
 * Patterns are case-insensitive regular-expression sources matched at word boundaries; two
 * placeholders are expanded before compiling: `{N}` (a count: digits or a number word from
 * {@link NUMBER_WORDS}) and `{MONTH}` (a full month name from {@link MONTHS}).
 */

export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

/** How a relative expression becomes an interval. `amount` comes from a `{N}` placeholder. */
export type RelativeRule =
  /** A single day `offset` days from publication. */
  | { kind: 'day'; offset: number }
  /** The calendar week/month/year `offset` units from publication's; `extent` clips it to the
   * part before publication (`to-date`) or after it (`rest`). */
  | { kind: 'period'; unit: 'week' | 'month' | 'year'; offset: number; extent: 'whole' | 'to-date' | 'rest' }
  /** The calendar unit that held the day `amount` units before publication ("two years ago"). */
  | { kind: 'ago'; unit: CalendarUnit }
  /** An interval ending at publication, `amount` units long ("the past two weeks"). */
  | { kind: 'past'; unit: CalendarUnit | 'hour' }
  /** An interval ending at publication whose length the text leaves vague ("recent weeks"). */
  | { kind: 'recent'; unit: CalendarUnit; lookback: { unit: CalendarUnit; amount: number } }
  /** The most recent Saturday–Sunday on or before publication. */
  | { kind: 'weekend' }
  /** A month named with a modifier: `this` = in publication's year, `last` = latest one before
   * publication's month, `next` = first one after it. The month comes from `{MONTH}`. */
  | { kind: 'month-name'; modifier: 'this' | 'last' | 'next' };

export interface RelativeRow {
  pattern: string;
  rule: RelativeRule;
}

/** Full month names, January first. */
/**
 * A day or month named without a year is taken in the publication's year when it falls at most
 * this many days after publication (a report dated a day or two before the event it tells, as
 * happens across time zones, with a wrong dateline, or when a monitor's write-up is dated by the
 * incident); further ahead, it is the year before (news is about the past). Without the window
 * "October 8" in a report of October 7 became a date a year earlier. Measured on the ACLED notes
 * (event date exact): 0 days 1155/1169, 1 day 1159, 3 days 1161, 7 and 31 days 1161.
 */
export const FUTURE_DATE_DAYS = 3;

export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
];

/** Full month names and the abbreviations news copy uses, to month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(MONTH_NAMES.map((name, i) => [name, i + 1])),
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Months that are also common words or given names: a bare one needs a date cue before it. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['march', 'may', 'april', 'june', 'august']);

/** Count words a `{N}` placeholder accepts. "few"/"several" are read as 3, as in speech. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, 'a couple of': 2, 'couple of': 2,
  'a few': 3, few: 3, several: 3,
};

/**
 * Relative expressions, longest first where one contains another (the stage also prefers the
 * longest match at a position).
 */
export const RELATIVE_DATES: readonly RelativeRow[] = [
  // "The day before yesterday, a convoy was hit near the border."
  { pattern: 'the day before yesterday', rule: { kind: 'day', offset: -2 } },
  // "Shelling resumed yesterday, residents said."
  { pattern: 'yesterday', rule: { kind: 'day', offset: -1 } },
  // "Two people died in an air raid last night." (the night before publication day)
  { pattern: 'last night', rule: { kind: 'day', offset: -1 } },
  // "Protesters gathered again today outside the ministry."
  { pattern: '(?:earlier )?today|tonight|this (?:morning|afternoon|evening)', rule: { kind: 'day', offset: 0 } },
  // "Officials said the convoy would leave tomorrow."
  { pattern: 'tomorrow', rule: { kind: 'day', offset: 1 } },
  // "Airstrikes intensified earlier this week, medics said."
  { pattern: 'earlier this week', rule: { kind: 'period', unit: 'week', offset: 0, extent: 'to-date' } },
  // "A market was hit earlier this month, killing nine."
  { pattern: 'earlier this month', rule: { kind: 'period', unit: 'month', offset: 0, extent: 'to-date' } },
  // "Earlier this year the army retook the town."
  { pattern: 'earlier this year', rule: { kind: 'period', unit: 'year', offset: 0, extent: 'to-date' } },
  // "The envoy is expected later this week."
  { pattern: 'later this week', rule: { kind: 'period', unit: 'week', offset: 0, extent: 'rest' } },
  // "A donor conference is planned for later this month."
  { pattern: 'later this month', rule: { kind: 'period', unit: 'month', offset: 0, extent: 'rest' } },
  // "The report will be published later this year."
  { pattern: 'later this year', rule: { kind: 'period', unit: 'year', offset: 0, extent: 'rest' } },
  // "The ministry said this week that the crossing would reopen."
  { pattern: 'this week', rule: { kind: 'period', unit: 'week', offset: 0, extent: 'whole' } },
  // "The most civilian deaths were recorded this month."
  { pattern: 'this month', rule: { kind: 'period', unit: 'month', offset: 0, extent: 'whole' } },
  // "This year has been the deadliest for aid workers."
  { pattern: 'this year', rule: { kind: 'period', unit: 'year', offset: 0, extent: 'whole' } },
  // "Three villages were shelled last week." (the previous Monday–Sunday week)
  { pattern: 'last week', rule: { kind: 'period', unit: 'week', offset: -1, extent: 'whole' } },
  // "The town fell to the militia last month."
  { pattern: 'last month', rule: { kind: 'period', unit: 'month', offset: -1, extent: 'whole' } },
  // "Last year the monitors recorded 400 strikes."
  { pattern: 'last year', rule: { kind: 'period', unit: 'year', offset: -1, extent: 'whole' } },
  // "Talks are due to resume next week."
  { pattern: 'next week', rule: { kind: 'period', unit: 'week', offset: 1, extent: 'whole' } },
  // "Elections are scheduled for next month."
  { pattern: 'next month', rule: { kind: 'period', unit: 'month', offset: 1, extent: 'whole' } },
  // "The mission will end next year."
  { pattern: 'next year', rule: { kind: 'period', unit: 'year', offset: 1, extent: 'whole' } },
  // "Four houses were destroyed over the weekend."
  { pattern: '(?:over|at|during) the weekend|(?:last|this) weekend', rule: { kind: 'weekend' } },
  // "The clinic was bombed three days ago."
  { pattern: '{N} days? ago', rule: { kind: 'ago', unit: 'day' } },
  // "A similar raid took place two weeks ago."
  { pattern: '{N} weeks? ago', rule: { kind: 'ago', unit: 'week' } },
  // "The bridge was destroyed six months ago."
  { pattern: '{N} months? ago', rule: { kind: 'ago', unit: 'month' } },
  // "Operations began more than two years ago."
  { pattern: '{N} years? ago', rule: { kind: 'ago', unit: 'year' } },
  // "Shelling has killed 40 people in the past 24 hours."
  { pattern: '(?:past|last) {N} hours', rule: { kind: 'past', unit: 'hour' } },
  // "Attacks in the past two weeks killed dozens." / "over the past few days"
  { pattern: '(?:past|last) {N} days', rule: { kind: 'past', unit: 'day' } },
  // "Attacks in the past two weeks killed dozens."
  { pattern: '(?:past|last) {N} weeks', rule: { kind: 'past', unit: 'week' } },
  // "Prices doubled over the past three months."
  { pattern: '(?:past|last) {N} months', rule: { kind: 'past', unit: 'month' } },
  // "In the past two years the group lost most of its territory."
  { pattern: '(?:past|last) {N} years', rule: { kind: 'past', unit: 'year' } },
  // "No strikes were reported in the past day."
  { pattern: 'past day', rule: { kind: 'past', unit: 'day' } },
  // "Fighting has eased in the past week." ("last week" alone is the previous calendar week)
  { pattern: 'past week', rule: { kind: 'past', unit: 'week' } },
  // "Aid deliveries stopped in the past month."
  { pattern: 'past month', rule: { kind: 'past', unit: 'month' } },
  // "Over the past year the front barely moved."
  { pattern: 'past year', rule: { kind: 'past', unit: 'year' } },
  // "Dozens of civilians have died in recent days."
  { pattern: 'recent days', rule: { kind: 'recent', unit: 'day', lookback: { unit: 'day', amount: 7 } } },
  // "Complaints have grown in recent weeks."
  { pattern: 'recent weeks', rule: { kind: 'recent', unit: 'week', lookback: { unit: 'week', amount: 4 } } },
  // "Displacement has risen sharply in recent months."
  { pattern: 'recent months', rule: { kind: 'recent', unit: 'month', lookback: { unit: 'month', amount: 3 } } },
  // "In recent years the province has seen repeated floods."
  { pattern: 'recent years', rule: { kind: 'recent', unit: 'year', lookback: { unit: 'year', amount: 3 } } },
  // "The eastern half was retaken this January."
  { pattern: 'this {MONTH}', rule: { kind: 'month-name', modifier: 'this' } },
  // "The camp was first shelled last October."
  { pattern: 'last {MONTH}', rule: { kind: 'month-name', modifier: 'last' } },
  // "The next round of talks is set for next March."
  { pattern: 'next {MONTH}', rule: { kind: 'month-name', modifier: 'next' } },
];

export type PeriodPart = 'early' | 'mid' | 'late';

/** Words before a month, a year or a relative period that narrow it to a third. */
export const PERIOD_PARTS: readonly { pattern: string; part: PeriodPart }[] = [
  // "Fighting flared in early March." / "early last year"
  { pattern: 'early|the (?:beginning|start) of', part: 'early' },
  // "The offensive stalled in mid-March." / "the middle of 2014"
  { pattern: 'mid-?|the middle of', part: 'mid' },
  // "The town fell in late October." / "at the end of last month"
  { pattern: 'late|the end of', part: 'late' },
];

/** Time-of-day words around a day that the span takes in without changing the interval. */
export const TIME_OF_DAY = {
  // "Gunmen attacked the village on the night of 12 October."
  prefix: 'the (?:night|morning|afternoon|evening|early hours) of|early|late',
  // "The market was hit on Thursday morning."
  suffix: 'night|morning|afternoon|evening',
} as const;

/** Words that, right before a bare month name, make it a date: "in March", "since May". */
export const MONTH_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'through', 'during', 'throughout',
  'between', 'and', 'or', 'before', 'after', 'early', 'late', 'mid', 'mid-', 'last', 'this', 'next',
]);

/** Words that, right before a bare four-digit number, make it a year: "in 2014", "since 2011",
 * "killed in a 2008 raid". */
export const YEAR_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'through', 'during', 'throughout',
  'before', 'after', 'early', 'late', 'mid', 'mid-', 'the', 'around', 'between', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'year', 'a',
]);

/** A number followed by one of these counts things, it is not a year: "2014 people fled". */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'civilians', 'residents', 'children', 'women', 'men', 'soldiers', 'troops',
  'fighters', 'militants', 'families', 'homes', 'houses', 'buildings', 'votes', 'dollars', 'euros',
  'pounds', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'tons', 'tonnes',
  'cases', 'deaths', 'refugees', 'victims', 'strikes', 'rockets', 'shells', 'hectares', 'percent',
  'per', 'million', 'billion', 'thousand', 'hundred', 'others',
]);

/** Capitalised words that may stand right before a weekday without making it a name
 * ("Good Friday", "Bloody Sunday" are names; "Last Friday" is a date). */
export const WEEKDAY_LEADERS: ReadonlySet<string> = new Set([
  'on', 'since', 'last', 'this', 'next', 'by', 'until', 'from', 'early', 'late', 'before', 'after',
  'and', 'or', 'through', 'between', 'overnight', 'said',
]);

/** Capitalised words that make a following weekday part of a name, not a date. */
export const WEEKDAY_NAME_WORDS: ReadonlySet<string> = new Set([
  // "Thousands marked Good Friday in the old city."
  'good', 'black', 'bloody', 'holy', 'ash', 'palm', 'easter', 'super', 'cyber', 'maundy', 'shrove',
]);
