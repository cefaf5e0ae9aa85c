import type { ActorKind } from '../report/types.js';

/**
 * Words that mention an actor without naming it: personal pronouns and the head nouns of
 * common-noun phrases ("the militants", "a spokesman", "government troops"). The mentions stage
 * (`stages/mentions.ts`) reads them. Data, not logic; each group has an example sentence the
 * team wrote.
 */

/** What a personal pronoun can refer to: one person, or a group of people (an organisation). */
export type PronounReference = 'person' | 'group';

/**
 * Personal pronouns (subject, object, reflexive) that refer to people. Possessives ("his",
 * "their") are not mentions of their own: they modify the noun after them ("his family").
 * "it", "its" and "them" are left out: in reports they name things more often than actors.
 * "her" is both object and possessive: the stage keeps it only when no word of a noun phrase
 * follows ("told her" but not "her brother").
 */
export const MENTION_PRONOUNS: ReadonlyMap<string, PronounReference> = new Map([
  // e.g. "\"I saw the smoke from the roof,\" the teacher said; he then ran to the clinic."
  ['i', 'person'], ['me', 'person'], ['myself', 'person'],
  // e.g. "He said the convoy had turned back, and she told him the road was mined."
  ['he', 'person'], ['him', 'person'], ['himself', 'person'], ['she', 'person'], ['her', 'person'], ['herself', 'person'],
  // e.g. "\"We will rebuild the school,\" the council said; \"help us\", it added."
  ['we', 'group'], ['us', 'group'], ['ourselves', 'group'],
  // e.g. "The rebels left the hill at dawn; they said they would return."
  ['they', 'group'], ['themselves', 'group'],
] as const);

/** A head noun of a common-noun phrase that mentions an actor. */
export interface NominalRow {
  heads: readonly string[];
  kind: ActorKind;
}

/**
 * Head nouns (lower case, singular and plural as written) of phrases that mention a group or a
 * person: the phrase is the head with the determiner and modifiers before it ("the local
 * forces", "Iraqi security forces", "a senior Iraqi general"). A head that is a person
 * (`kind: 'person'`) is one person ("a spokesman"); any other is a group.
 */
