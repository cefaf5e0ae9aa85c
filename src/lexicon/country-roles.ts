/**
 * Words that tell how a country's name is used in a sentence (see `stages/places/country-role.ts`):
 * as a place ("strikes in Syria"), as an actor ("Syria has accused Israel"), or as a modifier of
 * another name ("U.S. forces", "the UK Government"). Lower-cased.
 */

/**
 * Nouns (or capitalised name openers) right after a country's name that make the name a modifier:
 * the country is then neither a place nor an actor by itself.
 */
export const COUNTRY_MODIFIED_NOUNS: ReadonlySet<string> = new Set(
  // e.g. "U.S. forces withdrew; French jets struck; the UK Government said; U.S. Central Command reported."
  `forces force troops military army navy marines marine air airmen soldiers soldier personnel service servicemen
  officials official government authorities ministry department embassy envoy delegation diplomats diplomat president
  minister ministers leader leaders commander commanders warplanes jets aircraft planes drones drone strike strikes
  airstrike airstrikes raid raids operation operations central special defense defence foreign state national armed coast
  secretary spokesman spokeswoman spokesperson command headquarters intelligence police parliament senate congress`
    .split(/\s+/).filter(Boolean),
);

/** Words joined to a country's name by a hyphen that make it a modifier: "U.S.-led", "Iran-backed". */
export const COUNTRY_HYPHEN_MODIFIERS: ReadonlySet<string> = new Set(['led', 'backed', 'based', 'sponsored', 'supported', 'funded', 'trained', 'made', 'brokered']);

/**
 * Words that may stand right before a coordination of countries in subject position: the list
 * then opens a clause ("…, and Russia launched", "but Iran denied"). Lower-cased.
 */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set(
  // e.g. "Officials said that Turkey had closed the crossing, but Iran denied it."
  `that but and while whereas as since because although though when after before so yet meanwhile also`.split(/\s+/).filter(Boolean),
);

/** Adverbs that may stand between a subject and its verb: "Russia also launched", "Iraq has since said". */
export const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(
  // e.g. "Jordan also condemned the attack."
  `also has have had will would could may might must should then later again still already reportedly repeatedly
  previously now never not allegedly subsequently immediately jointly`.split(/\s+/).filter(Boolean),
);
