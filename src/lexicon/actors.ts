import type { ActorKind } from '../report/types.js';
import { IRAQ_SYRIA_ACTORS } from './actors-iraq-syria.js';
import { MYANMAR_ACTORS } from './actors-myanmar.js';
import { MIDEAST_ACTORS } from './actors-mideast.js';
import { WORLD_ACTORS } from './actors-world.js';
import { INSTITUTION_ACTORS } from './actors-institutions.js';
import { PEOPLE } from './actors-people.js';

/**
 * One canonical actor with the ways reports name it.
 *
 * Alias matching (see `stages/actors/alias-index.ts`) is token by token and ignores spacing, so
 * "USA-led" and "USA -led" are one alias. Case rules per alias token: a token in capitals
 * ("IS", "U.N.", "CJTF-OIR") must appear exactly so; a capitalised token ("Amnesty") must be
 * capitalised in the text; a lower-case token ("coalition") matches any case.
 */
export interface ActorRow {
  /** Stable key; the seed gold's keys where it has them ("islamic state", "coalition", "iraq"). */
  key: string;
  /** Canonical name, as the team writes it. */
  name: string;
  kind: ActorKind;
  /** Names that always mean this actor. Longest match wins in the text. */
  aliases: readonly string[];
  /**
   * Names that mean this actor only in context (the generic "police", "the military", "AA"):
   * used when the report's focus country is one of `theatres`, or when an unambiguous alias of
   * this row appears elsewhere in the report. An alias may be contextual on several rows.
   */
  contextual?: readonly string[];
  /** ISO 3166-1 alpha-2 of the state the actor belongs to, when it has one. */
  country?: string;
  /** Countries where the actor fights or works, for context decisions; defaults to `country`.
   * Empty for forces that fight abroad anywhere (the US military): they never tell which
   * country a report is about. */
  theatres?: readonly string[];
  /** Key of the actor it acts for or belongs to: the Pentagon speaks for the coalition's side. */
  partOf?: string;
  /** ACLED's actor name; `{country}` stands for the country name ACLED puts in brackets. */
  acled?: string;
  /** ACLED "inter" code: 1 state forces, 2 rebels, 3 political militias, 4 identity militias,
   * 5 rioters, 6 protesters, 7 civilians, 8 external/other. */
  inter?: number;
  /** Airwars' "Suspected belligerent" value. */
  airwars?: string;
  /** Where the names come from. */
  source: string;
}

/** Every canonical actor row. Order matters for shared contextual aliases: earlier rows win. */
export const ACTORS: readonly ActorRow[] = [
  ...IRAQ_SYRIA_ACTORS,
  ...MYANMAR_ACTORS,
  ...MIDEAST_ACTORS,
  ...WORLD_ACTORS,
  ...INSTITUTION_ACTORS,
  ...PEOPLE,
];

let byKey: Map<string, ActorRow> | null = null;
let byName: Map<string, ActorRow> | null = null;

const fold = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

function indexes(): { byKey: Map<string, ActorRow>; byName: Map<string, ActorRow> } {
  if (!byKey || !byName) {
    byKey = new Map();
    byName = new Map();
    for (const row of ACTORS) {
      if (byKey.has(row.key)) throw new Error(`actor lexicon: duplicate key "${row.key}"`);
      byKey.set(row.key, row);
    }
    // Canonical names, ACLED and Airwars names first, then aliases: a name never loses to an alias.
    for (const row of ACTORS) for (const n of [row.name, row.acled, row.airwars]) if (n && !n.includes('{')) byName.set(fold(n), row);
    for (const row of ACTORS) for (const a of row.aliases) if (!byName.has(fold(a))) byName.set(fold(a), row);
  }
  return { byKey, byName };
}

/**
 * Find the canonical actor for a name, key, alias, ACLED or Airwars name (case-insensitive;
 * contextual aliases such as "police" are not looked up, they need a report's context).
 *
 * @example
 * findActor('Daesh')?.name;                              // 'Islamic State'
 * findActor('Military Forces of Myanmar (2021-)')?.key;  // 'mm-military'
 */
export function findActor(name: string): ActorRow | undefined {
  const { byKey: k, byName: n } = indexes();
  return k.get(name) ?? n.get(fold(name));
}

/**
 * The belligerent side an actor acts for: follows `partOf` to the top ("the Pentagon" → the
 * US military → the coalition). Returns the row itself when it is part of nothing.
 *
 * @example
 * sideOf(findActor('Pentagon')!).key; // 'coalition'
 */
export function sideOf(row: ActorRow): ActorRow {
  const { byKey: k } = indexes();
  let cur = row;
  for (let i = 0; i < 5 && cur.partOf; i++) {
    const next = k.get(cur.partOf);
    if (!next) break;
    cur = next;
  }
  return cur;
}

/** The country names ACLED writes in brackets ("Civilians (Myanmar)"), by ISO alpha-2 code.
 * Source: ACLED's country list; only the theatres this lexicon covers. */
export const ACLED_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  MM: 'Myanmar', IQ: 'Iraq', SY: 'Syria', YE: 'Yemen', PS: 'Palestine', IL: 'Israel', LB: 'Lebanon',
  UA: 'Ukraine', RU: 'Russia', TR: 'Turkey', AF: 'Afghanistan', LY: 'Libya', SO: 'Somalia', NG: 'Nigeria',
};

/**
 * ACLED's name for an actor in a given country ("Civilians (Myanmar)"), or null.
 *
 * @example
 * acledName(findActor('civilians')!, 'MM'); // 'Civilians (Myanmar)'
 */
export function acledName(row: ActorRow, country: string | null): string | null {
  if (!row.acled) return null;
  if (!row.acled.includes('{country}')) return row.acled;
  const name = country ? ACLED_COUNTRY_NAMES[country] : undefined;
  return name ? row.acled.replace('{country}', name) : null;
}
