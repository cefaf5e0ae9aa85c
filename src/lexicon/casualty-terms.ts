/**
 * Words that make a number a casualty figure: the people nouns (with the group they belong to),
 * the verbs and nouns that say what happened to them, and the hedges that mark a claim.
 *
 * Group conventions (../shared/docs/DOMAIN.md): clearly civilian nouns → `civilians`; armed
 * actors, including police (state forces) → `combatants`; "people", "men", "others" → `unknown`
 * (ACLED's reading; Airwars would presume civilians, which later stages may do).
 */
import type { CasualtyGroup, CasualtyKind } from '../report/types.js';

export interface PersonNoun {
  sg: string;
  pl: string;
  group: CasualtyGroup;
}

/** People nouns. Each row: singular, plural, group. */
export const PERSON_NOUNS: readonly PersonNoun[] = [
  { sg: 'civilian', pl: 'civilians', group: 'civilians' }, // "Eleven civilians were killed."
  { sg: 'resident', pl: 'residents', group: 'civilians' }, // "Two residents were wounded by shrapnel."
  { sg: 'villager', pl: 'villagers', group: 'civilians' }, // "The blast injured nine villagers."
  { sg: 'local', pl: 'locals', group: 'civilians' }, // "Three locals were detained at the checkpoint."
  { sg: 'inhabitant', pl: 'inhabitants', group: 'civilians' }, // "Hundreds of inhabitants fled."
  { sg: 'child', pl: 'children', group: 'civilians' }, // "Four children died in the fire."
  { sg: 'kid', pl: 'kids', group: 'civilians' }, // "Two kids were hurt."
  { sg: 'woman', pl: 'women', group: 'civilians' }, // "A woman was killed by the shell."
  { sg: 'girl', pl: 'girls', group: 'civilians' }, // "A girl was injured."
  { sg: 'boy', pl: 'boys', group: 'civilians' }, // "The boy died in hospital."
  { sg: 'baby', pl: 'babies', group: 'civilians' }, // "A baby was among the dead."
  { sg: 'infant', pl: 'infants', group: 'civilians' }, // "Two infants were killed."
  { sg: 'toddler', pl: 'toddlers', group: 'civilians' }, // "A toddler was hurt."
  { sg: 'teenager', pl: 'teenagers', group: 'civilians' }, // "Three teenagers were arrested."
  { sg: 'youth', pl: 'youths', group: 'civilians' }, // "Two youths were detained."
  { sg: 'student', pl: 'students', group: 'civilians' }, // "Two students were reportedly injured."
  { sg: 'schoolteacher', pl: 'schoolteachers', group: 'civilians' }, // "The bomb injured five schoolteachers."
  { sg: 'teacher', pl: 'teachers', group: 'civilians' }, // "A teacher was abducted."
  { sg: 'pupil', pl: 'pupils', group: 'civilians' }, // "Six pupils were hurt."
  { sg: 'farmer', pl: 'farmers', group: 'civilians' }, // "Two farmers stepped on a mine and died."
  { sg: 'worker', pl: 'workers', group: 'civilians' }, // "Four aid workers were killed."
  { sg: 'staff', pl: 'staff', group: 'civilians' }, // "One hospital staff was injured."
  { sg: 'journalist', pl: 'journalists', group: 'civilians' }, // "Two journalists were detained."
  { sg: 'reporter', pl: 'reporters', group: 'civilians' }, // "A reporter was wounded."
  { sg: 'doctor', pl: 'doctors', group: 'civilians' }, // "Three doctors were killed."
  { sg: 'nurse', pl: 'nurses', group: 'civilians' }, // "A nurse was hurt."
  { sg: 'paramedic', pl: 'paramedics', group: 'civilians' }, // "Two paramedics died."
  { sg: 'medic', pl: 'medics', group: 'civilians' }, // "Three medics were wounded while rescuing the injured."
  { sg: 'patient', pl: 'patients', group: 'civilians' }, // "Five patients were killed."
  { sg: 'worshipper', pl: 'worshippers', group: 'civilians' }, // "Ten worshippers were injured."
  { sg: 'passenger', pl: 'passengers', group: 'civilians' }, // "Seven passengers died."
  { sg: 'shopper', pl: 'shoppers', group: 'civilians' }, // "Dozens of shoppers were hurt."
  { sg: 'pedestrian', pl: 'pedestrians', group: 'civilians' }, // "A pedestrian was killed."
  { sg: 'protester', pl: 'protesters', group: 'civilians' }, // "Twelve protesters were arrested."
  { sg: 'protestor', pl: 'protestors', group: 'civilians' }, // "Two protestors were shot dead."
  { sg: 'demonstrator', pl: 'demonstrators', group: 'civilians' }, // "Police detained 30 demonstrators."
  { sg: 'mourner', pl: 'mourners', group: 'civilians' }, // "Nine mourners were killed."
  { sg: 'pilgrim', pl: 'pilgrims', group: 'civilians' }, // "Three pilgrims were hurt."
  { sg: 'monk', pl: 'monks', group: 'civilians' }, // "Two monks were arrested."
  { sg: 'refugee', pl: 'refugees', group: 'civilians' }, // "Six refugees drowned."
  { sg: 'idp', pl: 'idps', group: 'civilians' }, // "Two IDPs were injured."
  { sg: 'family', pl: 'families', group: 'civilians' }, // "Forty families fled."
  { sg: 'relative', pl: 'relatives', group: 'civilians' }, // "Two relatives were killed."
  { sg: 'neighbour', pl: 'neighbours', group: 'civilians' }, // "At least five neighbours were killed."
  { sg: 'neighbor', pl: 'neighbors', group: 'civilians' }, // "Two neighbors were hurt."
  { sg: 'mother', pl: 'mothers', group: 'civilians' }, // "Two children and their mother were killed."
  { sg: 'father', pl: 'fathers', group: 'civilians' }, // "A father was killed."
  { sg: 'son', pl: 'sons', group: 'civilians' }, // "A woman and her four sons were killed."
  { sg: 'daughter', pl: 'daughters', group: 'civilians' }, // "His two daughters were wounded."
  { sg: 'brother', pl: 'brothers', group: 'civilians' }, // "Two brothers died."
  { sg: 'sister', pl: 'sisters', group: 'civilians' }, // "Three sisters were injured."
  { sg: 'sibling', pl: 'siblings', group: 'civilians' }, // "Five siblings were killed in the house."
  { sg: 'nephew', pl: 'nephews', group: 'civilians' }, // "His nephew was killed with him."
  { sg: 'niece', pl: 'nieces', group: 'civilians' }, // "Two nieces were wounded."
  { sg: 'cousin', pl: 'cousins', group: 'civilians' }, // "Three cousins died in the strike."
  { sg: 'uncle', pl: 'uncles', group: 'civilians' }, // "Her uncle was injured."
  { sg: 'aunt', pl: 'aunts', group: 'civilians' }, // "His aunt was killed."
  { sg: 'grandson', pl: 'grandsons', group: 'civilians' }, // "Two grandsons were killed."
  { sg: 'granddaughter', pl: 'granddaughters', group: 'civilians' }, // "Her granddaughter was wounded."
  { sg: 'wife', pl: 'wives', group: 'civilians' }, // "He and his wife were killed."
  { sg: 'husband', pl: 'husbands', group: 'civilians' }, // "Her husband was injured."
  { sg: 'grandmother', pl: 'grandmothers', group: 'civilians' }, // "A grandmother died."
  { sg: 'grandfather', pl: 'grandfathers', group: 'civilians' }, // "A grandfather died."
  { sg: 'grandchild', pl: 'grandchildren', group: 'civilians' }, // "Three grandchildren were killed."
  { sg: 'bride', pl: 'brides', group: 'civilians' }, // "The bride was killed."
  { sg: 'fisherman', pl: 'fishermen', group: 'civilians' }, // "Two fishermen were detained."
  { sg: 'watchman', pl: 'watchmen', group: 'civilians' }, // "A night watchman was injured."
  { sg: 'shepherd', pl: 'shepherds', group: 'civilians' }, // "A shepherd was killed by a mine."
  { sg: 'iraqi', pl: 'iraqis', group: 'civilians' }, // "Some 3 million Iraqis were displaced."
  { sg: 'syrian', pl: 'syrians', group: 'civilians' }, // "Thousands of Syrians fled."
  { sg: 'palestinian', pl: 'palestinians', group: 'civilians' }, // "Nine Palestinians were killed."
  { sg: 'afghan', pl: 'afghans', group: 'civilians' }, // "Two Afghans were wounded."
  { sg: 'yemeni', pl: 'yemenis', group: 'civilians' }, // "Twenty Yemenis died."
  { sg: 'libyan', pl: 'libyans', group: 'civilians' }, // "Five Libyans were hurt."
  { sg: 'ukrainian', pl: 'ukrainians', group: 'civilians' }, // "Millions of Ukrainians fled."
  { sg: 'rohingya', pl: 'rohingya', group: 'civilians' }, // "Hundreds of Rohingya fled."
  { sg: 'kurd', pl: 'kurds', group: 'civilians' }, // "Three Kurds were detained."
  { sg: 'soldier', pl: 'soldiers', group: 'combatants' }, // "Five soldiers died."
  { sg: 'troop', pl: 'troops', group: 'combatants' }, // "Two troops were wounded."
  { sg: 'militant', pl: 'militants', group: 'combatants' }, // "Six militants were killed."
  { sg: 'fighter', pl: 'fighters', group: 'combatants' }, // "Dozens of IS fighters were killed."
  { sg: 'jihadist', pl: 'jihadists', group: 'combatants' }, // "The raid killed four other IS jihadists."
  { sg: 'insurgent', pl: 'insurgents', group: 'combatants' }, // "Three insurgents died."
  { sg: 'rebel', pl: 'rebels', group: 'combatants' }, // "Ten rebels were captured."
  { sg: 'gunman', pl: 'gunmen', group: 'combatants' }, // "Two gunmen were killed."
  { sg: 'attacker', pl: 'attackers', group: 'combatants' }, // "One attacker was killed."
  { sg: 'assailant', pl: 'assailants', group: 'combatants' }, // "Two assailants were arrested."
  { sg: 'bomber', pl: 'bombers', group: 'combatants' }, // "The bomber died."
  { sg: 'terrorist', pl: 'terrorists', group: 'combatants' }, // "Five terrorists were killed."
  { sg: 'militiaman', pl: 'militiamen', group: 'combatants' }, // "Three militiamen were hurt."
  { sg: 'combatant', pl: 'combatants', group: 'combatants' }, // "Twenty combatants died."
  { sg: 'guard', pl: 'guards', group: 'combatants' }, // "Two guards were wounded."
  { sg: 'policeman', pl: 'policemen', group: 'combatants' }, // "A policeman was killed."
  { sg: 'police', pl: 'police', group: 'combatants' }, // "Nine police died in the ambush."
  { sg: 'officer', pl: 'officers', group: 'combatants' }, // "Three police officers were injured."
  { sg: 'serviceman', pl: 'servicemen', group: 'combatants' }, // "Two servicemen were killed."
  { sg: 'servicemember', pl: 'servicemembers', group: 'combatants' }, // "A servicemember died."
  { sg: 'marine', pl: 'marines', group: 'combatants' }, // "Two marines were wounded."
  { sg: 'commander', pl: 'commanders', group: 'combatants' }, // "A commander was killed."
  { sg: 'captain', pl: 'captains', group: 'combatants' }, // "Four soldiers, including a captain, died."
  { sg: 'lieutenant', pl: 'lieutenants', group: 'combatants' }, // "A lieutenant was wounded."
  { sg: 'sergeant', pl: 'sergeants', group: 'combatants' }, // "Two sergeants died."
  { sg: 'colonel', pl: 'colonels', group: 'combatants' }, // "A colonel was killed in the ambush."
  { sg: 'corporal', pl: 'corporals', group: 'combatants' }, // "A corporal was injured."
  { sg: 'general', pl: 'generals', group: 'combatants' }, // "120 soldiers and a senior general were killed."
  { sg: 'sniper', pl: 'snipers', group: 'combatants' }, // "Two snipers were killed."
  { sg: 'mercenary', pl: 'mercenaries', group: 'combatants' }, // "Four mercenaries died."
  { sg: 'recruit', pl: 'recruits', group: 'combatants' }, // "Ten recruits were killed."
  { sg: 'personnel', pl: 'personnel', group: 'combatants' }, // "Five military personnel died."
  { sg: 'person', pl: 'people', group: 'unknown' }, // "Two people were killed."
  { sg: 'person', pl: 'persons', group: 'unknown' }, // "Three persons were arrested."
  { sg: 'man', pl: 'men', group: 'unknown' }, // "Four men were killed by the blast."
  { sg: 'individual', pl: 'individuals', group: 'unknown' }, // "Six individuals were detained."
  { sg: 'member', pl: 'members', group: 'unknown' }, // "Three PDF members were killed." (group from modifiers)
  { sg: 'other', pl: 'others', group: 'unknown' }, // "Two died and eight others were injured." (group from the figure before)
  { sg: 'victim', pl: 'victims', group: 'unknown' }, // "Nine victims were buried."
  { sg: 'body', pl: 'bodies', group: 'unknown' }, // "Six bodies were recovered."
  { sg: 'informer', pl: 'informers', group: 'unknown' }, // "The informer died."
  { sg: 'owner', pl: 'owners', group: 'unknown' }, // "The owner was killed by the blast."
  { sg: 'administrator', pl: 'administrators', group: 'unknown' }, // "The administrator was injured."
  { sg: 'official', pl: 'officials', group: 'unknown' }, // "Two officials were abducted."
  { sg: 'driver', pl: 'drivers', group: 'unknown' }, // "A driver was killed."
  { sg: 'occupant', pl: 'occupants', group: 'unknown' }, // "All five occupants died."
  { sg: 'survivor', pl: 'survivors', group: 'unknown' }, // "Two survivors were injured."
  { sg: 'population', pl: 'populations', group: 'civilians' }, // "About 8,000 of the town's population have fled."
];

