import type { DateValue, ReportAnchor } from '../../report/types.js';
import type { DateCandidate } from './candidate.js';
import { parseIso } from './calendar.js';
import { resolveCandidate } from './resolve.js';

/** The copied stretch holding the whole candidate, if any (the first one listed wins). */
function anchorAt(c: { start: number; end: number }, anchors: readonly ReportAnchor[] | undefined): ReportAnchor | null {
  if (!anchors) return null;
  return anchors.find((a) => c.start >= a.start && c.end <= a.end) ?? null;
}

/**
 * Read a relative date in a copied sentence against its origin's publication date: "earlier
 * this month" copied on 4 April from a 30 March report means March. The value keeps the reading
 * it replaced and why (`reanchored`), and names the origin in `anchor`. Dates the text states
 * in full, and candidates outside every anchor, come back unchanged.
 *
 * @example
 * reanchor(c, { from: '2017-04-01', to: '2017-04-04', anchor: 'published:2017-04-04', … }, anchors, '2017-04-04');
 * // { from: '2017-03-01', to: '2017-03-30', anchor: 'origin:wire:2017-03-30', reanchored: { from: '2017-04-01', … } }
 */
export function reanchor(c: DateCandidate, literal: DateValue, anchors: readonly ReportAnchor[] | undefined, published: string | null): DateValue {
  const relative = literal.anchor !== null || literal.unresolved !== undefined;
  const a = relative ? anchorAt(c, anchors) : null;
  const date = a ? parseIso(a.published) : null;
  if (!a || !date) return literal;
  const value = resolveCandidate(c, date);
  if (!value) return literal;
  const own = published ? `this report's (${published})` : 'this report, which has no date';
  return {
    ...value,
    anchor: `origin:${a.origin}:${a.published}`,
    reanchored: {
      from: literal.from,
      to: literal.to,
      reason: `sentence copied from report ${a.origin}, published ${a.published}: read against that date, not ${own}`,
    },
  };
}
