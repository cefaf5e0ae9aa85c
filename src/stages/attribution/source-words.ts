/**
 * Word lists the attribution rules use to read a source noun phrase. Data, not logic; each group
 * has an example sentence the team wrote.
 */

/** Subject pronouns that can be a source, by what they can refer to. */
export const PRONOUNS: Readonly<Record<string, 'person' | 'thing' | 'plural' | 'speaker'>> = {
  // "He said the convoy was turned back."
  he: 'person', she: 'person',
  // "It said the strike hit a weapons depot." (an organisation)
  it: 'thing',
  // "They claimed the shells came from the hills."
  they: 'plural',
  // "We did not see any fighters, she said." (first and second person: left as written)
  i: 'speaker', we: 'speaker', you: 'speaker',
};

/** Object pronouns that can be a hearer after "told": "told him the road was closed". */
export const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'it']);

/** Possessive determiners: "his aide said", "their spokesman said". */
export const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Heads of a noun phrase that make a source anonymous when no name follows them:
 * "another Defense Department official, who spoke on condition of anonymity"; "a senior Iraqi
 * officer said"; "sources said"; "witnesses said"; "a spokesman said".
 */
export const ANONYMOUS_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson',
  'spokespeople', 'witness', 'witnesses', 'resident', 'residents', 'officer', 'officers',
  'diplomat', 'diplomats', 'aide', 'aides', 'people', 'person', 'activist', 'activists',
  'medic', 'medics', 'doctor', 'doctors', 'commander', 'commanders', 'soldier', 'soldiers',
  'fighter', 'fighters', 'member', 'members', 'villager', 'villagers', 'survivor', 'survivors',
  'relative', 'relatives', 'analyst', 'analysts', 'insider', 'insiders', 'observers',
]);

/** Heads of civilian witnesses ("residents said") → kind `civilians`. */
export const CIVILIAN_HEADS = new Set([
  'witness', 'witnesses', 'resident', 'residents', 'villager', 'villagers', 'survivor',
  'survivors', 'relative', 'relatives', 'people', 'person',
]);

/** Phrases inside a source that say it asked not to be named. */
export const ANONYMITY_MARKERS = [
  // "an official who spoke on condition of anonymity said"
  'anonymity',
  // "a source who was not authorized to speak publicly said"
  'not authorized', 'not authorised',
  // "a police officer who declined to be named said"
  'declined to be named', 'asked not to be named', 'not be named', 'not be identified',
];

/** Titles that mark a person: "Gen. Townsend", "Col. Joe Scrocca", "Mr Ahmed". */
export const PERSON_TITLES = new Set([
  'gen.', 'gen', 'general', 'col.', 'col', 'colonel', 'lt.', 'lt', 'maj.', 'maj', 'major', 'capt.',
  'capt', 'captain', 'sgt.', 'sgt', 'adm.', 'admiral', 'brig.', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms',
  'dr.', 'dr', 'president', 'prime', 'minister', 'secretary', 'senator', 'sen.', 'rep.', 'gov.',
  'governor', 'mayor', 'spokesman', 'spokeswoman', 'sheikh', 'imam', 'commander', 'ambassador',
  'envoy', 'chief',
]);

/**
 * Words that make a proper-noun phrase an organisation rather than a person ("The Pentagon",
 * "the U.N. Assistance Mission to Iraq", "Amnesty International"). Used for pronoun resolution
 * when the actors stage has no span for the phrase: "he" never refers back to "the Pentagon".
 */
export const ORGANISATION_WORDS = new Set([
  'pentagon', 'kremlin', 'house', 'ministry', 'department', 'mission', 'nations', 'agency', 'office',
  'committee', 'council', 'police', 'forces', 'force', 'army', 'military', 'navy', 'coalition',
  'government', 'amnesty', 'international', 'watch', 'reuters', 'ap', 'afp', 'bbc', 'cnn', 'times',
  'post', 'news', 'group', 'groups', 'organization', 'organisation', 'command', 'centcom', 'state',
  'states', 'iraq', 'syria', 'us', 'u.s.', 'usa', 'un', 'u.n.', 'nato', 'union', 'party', 'campaign',
  'court', 'red', 'cross', 'crescent', 'observatory', 'association', 'institute', 'university',
  'unicef', 'who', 'unhcr', 'ocha', 'administration', 'senate', 'congress', 'parliament', 'cabinet',
  'militia', 'brigade', 'battalion', 'division', 'corps', 'is', 'isis', 'isil', 'daesh', 'taliban',
  'hamas', 'hezbollah', 'television', 'tv', 'radio', 'agency', 'press', 'media', 'report', 'reports',
]);

/**
 * Adjectives whose prepositional complement stays inside a subject: "an official familiar with
 * the talks said", "people close to the mayor say", "aides privy to the plan".
 */
export const COMPLEMENT_ADJECTIVES = new Set([
  'familiar', 'close', 'closer', 'closest', 'privy', 'loyal', 'friendly', 'sympathetic', 'opposed', 'hostile', 'near',
]);

/** Pronouns that head a relative clause in a subject: "those who voted early say", "anyone who reads the report knows". */
export const RELATIVE_HEAD_PRONOUNS = new Set([
  'those', 'anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'others', 'many', 'some', 'few', 'all', 'none',
]);

/** Words that may sit between a subject and its verb without ending the subject. */
export const TIME_WORDS = new Set([
  'yesterday', 'today', 'tonight', 'earlier', 'later', 'recently', 'previously', 'also', 'already',
  'still', 'now', 'then', 'again', 'repeatedly', 'publicly', 'privately', 'separately', 'initially',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'late', 'early',
]);

/** Words that do not make a content on their own: "He said nothing." is not a claim. */
export const EMPTY_CONTENT = new Set([
  'nothing', 'little', 'much', 'something', 'anything', 'more',
  'otherwise', 'none', 'less',
]);