/** Nouns for a group, never one person: "the Abu Ali family was killed" does not count 1. */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(['family', 'staff', 'police', 'personnel', 'crew', 'household', 'clan', 'tribe', 'population']);

/** Nouns in -er/-or/-ist that are not people, kept out of the suffix guess: "an unknown number of", "the list". */
export const NOT_PEOPLE_ER: ReadonlySet<string> = new Set([
  'number', 'border', 'order', 'water', 'center', 'centre', 'quarter', 'shelter', 'helicopter', 'container',
  'tower', 'corner', 'power', 'river', 'winter', 'summer', 'computer', 'paper', 'letter', 'chamber',
  'cluster', 'matter', 'trailer', 'tractor', 'motor', 'sector', 'floor', 'door', 'corridor', 'reactor',
  'generator', 'monitor', 'error', 'mirror', 'launcher', 'bunker', 'tanker', 'carrier', 'theater', 'theatre',
  'barrier', 'layer', 'counter', 'officer', 'meter', 'litre', 'liter', 'factor', 'harbour', 'harbor', 'neighbour',
  // -ist, -er words that are things: "a list of the dead was killed" is no person.
  'list', 'playlist', 'checklist', 'wrist', 'fist', 'twist', 'mist', 'prayer', 'poster', 'banner', 'sticker', 'folder',
  'cover', 'anger', 'danger', 'fever', 'hunger', 'finger', 'shoulder', 'ladder', 'cylinder', 'rubber', 'timber', 'cancer',
]);

