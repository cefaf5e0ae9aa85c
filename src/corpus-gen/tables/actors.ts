import type { ActorKind, EventType } from '../../report/types.js';
import type { ConflictRow } from './places.js';

/**
 * Armed actors and sources the generator writes about. Canonical names and aliases follow
 * `../shared/docs/DOMAIN.md` ("Names for armed actors"). People's names are invented for the
 * corpus; they are not real spokespeople.
 */
export interface PerpetratorRow {
  name: string;
  kind: ActorKind;
  aliases: readonly string[];
  /** Event types this actor is written as carrying out. */
  types: readonly EventType[];
  /** Who answers for it (`text` as written, `name` the speaker's name), or null when it answers
   * to no one ("Islamic State"). */
  spokesperson: { text: string; name: string } | null;
}

export interface SourceRow {
  /** As the text writes it, lower-case first letter where a sentence would lower it. */
  text: string;
  name: string;
  kind: ActorKind | 'unknown';
  anonymous: boolean;
}

const AIR: EventType = 'Air/drone strike';
const SHELL: EventType = 'Shelling/artillery/missile attack';
const IED: EventType = 'Remote explosive/landmine/IED';
const SUICIDE: EventType = 'Suicide bomb';
const ATTACK: EventType = 'Attack';

export const perpetrators: Record<ConflictRow['key'], readonly PerpetratorRow[]> = {
  iraq: [
    // "An air strike by the US-led coalition hit the house, residents said."
    { name: 'US-led coalition', kind: 'coalition', aliases: ['the US-led coalition', 'coalition forces', 'the coalition'],
      types: [AIR], spokesperson: { text: 'Col. Ryan Whitfield, a coalition spokesman', name: 'Col. Ryan Whitfield' } },
    // "Islamic State fighters shelled the neighbourhood with mortars."
    { name: 'Islamic State', kind: 'armed-group', aliases: ['Islamic State', 'IS', 'ISIS', 'Daesh', 'Islamic State militants'],
      types: [SHELL, IED, SUICIDE, ATTACK], spokesperson: null },
    // "Iraqi forces fired artillery at the district, a resident said."
    { name: 'Iraqi security forces', kind: 'state-forces', aliases: ['Iraqi forces', 'Iraqi security forces', 'the Iraqi army'],
      types: [SHELL], spokesperson: { text: 'Brig. Gen. Karim al-Saadi, a spokesman for the Joint Operations Command', name: 'Brig. Gen. Karim al-Saadi' } },
  ],
  syria: [
    { name: 'US-led coalition', kind: 'coalition', aliases: ['the US-led coalition', 'coalition warplanes', 'the coalition'],
      types: [AIR], spokesperson: { text: 'Col. Ryan Whitfield, a coalition spokesman', name: 'Col. Ryan Whitfield' } },
    // "Russian jets struck the market, the monitor said."
    { name: 'Russian forces', kind: 'state-forces', aliases: ['Russian warplanes', 'Russian forces', 'Russia'],
      types: [AIR], spokesperson: { text: 'the Russian defence ministry', name: 'Russian defence ministry' } },
    { name: 'Syrian government forces', kind: 'state-forces', aliases: ['Syrian government forces', 'regime forces', 'the Syrian army'],
      types: [AIR, SHELL], spokesperson: { text: 'Syrian state media', name: 'Syrian state media' } },
    { name: 'Islamic State', kind: 'armed-group', aliases: ['Islamic State', 'ISIS', 'Daesh'],
      types: [IED, SUICIDE, ATTACK], spokesperson: null },
  ],
  gaza: [
    // "An Israeli strike hit a house in Rafah, the health ministry said."
    { name: 'Israel Defense Forces', kind: 'state-forces', aliases: ['the Israeli military', 'Israeli forces', 'the IDF'],
      types: [AIR, SHELL], spokesperson: { text: 'the Israeli military', name: 'Israeli military' } },
  ],
  myanmar: [
    // "Military jets bombed the village, the PDF said."
    { name: 'Myanmar military', kind: 'state-forces', aliases: ['the Myanmar military', 'the junta', 'the Tatmadaw', 'the State Administration Council'],
      types: [AIR, SHELL, ATTACK], spokesperson: { text: 'junta spokesman Brig. Gen. Thura Aung Min', name: 'Brig. Gen. Thura Aung Min' } },
    { name: "People's Defence Force", kind: 'armed-group', aliases: ["the People's Defence Force", 'the PDF', 'resistance fighters'],
      types: [IED, SHELL], spokesperson: { text: 'a spokesman for the local PDF battalion', name: 'PDF spokesman' } },
  ],
  yemen: [
    // "A Saudi-led coalition air strike hit a funeral hall in Sanaa."
    { name: 'Saudi-led coalition', kind: 'coalition', aliases: ['the Saudi-led coalition', 'coalition warplanes', 'the coalition'],
      types: [AIR], spokesperson: { text: 'Col. Fahad al-Harbi, a coalition spokesman', name: 'Col. Fahad al-Harbi' } },
    // "Houthi shelling hit a residential area of Taiz."
    { name: 'Houthis', kind: 'armed-group', aliases: ['the Houthis', 'Ansar Allah', 'Houthi fighters'],
      types: [SHELL, ATTACK], spokesperson: { text: 'Houthi spokesman Abdulmalik al-Wazir', name: 'Abdulmalik al-Wazir' } },
    { name: 'AQAP', kind: 'armed-group', aliases: ['al-Qaeda in the Arabian Peninsula', 'AQAP'],
      types: [IED, SUICIDE], spokesperson: null },
  ],
};

