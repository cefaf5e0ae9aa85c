import type { ActorRow } from './actors.js';

/**
 * States and their forces that fight abroad, and generic actors (police, civilians, unknown
 * gunmen). The US rows are `partOf` the coalition: in a coalition report "the US has
 * acknowledged…" and "the Pentagon said…" speak for the coalition's belligerent side.
 * Sources: DOMAIN.md, Airwars belligerent categories, ACLED generic actor names.
 */
export const WORLD_ACTORS: readonly ActorRow[] = [
  // e.g. "The Pentagon said US Central Command would review the strike; the U.S. military gave no figure."
  {
    key: 'us-military', name: 'US military', kind: 'state-forces', country: 'US', theatres: [], partOf: 'coalition',
    aliases: ['US military', 'U.S. military', 'American military', 'US forces', 'U.S. forces', 'American forces',
      'US troops', 'U.S. troops', 'American troops', 'US aircraft', 'U.S. aircraft', 'US Air Force', 'U.S. Air Force',
      'US Army', 'U.S. Army', 'Pentagon', 'Defense Department', 'Department of Defense', 'U.S. Department of Defense',
      'US Department of Defense', 'DoD', 'DOD', 'US Central Command', 'U.S. Central Command', 'Central Command', 'CENTCOM',
      'Centcom', 'USCENTCOM', 'US Africa Command', 'AFRICOM', 'US Special Operations Command', 'SOCOM', 'US Navy', 'U.S. Navy',
      'NAVCENT', 'US Naval Forces Central Command', 'U.S. Naval Forces Central Command', 'US 5th Fleet', 'U.S. 5th Fleet',
      'AFCENT', 'US Air Forces Central Command', 'U.S. Air Forces Central Command', 'US Marine Corps', 'U.S. Marine Corps'],
    airwars: 'US Forces',
    source: 're3d annotates "U.S. Central Command", "Pentagon"; Airwars belligerent "US Forces" (Yemen, Somalia)',
  },
  // e.g. "The US has acknowledged that its strike killed civilians; the United States said it would investigate."
  {
    key: 'us', name: 'United States', kind: 'government', country: 'US', theatres: [], partOf: 'coalition',
    aliases: ['US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'United States', 'United States of America', 'US government',
      'U.S. government', 'Washington', 'White House', 'State Department', 'US State Department',
      'U.S. State Department', 'U.S. Department of State', 'Department of State'],
    source: 're3d annotates "the United States", "U.S." as Organisation when the state acts',
  },
  // e.g. "Russian forces shelled the outskirts; the Russian Defence Ministry said it hit only military targets."
  {
    key: 'ru-military', name: 'Russian military', kind: 'state-forces', country: 'RU', theatres: ['UA', 'SY', 'RU'],
    aliases: ['Russian military', 'Russian forces', 'Russian troops', 'Russian army', 'Russian soldiers',
      'Russian air force', 'Russian aircraft', 'Russian warplanes', 'Russian Defence Ministry', 'Russian Defense Ministry',
      'Russian Ministry of Defence', 'Russian Ministry of Defense', 'Wagner Group'],
    airwars: 'Russian Military',
    source: 'Airwars belligerent "Russian Military"',
  },
  // e.g. "The Kremlin said Moscow would respond."
  {
    key: 'ru-government', name: 'Russian government', kind: 'government', country: 'RU',
    aliases: ['Russian government', 'Kremlin', 'Moscow government'],
    source: 'common reporting form',
  },
  // e.g. "Ukrainian forces struck a depot; the Armed Forces of Ukraine said…"
  {
    key: 'ua-military', name: 'Ukrainian military', kind: 'state-forces', country: 'UA', theatres: ['UA', 'RU'],
    aliases: ['Ukrainian military', 'Ukrainian forces', 'Ukrainian troops', 'Ukrainian army', 'Armed Forces of Ukraine',
      'Ukrainian Armed Forces', 'Ukrainian air force', 'Ukrainian Air Force', 'Ukraine\'s armed forces', 'Ukrainian General Staff'],
    airwars: 'Ukrainian Military',
    source: 'common reporting form',
  },
  // e.g. "Turkish forces shelled YPG positions; Turkish jets struck near Qamishli."
  {
    key: 'tr-military', name: 'Turkish military', kind: 'state-forces', country: 'TR', theatres: ['TR', 'SY', 'IQ'],
    aliases: ['Turkish military', 'Turkish forces', 'Turkish army', 'Turkish troops', 'Turkish Armed Forces', 'TSK',
      'Turkish jets', 'Turkish warplanes', 'Turkish drones', 'Turkish Defence Ministry', 'Turkish Defense Ministry'],
    airwars: 'Turkish Military',
    source: 'Airwars belligerent "Turkish Military"',
  },
  // e.g. "The PKK denied involvement."
  {
    key: 'pkk', name: 'PKK', kind: 'armed-group', theatres: ['TR', 'IQ', 'SY'],
    aliases: ['PKK', "Kurdistan Workers' Party", 'Kurdistan Workers Party'],
    source: 'common reporting form',
  },
  // e.g. "The Ministry of Defence said an RAF Reaper joined the strike."
  {
    key: 'uk-military', name: 'UK military', kind: 'state-forces', country: 'GB', theatres: [], partOf: 'coalition',
    aliases: ['UK military', 'British military', 'British forces', 'British troops', 'Royal Air Force', 'RAF', 'Royal Navy', 'UK Ministry of Defence', 'British Ministry of Defence'],
    source: 're3d (UK government releases on RAF strikes)',
  },
  // e.g. "French jets joined the strike."
  {
    key: 'fr-military', name: 'French military', kind: 'state-forces', country: 'FR', theatres: [], partOf: 'coalition',
    aliases: ['French military', 'French forces', 'French jets', 'French troops'],
    source: 'common reporting form',
  },
  // e.g. "Police said the blast went off near the checkpoint." (contextual rows win in their country)
  {
    key: 'police', name: 'Police', kind: 'state-forces',
    aliases: ['police', 'policemen', 'riot police', 'police forces', 'police officers'],
    acled: 'Police Forces of {country}', inter: 1,
    source: 'ACLED generic actor naming; fallback when the country\'s own police row does not apply',
  },
  // e.g. "Civilians fled as villagers reported the shelling."
  {
    key: 'civilians', name: 'Civilians', kind: 'civilians',
    aliases: ['civilians', 'villagers', 'residents', 'locals', 'civilian population'],
    acled: 'Civilians ({country})', inter: 7,
    source: 'ACLED generic actor "Civilians (<country>)"',
  },
  // e.g. "Unidentified gunmen opened fire on the bus."
  {
    key: 'unidentified-armed-group', name: 'Unidentified armed group', kind: 'armed-group',
    aliases: ['unidentified armed group', 'unidentified armed men', 'unidentified gunmen', 'unknown gunmen',
      'unknown armed men', 'unidentified assailants', 'unknown assailants', 'unidentified attackers', 'unknown attackers'],
    acled: 'Unidentified Armed Group ({country})', inter: 3,
    source: 'ACLED generic actor "Unidentified Armed Group (<country>)"',
  },
];