/** Nouns that count groups of people, not people: "400 families fled" is a displacement figure
 * in families; "one family was killed" is no count of people. */
export const UNIT_NOUNS: ReadonlySet<string> = new Set(['family', 'families', 'household', 'households', 'clan', 'clans', 'tribe', 'tribes']);

/** Words before a people noun that decide its group: "civilian casualties", "IS fighters". */
export const GROUP_MODIFIERS: Readonly<Record<string, CasualtyGroup>> = {
  civilian: 'civilians', // "Two civilian men were killed."
  family: 'civilians', // "Fifteen family members were killed."
  unarmed: 'civilians', // "Two unarmed men were shot."
  military: 'combatants', // "Five military personnel died."
  army: 'combatants', // "Three army officers were injured."
  police: 'combatants', // "Three police officers were injured."
  security: 'combatants', // "Four security personnel were killed."
  militia: 'combatants', // "Two militia members died."
  armed: 'combatants', // "Six armed men were killed."
  rebel: 'combatants', // "Ten rebel fighters were captured."
  government: 'combatants', // "Nine government troops died."
  is: 'combatants', // "Four IS members were killed."
  isis: 'combatants', // "Two ISIS members were killed."
  pdf: 'combatants', // "Three PDF members were killed."
};

/**
 * How a cue relates to the figure it marks.
 * - `active`: a transitive verb; before the figure it takes it as object ("killed 11 civilians");
 *   after it, only in the passive or as a reduced relative ("11 civilians (were) killed").
 * - `after`: only after the figure ("5 soldiers died", "two people are missing").
 * - `noun`: the figure's own head noun ("11 fatalities", "40 dead", "6 bodies").
 * - `toll`: a tally before the figure, with a few bridging words ("the death toll rose to 40").
 */
