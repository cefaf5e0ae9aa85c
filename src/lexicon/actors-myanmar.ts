import type { ActorRow } from './actors.js';

/**
 * Myanmar's military, police and armed organisations after the 2021 coup. `acled` holds ACLED's
 * actor name as ACLED writes it (its convention "ABBR: Full Name"); aliases are the forms local
 * and international reporting uses. Sources: ACLED actor naming, DOMAIN.md, the groups' own names.
 */
export const MYANMAR_ACTORS: readonly ActorRow[] = [
  // e.g. "Junta troops from LIB 345 torched the village; the Tatmadaw denied it."
  {
    key: 'mm-military', name: 'Military Forces of Myanmar', kind: 'state-forces', country: 'MM',
    aliases: ['Military Forces of Myanmar', 'Tatmadaw', 'Myanmar military', 'Myanmar army', 'Myanmar Army',
      'Burmese military', 'Burmese army', 'Myanmar armed forces', 'Myanmar junta', 'military junta', 'junta troops',
      'junta forces', 'regime troops', 'State Administration Council', 'SAC', 'SAC troops', 'military council',
      'Light Infantry Battalion', 'Light Infantry Division', 'Infantry Battalion', 'Light Infantry Regiment',
      'Military Operations Command', 'Border Guard Force', 'BGF', "People's Militia Force"],
    contextual: ['junta', 'military', 'army', 'soldiers', 'troops', 'security forces', 'LIB', 'IB', 'LIR', 'LID', 'MOC', 'regime',
      'regime forces', 'PMF'],
    acled: 'Military Forces of Myanmar (2021-)', inter: 1,
    source: 'ACLED actor name; DOMAIN.md (SAC, Tatmadaw); battalion abbreviations as in Myanmar reporting',
  },
  // e.g. "Myanmar police fired on the crowd near the market."
  {
    key: 'mm-police', name: 'Police Forces of Myanmar', kind: 'state-forces', country: 'MM',
    aliases: ['Police Forces of Myanmar', 'Myanmar police', 'Myanmar Police Force', 'MPF'],
    contextual: ['police', 'riot police', 'police forces', 'policemen', 'police officers'],
    acled: 'Police Forces of Myanmar (2021-)', inter: 1,
    source: 'ACLED actor name',
  },
  // e.g. "The junta's government said the State Administration Council had extended the state of emergency."
  {
    key: 'mm-government', name: 'Government of Myanmar', kind: 'government', country: 'MM',
    aliases: ['Government of Myanmar', 'Myanmar government'],
    acled: 'Government of Myanmar (2021-) State Administration Council',
    source: 'ACLED actor name',
  },
  // e.g. "The People's Defence Force ambushed a convoy; local PDFs later withdrew."
  {
    key: 'mm-pdf', name: "People's Defence Force", kind: 'armed-group', country: 'MM',
    aliases: ["People's Defence Force", "People's Defense Force", "People's Defence Forces", "People's Defense Forces",
      'People Defense Force', 'People Defence Force', 'PDF', 'PDFs'],
    acled: "People's Defense Force", inter: 3,
    source: 'DOMAIN.md; ACLED names local units "People\'s Defense Force - <place>"',
  },
  // e.g. "The Kachin Independence Army attacked a military outpost; the KIA said two soldiers died."
  {
    key: 'mm-kia', name: 'Kachin Independence Army', kind: 'armed-group', country: 'MM',
    aliases: ['Kachin Independence Army', 'KIA', 'Kachin Independence Organization', 'Kachin Independence Organisation', 'KIO'],
    acled: 'KIO/KIA: Kachin Independence Organization/Kachin Independence Army', inter: 2,
    source: 'ACLED actor name',
  },
  // e.g. "KNLA Brigade 5 overran the camp, the Karen National Union said."
  {
    key: 'mm-knu', name: 'Karen National Union', kind: 'armed-group', country: 'MM',
    aliases: ['Karen National Union', 'KNU', 'Karen National Liberation Army', 'KNLA', 'KNU/KNLA'],
    acled: 'KNU/KNLA: Karen National Union/Karen National Liberation Army', inter: 2,
    source: 'ACLED actor name',
  },
  // e.g. "The Arakan Army said its fighters had repelled the assault."
  {
    key: 'mm-aa', name: 'Arakan Army', kind: 'armed-group', country: 'MM',
    aliases: ['Arakan Army', 'United League of Arakan', 'ULA'],
    contextual: ['AA'],
    acled: 'AA: Arakan Army', inter: 2,
    source: 'ACLED naming convention',
  },
  // e.g. "TNLA troops clashed with the army near the highway."
  {
    key: 'mm-tnla', name: "Ta'ang National Liberation Army", kind: 'armed-group', country: 'MM',
    aliases: ["Ta'ang National Liberation Army", 'TNLA', 'Palaung State Liberation Front', 'PSLF'],
    acled: "PSLF/TNLA: Palaung State Liberation Front/Ta'ang National Liberation Army", inter: 2,
    source: 'ACLED actor name',
  },
  // e.g. "The RCSS said Shan State Army-South units had left the area."
  {
    key: 'mm-rcss', name: 'Restoration Council of Shan State', kind: 'armed-group', country: 'MM',
    aliases: ['Restoration Council of Shan State', 'RCSS', 'Shan State Army-South', 'Shan State Army South', 'SSA-S', 'RCSS/SSA'],
    acled: 'RCSS/SSA-S: Restoration Council of Shan State/Shan State Army-South', inter: 2,
    source: 'ACLED actor name',
  },
  // e.g. "SSPP fighters and the RCSS exchanged fire."
  {
    key: 'mm-sspp', name: 'Shan State Progress Party', kind: 'armed-group', country: 'MM',
    aliases: ['Shan State Progress Party', 'SSPP', 'Shan State Army-North', 'Shan State Army North', 'SSA-N', 'SSPP/SSA'],
    acled: 'SSPP/SSA-N: Shan State Progress Party/Shan State Army-North', inter: 2,
    source: 'ACLED naming convention',
  },
  // e.g. "The Chin National Army said a drone hit its camp."
  {
    key: 'mm-cnf', name: 'Chin National Front', kind: 'armed-group', country: 'MM',
    aliases: ['Chin National Front', 'CNF', 'Chin National Army', 'CNA'],
    acled: 'CNF/CNA: Chin National Front/Chin National Army', inter: 2,
    source: 'ACLED naming convention',
  },
  // e.g. "Chinland Defense Force fighters blocked the road."
  {
    key: 'mm-cdf', name: 'Chinland Defense Force', kind: 'armed-group', country: 'MM',
    aliases: ['Chinland Defense Force', 'Chinland Defence Force', 'CDF'],
    acled: 'CDF: Chinland Defense Force', inter: 3,
    source: 'ACLED actor name',
  },
  // e.g. "The KNDF said two of its members died in the shelling."
  {
    key: 'mm-kndf', name: 'Karenni Nationalities Defense Force', kind: 'armed-group', country: 'MM',
    aliases: ['Karenni Nationalities Defense Force', 'Karenni Nationalities Defence Force', 'KNDF'],
    acled: 'KNDF: Karenni Nationalities Defense Force', inter: 3,
    source: 'ACLED actor name',
  },
  // e.g. "The Karenni Army joined the attack on the police station."
  {
    key: 'mm-knpp', name: 'Karenni Army', kind: 'armed-group', country: 'MM',
    aliases: ['Karenni Army', 'Karenni National Progressive Party', 'KNPP'], contextual: ['KA'],
    acled: 'KNPP/KA: Karenni National Progressive Party/Karenni Army', inter: 2,
    source: 'ACLED naming convention',
  },
  // e.g. "MNDAA fighters shelled the town of Laukkai."
  {
    key: 'mm-mndaa', name: 'Myanmar National Democratic Alliance Army', kind: 'armed-group', country: 'MM',
    aliases: ['Myanmar National Democratic Alliance Army', 'MNDAA', 'Kokang army'],
    acled: 'MNDAA: Myanmar National Democratic Alliance Army', inter: 2,
    source: 'ACLED naming convention',
  },
  // e.g. "ABSDF members joined the local defence force."
  {
    key: 'mm-absdf', name: "All Burma Students' Democratic Front", kind: 'armed-group', country: 'MM',
    aliases: ["All Burma Students' Democratic Front", 'All Burma Students Democratic Front', 'ABSDF'],
    acled: "ABSDF: All Burma Students' Democratic Front", inter: 2,
    source: 'ACLED naming convention',
  },
  // e.g. "The Shanni Nationalities Army claimed the ambush."
  {
    key: 'mm-sna', name: 'Shanni Nationalities Army', kind: 'armed-group', country: 'MM',
    aliases: ['Shanni Nationalities Army'], contextual: ['SNA'],
    acled: 'SNA: Shanni Nationalities Army', inter: 2,
    source: 'ACLED actor name',
  },
  // e.g. "The Pa-O National Army guarded the road."
  {
    key: 'mm-pna', name: 'Pa-Oh National Organization', kind: 'armed-group', country: 'MM',
    aliases: ['Pa-Oh National Organization', 'Pa-O National Organisation', 'PNO', 'Pa-Oh National Army', 'Pa-O National Army', 'PNA'],
    acled: 'PNO/PNA: Pa-Oh National Organization/Pa-Oh National Army', inter: 2,
    source: 'ACLED actor name',
  },
  // e.g. "Pyu Saw Htee members threatened the villagers."
  {
    key: 'mm-pyu-saw-htee', name: 'Pyu Saw Htee', kind: 'armed-group', country: 'MM', partOf: 'mm-military',
    aliases: ['Pyu Saw Htee'],
    acled: 'Pyu Saw Htee',
    source: 'ACLED actor name; pro-military militia',
  },
  // e.g. "The National Unity Government condemned the air strike."
  {
    key: 'mm-nug', name: 'National Unity Government', kind: 'government', country: 'MM',
    aliases: ['National Unity Government', 'NUG'],
    source: 'parallel government formed in 2021',
  },
  // e.g. "An NLD office was bombed overnight."
  {
    key: 'mm-nld', name: 'National League for Democracy', kind: 'group', country: 'MM',
    aliases: ['National League for Democracy', 'NLD'],
    acled: 'NLD: National League for Democracy',
    source: 'ACLED actor name',
  },
  // e.g. "A USDP member was shot dead."
  {
    key: 'mm-usdp', name: 'Union Solidarity and Development Party', kind: 'group', country: 'MM',
    aliases: ['Union Solidarity and Development Party', 'USDP'],
    acled: 'USDP: Union Solidarity and Development Party',
    source: 'ACLED actor name',
  },
];
