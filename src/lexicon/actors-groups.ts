import type { ActorKind } from '../report/types.js';

/**
 * Head nouns that make a run of capitalised words an organisation the table does not know:
 * "the Hamza Brigade", "Yaw Defense Force", "Tigers of Sinjar Front". Key is the lower-cased head.
 */
export const GROUP_HEADS: ReadonlyMap<string, ActorKind> = new Map<string, ActorKind>([
  // e.g. "The Sultan Murad Brigade shelled the village."
  ['brigade', 'armed-group'], ['brigades', 'armed-group'],
  // e.g. "Fighters of the Shaheed Battalion withdrew."
  ['battalion', 'armed-group'], ['battalions', 'armed-group'],
  // e.g. "The Levant Front claimed the attack."
  ['front', 'armed-group'],
  // e.g. "The Southern Liberation Army denied involvement."
  ['army', 'armed-group'],
  // e.g. "The Taze Guerrilla Force ambushed a convoy; Hill Defense Forces said…"
  ['force', 'armed-group'], ['forces', 'armed-group'],
  // e.g. "Tribal Mobilisation Militia members guarded the road."
  ['militia', 'armed-group'], ['militias', 'armed-group'],
  // e.g. "The 9th Armoured Division advanced."
  ['division', 'armed-group'], ['regiment', 'armed-group'], ['corps', 'armed-group'], ['guard', 'armed-group'], ['guards', 'armed-group'],
  // e.g. "The Yangon Urban Guerrillas claimed the bombing."
  ['guerrillas', 'armed-group'], ['guerrilla', 'armed-group'], ['fighters', 'armed-group'], ['comrades', 'armed-group'],
  // e.g. "The Free Homeland Movement said its members were arrested."
  ['movement', 'group'], ['organization', 'group'], ['organisation', 'group'], ['party', 'group'], ['alliance', 'group'],
  ['council', 'group'], ['assembly', 'group'], ['committee', 'group'], ['union', 'group'], ['coalition', 'group'], ['group', 'group'],
  // e.g. "The Mosul Relief Foundation distributed food."
  ['foundation', 'ngo'], ['society', 'ngo'], ['association', 'ngo'], ['network', 'ngo'],
  // e.g. "The Ministry of Water said the plant was hit." (institutions with a capitalised name)
  ['ministry', 'government'], ['department', 'government'], ['office', 'government'], ['agency', 'group'],
  ['command', 'state-forces'],
  // e.g. "The Kite Valley Recovery Fund paid for the repairs; the Board of Inquiry met on Monday."
  ['fund', 'international'], ['board', 'government'], ['programme', 'international'], ['program', 'international'],
]);

/**
 * Capitalised words that never start a group or person name: sentence openers, days, months.
 * Lower-cased.
 */
export const NAME_STOPWORDS: ReadonlySet<string> = new Set(
  `the a an this that these those in on at of for from by with to and or but as after before during while when where
  since until if he she it they we i his her its their our there here then however meanwhile also some many most all
  both each several few other another no not one two three four five six seven eight nine ten monday tuesday wednesday
  thursday friday saturday sunday january february march april may june july august september october november december
  mr mrs ms dr according said says told earlier later last next new`.split(/\s+/).filter(Boolean),
);

/**
 * Words after which a capitalised run is a place or a building, not a person or group:
 * "Ye Township", "Nuri Mosque". Lower-cased.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  `township district region state province governorate village town city street road camp hospital school mosque church
  market bridge university airport square neighbourhood neighborhood quarter valley mountain mountains river lake sea gulf
  island islands bay base prison station checkpoint crossing highway county ward monastery pagoda temple post
  hall gate compound factory company bank tower building hotel mine center centre clinic plantation farm space
  complex medical bakery shop store`.split(/\s+/).filter(Boolean),
);

/**
 * Nouns for members of a group right after its name: "IS fighters", "Hamas militants". The span
 * keeps the group's name only; the actor value says `members: true`. Lower-cased.
 */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set(
  `fighters fighter militants militant jihadists jihadist members member gunmen rebels rebel soldiers soldier troops
  insurgents insurgent terrorists terrorist commanders commander operatives operative loyalists snipers sniper
  suicide bombers bomber officers officer personnel units`.split(/\s+/).filter(Boolean),
);

/**
 * Words of organisation names that are never part of a person's name, though they may open a
 * group's ("General Administration Department", "Military Security Force"). Lower-cased.
 */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  `administration government affairs staff operations operation security military police army navy air defence
  defense interior foreign health education justice media news press public national international united federal
  central regional provincial municipal revolutionary democratic liberation`.split(/\s+/).filter(Boolean),
);
