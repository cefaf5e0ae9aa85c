import type { Span } from '../../report/types.js';

/**
 * Rank of a place span by how precisely it locates something: a village or neighbourhood first,
 * then a town, a township's town, an ACLED district's town, a route's end, a region, a country.
 *
 * @example
 * placeRank(namtuTownshipSpan) // 2
 */
export function placeRank(s: Span<'place'>): number {
  const v = s.value;
  // An end of a route ("the Hakha-Kale road") says little about where the event was.
  if (v.relation === 'route') return 4.5;
  // ACLED's own note of the coded location outranks everything else the note names.
  if (v.relation === 'coded as') return -1;
  if (v.precision === 'point' || v.precision === 'district') return 0;
  if (v.precision === 'city') return v.feature === 'township' ? 2 : 1;
  if (v.precision === 'region') return v.feature === 'district' ? 3 : 4;
  return 5;
}

/**
 * The most precise place among spans (first in the text on ties), or null.
 *
 * @example
 * bestPlace(spansOf(report, 'place'))?.value.name // 'Namtu'
 */
export function bestPlace(spans: readonly Span<'place'>[]): Span<'place'> | null {
  // The report's main country: the one its places below country level name most ("near the
  // Kuwait roundabout in Gaza City" is about Palestine); country names decide only ties.
  const weight = new Map<string, number>();
  for (const s of spans) weight.set(s.value.country, (weight.get(s.value.country) ?? 0) + (s.value.precision === 'country' ? 0.1 : 1));
  let main: string | null = null;
  for (const [cc, w] of weight) if (main === null || w > weight.get(main)!) main = cc;
  let best: Span<'place'> | null = null;
  for (const s of spans) {
    if (s.value.country !== main) continue;
    if (!best || placeRank(s) < placeRank(best)) best = s;
  }
  return best;
}
