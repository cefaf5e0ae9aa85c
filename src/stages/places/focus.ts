import type { Candidate } from './candidates.js';
import type { PlaceOption } from './options.js';

/**
 * The report's country focus: which countries it is about, as weights in 0..1 (1 = the most
 * named). Countries named outright weigh most, then regions and curated places (one country
 * each), demonyms ("Iraqi forces"), and large towns whose name has one country only.
 *
 * @example
 * countryFocus([{ candidate, options: [iraq] }], ['IQ']) // Map { 'IQ' => 1 }
 */
export function countryFocus(
  resolved: readonly { candidate: Candidate; options: readonly PlaceOption[] }[],
  demonymCountries: readonly string[],
): Map<string, number> {
  const score = new Map<string, number>();
  const bump = (cc: string, w: number) => score.set(cc, (score.get(cc) ?? 0) + w);
  for (const { candidate, options } of resolved) {
    if (options.length === 0 || candidate.person || candidate.speaker) continue;
    const countries = new Set(options.map((o) => o.country));
    const kinds = new Set(options.map((o) => o.kind));
    if (countries.size !== 1) {
      // "Gaza" the city and a Gaza elsewhere: count the country of a table row, if only one.
      const tableCountries = new Set(options.filter((o) => o.kind !== 'geonames').map((o) => o.country));
      if (tableCountries.size === 1) bump([...tableCountries][0], 1);
      continue;
    }
    const cc = [...countries][0];
    if (kinds.has('country') || kinds.has('territory')) bump(cc, 3);
    else if (kinds.has('admin') || kinds.has('curated')) bump(cc, 2);
    else if (candidate.whole && options[0].population >= 50_000) bump(cc, 1);
  }
  for (const cc of demonymCountries) bump(cc, 1);
  const max = Math.max(0, ...score.values());
  const focus = new Map<string, number>();
  if (max > 0) for (const [cc, s] of score) focus.set(cc, s / max);
  return focus;
}
