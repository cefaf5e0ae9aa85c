/**
 * Number words, vague quantities and the modifiers that turn a number into a range.
 *
 * Conventions (see ../shared/docs/DOMAIN.md, "Counting conventions"): `conservative` is ACLED's
 * lowest defensible figure — "tens" 10, "dozens" 12, "hundreds" 100, and an unknown plural
 * ("several", "some", "a number of") 3, the figure ACLED notes give as "Unknown fatalities coded
 * as 3". We keep `min <= conservative` (except "more than N", below) and, when `max` is set,
 * `conservative <= max`.
 * A figure is `stated` when the text writes a number ("11", "eleven", "a dozen", "a family of
 * five"); vague words ("dozens", "scores", "several") are not stated.
 */

/** Cardinal number words below one hundred. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers after a number: "3 million", "two hundred", "a thousand". */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
};

export interface VagueQuantity {
  /** Token sequence (lower case) as wink-nlp splits it. */
  words: readonly string[];
  min: number;
  max: number | null;
  conservative: number;
  /** True when the phrase writes an exact number ("a dozen", "a couple of"). */
  stated: boolean;
  /** A quantity only right before a harm noun ("other deaths"), not before people ("other sources"). */
  onlyBeforeHarmNoun?: boolean;
  /** Words right before it that make it count nobody: "no other deaths", "did not mention any other injuries". */
  notAfter?: readonly string[];
}

/** Vague quantities, longest first where one is a prefix of another. */
export const VAGUE_QUANTITIES: readonly VagueQuantity[] = [
  // "Tens of thousands of residents fled the city."
  { words: ['tens', 'of', 'thousands'], min: 10_000, max: null, conservative: 10_000, stated: false },
  // "Hundreds of thousands of people were displaced."
  { words: ['hundreds', 'of', 'thousands'], min: 100_000, max: null, conservative: 100_000, stated: false },
  // "Thousands of families fled the shelling."
  { words: ['thousands'], min: 1_000, max: null, conservative: 1_000, stated: false },
  // "Millions of Syrians remain displaced."
  { words: ['millions'], min: 1_000_000, max: null, conservative: 1_000_000, stated: false },
  // "Hundreds of people were detained after the protest." ACLED: hundreds = 100; Airwars
  // records "hundreds" of wounded as 100–200, as it records dozens as 12–24.
  { words: ['hundreds'], min: 100, max: 200, conservative: 100, stated: false },
  // "Tens of villagers were wounded." ACLED: tens = 10.
  { words: ['tens'], min: 10, max: null, conservative: 10, stated: false },
  // "A dozen soldiers were captured." Exactly 12, written as a word.
  { words: ['a', 'dozen'], min: 12, max: 12, conservative: 12, stated: true },
  // "Dozens of civilians were killed." ACLED codes dozens as 12 (one dozen is the lowest
  // defensible); Airwars records dozens as 12–24 (two dozen), hence the closed top.
  { words: ['dozens'], min: 12, max: 24, conservative: 12, stated: false },
  // "A score of fighters died." A score = 20.
  { words: ['a', 'score'], min: 20, max: 20, conservative: 20, stated: true },
  // "Scores of civilians were killed." By analogy with dozens: one score, 20.
  { words: ['scores'], min: 20, max: null, conservative: 20, stated: false },
  // "A couple of guards were hurt."
  { words: ['a', 'couple', 'of'], min: 2, max: 2, conservative: 2, stated: true },
  // "Both men died in hospital."
  { words: ['both'], min: 2, max: 2, conservative: 2, stated: true },
  // "Several villagers were injured." ACLED: unknown fatalities coded as 3.
  { words: ['several'], min: 3, max: null, conservative: 3, stated: false },
  // "A large number of residents were wounded." Read as dozens: 12–24 (conservative 12).
  { words: ['a', 'large', 'number', 'of'], min: 12, max: 24, conservative: 12, stated: false },
  // "A number of students were arrested." Airwars quantifies an unstated number of people as 2–2
  // ("a number of civilians were injured"); it never occurs in ACLED's coded notes here.
  { words: ['a', 'number', 'of'], min: 2, max: 2, conservative: 2, stated: false },
  // "An unknown number of people were wounded", "an unspecified number of civilians": the same
  // unstated number of people, 2–2 by Airwars' methodology (absent from ACLED's coded notes here).
  { words: ['an', 'unknown', 'number', 'of'], min: 2, max: 2, conservative: 2, stated: false },
  { words: ['an', 'unspecified', 'number', 'of'], min: 2, max: 2, conservative: 2, stated: false },
  { words: ['an', 'undetermined', 'number', 'of'], min: 2, max: 2, conservative: 2, stated: false },
  { words: ['an', 'unconfirmed', 'number', 'of'], min: 2, max: 2, conservative: 2, stated: false },
  // "A group of civilians were injured and killed": a group is an unstated number of people,
  // 2–2 by Airwars' methodology, as "a number of".
  { words: ['a', 'group', 'of'], min: 2, max: 2, conservative: 2, stated: false },
  // "A few residents fled."
  { words: ['a', 'few'], min: 2, max: null, conservative: 3, stated: false },
  // "Many civilians were killed." (not after "as", "so", "how", "too": see VAGUE_BLOCKERS)
  { words: ['many'], min: 3, max: null, conservative: 3, stated: false },
  // "Two guards died and others were wounded." Bare "others": Airwars' methodology quantifies it
  // as 2–2. ("four others" reads the number; "others" here is only the bare word.)
  { words: ['others'], min: 2, max: 2, conservative: 2, stated: false },
  // "Sources referred to other deaths", "there were other injuries": the same unstated number,
  // only before a harm noun ("other sources" counts nobody).
  { words: ['other'], min: 2, max: 2, conservative: 2, stated: false, onlyBeforeHarmNoun: true, notAfter: ['any', 'no'] },
  // "Some soldiers died, the exact number is unknown." Only before a plural person noun.
  { words: ['some'], min: 2, max: null, conservative: 3, stated: false },
];

