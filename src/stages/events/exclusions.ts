import type { HarmRanges, Range } from '../../report/types.js';
import { NUMBER_WORDS } from '../../lexicon/quantities.js';

/**
 * An analyst's statement that some of the dead are left out of the civilian count because they
 * were (or may have been) fighters: "he has not been counted among the civilian dead", "the
 * monitor classified Omar as a militant". `count` people; `scope` says which end of the civilian
 * range they leave: `both` (status established: neither the minimum nor the top counts them) or
 * `min` (status contested: the minimum leaves them out, the top keeps them — Airwars' convention
 * for contested status).
 */
export interface Exclusion {
  sentence: number;
  count: number;
  scope: 'both' | 'min';
}

type Scope = Exclusion['scope'];

/**
 * The wordings of an exclusion. `subject`: where the people excluded are named — the clause
 * before the cue ("before"), or the object between the cue's verb and "as a militant" (group 1 of
 * the pattern). `scope`: what the cue itself says; a `min` cue names the lower end ("excluded from
 * the minimum"). Each row with an example the team wrote.
 */
interface ExclusionCue {
  pattern: RegExp;
  subject: 'before' | 'object';
  scope: Scope;
  example: string;
}

const RANGE_LOW = String.raw`(?:minimum|lower|low)\s+(?:\w+\s+){0,3}(?:range|count|toll|figure|estimate|total)`;
const CIVILIAN_COUNT = String.raw`(?:civilian|casualty|fatality|death)\s+(?:\w+\s+){0,2}(?:toll|count|total|range|figures?|tally|numbers?)|civilian\s+(?:dead|deaths|casualties|fatalities|victims)`;
const MILITANT = String.raw`(?:an?\s+)?(?:(?:likely|probable|suspected)\s+)?(?:militants?|combatants?|fighters?)\b`;

export const EXCLUSION_CUES: readonly ExclusionCue[] = [
  // Left out of the lower end only: the people's status is contested.
  { pattern: new RegExp(String.raw`\b(?:not|never)\s+(?:been\s+)?(?:counted|included|recorded)\s+(?:\w+\s+){0,3}?(?:in|among|within|from)\s+(?:the\s+|our\s+)?${RANGE_LOW}`, 'i'), subject: 'before', scope: 'min', example: 'He has not been included in the lower casualty range.' },
  { pattern: new RegExp(String.raw`\b(?:excluded|removed|omitted)\s+from\s+(?:the\s+|our\s+)?${RANGE_LOW}`, 'i'), subject: 'before', scope: 'min', example: 'The two brothers have been excluded from the minimum civilian death range.' },
  // Left out of the civilian count altogether.
  { pattern: new RegExp(String.raw`\b(?:not|never)\s+(?:been\s+)?(?:counted|included|recorded)\s+(?:\w+\s+){0,3}?(?:as\s+(?:a\s+)?civilians?\b|(?:in|among|within)\s+(?:the\s+|our\s+)?(?:${CIVILIAN_COUNT}))`, 'i'), subject: 'before', scope: 'both', example: 'Because of his role in the brigade, he has not been counted among the civilian dead.' },
  { pattern: new RegExp(String.raw`\b(?:excluded|removed|omitted)\s+from\s+(?:the\s+|our\s+)?(?:${CIVILIAN_COUNT})`, 'i'), subject: 'before', scope: 'both', example: 'A cousin called him a commander, and he has been excluded from the civilian death toll.' },
  // The monitor's own classification: "the monitor classified Omar as a militant".
  { pattern: new RegExp(String.raw`\b(?:airwars|we)\s+(?:has\s+|have\s+)?(?:identified|classified|categori[sz]ed|considered|counted|coded|assessed)\s+(.{1,80}?)\s+as\s+${MILITANT}`, 'i'), subject: 'object', scope: 'both', example: 'On this evidence Airwars classified the late Omar Haddad as a militant.' },
  { pattern: new RegExp(String.raw`\b(?:has|have)\s+been\s+(?:classified|categori[sz]ed|counted|coded|assessed)\s+as\s+${MILITANT}`, 'i'), subject: 'before', scope: 'both', example: 'Karim has been categorised as a militant, the others as civilians.' },
  // "At least one of the victims was reported to be a militant": a report with no named source.
  { pattern: new RegExp(String.raw`\b(?:victims?|dead|deceased|killed|of\s+them)\s+(?:was|were)\s+(?:reported|said|confirmed|identified|known)\s+(?:to\s+(?:be|have\s+been)|as)\s+${MILITANT}`, 'i'), subject: 'before', scope: 'both', example: 'At least one of the dead was reported to be a militant, a local commander.' },
];