export type CueRole = 'active' | 'after' | 'noun' | 'toll';

export interface KindCue {
  words: readonly string[];
  kind: CasualtyKind;
  role: CueRole;
  /** The figure is a lower bound even when written exactly ("6 bodies were recovered"). */
  openEnded?: boolean;
  /** The figure tallies others stated elsewhere ("the death toll rose to 40"). */
  aggregate?: boolean;
  /** An active verb that never takes the figure as its object (too often figurative). */
  noObject?: boolean;
}

export const KIND_CUES: readonly KindCue[] = [
  { words: ['killed'], kind: 'killed', role: 'active' }, // "The strike killed 11 civilians." / "11 civilians were killed."
  { words: ['killing'], kind: 'killed', role: 'active' }, // "…killing at least 5."
  { words: ['kills'], kind: 'killed', role: 'active' }, // "Blast kills 9 villagers."
  { words: ['kill'], kind: 'killed', role: 'active' }, // "Strikes kill 20 people."
  { words: ['shot', 'dead'], kind: 'killed', role: 'active' }, // "Troops shot dead two protesters."
  { words: ['slain'], kind: 'killed', role: 'after' }, // "Three monks were slain."
  { words: ['reported', 'as', 'killed'], kind: 'killed', role: 'after' }, // "Sami Haddad was also reported as killed by one source."
  { words: ['listed', 'as', 'killed'], kind: 'killed', role: 'after' }, // "Two neighbours were listed as killed by the ministry."
  { words: ['reported', 'as', 'injured'], kind: 'injured', role: 'after' }, // "Her son was reported as injured."
  { words: ['reported', 'as', 'wounded'], kind: 'injured', role: 'after' }, // "Three guards were reported as wounded."
  { words: ['massacred'], kind: 'killed', role: 'active' }, // "Gunmen massacred 30 villagers."
  { words: ['executed'], kind: 'killed', role: 'active' }, // "IS executed 12 men."
  { words: ['murdered'], kind: 'killed', role: 'active' }, // "Two teachers were murdered."
  { words: ['claimed', 'the', 'lives', 'of'], kind: 'killed', role: 'active' }, // "The blast claimed the lives of six people."
  { words: ['deaths', 'of'], kind: 'killed', role: 'active' }, // "…leading to the deaths of at least seven civilians."
  { words: ['death', 'of'], kind: 'killed', role: 'active' }, // "The strike resulted in the death of one civilian."
  { words: ['bodies', 'of'], kind: 'killed', role: 'active', openEnded: true }, // "Rescuers pulled out the bodies of six people." (a lower bound, like "six bodies")
  { words: ['killing', 'of'], kind: 'killed', role: 'active' }, // "The army denied the killing of 12 villagers."
  { words: ['among', 'the', 'dead', 'were'], kind: 'killed', role: 'active' }, // "Among the dead were six children."
  { words: ['among', 'the', 'killed', 'were'], kind: 'killed', role: 'active' }, // "Among the killed were two nurses."
  { words: ['among', 'those', 'killed', 'were'], kind: 'killed', role: 'active' }, // "Among those killed were three brothers."
  { words: ['among', 'the', 'injured', 'were'], kind: 'injured', role: 'active' }, // "Among the injured were four women."
  { words: ['among', 'the', 'wounded', 'were'], kind: 'injured', role: 'active' }, // "Among the wounded were two medics."
  { words: ['died'], kind: 'killed', role: 'after' }, // "Five soldiers died."
  { words: ['die'], kind: 'killed', role: 'after' }, // "Two people die in shelling."
  { words: ['dies'], kind: 'killed', role: 'after' }, // "One civilian dies of wounds."
  { words: ['perished'], kind: 'killed', role: 'after' }, // "Forty people perished."
  { words: ['drowned'], kind: 'killed', role: 'after' }, // "Six refugees drowned."
  { words: ['dead'], kind: 'killed', role: 'after' }, // "Two people dead after the blast." / "40 dead."
  { words: ['lost', 'their', 'lives'], kind: 'killed', role: 'after' }, // "Nine civilians lost their lives."
  { words: ['lost', 'his', 'life'], kind: 'killed', role: 'after' }, // "A man lost his life."
  { words: ['lost', 'her', 'life'], kind: 'killed', role: 'after' }, // "A woman lost her life."
  { words: ['fatalities'], kind: 'killed', role: 'noun' }, // "The blast caused 6 fatalities."
  { words: ['deaths'], kind: 'killed', role: 'noun' }, // "Outlets reported 15 deaths."
  { words: ['dead'], kind: 'killed', role: 'noun' }, // "The attack left 11 dead."
  { words: ['bodies'], kind: 'killed', role: 'noun', openEnded: true }, // "Six bodies were recovered."
  { words: ['corpses'], kind: 'killed', role: 'noun', openEnded: true }, // "Rescuers pulled out 4 corpses."
  { words: ['death', 'toll'], kind: 'killed', role: 'toll', aggregate: true }, // "The death toll rose to 40."
  { words: ['toll'], kind: 'killed', role: 'toll', aggregate: true }, // "The toll stood at 12."
  { words: ['fatalities'], kind: 'killed', role: 'toll', aggregate: true }, // "Fatalities were put at 9."
  { words: ['number', 'of', 'deaths'], kind: 'killed', role: 'toll', aggregate: true }, // "The number of deaths had risen to four."
  { words: ['number', 'of', 'dead'], kind: 'killed', role: 'toll', aggregate: true }, // "The number of dead stood at 12."
  { words: ['number', 'of', 'martyrs'], kind: 'killed', role: 'toll', aggregate: true }, // "The number of martyrs has risen to eight."
  { words: ['number', 'of', 'victims'], kind: 'killed', role: 'toll', aggregate: true }, // "…raising the number of victims to ten."
  { words: ['number', 'of', 'fatalities'], kind: 'killed', role: 'toll', aggregate: true }, // "The number of fatalities climbed to 30."
  { words: ['number', 'killed'], kind: 'killed', role: 'toll', aggregate: true }, // "Medics put the number killed at 40."
  { words: ['number', 'of', 'killed'], kind: 'killed', role: 'toll', aggregate: true }, // "A journalist put the number of killed at 12."
  { words: ['number', 'of', 'people', 'killed'], kind: 'killed', role: 'toll', aggregate: true }, // "The number of people killed has risen to 6."
  { words: ['number', 'of', 'those', 'killed'], kind: 'killed', role: 'toll', aggregate: true }, // "The number of those killed stood at 9."
  { words: ['number', 'of', 'civilians', 'killed'], kind: 'killed', role: 'toll', aggregate: true }, // "The number of civilians killed rose to 12."
  { words: ['martyrs'], kind: 'killed', role: 'noun' }, // "The post said there were 15 martyrs in the house." (the Arabic word for the dead of an attack)
  { words: ['martyred'], kind: 'killed', role: 'after' }, // "Four Palestinians were martyred in the bombing."
  { words: ['injured'], kind: 'injured', role: 'active' }, // "The blast injured two people." / "Two were injured."
  { words: ['injuring'], kind: 'injured', role: 'active' }, // "…injuring nine villagers."
  { words: ['injures'], kind: 'injured', role: 'active' }, // "Bomb injures 4."
  { words: ['injuried'], kind: 'injured', role: 'active' }, // "2 died and 2 injuried." / "a blast injuried one soldier" (common misspelling)
  { words: ['wounded'], kind: 'injured', role: 'active' }, // "The shelling wounded six civilians."
  { words: ['wounding'], kind: 'injured', role: 'active' }, // "…wounding three soldiers."
  { words: ['hurt'], kind: 'injured', role: 'active', noObject: true }, // "Two guards were hurt." (not "it hurt him among voters": figurative)
  { words: ['sustained', 'injuries'], kind: 'injured', role: 'after' }, // "Three civilians sustained injuries."
  { words: ['sustained', 'serious', 'injuries'], kind: 'injured', role: 'after' }, // "Two sustained serious injuries."
  { words: ['sustained', 'moderate', 'injuries'], kind: 'injured', role: 'after' }, // "Five relatives sustained moderate injuries."
  { words: ['sustained', 'minor', 'injuries'], kind: 'injured', role: 'after' }, // "A neighbour sustained minor injuries."
  { words: ['sustained', 'severe', 'injuries'], kind: 'injured', role: 'after' }, // "Two boys sustained severe injuries."
  { words: ['sustained', 'critical', 'injuries'], kind: 'injured', role: 'after' }, // "One woman sustained critical injuries."
  { words: ['sustained', 'wounds'], kind: 'injured', role: 'after' }, // "Four men sustained wounds."
  { words: ['sustaining', 'injuries'], kind: 'injured', role: 'after' }, // "…with two people sustaining injuries."
  { words: ['suffered', 'injuries'], kind: 'injured', role: 'after' }, // "Three neighbours suffered injuries."
  { words: ['suffering', 'injuries'], kind: 'injured', role: 'after' }, // "…, with four passers-by suffering injuries."
  { words: ['injuries', 'to'], kind: 'injured', role: 'active' }, // "The blast caused injuries to five shopkeepers."
  { words: ['injuries'], kind: 'injured', role: 'noun' }, // "Hospitals reported 20 injuries."
  { words: ['number', 'of', 'injured'], kind: 'injured', role: 'toll', aggregate: true }, // "Medics put the number of injured at 30."
  { words: ['number', 'of', 'wounded'], kind: 'injured', role: 'toll', aggregate: true }, // "The number of wounded rose to 45."
  { words: ['number', 'of', 'injuries'], kind: 'injured', role: 'toll', aggregate: true }, // "The number of injuries stood at 12."
  { words: ['casualties'], kind: 'injured', role: 'noun' }, // "The attack caused 30 casualties." (killed or injured: coded injured, the non-fatal reading)
  { words: ['displaced'], kind: 'displaced', role: 'active' }, // "The fighting displaced 3,000 people." / "3 million Iraqis displaced"
  { words: ['displacing'], kind: 'displaced', role: 'active' }, // "…displacing 400 families."
  { words: ['fled'], kind: 'displaced', role: 'after' }, // "More than 2,500 people fled to Thailand."
  { words: ['flee'], kind: 'displaced', role: 'after' }, // "Hundreds flee the shelling."
  { words: ['fleeing'], kind: 'displaced', role: 'after' }, // "Thousands of residents fleeing the town…"
  { words: ['homeless'], kind: 'displaced', role: 'after' }, // "200 families were left homeless."
  { words: ['evacuated'], kind: 'displaced', role: 'active' }, // "Authorities evacuated 900 residents."
  { words: ['arrested'], kind: 'detained', role: 'active' }, // "Police arrested 12 protesters."
  { words: ['arresting'], kind: 'detained', role: 'active' }, // "…arresting two men."
  { words: ['detained'], kind: 'detained', role: 'active' }, // "Soldiers detained three villagers."
  { words: ['detaining'], kind: 'detained', role: 'active' }, // "…detaining five."
  { words: ['abducted'], kind: 'detained', role: 'active' }, // "Gunmen abducted 30 students."
  { words: ['abducting'], kind: 'detained', role: 'active' }, // "…abducting a teacher."
  { words: ['kidnapped'], kind: 'detained', role: 'active' }, // "Two aid workers were kidnapped."
  { words: ['captured'], kind: 'detained', role: 'active' }, // "Rebels captured ten soldiers."
  { words: ['taken', 'hostage'], kind: 'detained', role: 'after' }, // "Four engineers were taken hostage."
  { words: ['hostages'], kind: 'detained', role: 'noun' }, // "The group holds 12 hostages."
  { words: ['detainees'], kind: 'detained', role: 'noun' }, // "Forty detainees were moved."
  { words: ['missing'], kind: 'missing', role: 'after' }, // "Two fishermen are missing."
  { words: ['unaccounted', 'for'], kind: 'missing', role: 'after' }, // "Six people remain unaccounted for."
  { words: ['under', 'the', 'rubble'], kind: 'missing', role: 'after' }, // "Ten people are still under the rubble."
];

