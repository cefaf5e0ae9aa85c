/**
 * Re-anchoring: a relative date in a copied sentence means what it meant in the report it was
 * copied from. "Earlier this month" in a sentence a content farm copied on 4 April from a 30 March
 * wire story means March, not April. This module turns sentence origins into `meta.anchors`
 * (character ranges with their origin's date); the dates stage reads them when the report is
 * analysed again (`analyze(text, { ...meta, anchors })`) and says, on each date it moved, what
 * the literal reading was and why it was replaced.
 */
import type { ReportAnchor } from '../report/types.js';
import type { DatedOrigin, ProvenanceInput } from './provenance.js';

/**
 * The copied stretches of a report whose origin was published earlier than the report (or the
 * report has no date): one anchor per such sentence, in offset order.
 *
 * @example
 * const anchors = reanchor(analysis, await findOrigins(analysis, lookup));
 * const again = analyze(text, { ...meta, anchors }); // "earlier this month" now read against the origin's date
 */
export function reanchor(input: ProvenanceInput, origins: readonly DatedOrigin[]): ReportAnchor[] {
  const own = input.report.published;
  const out: ReportAnchor[] = [];
  for (const o of origins) {
    if (o.originReport === input.report.id || o.originPublished === null) continue;
    if (own !== null && o.originPublished >= own) continue;
    out.push({ start: o.start, end: o.end, published: o.originPublished, origin: o.originReport });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What {@link needsReanalysis} reads from an analysis: its date spans. */
export interface DatesOf {
  dates: readonly { start: number; end: number; anchor: string | null; unresolved?: string }[];
}

/**
 * True when re-running the analysis with these anchors can change a date: some relative date
 * (one read against the publication date, or left unresolved for want of one) lies inside a
 * copied stretch. Ingest skips the second run otherwise.
 *
 * @example
 * if (needsReanalysis(analysis, anchors)) analysis = analyze(text, { ...meta, anchors });
 */
export function needsReanalysis(analysis: DatesOf, anchors: readonly ReportAnchor[]): boolean {
  return analysis.dates.some((d) => (d.anchor?.startsWith('published:') || d.unresolved !== undefined)
    && anchors.some((a) => d.start >= a.start && d.end <= a.end));
}