/** Words before a vague quantity that make it a comparison, not a count: "twice as many". */
export const VAGUE_BLOCKERS: ReadonlySet<string> = new Set(['as', 'so', 'how', 'too', 'many', 'of']);

/**
 * How a modifier turns the number N it precedes into a range.
 * - `atLeast`: min N, open-ended. `moreThan`: min N+1, open-ended, conservative N — the one
 *   place where conservative sits below min: ACLED codes "over 28 soldiers" as 28.
 * - `upTo`: max N, min 1 (the phrase guarantees only that someone was harmed); conservative N,
 *   the only figure given.
 * - `approx`: min N−⌊N/10⌋, max N+⌈N/10⌉, conservative N ("some 3 million" → 2.7M–3.3M;
 *   ACLED codes "around 30" as 30).
 * - `nearly`: min N−⌈N/10⌉, max N (the number a source gives as the top: Airwars records
 *   "close to 50" as up to 50), conservative the min.
 * - `lessThan`: min 1, max N−1, conservative 1.
 * - `between`: "between N and M".
 */
export type ModifierEffect = 'atLeast' | 'moreThan' | 'upTo' | 'approx' | 'nearly' | 'lessThan' | 'between';

export interface QuantityModifier {
  words: readonly string[];
  effect: ModifierEffect;
}