/** Words allowed between a `toll` cue and its figure: "rose to", "stood at", "coded as". */
export const TOLL_BRIDGE: ReadonlySet<string> = new Set([
  'rose', 'has', 'had', 'have', 'risen', 'climbed', 'reached', 'stood', 'stands', 'is', 'was', 'were',
  'now', 'increased', 'jumped', 'coded', 'put', 'at', 'to', 'as', 'of', ':', 'climbing', 'rising',
  'reaching', 'bringing', 'the', 'total', 'later', 'again', 'since', 'further', 'eventually', 'subsequently',
  'overall', // "the number of members of the family killed overall is close to 50"
  'initially', 'first', 'reported', // "the death toll was initially reported at 17"
  '"', '“', '”', // "updated the death toll to “more than 20”"
]);

/**
 * Harm words inside a longer "the number of … <harm word> … was N" tally, where no fixed tally
 * cue matches: "the overall number of the deceased family members was 16", "the total number of
 * members of the family killed overall is close to 50". The word gives the tally's harm.
 */
export const TALLY_HARM_WORDS: Readonly<Record<string, 'killed' | 'injured'>> = {
  killed: 'killed', dead: 'killed', deceased: 'killed', deaths: 'killed', martyrs: 'killed', martyred: 'killed',
  fatalities: 'killed', victims: 'killed', injured: 'injured', wounded: 'injured', injuries: 'injured',
  // "The number of casualties was first put at 8 and then rose to 11": a running tally of casualties counts the dead.
  casualties: 'killed',
};

