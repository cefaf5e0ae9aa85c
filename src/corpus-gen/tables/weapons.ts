import type { EventType } from '../../report/types.js';

/**
 * How reports word each event type: the weapon as subject, the verb, and whether "by <actor>"
 * reads naturally after it. Each row's comment is a sentence the generator can write.
 */
export interface WeaponRow {
  type: EventType;
  /** Noun phrase with its article ("an air strike"). */
  noun: string;
  /** Past-tense verb before the target ("hit", "exploded near"). */
  verb: string;
  /** True when "<noun> by <actor>" reads naturally ("an air strike by the coalition"). */
  by: boolean;
  /** True for plural subjects ("mortar rounds were thought to have killed"). */
  plural: boolean;
  /** Short word for later sentences ("the strike", "the bombing"). */
  short: string;
  /** Headline noun ("Air strike"). */
  headline: string;
}

export const weapons: readonly WeaponRow[] = [
  // "At least 11 civilians were killed when an air strike hit a house in Mosul, police said."
  { type: 'Air/drone strike', noun: 'an air strike', verb: 'hit', plural: false, by: true, short: 'the strike', headline: 'Air strike' },
  // "A drone strike by the coalition hit a car in Raqqa on Monday, killing three people."
  { type: 'Air/drone strike', noun: 'a drone strike', verb: 'hit', plural: false, by: true, short: 'the strike', headline: 'Drone strike' },
  // "Warplanes bombed a market in Saada, killing dozens of people."
  { type: 'Air/drone strike', noun: 'warplanes', verb: 'bombed', plural: true, by: false, short: 'the raid', headline: 'Air raid' },
  // "Artillery shells fired by Iraqi forces hit the al-Tammuz neighbourhood."
  { type: 'Shelling/artillery/missile attack', noun: 'artillery shelling', verb: 'hit', plural: false, by: true, short: 'the shelling', headline: 'Shelling' },
  // "Mortar rounds slammed into a school in Taiz, killing four children."
  { type: 'Shelling/artillery/missile attack', noun: 'mortar rounds', verb: 'slammed into', plural: true, by: false, short: 'the shelling', headline: 'Mortar fire' },
  // "A rocket hit a crowded market in Aleppo on Friday."
  { type: 'Shelling/artillery/missile attack', noun: 'a rocket', verb: 'hit', plural: false, by: false, short: 'the rocket attack', headline: 'Rocket attack' },
  // "A roadside bomb exploded near a minibus in Baghdad, killing six people."
  { type: 'Remote explosive/landmine/IED', noun: 'a roadside bomb', verb: 'exploded near', plural: false, by: false, short: 'the bombing', headline: 'Roadside bomb' },
  // "A car bomb ripped through a market in Sadr City on Tuesday."
  { type: 'Remote explosive/landmine/IED', noun: 'a car bomb', verb: 'ripped through', plural: false, by: false, short: 'the bombing', headline: 'Car bomb' },
  // "A suicide bomber struck a funeral in Marib, killing at least 20 people."
  { type: 'Suicide bomb', noun: 'a suicide bomber', verb: 'struck', plural: false, by: false, short: 'the bombing', headline: 'Suicide bomber' },
  // "Gunmen opened fire on a minibus near Lashio, killing seven passengers."
  { type: 'Attack', noun: 'gunmen', verb: 'opened fire on', plural: true, by: false, short: 'the attack', headline: 'Gunmen' },
];

/** Things that were hit. */
export const targets: readonly string[] = [
  'a residential building', 'a crowded market', 'a family home', 'a school sheltering displaced families',
  'a mosque', 'a bakery', 'a minibus', 'a wedding party', 'a water station', 'a clinic', 'a row of shops',
  'a house where several families were sheltering',
];
