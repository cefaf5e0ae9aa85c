/**
 * The first-level region (governorate, state, oblast…) a stored place lies in, for exports: the
 * gazetteer place of the same name in the same country nearest to the stored point names an
 * admin1 code, and the region table (`lexicon/admin-regions.ts`) names the code (when the code is
 * one region there). A place that is itself a region is looked up in the region table by name.
 */
import type { PlaceRef } from '../corpus/types.js';
import { ADMIN_REGIONS } from '../lexicon/admin-regions.js';
import { admin1Name } from '../stages/places/admin1.js';
import { distanceKm } from './distance.js';
import { gazetteer } from './gazetteer.js';
import { placeKey } from './normalize.js';

/** How far the gazetteer's point may be from the stored one and still be the same place. */
const SAME_PLACE_KM = 25;

/**
 * The name of the region `place` lies in, or null when the gazetteer or the region table does not
 * know it (and for countries).
 *
 * @example
 * admin1Of({ name: 'Mosul', country: 'IQ', lat: 36.34, lon: 43.13, precision: 'city' }); // 'Nineveh'
 */
export function admin1Of(place: PlaceRef | null): string | null {
  if (!place || place.precision === 'country') return null;
  const key = placeKey(place.name);
  if (place.precision === 'region') {
    const region = ADMIN_REGIONS.find((r) => r.country === place.country && [r.name, ...r.aliases].some((n) => placeKey(n) === key));
    return region?.name ?? null;
  }
  let best: { admin1: string; km: number } | null = null;
  for (const g of gazetteer().lookup(key)) {
    if (g.country !== place.country || !g.admin1) continue;
    const km = distanceKm(place, g);
    if (km <= SAME_PLACE_KM && (!best || km < best.km)) best = { admin1: g.admin1, km };
  }
  return best ? regionName(place.country, best.admin1) : null;
}

/**
 * The region table's name for an admin1 code, when it is one region: `Shan` for Shan, Shan-North
 * and Shan-South (ACLED's divisions of one code), but none for the five Gaza governorates that
 * share GeoNames' one code for the Gaza Strip.
 */
function regionName(country: string, code: string): string | null {
  const name = admin1Name(country, code);
  if (!name) return null;
  const names = ADMIN_REGIONS.filter((r) => r.country === country && r.admin1 === code).map((r) => r.name);
  return names.every((n) => n === name || n.startsWith(`${name}-`)) ? name : null;
}