/** Tokens from "number of" to the bridge before the figure, at most, in such a tally. */
export const TALLY_REACH = 10;

/** Words after a harm noun that make its figure a tally: "6 fatalities coded here" (ACLED notes). */
export const TOLL_AFTER: ReadonlySet<string> = new Set(['coded']);

/**
 * Words right before a harm verb or noun (an article or "to" between allowed) that make it an
 * intention, a permission or a threat, not a harm that happened: "the army authorised the killing
 * of 300 civilians", "threatened to kill ten hostages", "to avoid killing civilians".
 */
export const INTENT_BEFORE_HARM: ReadonlySet<string> = new Set([
  'authorised', 'authorized', 'authorising', 'authorizing', 'approved', 'sanctioned', 'permitted', 'ordered', 'ordering',
  'planned', 'planning', 'plotted', 'threatened', 'threatening', 'threatens', 'intended', 'intending', 'vowed',
  'avoid', 'avoided', 'avoiding', 'prevent', 'prevented', 'preventing', 'risk', 'risked', 'risking', 'attempted', 'tried',
]);

/** Auxiliaries that make a following participle passive: "were killed", "was injured". */
export const PASSIVE_AUX: ReadonlySet<string> = new Set([
  'was', 'were', 'been', 'being', 'be', 'is', 'are', 'got', 'get', 'left', 'reportedly', 'also',
  'allegedly', 'all', 'later', 'both', 'seriously', 'critically', 'badly', 'severely', 'slightly',
]);

/** Hedges: token sequences that mark a figure as a claim rather than a fact. */
export const HEDGES: readonly (readonly string[])[] = [
  ['thought', 'to'], // "an explosion thought to have killed scores of civilians"
  ['believed', 'to'], // "The strike is believed to have killed 12."
  ['said', 'to', 'have'], // "The raid is said to have killed nine."
  ['reportedly'], // "Two students were reportedly injured."
  ['allegedly'], // "Militias allegedly abducted four men."
  ['probably'], // "A strike 'probably' killed dozens of civilians."
  ['possibly'], // "Possibly 20 people died."
  ['likely'], // "It is likely the strike killed six."
  ['may', 'have'], // "The blast may have killed 40 people."
  ['might', 'have'], // "Up to ten might have died."
  ['could', 'have'], // "The shelling could have killed dozens."
  ['feared'], // "Ten miners are feared dead."
  ['unconfirmed'], // "Unconfirmed reports say 30 died."
  ['apparently'], // "Five people were apparently killed."
  ['purportedly'], // "The raid purportedly killed 8 fighters."
  ['presumed'], // "Three crew are presumed dead."
];

/** Words before a figure that make it an early figure a later one revises: "initially 6". */
export const INITIAL_MARKERS: ReadonlySet<string> = new Set(['initially', 'initial', 'earlier', 'preliminary', 'first']);

/** Words before a figure that make it a revision of an earlier one: "later 11", "updated figure of 11". */
export const LATER_MARKERS: ReadonlySet<string> = new Set(['later', 'updated', 'revised', 'rose', 'risen', 'climbed', 'final', 'now']);