export const NOMINALS: readonly NominalRow[] = [
  // e.g. "Militants shelled the market; the insurgents then withdrew to the hills."
  {
    kind: 'armed-group',
    heads: ['militants', 'militant', 'insurgents', 'insurgent', 'insurgency', 'terrorists', 'terrorist', 'extremists', 'jihadists',
      'jihadis', 'rebels', 'rebel', 'gunmen', 'gunman', 'fighters', 'attackers', 'attacker', 'snipers', 'sniper', 'militia',
      'militias', 'militiamen', 'assailants', 'perpetrators', 'enemy', 'opposition', 'kidnappers', 'captors', 'operatives',
      'tactical unit', 'tactical units'],
  },
  // e.g. "Government troops entered the town after the army had shelled it for a week."
  {
    kind: 'state-forces',
    heads: ['forces', 'troops', 'soldiers', 'army', 'military', 'navy', 'marines', 'police', 'policemen', 'units',
      'battalion', 'brigade', 'squadron', 'regiment', 'division', 'personnel', 'commandos', 'airmen', 'sailors', 'servicemen',
      'peacekeepers', 'warplanes', 'jets', 'crews', 'task force', 'advisers', 'advisors', 'trainers'],
  },
  // e.g. "The regime denied it, and the authorities closed the crossing; the ministry said nothing."
  {
    kind: 'government',
    heads: ['government', 'governments', 'regime', 'authorities', 'administration', 'ministry', 'cabinet', 'parliament',
      'council', 'officials', 'embassy'],
  },
  // e.g. "The coalition and its partners struck the depot; our allies flew the sorties."
  { kind: 'coalition', heads: ['coalition', 'allies', 'partners', 'alliance'] },
  // e.g. "The international community must act, and aid agencies asked for access."
  { kind: 'international', heads: ['international community', 'world community', 'agencies', 'donors', 'tribunal'] },
  // e.g. "The group claimed the attack; both parties and their backers met the two leaders."
  {
    kind: 'group',
    heads: ['group', 'groups', 'organization', 'organisation', 'organizations', 'organisations', 'parties', 'leaders',
      'countries', 'nations', 'members', 'team', 'teams', 'community', 'communities', 'network', 'networks', 'workforce',
      'wing', 'clan', 'tribe', 'tribes', 'men', 'backers', 'supporters', 'counterparts', 'experts', 'teachers', 'delegation',
      'delegations', 'company', 'firm'],
  },
  // e.g. "Doctors and nurses treated the wounded while reporters, activists and local elders watched."
  {
    kind: 'group',
    heads: ['citizens', 'businessmen', 'employees', 'friends', 'relatives', 'neighbours', 'neighbors', 'colleagues', 'crowds',
      'crowd', 'prisoners', 'reporters', 'artists', 'musicians', 'painters', 'poets', 'writers', 'doctors', 'nurses', 'medics',
      'paramedics', 'rescuers', 'firefighters', 'engineers', 'users', 'ministers', 'diplomats', 'politicians', 'lawmakers',
      'clerics', 'elders', 'tribesmen', 'youths', 'boys', 'girls', 'minorities', 'companies', 'businesses', 'media',
      'contractors', 'investigators', 'inspectors', 'monitors', 'observers', 'analysts', 'activists', 'guards', 'smugglers',
      'traffickers', 'recruits', 'defectors', 'commanders', 'generals', 'officers', 'agents', 'scholars', 'academics',
      'translators', 'linguists', 'founders', 'heroes', 'enthusiasts', 'dentists', 'farmers', 'traders', 'merchants',
      'pilgrims', 'tourists', 'travellers', 'travelers', 'migrants', 'asylum seekers', 'witnesses', 'others', 'comrades',
      'factories', 'arabs', 'kurds', 'sunnis', 'shias', 'shiites', 'christians', 'muslims', 'yazidis', 'turkmen',
      // e.g. "Member states and the guarantors of the truce asked the local councils and aid convoys to wait."
      'member states', 'councils', 'regimes', 'players', 'guarantors', 'responders', 'audience', 'prosecution', 'fund',
      'convoy', 'convoys', 'civil society'],
  },
  // e.g. "State television showed the damage, and a news agency quoted the army."
  { kind: 'media', heads: ['television', 'state television', 'news agency', 'state media', 'broadcaster', 'newspaper'] },
  // e.g. "Civilians fled as residents, refugees and their families sheltered in the school."
  {
    kind: 'civilians',
    heads: ['civilians', 'residents', 'people', 'refugees', 'families', 'family', 'children', 'women', 'villagers', 'victims',
      'students', 'patients', 'mourners', 'worshippers', 'journalists', 'protesters', 'demonstrators', 'inhabitants',
      'population', 'displaced', 'survivors', 'locals', 'passengers', 'workers', 'volunteers', 'hostages', 'detainees'],
  },
  // e.g. "A spokesman said the commander had met a tribal leader and the minister."
  {
    kind: 'person',
    heads: ['spokesman', 'spokeswoman', 'spokesperson', 'commander', 'general', 'president', 'minister', 'secretary',
      'ambassador', 'envoy', 'leader', 'sheikh', 'soldier', 'official', 'man', 'woman', 'boy', 'girl', 'child',
      'resident', 'witness', 'doctor', 'journalist', 'teacher', 'engineer', 'carpenter', 'musician', 'father',
      'mother', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'adviser', 'advisor', 'chief', 'governor',
      'mayor', 'prime minister', 'foreign secretary', 'chargé', 'survivor', 'victim', 'hostage', 'pilot', 'medic', 'nurse',
      'activist', 'lawyer', 'judge', 'prosecutor', 'driver', 'farmer', 'shopkeeper', 'imam', 'hero'],
  },
];

/** Words that open a noun phrase and belong to the mention: "the", "a", "these", "our", "some". */
export const MENTION_DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'some', 'many',
  'several', 'all', 'both', 'other', 'another', 'every', 'each', 'no',
]);