/** After the cue: the reason given is itself uncertain, so the status is contested. */
const HEDGED_REASON = /\b(?:may|might|could)\s+have\s+been|\ballegation|\bunconfirmed|\bnot\s+(?:been\s+)?confirmed|\bpossib(?:le|ility|ly)|\bunclear\b/i;
/** Before the cue, since the last contrast and with no comma between: a negation ("no evidence that any of them were …"). */
const NEGATED = /\b(?:no|not|never|nor|without|nothing|none|any)\b[^,;]*$/i;
/** Where a contrast resets the polarity: "no further detail …, but he has not been counted". */
const CONTRAST = /[;:]|\b(?:but|however|whereas|while)\b/gi;

/** The text after the last contrast. */
function sinceContrast(text: string): string {
  let at = 0;
  for (const m of text.matchAll(CONTRAST)) at = m.index! + m[0].length;
  return text.slice(at);
}

const NUMBER = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten)`;
/** "two of the victims", "three brothers", "at least one": a number for the people. */
const COUNTED = new RegExp(String.raw`\b${NUMBER}\s+(?:of\s+(?:the|them|those)\b|(?:\w+\s+)?(?:victims|people|men|brothers|sons|members|persons|deceased)\b)|\b${NUMBER}\s*$`, 'i');
const SINGULAR = /\b(?:he|she|him|her)\b/i;
const PLURAL = /\b(?:they|them|these|those)\b/i;
/** A capitalised word that may be a person's name (not a sentence opener or a function word). */
const NAME = /(?:^|[\s(])(?!(?:The|A|An|As|At|In|On|Of|He|She|His|Her|They|These|Those|This|That|It|Airwars|Therefore|However|But|And|So|While|Given|Due|Based)\b)[A-Z][a-z’'-]+/;
/** Where a clause may open, looking back from a cue: "…, but he has not been counted". */
const BOUNDARY = /[;:]|\b(?:but|therefore|thus|hence|however|whereas|while|so|that)\b/gi;

/** The clauses that may hold a cue's subject, narrowest first: after each boundary, last to first, then the whole. */
function clausesBefore(text: string): string[] {
  const starts = [...text.matchAll(BOUNDARY)].map((m) => m.index! + m[0].length).reverse();
  return [...starts.map((at) => text.slice(at)), text];
}

/** People named one by one in `text` ("Anas and Muhammad", "A, B and C"): 0 when fewer than two. */
function namesListed(text: string): number {
  const parts = text.split(/,\s*|\s+and\s+/).filter((p) => NAME.test(p));
  return parts.length >= 2 ? parts.length : 0;
}

/** The subject of the sentence before: the people it counts or lists before its first verb. */
function listedBefore(prev: string | undefined): number {
  if (!prev) return 0;
  const subject = prev.split(/\s+(?:were|are|have|had|was)\s+/)[0];
  return numberIn(subject) || namesListed(subject);
}

/** The number a subject states for its people ("two of the victims", "the three men"), 0 with none. */
function numberIn(subject: string): number {
  const n = COUNTED.exec(subject);
  if (!n) return 0;
  const w = (n[1] ?? n[2]).toLowerCase();
  return NUMBER_WORDS[w] ?? Number(w);
}

/**
 * How many people a subject names: a number ("two of the victims"), names listed ("Anas and
 * Muhammad"), "both", a plural word referring back ("these men") to names listed in the sentence
 * before, a pronoun for one ("he") or one name. 0 when it cannot tell.
 */
function countOf(subject: string, prev: string | undefined): number {
  const n = numberIn(subject);
  if (n) return n;
  const listed = namesListed(subject);
  if (listed) return listed;
  if (/\bboth\b/i.test(subject)) return 2;
  if (PLURAL.test(subject)) return listedBefore(prev);
  return SINGULAR.test(subject) || NAME.test(subject) ? 1 : 0;
}

/**
 * The exclusions stated in a report's sentences, in reading order.
 *
 * @example
 * findExclusions(['The strike killed six people.', 'He has not been counted among the civilian dead.']);
 * // [{ sentence: 1, count: 1, scope: 'both' }]
 */
export function findExclusions(sentences: readonly string[]): Exclusion[] {
  const out: Exclusion[] = [];
  sentences.forEach((text, sentence) => {
    for (const cue of EXCLUSION_CUES) {
      const m = cue.pattern.exec(text);
      if (!m) continue;
      const clauses = clausesBefore(text.slice(0, m.index));
      if (NEGATED.test(sinceContrast(text.slice(0, m.index)))) continue;
      const prev = sentences[sentence - 1];
      const count = cue.subject === 'object' ? countOf(m[1], prev) : clauses.map((c) => countOf(c, prev)).find((n) => n > 0) ?? 0;
      if (count === 0) continue;
      const hedged = HEDGED_REASON.test(text.slice(m.index + m[0].length));
      out.push({ sentence, count, scope: cue.scope === 'min' || hedged ? 'min' : 'both' });
      break;
    }
  });
  return out;
}

/**
 * The civilians killed, less people an exclusion leaves out: the civilians are at most everyone
 * killed (`total`) less those excluded from both ends, and their minimum at most that less those
 * excluded from the minimum. A civilian figure that already leaves them out ("seven civilians"
 * beside "eight people") is not lowered again; combatants already counted are not subtracted
 * twice (they are within `total`, and the civilians below it).
 *
 * @example
 * excludeFromCivilians({ min: 6, max: 6, conservative: 6 }, { min: 6, max: 6, conservative: 6 }, [{ sentence: 1, count: 1, scope: 'both' }]);
 * // { min: 5, max: 5, conservative: 5 }
 */
export function excludeFromCivilians(civilians: Range, total: Range, exclusions: readonly Exclusion[]): Range {
  if (!exclusions.length || total.max === null) return civilians;
  const both = exclusions.filter((x) => x.scope === 'both').reduce((n, x) => n + x.count, 0);
  const low = exclusions.filter((x) => x.scope === 'min').reduce((n, x) => n + x.count, 0);
  const top = Math.max(0, total.max - both);
  const max = civilians.max === null ? top : Math.min(civilians.max, top);
  const floor = Math.max(0, top - low);
  const min = Math.min(civilians.min, max, floor);
  return { min, max, conservative: Math.max(min, Math.min(civilians.conservative, max, floor)) };
}

/** The combatants killed, raised to the people an exclusion names (`both`: at least; `min`: at most). */
export function includeInCombatants(combatants: Range, exclusions: readonly Exclusion[]): Range {
  if (!exclusions.length) return combatants;
  const both = exclusions.filter((x) => x.scope === 'both').reduce((n, x) => n + x.count, 0);
  const low = exclusions.filter((x) => x.scope === 'min').reduce((n, x) => n + x.count, 0);
  const min = Math.max(combatants.min, both);
  const max = combatants.max === null ? null : Math.max(combatants.max, both + low, min);
  return { min, max, conservative: Math.max(combatants.conservative, both) };
}

/** An event's ranges with its exclusions applied to the killed. */
export function withExclusions<T extends { civilians: HarmRanges; combatants: HarmRanges; total: HarmRanges }>(r: T, exclusions: readonly Exclusion[]): T {
  if (!exclusions.length) return r;
  return {
    ...r,
    civilians: { ...r.civilians, killed: excludeFromCivilians(r.civilians.killed, r.total.killed, exclusions) },
    combatants: { ...r.combatants, killed: includeInCombatants(r.combatants.killed, exclusions) },
  };
}

/**
 * "Ten bodies are believed to be under the rubble. The monitor has not yet included these
 * individuals in the casualty range": figures the analyst says are left out of the ranges
 * altogether, referred to by a demonstrative ("these individuals", "this information", "them").
 * Each row with an example the team wrote.
 */
export const LEFT_OUT_CUES: readonly { pattern: RegExp; example: string }[] = [
  { pattern: /\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:yet\s+)?(?:include[ds]?|count(?:ed|s)?|reflect(?:ed|s)?|record(?:ed|s)?)\s+(?:these|those|this|them|that)\b(?:\s+\w+)?\s+(?:in|among|within|into)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:casualty|fatality|death|harm)\s+(?:ranges?|counts?|tolls?|figures?|totals?)\b/i, example: 'The monitor has not yet included these individuals in the casualty range.' },
  { pattern: /\b(?:these|those|they|this)\b(?:\s+\w+)?\s+(?:have|has)\s+not\s+(?:yet\s+)?been\s+(?:included|counted|reflected|recorded)\s+(?:yet\s+)?(?:in|among|within)\s+(?:the\s+|our\s+)?(?:casualty|fatality|death|harm)\s+(?:ranges?|counts?|tolls?|figures?|totals?)\b/i, example: 'These bodies have not been counted in the casualty range until they are identified.' },
];

/**
 * The sentences (by index in `sentences`) that say the figures just before them are left out of
 * the ranges (see {@link LEFT_OUT_CUES}).
 *
 * @example
 * leftOutAt(['Ten bodies are still under the rubble.', 'We have not included these people in the casualty count.']); // [1]
 */
export function leftOutAt(sentences: readonly string[]): number[] {
  const out: number[] = [];
  sentences.forEach((text, k) => { if (LEFT_OUT_CUES.some((c) => c.pattern.test(text))) out.push(k); });
  return out;
}
