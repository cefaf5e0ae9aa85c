import type { WeaponCategory } from '../report/types.js';

/**
 * Weapons and munitions as reports name them. Each row: the canonical name, its category (how
 * it is delivered: also a cue for the event type) and the forms that name it, lower case,
 * singular and plural (matched on word boundaries, case-insensitive except `caseSensitive`
 * acronyms). The stage takes the longest form at a position ("rocket-propelled grenade
 * launcher" over "grenade"), with modifiers before it ("heavy machine gun", "101 munitions").
 * Sources: general military vocabulary; example sentences are ours.
 */
export interface WeaponRow {
  name: string;
  category: WeaponCategory;
  forms: readonly string[];
  /** Acronyms matched only as written ("IED", not "ied"). */
  caseSensitive?: readonly string[];
}

export const WEAPONS: readonly WeaponRow[] = [
  // e.g. "Helicopters dropped barrel bombs on the market."
  { name: 'barrel bomb', category: 'air', forms: ['barrel bomb', 'barrel bombs', 'barrel-bomb', 'barrel-bombs'] },
  // e.g. "A Hellfire missile hit the car; cruise missiles struck the depot."
  {
    name: 'missile', category: 'air',
    forms: ['missile', 'missiles', 'cruise missile', 'cruise missiles', 'ballistic missile', 'ballistic missiles',
      'hellfire missile', 'hellfire missiles', 'hellfire', 'brimstone', 'brimstone missiles', 'tomahawk', 'tomahawks',
      'guided missile', 'guided missiles', 'anti-tank missile', 'anti-tank missiles', 'atgm', 'surface-to-air missile'],
  },
  // e.g. "The jets dropped guided bombs; a 500lb bomb failed to explode."
  {
    name: 'bomb', category: 'air',
    forms: ['bomb', 'bombs', 'guided bomb', 'guided bombs', 'cluster bomb', 'cluster bombs', 'cluster munition', 'cluster munitions',
      'munition', 'munitions', 'precision-guided munition', 'precision-guided munitions', 'vacuum bomb', 'thermobaric bomb'],
  },
  // e.g. "Mortar rounds and artillery shells fell on the camp; rocket artillery followed."
  {
    name: 'artillery', category: 'artillery',
    forms: ['artillery', 'rocket artillery', 'artillery shell', 'artillery shells', 'artillery round', 'artillery rounds',
      'artillery systems', 'howitzer', 'howitzers', 'shell', 'shells', 'mortar', 'mortars', 'mortar round', 'mortar rounds',
      'mortar shell', 'mortar shells', 'rocket', 'rockets', 'katyusha', 'katyushas', 'grad rockets', 'mlrs',
      'multiple rocket launcher', 'multiple rocket launchers', 'anti-aircraft artillery', 'anti-aircraft gun', 'anti-aircraft guns',
      'tank shell', 'tank shells'],
  },
  // e.g. "An IED hit the patrol; a VBIED and a car bomb exploded at the checkpoint."
  {
    name: 'improvised explosive device', category: 'explosive',
    forms: ['improvised explosive device', 'improvised explosive devices', 'roadside bomb', 'roadside bombs', 'car bomb',
      'car bombs', 'truck bomb', 'truck bombs', 'vehicle bomb', 'vehicle bombs', 'vehicle-borne improvised explosive device',
      'suicide vest', 'suicide vests', 'suicide belt', 'explosive belt', 'explosive device', 'explosive devices', 'explosives',
      'landmine', 'landmines', 'land mine', 'land mines', 'booby trap', 'booby traps', 'booby-trap', 'booby-traps'],
    caseSensitive: ['IED', 'IEDs', 'VBIED', 'VBIEDs', 'SVBIED', 'SVBIEDs', 'PBIED'],
  },
  // e.g. "Gunmen with rifles and a heavy machine gun opened fire; one fired an RPG."
  {
    name: 'firearm', category: 'small-arms',
    forms: ['rifle', 'rifles', 'assault rifle', 'assault rifles', 'machine gun', 'machine guns', 'machine-gun', 'machine-guns',
      'heavy machine gun', 'gun', 'guns', 'pistol', 'pistols', 'sniper rifle', 'sniper rifles', 'bullet', 'bullets',
      'grenade', 'grenades', 'hand grenade', 'hand grenades', 'rocket-propelled grenade', 'rocket-propelled grenades',
      'rocket propelled grenade', 'rocket propelled grenade launcher', 'rocket-propelled grenade launcher', 'kalashnikov',
      'kalashnikovs', 'ak-47', 'ak-47s'],
    caseSensitive: ['RPG', 'RPGs'],
  },
  // e.g. "Investigators found the regime used chemical weapons, including sarin and chlorine."
  {
    name: 'chemical weapon', category: 'chemical',
    forms: ['chemical weapon', 'chemical weapons', 'chemical munition', 'chemical munitions', 'chemical agent', 'chemical agents',
      'nerve agent', 'nerve agents', 'sarin', 'chlorine gas', 'mustard gas', 'sulfur mustard', 'toxic gas', 'poison gas'],
  },
  // e.g. "The group seized heavy weapons and other weapon systems from the base."
  { name: 'weapons', category: 'general', forms: ['weapon', 'weapons', 'heavy weapons', 'weapon systems', 'weapons systems'] },
];
