import type { PlacePrecision } from '../report/types.js';

/**
 * Nouns that, after "the", "this" or "that", refer back to a place the report named: "the
 * city", "the camp", "the country". `takes` lists the precisions of places the noun may stand
 * for (any non-country place when absent). Lower-cased.
 */
export const PLACE_ANAPHORS: ReadonlyMap<string, { takes?: readonly PlacePrecision[] }> = new Map([
  // e.g. "Shelling hit Kafr Nabl on Monday; the town has no hospital left."
  ['city', { takes: ['city', 'point'] }], ['town', { takes: ['city', 'point'] }], ['village', { takes: ['city', 'point'] }],
  // e.g. "Families fled to Bahrka camp, but the camp was already full."
  ['camp', {}], ['neighbourhood', {}], ['neighborhood', {}], ['district', {}], ['area', {}],
  // e.g. "Aid reached Yemen in May, but the country still faces famine."
  ['country', { takes: ['country'] }],
]);
