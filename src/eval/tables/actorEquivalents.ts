/**
 * Names that denote one armed actor, normalized as `normalizeName` does (lower case, no
 * punctuation). Used only to compare our perpetrator with a coded actor name; our own actor
 * lexicon stays in `src/lexicon/`. Sources: ACLED actor names as coded in the dev data's
 * columns; alternative names from the project's DOMAIN.md and common press usage.
 */
export const actorEquivalents: readonly (readonly string[])[] = [
  // "Junta troops shelled the village on Tuesday." ACLED: Military Forces of Myanmar (2021-).
  ['military forces of myanmar', 'tatmadaw', 'myanmar military', 'myanmar army', 'myanmar armed forces',
    'burmese military', 'burmese army', 'state administration council', 'sac', 'junta', 'military junta',
    'military council', 'regime forces', 'junta forces'],
  // "A PDF unit detonated a mine under the convoy." ACLED: People's Defense Force - <place>.
  ['peoples defense force', 'peoples defence force', 'pdf'],
  // "The KIA said its fighters hit the camp." ACLED: KIO/KIA.
  ['kachin independence army', 'kachin independence organization', 'kia', 'kio'],
  // "KNLA soldiers fired mortars at the base." ACLED: KNU/KNLA.
  ['karen national union', 'karen national liberation army', 'knu', 'knla'],
  // "The TNLA clashed with the army near Namtu." ACLED: PSLF/TNLA.
  ['taang national liberation army', 'tnla', 'palaung state liberation front', 'pslf'],
  // "Arakan Army fighters ambushed the patrol." ACLED: AA: Arakan Army.
  ['arakan army', 'aa'],
  // "The IDF said its jets struck the building." Airwars: Israeli Military.
  ['israeli military', 'israel defense forces', 'israel defence forces', 'israeli defense forces', 'israeli defence forces', 'idf', 'israeli army', 'israeli forces',
    'israeli air force', 'israeli army forces', 'israel'],
  // "Hamas fired rockets from the neighbourhood." Airwars: Palestinian Militants.
  ['palestinian militants', 'hamas', 'palestinian islamic jihad', 'islamic jihad', 'qassam brigades',
    'al qassam brigades', 'izz ad din al qassam brigades'],
];

/**
 * Coded actor names that mean "no one identified" (ACLED's "Unidentified Armed Group
 * (Myanmar)"): our perpetrator matches them when we name no perpetrator either.
 */
export const unidentifiedActor = /^(unidentified|unknown)\b/i;
