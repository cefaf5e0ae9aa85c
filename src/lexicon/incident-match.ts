/**
 * Rules for turning events of many reports into incidents: which events become incident
 * candidates at all, how far apart in time and space two reports of one incident may be, and
 * how dates and places are bucketed into index cells. Data, each row with a sentence the team
 * wrote; the logic lives in `corpus/resolve.ts`, `corpus/cells.ts` and `corpus/events.ts`.
 *
 * Which event types are close ("an explosion" and "an air strike") is the events stage's
 * `typeAffinity` (lexicon/event-cues.ts): one table for both, so an event and an incident agree
 * on what "the same kind of thing" means.
 */
import type { EventType, PlacePrecision } from '../report/types.js';

/**
 * How many days may lie between two reports' date intervals of one incident. Reports date a
 * strike by the day they heard of it, a day or two late.
 *
 * "A strike on Friday killed 11" (published Saturday) and "the strike on 17 March" (published
 * a week later) are one incident; a strike five days later is another.
 */
export const DATE_SLACK_DAYS = 3;

/**
 * A date interval longer than this is too vague to place an incident in time ("in 2014",
 * "last year"): the event gets coarse index cells and merges with nothing.
 *
 * "Islamic State overran the city in 2014" is background, not an incident to merge.
 */
export const VAGUE_DATE_DAYS = 45;

/**
 * How far apart two places may lie and still be the scene of one incident, by the coarser of the
 * two precisions; null: never enough alone (a country says nothing about where).
 */
export const PLACE_LIMIT_KM: Readonly<Record<PlacePrecision, number | null>> = {
  // "the strike hit a house on Nablus Street" vs "a house near the Nablus Street market"
  point: 2,
  // "in the al-Jadida neighbourhood" vs "in Jadidah, western Mosul": one; "in Rifai" 3 km away: another
  district: 2,
  // "in Mosul" vs "in al-Jadida, western Mosul"
  city: 15,
  // "in Nineveh province" vs "in Mosul"
  region: 75,
  // "in Iraq" alone never places an incident
  country: null,
};

/**
 * Two differently named neighbourhoods (or camps, or villages, at district precision) are two
 * places unless their centres lie this close: adjacent neighbourhoods are often 1–2 km apart,
 * and a strike in one is not a strike in the other. A gazetteer gives transliterations of one
 * place one name ("Jadidah" → "al-Jadida"), so different names mean different places.
 *
 * "Nuseirat camp" and "Bureij camp" (about 1.5 km apart) are two places; "Jadida market" (a point)
 * inside "al-Jadida" is one.
 */
export const DISTINCT_DISTRICTS_KM = 1;

/** Rank of place precisions, finest first. */
export const PLACE_RANK: Readonly<Record<PlacePrecision, number>> = { point: 0, district: 1, city: 2, region: 3, country: 4 };

/**
 * Event types that are never incidents of civilian harm by themselves: they become incidents
 * only when the report gives a casualty figure for them.
 */
export const NON_HARM_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  // "Some 3,000 families fled the fighting in western Mosul."
  'Displacement',
  // "Hundreds protested outside the governor's office on Sunday."
  'Peaceful protest',
  // "Police dispersed the protesters with water cannon."
  'Protest with intervention',
  // "The two sides agreed a ceasefire on Tuesday."
  'Agreement',
  // "Police arrested three men at a checkpoint."
  'Arrests',
  // "The brigade announced it would withdraw from the front."
  'Change to group/activity',
  // "The militia set up a base in the school."
  'Headquarters or base established',
  // "The army handed the town over to the police."
  'Non-violent transfer of territory',
  // "Engineers defused a roadside bomb before it exploded."
  'Disrupted weapons use',
]);

/** Date bucket width for index cells, in days ("within a few days" spans at most two buckets). */
export const DATE_BUCKET_DAYS = 3;

/**
 * Place grid cell size for index cells, in degrees. Keys include the neighbouring cells, so two
 * places share a key when their cells are at most two apart: at least 2 × 0.5° × cos(latitude)
 * = 55 km at 60° north, more than any city limit; region places reach two cells out.
 */
export const PLACE_CELL_DEGREES = 0.5;

/**
 * Actor keys that name no side in particular: blaming them contradicts no one, and two reports
 * blaming them do not agree on anyone either.
 */
export const NAMELESS_SIDES: ReadonlySet<string> = new Set([
  // "Unidentified gunmen opened fire on the bus." vs "Islamic State fighters attacked the bus."
  'unidentified-armed-group',
]);

/**
 * How far back a belligerent's acknowledgment or denial dated only by the day it was made (its
 * report's publication, "said on Thursday") may reach for the incident it speaks of: statements
 * about civilian harm often come weeks after the strike.
 *
 * "The coalition acknowledged on Thursday (30 March) that a strike in al-Jadida earlier this
 * month probably killed civilians" speaks of the 19 March strike in al-Jadida, 11 days earlier.
 */
export const PAST_CLAIM_DAYS = 30;

/**
 * A belligerent is taken as active at an incident's place and time (Airwars' Fair needs the
 * suspected belligerent "active there then") when another incident that sources blame on it lies
 * within this distance and these days: the same city, about the same days.
 *
 * "Seven killed in Tal al-Hawa" (no doer named) on the night the Israeli military struck
 * Shujaiya, 4 km away: the Israeli military was active there then.
 */
export const ACTIVE_KM = 15;
export const ACTIVE_DAYS = 2;
