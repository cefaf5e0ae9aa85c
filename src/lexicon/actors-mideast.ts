import type { ActorRow } from './actors.js';

/**
 * Israel and Palestine, Lebanon, Yemen, Iran. Sources: the parties' own names, Airwars'
 * belligerent categories ("Israeli Military"), DOMAIN.md (Houthis = Ansar Allah).
 */
export const MIDEAST_ACTORS: readonly ActorRow[] = [
  // e.g. "The IDF said Israeli aircraft struck a command centre; the Israeli army gave no figures."
  {
    key: 'il-military', name: 'Israeli military', kind: 'state-forces', country: 'IL', theatres: ['IL', 'PS', 'LB', 'SY'],
    aliases: ['Israeli military', 'Israeli Military', 'IDF', 'Israel Defense Forces', 'Israel Defence Forces',
      'Israeli Defense Forces', 'Israeli forces', 'Israeli army', 'Israeli troops', 'Israeli soldiers',
      'Israeli air force', 'Israeli Air Force', 'IAF', 'Israeli warplanes', 'Israeli aircraft', 'Israeli navy',
      'Israeli jets', 'Israeli occupation forces'],
    airwars: 'Israeli Military',
    source: 'Airwars belligerent "Israeli Military"; IDF is the force\'s own English name',
  },
  // e.g. "The Israeli government approved the call-up."
  {
    key: 'il-government', name: 'Israeli government', kind: 'government', country: 'IL',
    aliases: ['Israeli government', 'Government of Israel', 'Israeli Prime Minister\'s Office', 'Israeli defence ministry', 'Israeli defense ministry'],
    source: 'common reporting form',
  },
  // e.g. "Hamas said its Qassam Brigades fired rockets at the city."
  {
    key: 'hamas', name: 'Hamas', kind: 'armed-group', theatres: ['PS', 'IL'],
    aliases: ['Hamas', 'HAMAS', 'Islamic Resistance Movement'],
    airwars: 'Palestinian Militants',
    source: 'the movement\'s name',
  },
  // e.g. "The Qassam Brigades claimed the attack."
  {
    key: 'qassam', name: 'Qassam Brigades', kind: 'armed-group', partOf: 'hamas', theatres: ['PS', 'IL'],
    aliases: ['Qassam Brigades', 'al-Qassam Brigades', 'Izz ad-Din al-Qassam Brigades', 'Izz al-Din al-Qassam Brigades', 'Ezzedine al-Qassam Brigades'],
    source: 'Hamas\'s armed wing',
  },
  // e.g. "Palestinian Islamic Jihad denied firing the rocket."
  {
    key: 'pij', name: 'Palestinian Islamic Jihad', kind: 'armed-group', theatres: ['PS', 'IL'],
    aliases: ['Palestinian Islamic Jihad', 'Islamic Jihad', 'PIJ', 'al-Quds Brigades', 'Al-Quds Brigades'],
    source: 'the movement\'s name; al-Quds Brigades is its armed wing',
  },
  // e.g. "The Gaza Health Ministry said 40 people had died; the Ministry of Health in Gaza gave names."
  {
    key: 'ps-health-ministry', name: 'Gaza Health Ministry', kind: 'government', country: 'PS',
    aliases: ['Gaza Health Ministry', 'Gaza health ministry', 'Health Ministry in Gaza', 'Ministry of Health in Gaza',
      'Gaza Ministry of Health', 'Palestinian Health Ministry', 'Palestinian Ministry of Health', 'Hamas-run health ministry',
      'Hamas-run Health Ministry'],
    source: 'how wire reports name the ministry',
  },
  // e.g. "The Palestinian Authority condemned the raid."
  {
    key: 'pa', name: 'Palestinian Authority', kind: 'government', country: 'PS',
    aliases: ['Palestinian Authority', 'PA government'],
    source: 'common reporting form',
  },
  // e.g. "Hezbollah fired anti-tank missiles across the border."
  {
    key: 'hezbollah', name: 'Hezbollah', kind: 'armed-group', country: 'LB', theatres: ['LB', 'SY', 'IL'],
    aliases: ['Hezbollah', 'Hizbollah', 'Hizballah', 'Hizbullah'],
    source: 'common transliterations; re3d annotates "Hezbollah"',
  },
  // e.g. "Houthi forces fired a missile; Ansar Allah said the target was military."
  {
    key: 'houthis', name: 'Houthis', kind: 'armed-group', country: 'YE',
    aliases: ['Houthis', 'Houthi', 'Houthi rebels', 'Houthi forces', 'Houthi militia', 'Ansar Allah', 'Ansarallah', 'Ansar Allāh'],
    source: 'DOMAIN.md: Houthis = Ansar Allah',
  },
  // e.g. "The Saudi-led coalition said it had hit a drone workshop."
  {
    key: 'saudi-coalition', name: 'Saudi-led coalition', kind: 'coalition', theatres: ['YE'],
    aliases: ['Saudi-led coalition', 'Saudi-led military coalition', 'Saudi and Emirati-led coalition', 'Arab coalition',
      'Coalition to Restore Legitimacy in Yemen', 'Saudi-led coalition forces', 'Saudi-led forces'],
    contextual: ['coalition', 'coalition forces'],
    airwars: 'Saudi-led Coalition',
    source: 'DOMAIN.md; the coalition\'s own name',
  },
  // e.g. "AQAP claimed the attack on the checkpoint."
  {
    key: 'aqap', name: 'al-Qaeda in the Arabian Peninsula', kind: 'armed-group', country: 'YE',
    aliases: ['al-Qaeda in the Arabian Peninsula', 'Al-Qaeda in the Arabian Peninsula', 'AQAP', 'al-Qaida in the Arabian Peninsula'],
    source: 'DOMAIN.md',
  },
  // e.g. "Yemeni government forces retook the district."
  {
    key: 'ye-government-forces', name: 'Yemeni government forces', kind: 'state-forces', country: 'YE',
    aliases: ['Yemeni government forces', 'Yemeni forces', 'Yemeni army', 'pro-government forces in Yemen'],
    source: 'common reporting form',
  },
  // e.g. "The IRGC said it fired missiles at targets in Erbil."
  {
    key: 'ir-military', name: 'Iranian forces', kind: 'state-forces', country: 'IR',
    aliases: ['Iranian forces', 'Iranian military', 'Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'IRGC', 'Quds Force'],
    source: 'common reporting form',
  },
];
