import type { Rng } from './prng.js';
import type { IncidentTruth } from './truth.js';
import { conflicts, type CityRow, type ConflictRow } from './tables/places.js';
import { perpetrators, type PerpetratorRow } from './tables/actors.js';
import { weapons, type WeaponRow } from './tables/weapons.js';
import { addDays, daysBetween } from './dates.js';

/** An incident with the table rows it was drawn from, for the composer. */
export interface IncidentDraft {
  truth: IncidentTruth;
  conflict: ConflictRow;
  city: CityRow;
  perpetrator: PerpetratorRow;
  weapon: WeaponRow;
}

export interface DrawIncidentOptions {
  id: string;
  /** Restrict to these conflicts (default: all). */
  conflicts?: readonly ConflictRow['key'][];
}

/**
 * Draw one incident: conflict, place, perpetrator, weapon, day and the true victim counts.
 *
 * @example
 * const draft = drawIncident(mulberry32(7), { id: 'inc-7' });
 * draft.truth.place.city; // e.g. 'Mosul'
 */
export function drawIncident(rng: Rng, options: DrawIncidentOptions): IncidentDraft {
  const pool = options.conflicts?.length ? conflicts.filter((c) => options.conflicts!.includes(c.key)) : conflicts;
  const conflict = rng.pick(pool);
  const city = rng.pick(conflict.cities);
  const district = rng.chance(0.7) ? rng.pick(city.districts) : null;
  const perpetrator = rng.pick(perpetrators[conflict.key]);
  const type = rng.pick(perpetrator.types);
  const weapon = rng.pick(weapons.filter((w) => w.type === type));
  const [from, to] = conflict.period;
  // The day itself; reports are published 1–6 days later, so keep a week of margin.
  const date = addDays(from, rng.int(0, Math.max(0, daysBetween(from, to) - 7)));
  const civiliansKilled = rng.weighted<() => number>([
    [() => rng.int(2, 9), 5],
    [() => rng.int(10, 30), 3],
    [() => rng.int(31, 90), 1],
  ])();
  return {
    conflict, city, perpetrator, weapon,
    truth: {
      id: options.id,
      conflict: conflict.key,
      type,
      date,
      place: {
        city: city.name, district, country: conflict.iso, lat: city.lat, lon: city.lon,
        precision: district ? 'district' : 'city',
      },
      perpetrator: { name: perpetrator.name, kind: perpetrator.kind, alias: rng.pick(perpetrator.aliases) },
      victims: {
        civiliansKilled,
        civiliansInjured: rng.chance(0.7) ? rng.int(1, civiliansKilled * 2 + 3) : 0,
        combatantsKilled: rng.chance(0.25) ? rng.int(2, 5) : 0,
      },
    },
  };
}
