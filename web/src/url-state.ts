/**
 * The dashboard's state in the URL query, so a view can be shared: the filters (same names as
 * the API's parameters), the open incident and the open report. Pure functions plus two small
 * wrappers over `history`.
 */
import type { Filters } from './types.js';

export interface ViewState {
  filters: Filters;
  incident?: string;
  report?: string;
}

/** The filter keys, in the order they are written to the URL. */
export const FILTER_KEYS = ['since', 'until', 'type', 'grade', 'perpetrator', 'q'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Read a view from a query string. Unknown keys are ignored; a malformed date is dropped and
 * named in `problems` (the page shows them) rather than sent to the server.
 *
 * @example
 * parseState('?grade=fair%2B&since=2017-03-01&incident=inc-1');
 * // { state: { filters: { grade: 'fair+', since: '2017-03-01' }, incident: 'inc-1' }, problems: [] }
 */
export function parseState(search: string): { state: ViewState; problems: string[] } {
  const p = new URLSearchParams(search);
  const filters: Filters = {};
  const problems: string[] = [];
  for (const key of FILTER_KEYS) {
    const v = p.get(key)?.trim();
    if (!v) continue;
    if ((key === 'since' || key === 'until') && !ISO_DATE.test(v)) {
      problems.push(`ignored ${key}="${v}": dates are YYYY-MM-DD`);
      continue;
    }
    filters[key] = v;
  }
  const state: ViewState = { filters };
  const incident = p.get('incident')?.trim();
  const report = p.get('report')?.trim();
  if (incident) state.incident = incident;
  if (report) state.report = report;
  return { state, problems };
}

/**
 * The query string of a view (with its leading `?`, or empty).
 *
 * @example
 * formatState({ filters: { type: 'Air/drone strike' }, incident: 'inc-1' }); // '?type=Air%2Fdrone+strike&incident=inc-1'
 */
export function formatState(s: ViewState): string {
  const p = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = s.filters[key];
    if (v) p.set(key, v);
  }
  if (s.incident) p.set('incident', s.incident);
  if (s.report) p.set('report', s.report);
  const qs = p.toString();
  return qs ? `?${qs}` : '';
}

/** Write the view to the address bar (a new history entry when `push`). */
export function writeState(s: ViewState, push = false): void {
  const url = `${location.pathname}${formatState(s)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** The view in the address bar now. */
export function readState(): { state: ViewState; problems: string[] } {
  return parseState(location.search);
}
