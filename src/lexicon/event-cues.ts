import type { EventType } from '../report/types.js';

/**
 * Words and phrases that name an event, mapped to ACLED's sub-event types (plus Displacement).
 * Patterns are case-insensitive regular-expression sources matched on word boundaries within one
 * sentence; the longest match at a position wins, so put specific phrases ("drone strike") beside
 * the general ones ("strike").
 *
 * `generic` marks words that say something exploded or happened without saying how ("explosion",
 * "attack", "bombardment"): such a mention takes the type of a specific mention it is merged with.
 *
 * Sources: ACLED Codebook (2023), sub-event type definitions; the example sentences are ours.
 */
export interface EventCue {
  pattern: string;
  type: EventType;
  generic?: boolean;
  /** Mentions with a definite article ("the strike") refer back to an earlier event. */
  example: string;
}

export const EVENT_CUES: readonly EventCue[] = [
  // Air/drone strike
  { pattern: 'air ?strikes?|air raids?|aerial (?:bombardment|attacks?|bombing)s?', type: 'Air/drone strike', example: 'An air strike hit a house in the al-Jadida district.' },
  { pattern: 'drone (?:strikes?|attacks?)|(?:armed )?drones? (?:fired|struck|hit|dropped)', type: 'Air/drone strike', example: 'A drone strike killed two men on a motorbike.' },
  { pattern: '(?:fighter )?jets? (?:bombed|struck|hit|dropped|attacked|fired)|warplanes?|fighter jets?|helicopter gunships?|helicopters? (?:fired|attacked)|bombed from the air|aircraft (?:dropped|bombed|fired|struck)', type: 'Air/drone strike', example: 'Warplanes bombed the village at dawn.' },
  // The aircraft as the one who struck, named by its side or as the means ("hit by Israeli
  // aircrafts"); not an aircraft that was the target ("attacked the military transport aircraft").
  { pattern: '(?<=\\b(?:israeli|coalition|russian|saudi[- ]led|us|u\\.s\\.|american|syrian|enemy|regime|occupation)(?: military| air force)? )aircrafts?|(?<=\\b(?:by|from) (?:an? |the )?(?:\\w+ )?)aircrafts?|military aircrafts?(?! (?:at|on|parked|landed|was|were)\\b)', type: 'Air/drone strike', example: 'The house was hit by Israeli aircraft shortly after midnight.' },
  { pattern: '(?:israeli|coalition|russian|saudi[- ]led|us|u\\.s\\.|american|syrian|military) (?:strikes?|bombing|bombardment)', type: 'Air/drone strike', example: 'An Israeli strike flattened the building.' },
  // Not a labour action: "police officers who had been on strike", "a hunger strike".
  { pattern: '(?<!\\b(?:on|hunger|general|labour|labor) )strikes?|struck by a (?:strike|missile)|targeted strike', type: 'Air/drone strike', example: 'The strike hit the second floor of the school.' },
  { pattern: 'bombed', type: 'Attack', generic: true, example: 'The military bombed the hills around the village.' },
  { pattern: 'barrel bombs?', type: 'Air/drone strike', example: 'Helicopters dropped barrel bombs on the market.' },
  // Shelling / artillery / missile
  { pattern: 'shell(?:ing|ed|s)?|artiller(?:y|ies)|\\d+ ?mm(?: rounds?| shells?)?|mortars?(?: rounds?| shells?| bombs?)?|rockets?|missiles?|heavy weapons?|fired (?:heavy weapons|artillery|shells|mortars)|howitzers?|tank fire|mlrs|grad rockets?|bombard(?:ed|ment)', type: 'Shelling/artillery/missile attack', example: 'Artillery shells landed near the monastery.' },
  // Remote explosive / landmine / IED
  { pattern: 'landmines?|land mines?|mines?(?= (?:exploded|blast|explosion))|stepped on (?:a|an) (?:mine|landmine|explosive)|stepped (?:a|on a) (?:mine|landmine)|ieds?|improvised explosive devices?|roadside bombs?|explosive devices?|car bombs?|vehicle[- ]borne|bombs? (?:exploded|went off|blast|explosion)|(?:bomb|mine) blasts?|time bombs?|hand-?made (?:bombs?|mines?)|remote[- ]controlled (?:bombs?|mines?)|(?:planted|detonated) (?:a |an )?(?:bomb|explosive)s?|unexploded (?:ordnance|bombs?|shells?)|uxo|(?<=\\b(?:a|the|by|onto|with|two|three|several)\\s)mines?|blew up (?:a |the )?(?:mines?|bombs?|explosives?|bridge|vehicle)|blown up', type: 'Remote explosive/landmine/IED', example: 'A woman stepped on a landmine while collecting firewood.' },
  { pattern: 'bomb(?:s|ing|ings)?', type: 'Remote explosive/landmine/IED', generic: true, example: 'A bomb was found near the bus stop.' },
  // Suicide bomb
  { pattern: 'suicide (?:bomb(?:er|ing)?s?|attacks?|blasts?|car bombs?|vests?)|blew (?:himself|herself|themselves) up', type: 'Suicide bomb', example: 'A suicide bomber blew himself up at the checkpoint.' },
  // Grenade
  { pattern: 'grenades?|rpgs?|rocket[- ]propelled grenades?', type: 'Grenade', example: 'Unknown men threw a hand grenade into the tea shop.' },
  // Chemical weapon
  { pattern: 'chemical (?:attacks?|weapons?)|chlorine|sarin|nerve agent|toxic gas', type: 'Chemical weapon', example: 'Residents reported a chlorine attack on the town.' },
  // Generic explosions
  { pattern: 'explosions?|blasts?|exploded|detonat(?:ed|ion)', type: 'Remote explosive/landmine/IED', generic: true, example: 'A loud explosion shook the neighbourhood.' },
  // Battles
  { pattern: 'clash(?:ed|es)?|fighting|fought|firefights?|gun ?battles?|exchanges? of fire|skirmish(?:es)?|battles?|ambush(?:ed)?|offensive', type: 'Armed clash', example: 'Government troops clashed with the rebels near the bridge.' },
  { pattern: '(?:recaptured|retook|regained control of|liberated)', type: 'Government regains territory', example: 'Iraqi forces retook the district after a week of fighting.' },
  { pattern: '(?:overran|seized control of|captured the (?:town|village|city|base))', type: 'Non-state actor overtakes territory', example: 'The militants overran the army post.' },
  // Violence against civilians
  { pattern: 'shot (?:dead|and killed)|gunned down|gunmen|opened fire|executed|stabbed|beaten to death|massacre|killed by (?:soldiers|troops|gunmen)|raided', type: 'Attack', example: 'Gunmen shot dead a village head on Tuesday.' },
  { pattern: 'attack(?:s|ed)?|assault(?:ed)?', type: 'Attack', generic: true, example: 'The attack took place shortly after midnight.' },
  { pattern: 'abduct(?:ed|ion)|kidnap(?:ped|ping)?|taken hostage|forcibly disappeared', type: 'Abduction/forced disappearance', example: 'Armed men abducted three aid workers.' },
  { pattern: 'raped|sexual (?:violence|assault)', type: 'Sexual violence', example: 'Witnesses said soldiers raped two women.' },
  // Strategic developments
  { pattern: 'arrest(?:ed|s)?|detained', type: 'Arrests', example: 'Police arrested twelve protesters.' },
  { pattern: 'looted|torched|set (?:fire|alight)|burn(?:ed|t) down|demolished', type: 'Looting/property destruction', example: 'Soldiers torched forty houses in the village.' },
  { pattern: 'defused|dismantled (?:a |an )?(?:bomb|mine|ied)|bomb disposal|cleared (?:mines|explosives)', type: 'Disrupted weapons use', example: 'Engineers defused a roadside bomb before it exploded.' },
  { pattern: 'ceasefire|truce|peace (?:deal|agreement)', type: 'Agreement', example: 'The two sides agreed a ceasefire.' },
  // Protests
  { pattern: 'protest(?:s|ed|ers)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies|ied)', type: 'Peaceful protest', example: 'Hundreds protested outside the governor\'s office.' },
  // Displacement (ours)
  // "displaced people in a nearby school were injured" describes who was hurt, not a displacement.
  { pattern: 'displaced(?!\\s+(?:people|persons|famil(?:y|ies)|civilians|residents|palestinians|children|women|men|individuals|citizens)\\b)|fled (?:their homes|the (?:city|town|village|fighting))|refugees', type: 'Displacement', example: 'Some 3,000 families fled the fighting.' },
];

/** Generic words that, given a specific cue elsewhere in the same event, take its type. */
export function isGeneric(cue: EventCue): boolean {
  return cue.generic === true;
}

const EXPLOSIVE = new Set<EventType>(['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade']);

/** ACLED's explosions / remote violence: the weapon types. */
export function isExplosive(type: EventType): boolean {
  return EXPLOSIVE.has(type);
}

/**
 * How close two event types are: 1 the same, 0.5 compatible (both explosive weapons, or one is a
 * generic attack), 0 different.
 */
export function typeAffinity(a: EventType, b: EventType): number {
  if (a === b) return 1;
  if (isExplosive(a) && isExplosive(b)) return 0.5;
  // A generic "attack" (or a bare casualty figure) fits any violent event, not a displacement,
  // a protest or an agreement.
  const nonViolent = new Set<EventType>(['Displacement', 'Peaceful protest', 'Agreement', 'Arrests', 'Change to group/activity', 'Headquarters or base established', 'Non-violent transfer of territory']);
  if ((a === 'Attack' || b === 'Attack' || a === 'Other' || b === 'Other') && !nonViolent.has(a) && !nonViolent.has(b)) return 0.5;
  return 0;
}