/** Words between two figures that make the second a part of the first: "nine villagers, including three children". */
export const SUBSET_MARKERS: ReadonlySet<string> = new Set(['including', 'among', 'whom', 'incl', 'incl.', '(']);

/** Words allowed between two coordinated figures: "three civilians and six soldiers". */
export const COORDINATORS: ReadonlySet<string> = new Set([',', 'and', 'or', 'as', 'well', 'plus', 'along', 'with', 'while', 'also', 'another', 'them', 'of', 'both', 'alongside', 'together', '–', '—', ')', 'his', 'her', 'their']);

/**
 * Harm words that pair up around one unstated figure: "killed and injured a number of civilians",
 * "killing and wounding an unknown number of victims", "dozens of wounded and martyrs" — the
 * vague figure counts both the dead and the wounded (Airwars records it in both ranges).
 */
export const PAIRED_HARM: Readonly<Record<string, 'killed' | 'injured'>> = {
  killed: 'killed', killing: 'killed', dead: 'killed', died: 'killed', deaths: 'killed', martyrs: 'killed', martyred: 'killed',
  injured: 'injured', injuring: 'injured', wounded: 'injured', wounding: 'injured', injuries: 'injured',
};

/**
 * Token sequences that mark a sentence's figures as one source's claim nobody else bears out:
 * Airwars counts such people in the top of its range only. These look back at the claim told
 * before them ("…, but this has not been corroborated"), so they doubt the whole sentence; cues
 * whose claim follows them ("it is unclear whether …", "alone in stating that …") are in
 * `FORWARD_DOUBT_CUES`. Each with an example the team wrote.
 */
export const DOUBT_CUES: readonly (readonly string[])[] = [
  ['not', 'been', 'corroborated'], // "A local page reported a third death, but this has not been corroborated."
  ['not', 'corroborated'], // "One account mentions two more deaths, not corroborated elsewhere."
  ['uncorroborated'], // "An uncorroborated post said a child also died."
  ['not', 'been', 'reported', 'by', 'other'], // "…, but this has not been reported by other sources."
  ['not', 'reported', 'by', 'other'], // "…, which was not reported by other outlets."
  ['no', 'other', 'source'], // "No other source mentions the fourth victim."
  ['no', 'other', 'sources'], // "A man was also killed; no other sources confirm it."
  ['by', 'one', 'source'], // "A neighbour was also reported killed by one source."
  ['potential'], // "The agency reported potential other deaths."
  // Whether a person named is one already counted: "…, though it is unclear if this is the same Sami as above."
  ['unclear', 'if', 'this', 'is', 'the', 'same'],
  ['unclear', 'whether', 'this', 'is', 'the', 'same'],
  ['unclear', 'if', 'he', 'is', 'the', 'same'],
  ['unclear', 'if', 'she', 'is', 'the', 'same'],
  ['unclear', 'whether', 'he', 'is', 'the', 'same'],
  ['unclear', 'whether', 'she', 'is', 'the', 'same'],
];

/**
 * Epistemic hedges and single-source markers that govern the clause after them: a figure after
 * one in its sentence is a possibility, counted in the top of the range only ("which may indicate
 * that his wife was also killed", "it is unclear whether her son was killed", "the only source to
 * mention a sixth death"); figures before it stay firm ("Three were killed, but it is unclear
 * whether their driver was"). Each with an example the team wrote.
 */
export const FORWARD_DOUBT_CUES: readonly (readonly string[])[] = [
  ['may', 'indicate'], // "Her post mourns a niece too, which may indicate that the girl was also killed."
  ['might', 'indicate'], // "…, which might indicate that a fourth person died."
  ['may', 'suggest'], // "A second funeral notice may suggest that his brother was killed as well."
  ['not', 'clear', 'whether'], // "Two men were killed; it is not clear whether their driver was also killed."
  ['not', 'clear', 'if'], // "It is not clear if a third child died in the strike."
  ['only', 'source', 'to'], // "The radio was the only source to mention a sixth death."
  ['only', 'post', 'to'], // "Her post is the only post to mention a second boy killed."
  ['alone', 'in', 'stating'], // "One blogger was alone in stating that the toll reached 40."
  ['alone', 'in', 'reporting'], // "A radio station was alone in reporting a fifth death."
  ['alone', 'in', 'claiming'], // "The page was alone in claiming that nine people died."
  ['possible', 'that'], // "…, making it possible that a fourth child was killed."
  ['unclear', 'whether'], // "It is unclear whether his brother was killed in the same strike."
  ['unclear', 'if'], // "It is unclear if the driver was also killed."
  ['unconfirmed', 'reports'], // "Six people died, and unconfirmed reports say a seventh body was found."
];

/**
 * Token sequences that scope a figure to the whole war rather than one event: "killed in the war",
 * "since the war began". A figure whose own clause has one counts a family's or a group's dead
 * over the war, which an event's range leaves out. Each with an example the team wrote.
 */
export const WAR_WIDE_CUES: readonly (readonly string[])[] = [
  ['in', 'the', 'war'], // "Nine of his relatives have been killed in the war."
  ['during', 'the', 'war'], // "The family has lost 14 members during the war."
  ['in', 'the', 'conflict'], // "Over 30 of her colleagues have died in the conflict."
  ['since', 'the', 'war'], // "40 aid workers killed since the war began"
  ['since', 'the', 'conflict'], // "…, whose deaths were recorded since the conflict started."
  ['since', 'the', 'start', 'of'], // "the 200 journalists killed since the start of the fighting"
  ['since', 'the', 'beginning', 'of'], // "…killed since the beginning of the offensive"
  ['since', 'the', 'outbreak', 'of'], // "…killed since the outbreak of hostilities"
  ['so', 'far', 'in', 'the'], // "the sixth doctor killed so far in the offensive"
];

