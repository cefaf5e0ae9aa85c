import type { ActorRow } from './actors.js';

/**
 * Armed actors of the wars in Iraq and Syria (2014–). Names from the project's DOMAIN.md list,
 * the coalition's own press-release naming (CJTF-OIR), and Airwars' belligerent categories.
 */
export const IRAQ_SYRIA_ACTORS: readonly ActorRow[] = [
  // e.g. "Daesh fighters withdrew from the old city after IS lost the airport."
  {
    key: 'islamic state', name: 'Islamic State', kind: 'armed-group', theatres: ['IQ', 'SY', 'LY', 'AF', 'NG'],
    aliases: ['Islamic State', 'IS', 'ISIS', 'ISIL', 'Daesh', "Da'esh", 'DAESH', 'Daish', 'Islamic State group',
      'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and al-Sham',
      'so-called Islamic State', 'IS group'],
    source: 'DOMAIN.md actor names; CJTF-OIR releases use ISIS/Daesh; UK government uses Daesh',
  },
  // e.g. "The US-led coalition said its aircraft struck a weapons depot; coalition forces also shelled the bridge."
  {
    key: 'coalition', name: 'US-led coalition', kind: 'coalition', theatres: ['IQ', 'SY'],
    aliases: ['coalition', 'US-led coalition', 'U.S.-led coalition', 'USA-led coalition', 'US-led global coalition',
      'U.S.-led global coalition', 'US-led international coalition', 'U.S.-led international coalition',
      'coalition forces', 'coalition military forces', 'US-led coalition forces', 'U.S.-led coalition forces', 'USA-led coalition forces',
      'global coalition', 'international coalition', 'Global Coalition against Daesh', 'Global Coalition to Defeat ISIS',
      'anti-IS coalition', 'anti-ISIS coalition',
      'CJTF-OIR', 'CJTF – OIR', 'Combined Joint Task Force – Operation Inherent Resolve',
      'Combined Joint Task Force-Operation Inherent Resolve', 'Combined Joint Task Force Operation Inherent Resolve',
      'Operation Inherent Resolve', 'OIR'],
    airwars: 'Coalition',
    source: 'DOMAIN.md; CJTF-OIR is the coalition command (inherentresolve.mil); Airwars belligerent "Coalition"',
  },
  // e.g. "Iraqi troops and federal police units pushed into the western half of the city."
  {
    key: 'iraq', name: 'Iraqi security forces', kind: 'state-forces', country: 'IQ',
    aliases: ['Iraqi security forces', 'Iraqi Security Forces', 'ISF', 'Iraqi forces', 'Iraqi troops', 'Iraqi army',
      'Iraqi military', 'Iraqi soldiers', 'Iraqi federal police', 'Iraqi Federal Police', 'Iraqi police',
      'Iraqi government forces', 'Iraqi special forces', 'Iraqi Army'],
    contextual: ['federal police', 'Federal Police', 'security forces'],
    source: 'DOMAIN.md: Iraqi forces include the army and Federal Police; re3d annotates "Iraqi security forces"',
  },
  // e.g. "Counter-Terrorism Service units reached the Nuri mosque on Tuesday."
  {
    key: 'iq-cts', name: 'Counter-Terrorism Service', kind: 'state-forces', country: 'IQ', partOf: 'iraq',
    aliases: ['Counter-Terrorism Service', 'Counter Terrorism Service', 'Iraqi Counter-Terrorism Service', 'CTS',
      'Golden Division', 'Iraqi Special Operations Forces', 'ISOF'],
    source: 'DOMAIN.md; the CTS is Iraq\'s special operations command',
  },
  // e.g. "The Rapid Response Division advanced along the riverbank."
  {
    key: 'iq-rrd', name: 'Rapid Response Division', kind: 'state-forces', country: 'IQ', partOf: 'iraq',
    aliases: ['Rapid Response Division', 'Emergency Response Division', 'ERD', 'Rapid Response Forces'],
    source: 'DOMAIN.md; an Interior Ministry unit in the Mosul offensive',
  },
  // e.g. "Popular Mobilisation Forces cut the road west of Tal Afar; Hashd commanders said…"
  {
    key: 'iq-pmf', name: 'Popular Mobilisation Forces', kind: 'state-forces', country: 'IQ', partOf: 'iraq',
    aliases: ['Popular Mobilisation Forces', 'Popular Mobilization Forces', 'Popular Mobilisation Units',
      'Popular Mobilization Units', 'PMU', 'Hashd', 'Hashd al-Shaabi', 'al-Hashd al-Shaabi'],
    contextual: ['PMF'],
    source: 'DOMAIN.md; Iraqi state-sanctioned militias (Hashd al-Shaabi)',
  },
  // e.g. "Peshmerga fighters held the line east of the city."
  {
    key: 'iq-peshmerga', name: 'Peshmerga', kind: 'state-forces', country: 'IQ',
    aliases: ['Peshmerga', 'Kurdish Peshmerga', 'Peshmerga forces'],
    source: 'Kurdistan Regional Government forces; common in Mosul reporting',
  },
  // e.g. "The Iraqi government said it would open two more camps."
  {
    key: 'iq-government', name: 'Iraqi government', kind: 'government', country: 'IQ',
    aliases: ['Iraqi government', 'Government of Iraq', 'government of Iraq', 'Baghdad government',
      'Iraqi Ministry of Defence', 'Iraqi Ministry of Defense', 'Iraqi defence ministry', 'Iraqi defense ministry',
      'Joint Operations Command', 'Iraqi Joint Operations Command', 'Iraqi interior ministry'],
    source: 're3d annotates "the Government of Iraq" as Organisation',
  },
  // e.g. "The Kurdistan Regional Government said the camps were full."
  {
    key: 'iq-krg', name: 'Kurdistan Regional Government', kind: 'government', country: 'IQ',
    aliases: ['Kurdistan Regional Government', 'KRG', 'Kurdish regional government'],
    source: 're3d annotates "the Kurdistan Regional Government" as Organisation',
  },
  // e.g. "Syrian government forces retook the village after regime aircraft struck it."
  {
    key: 'sy-government-forces', name: 'Syrian government forces', kind: 'state-forces', country: 'SY',
    aliases: ['Syrian government forces', 'Syrian regime forces', 'Syrian army', 'Syrian Army', 'Syrian Arab Army',
      'SAA', 'Syrian troops', 'Syrian military', 'Syrian forces', 'Syrian regime', 'Assad regime', 'Asad regime',
      'Syrian government', 'Syrian air force'],
    contextual: ['regime', 'regime forces', 'pro-government forces'],
    airwars: 'Syrian Regime',
    source: 'Airwars belligerent "Syrian Regime"; re3d annotates "the Assad regime" as Organisation',
  },
  // e.g. "The Syrian Democratic Forces said the SDF had encircled Raqqa."
  {
    key: 'sdf', name: 'Syrian Democratic Forces', kind: 'armed-group', country: 'SY',
    aliases: ['Syrian Democratic Forces', 'SDF'],
    source: 'US-backed Kurdish-Arab alliance; re3d annotates "SDF"',
  },
  // e.g. "YPG units entered the town after the People's Protection Units cleared the roads."
  {
    key: 'ypg', name: 'YPG', kind: 'armed-group', country: 'SY', partOf: 'sdf',
    aliases: ['YPG', "People's Protection Units", 'Kurdish YPG', 'YPJ', "Women's Protection Units"],
    source: 'Kurdish militia, the core of the SDF',
  },
  // e.g. "Hayat Tahrir al-Sham fighters shelled the village; HTS denied it."
  {
    key: 'hts', name: 'Hayat Tahrir al-Sham', kind: 'armed-group', country: 'SY',
    aliases: ['Hayat Tahrir al-Sham', 'HTS', 'Tahrir al-Sham', 'Nusra Front', 'al-Nusra Front', 'Jabhat al-Nusra', 'Jabhat Fatah al-Sham'],
    source: 'successor of the Nusra Front (2017)',
  },
  // e.g. "Free Syrian Army groups backed by Turkey advanced on Afrin."
  {
    key: 'fsa', name: 'Free Syrian Army', kind: 'armed-group', country: 'SY',
    aliases: ['Free Syrian Army', 'FSA', 'Syrian National Army', 'Syrian opposition', 'Syrian rebels'],
    contextual: ['SNA'],
    source: 'Syrian opposition umbrella; re3d annotates "the Syrian opposition"',
  },
  // e.g. "Al-Qaeda in Iraq was the forerunner of IS."
  {
    key: 'al-qaeda', name: 'al-Qaeda', kind: 'armed-group',
    aliases: ['al-Qaeda', 'al-Qaida', 'Al-Qaeda', 'Al Qaeda', 'al Qaeda', 'Al-Qaida', 'AQI', 'al-Qaeda in Iraq'],
    source: 're3d annotates "al-Qaida" and "AQI"',
  },
];