export const QUANTITY_MODIFIERS: readonly QuantityModifier[] = [
  // "At least 11 civilians were killed."
  { words: ['at', 'least'], effect: 'atLeast' },
  // "A minimum of 6 people died."
  { words: ['a', 'minimum', 'of'], effect: 'atLeast' },
  // "No fewer than 20 fighters were killed."
  { words: ['no', 'fewer', 'than'], effect: 'atLeast' },
  // "More than 300 people were detained."
  { words: ['more', 'than'], effect: 'moreThan' },
  // "Over 28 soldiers were killed."
  { words: ['over'], effect: 'moreThan' },
  // "Upwards of 40 families fled."
  { words: ['upwards', 'of'], effect: 'moreThan' },
  // "In excess of 500 people were displaced."
  { words: ['in', 'excess', 'of'], effect: 'moreThan' },
  // "Up to 40 people may have died."
  { words: ['up', 'to'], effect: 'upTo' },
  // "As many as 30 villagers were abducted."
  { words: ['as', 'many', 'as'], effect: 'upTo' },
  // "At most 5 guards were hurt."
  { words: ['at', 'most'], effect: 'upTo' },
  // "No more than ten people were injured."
  { words: ['no', 'more', 'than'], effect: 'upTo' },
  // "Some 3 million Iraqis were displaced."
  { words: ['some'], effect: 'approx' },
  // "About 30 soldiers were killed."
  { words: ['about'], effect: 'approx' },
  // "Around 15 people were wounded."
  { words: ['around'], effect: 'approx' },
  // "Approximately 200 families fled."
  { words: ['approximately'], effect: 'approx' },
  // "Roughly 50 people were arrested."
  { words: ['roughly'], effect: 'approx' },
  // "An estimated 2,000 residents fled."
  { words: ['an', 'estimated'], effect: 'approx' },
  // "Estimated 40 people were killed."
  { words: ['estimated'], effect: 'approx' },
  // "Nearly 100 people were injured."
  { words: ['nearly'], effect: 'nearly' },
  // "Almost 20 children were killed."
  { words: ['almost'], effect: 'nearly' },
  // "Close to 60 villagers fled."
  { words: ['close', 'to'], effect: 'nearly' },
  // "Just under 50 people were hurt."
  { words: ['just', 'under'], effect: 'nearly' },
  // "Fewer than ten soldiers died."
  { words: ['fewer', 'than'], effect: 'lessThan' },
  // "Less than 20 people were wounded."
  { words: ['less', 'than'], effect: 'lessThan' },
  // "Between 6 and 11 civilians were killed."
  { words: ['between'], effect: 'between' },
  // "From eight to 25 civilians were injured."
  { words: ['from'], effect: 'between' },
];

/** Words joining two numbers into a range: "9 to 10", "two or three", "6-11" (one token). */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'or', '-', '–', 'and']);

/**
 * Tokens that, right before a number, make it an identifier rather than a count:
 * "LIB 289", "No. 2 school", "Ward 54", "Route 6", "brigade 5".
 */
export const IDENTIFIER_PREFIXES: ReadonlySet<string> = new Set([
  'no', 'no.', 'nos', 'number', 'battalion', 'brigade', 'division', 'regiment', 'unit', 'ward',
  'road', 'route', 'street', 'highway', 'block', 'sector', 'camp', 'page', 'article', 'resolution',
  'flight', 'section', 'quarter', 'district', 'zone', 'gate', 'building', 'km', 'kilometre',
  'kilometer', 'mile', 'aged', 'age', 'ages', '#', '$', '£', '€', 'us$', 'usd',
]);

/** Tokens right after a number that make it an age, a time, a share, a measure: never people. */
export const NON_COUNT_SUFFIXES: ReadonlySet<string> = new Set([
  '%', 'percent', 'per', 'pm', 'am', 'a.m.', 'p.m.', 'hrs', 'hours', "o'clock", 'km', 'kms', 'm',
  'mm', 'cm', 'kg', 'miles', 'metres', 'meters', 'kilometres', 'kilometers', 'dollars', 'usd',
  'times', ':', 'th', 'st', 'nd', 'rd', 'years', 'year', 'months', 'month', 'weeks', 'week', 'days',
  'day', 'minutes', 'seconds', 'am.',
]);

/**
 * Vague words read otherwise for the wounded: ACLED codes "several" dead as 3, but Airwars
 * quantifies an unstated number of wounded as 2–2 ("several people were injured"), as it does
 * "a number of". Injuries are never coded by ACLED, so the two conventions do not meet.
 */
export const INJURED_VAGUE: ReadonlyMap<string, { min: number; max: number; conservative: number }> = new Map([
  ['several', { min: 2, max: 2, conservative: 2 }], // "Several bystanders were wounded."
]);