/** Words before a figure, or between it and its harm word, that make it people beyond those counted: "also", "other deaths". */
export const ADDITIONAL_MARKERS: ReadonlySet<string> = new Set(['also', 'other', 'another', 'more', 'additional', 'further']);

/** Ordinal words after an article that count one more person: "a fifth child", "a 5th victim". */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);

/**
 * Singular harm nouns that count one more person after an article and an ordinal: "a fifth
 * casualty", "a third death". An ordinal continues a count of the dead, so even "casualty" (killed
 * or injured in a plural figure) is one more death here. Each with an example the team wrote.
 */
export const ORDINAL_HARM_NOUNS: ReadonlyMap<string, KindCue> = new Map<string, KindCue>([
  ['casualty', { words: ['casualty'], kind: 'killed', role: 'noun' }], // "One page alone mentions a fifth casualty."
  ['death', { words: ['death'], kind: 'killed', role: 'noun' }], // "A radio station reported a third death."
  ['fatality', { words: ['fatality'], kind: 'killed', role: 'noun' }], // "Medics later confirmed a sixth fatality."
  ['martyr', { words: ['martyr'], kind: 'killed', role: 'noun' }], // "A post named a fourth martyr from the family."
]);

/**
 * Titles before a person's name that make the person a combatant, not a civilian: a military rank
 * or command ("Major General Ali Said", "commander Omar Nasr"). A figure naming such a person
 * counts a combatant (Airwars leaves them out of the civilian toll). Each with an example the
 * team wrote.
 */
export const COMBATANT_TITLES: ReadonlySet<string> = new Set([
  'general', // "…, including General Sami Haddad, head of the brigade."
  'major general', // "…, including Major General Omar Khalil, commander of the security forces."
  'brigadier general', // "Brigadier General Ali Nasr was among the dead."
  'brigadier', // "Brigadier Fadi Saleh was killed with his guards."
  'lieutenant general', // "Lieutenant General Hadi Amer died in the strike."
  'colonel', // "Colonel Yasser Amin and his driver were killed."
  'lieutenant colonel', // "Lieutenant Colonel Karim Aziz was killed."
  'major', // "Major Nabil Fares was among those killed."
  'captain', // "Captain Rami Said was killed at the checkpoint."
  'lieutenant', // "Lieutenant Samir Odeh was wounded."
  'commander', // "…, including commander Jamal Issa."
  'field commander', // "Field commander Ahmad Zaki was killed."
  'military commander', // "The strike killed military commander Saeed Rami."
]);

/** Words before a rank that make it a civil service's rank, not a combatant's: "Police Captain Ali Said", "Civil Defence Major Omar Nasr". */
export const CIVIL_SERVICE_WORDS: ReadonlySet<string> = new Set(['police', 'defence', 'defense', 'fire', 'ambulance', 'prison']);

/**
 * Titles that make a person a combatant when the person is tied to an armed group ("Islamic Jihad
 * leader Sami Nasser", "Hamas commander Omar Said"): a leader of an armed group is one of its
 * members. Without an armed group the title says nothing ("community leader Ali Hassan").
 */
export const ARMED_GROUP_TITLES: ReadonlySet<string> = new Set(['leader', 'senior leader', 'chief', 'head', 'operative', 'member']);

/** Words before a figure that make it share the harm of the figure before: "X was killed along with his three children". */
export const ACCOMPANY_MARKERS: ReadonlySet<string> = new Set(['alongside', 'with']);

/**
 * Hedges right before one member of a list of victims: "and possibly his cousin Omar" — that
 * person may be among the victims, so counts toward the top of the range only.
 */
export const MEMBER_HEDGES: ReadonlySet<string> = new Set([
  'possibly', // "…, his son Karim and possibly his nephew Tarek were killed."
  'perhaps', // "…, their daughter and perhaps a neighbour."
  'probably', // "…, her brother and probably his wife."
]);

/** Words between two harm cues of one figure, where the second is the outcome: "was injured and later died". */
export const OUTCOME_BRIDGE: ReadonlySet<string> = new Set(['and', 'but', 'later', 'subsequently', 'then', 'eventually', 'afterwards', ',']);

/**
 * Words between two figures of the same harm that make the second another source's reading of
 * the first, not more people: a contrast or a reporting verb. Each: an example the team wrote.
 */
export const ALTERNATIVE_MARKERS: ReadonlySet<string> = new Set([
  'while', // "The agency said four people were killed, while the hospital said six were killed."
  'whereas', // "Residents counted three dead, whereas the ministry reported five deaths."
  'however', // "Most outlets wrote that two civilians died; however the council cited three deaths."
  'but', // "Early posts said two were killed, but a later report said four people were killed."
  'reported', // "…, and a rights group reported that seven people were killed."
  'report', // "Two monitors report that nine civilians were killed."
  'reports', // "…, and the clinic reports eight deaths."
  'cited', // "…, and the health office cited eleven deaths."
  'posted', // "…, and a relative posted that five people were killed."
  'according', // "…, and according to medics six people were killed."
  'put', // "…, and local radio put the dead at ten."
]);

/**
 * Words between a named person and a harm word that make the name one of the harmed: "a page
 * identified Omar Haddad as among those killed", "listed Lina Saleh as among the dead". Each with
 * an example the team wrote. ("as one of those injured" is left out: "one" is a count of its own.)
 */
export const AMONG_HARMED: readonly (readonly string[])[] = [
  ['as', 'among', 'those'], // "The agency identified Omar Haddad as among those killed."
  ['as', 'among', 'the'], // "A cousin listed Rami Odeh as among the dead."
];
