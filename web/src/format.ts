/**
 * How records are written for a person: dates, places, ranges of people. Small pure functions
 * shared by the list, the incident panel and the report view.
 */
import type { IncidentOut } from './types.js';

type Range = IncidentOut['civilians']['killed'];

/**
 * A range of people as a person reads it.
 *
 * @example
 * rangeText({ min: 19, max: 21, conservative: 19 }); // '19–21'
 * rangeText({ min: 11, max: null, conservative: 11 }); // '11+'
 * rangeText({ min: 0, max: 0, conservative: 0 }); // '0'
 */
export function rangeText(r: Range | null | undefined): string {
  if (!r) return '—';
  if (r.max === null) return `${r.min}+`;
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}

/**
 * An incident's date interval.
 *
 * @example
 * dateText({ from: '2017-03-08', to: '2017-03-08' }); // '2017-03-08'
 * dateText(null); // 'undated'
 */
export function dateText(d: IncidentOut['date']): string {
  if (!d) return 'undated';
  return d.from === d.to ? d.from : `${d.from} to ${d.to}`;
}

/**
 * An incident's place.
 *
 * @example
 * placeText({ name: 'Mosul', country: 'IQ', lat: 36.3, lon: 43.1, precision: 'city' }); // 'Mosul, IQ'
 */
export function placeText(p: IncidentOut['place']): string {
  if (!p) return 'no place';
  return p.country && p.country !== p.name ? `${p.name}, ${p.country}` : p.name;
}