/** Sources that report the harm (the lead's speaker), per conflict. */
export const harmSources: Record<ConflictRow['key'], readonly SourceRow[]> = {
  iraq: [
    // "Eleven civilians were killed, Iraqi police said."
    { text: 'Iraqi police', name: 'Iraqi police', kind: 'state-forces', anonymous: false },
    { text: 'the Nineveh health directorate', name: 'Nineveh health directorate', kind: 'government', anonymous: false },
    { text: 'the Iraqi civil defence', name: 'Iraqi civil defence', kind: 'government', anonymous: false },
    // "…, a local official who spoke on condition of anonymity said."
    { text: 'a local official who spoke on condition of anonymity', name: 'local official', kind: 'government', anonymous: true },
    { text: 'Airwars', name: 'Airwars', kind: 'ngo', anonymous: false },
  ],
  syria: [
    { text: 'the Syrian Observatory for Human Rights', name: 'Syrian Observatory for Human Rights', kind: 'ngo', anonymous: false },
    { text: 'the White Helmets rescue group', name: 'White Helmets', kind: 'ngo', anonymous: false },
    { text: 'local activists', name: 'local activists', kind: 'group', anonymous: false },
    { text: 'a doctor at a field hospital who asked not to be named', name: 'doctor', kind: 'person', anonymous: true },
  ],
  gaza: [
    { text: 'the Gaza health ministry', name: 'Gaza health ministry', kind: 'government', anonymous: false },
    { text: 'the Palestinian civil defence', name: 'Palestinian civil defence', kind: 'government', anonymous: false },
    { text: 'the Palestinian Red Crescent', name: 'Palestinian Red Crescent', kind: 'ngo', anonymous: false },
    { text: 'hospital officials', name: 'hospital officials', kind: 'unknown', anonymous: true },
  ],
  myanmar: [
    { text: 'the National Unity Government', name: 'National Unity Government', kind: 'government', anonymous: false },
    { text: 'local residents', name: 'local residents', kind: 'civilians', anonymous: false },
    { text: 'a rescue worker who declined to be named for his safety', name: 'rescue worker', kind: 'person', anonymous: true },
    { text: 'the UN human rights office', name: 'UN human rights office', kind: 'international', anonymous: false },
  ],
  yemen: [
    { text: 'the Houthi-run health ministry', name: 'Houthi-run health ministry', kind: 'government', anonymous: false },
    { text: 'Mwatana for Human Rights', name: 'Mwatana for Human Rights', kind: 'ngo', anonymous: false },
    { text: 'medics', name: 'medics', kind: 'unknown', anonymous: true },
    { text: 'the UN humanitarian coordinator', name: 'UN humanitarian coordinator', kind: 'international', anonymous: false },
  ],
};

/** Invented eyewitness names: [name, pronoun]. */
export const witnesses: Record<ConflictRow['key'], readonly (readonly [string, 'He' | 'She'])[]> = {
  iraq: [['Ahmed Younis', 'He'], ['Umm Omar', 'She'], ['Khalid Sabah', 'He'], ['Nour Hazem', 'She']],
  syria: [['Abu Mahmoud', 'He'], ['Rania Saleh', 'She'], ['Hassan Darwish', 'He']],
  gaza: [['Mahmoud Abu Odeh', 'He'], ['Samar Hijazi', 'She'], ['Youssef Nasser', 'He']],
  myanmar: [['Ko Zaw Lin', 'He'], ['Ma Hnin Wai', 'She'], ['U Tun Myint', 'He']],
  yemen: [['Fuad al-Ahdal', 'He'], ['Amat al-Razzaq Saleh', 'She'], ['Ali Qassem', 'He']],
};

/** Combatant nouns for the "also killed" sentence: [phrase after the number, group is combatants]. */
export const combatantNouns: Record<ConflictRow['key'], readonly string[]> = {
  iraq: ['Iraqi soldiers', 'Islamic State fighters', 'members of the Federal Police'],
  syria: ['government soldiers', 'SDF fighters', 'militants'],
  gaza: ['Hamas fighters', 'militants'],
  myanmar: ['soldiers', 'resistance fighters'],
  yemen: ['Houthi fighters', 'pro-government fighters'],
};
