import type { Analysis } from '../report/analysis.js';
import type { ReportMeta } from '../report/types.js';
import type { DatedOrigin } from '../corpus/provenance.js';
import { needsReanalysis, reanchor } from '../corpus/reanchor.js';
import { analyze } from '../analyze.js';

/**
 * Re-run the analysis, with `meta.anchors`, when copied sentences carry relative dates that must
 * be read against their origin's publication date rather than the copy's ("earlier this month"
 * copied on 4 April from a 30 March story means March). The second run happens only when it can
 * change a date, so most reports are analyzed once.
 *
 * @example
 * const { analysis, reanchored } = reanchorIfCopied({ text, meta, analysis, origins });
 */
export function reanchorIfCopied(
  r: { text: string; meta: Partial<ReportMeta> & { id: string }; analysis: Analysis; origins: readonly DatedOrigin[] },
): { analysis: Analysis; reanchored: boolean } {
  const input = { report: { id: r.meta.id, published: r.meta.published ?? null, text: r.text }, sentences: r.analysis.sentences };
  const anchors = reanchor(input, r.origins);
  if (!anchors.length || !needsReanalysis(r.analysis, anchors)) return { analysis: r.analysis, reanchored: false };
  const again = analyze(r.text, { ...r.meta, anchors });
  return { analysis: again, reanchored: again.dates.some((d) => (d as { reanchored?: unknown }).reanchored !== undefined) };
}
