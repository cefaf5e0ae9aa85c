import type { Store } from '../store/store.js';
import type { StoredReport } from '../corpus/types.js';
import type { IsoDate } from '../report/types.js';
import { findOrigins, sentenceRows, type DatedOrigin, type SentenceLookup } from '../corpus/provenance.js';
import { classifyProvenance, type ReportProvenance } from '../corpus/stitched.js';

/**
 * The store as a {@link SentenceLookup}: keys through the sentence-hash index, texts from the
 * stored reports (each report read once per ingest).
 *
 * @example
 * const origins = await findOrigins(analysis, storeLookup(store));
 */
export function storeLookup(store: Store): SentenceLookup {
  const reports = new Map<string, Promise<StoredReport | null>>();
  return {
    find: (key) => store.findSentenceByHash(key),
    async text(report, sentence) {
      if (!reports.has(report)) reports.set(report, store.getReport(report));
      const r = await reports.get(report);
      const s = r?.analysis.sentences[sentence];
      return r && s ? r.text.slice(s.start, s.end) : null;
    },
  };
}

export interface ProvenanceStep {
  origins: DatedOrigin[];
  summary: ReportProvenance;
  /** Rows for `putSentenceHashes`, so later reports find this one's sentences. */
  hashes: ReturnType<typeof sentenceRows>;
}

/**
 * Where each sentence of a new report first appeared, and what that says about the whole report
 * (a copy of one report, stitched from several, or its own).
 *
 * @example
 * const p = await provenanceOf(store, { report: { id, published, text }, sentences: analysis.sentences });
 * p.summary.stitched; // true for a page pasted from three wire stories
 */
export async function provenanceOf(
  store: Store,
  input: { report: { id: string; published: IsoDate | null; text: string }; sentences: readonly { index: number; start: number; end: number }[] },
): Promise<ProvenanceStep> {
  const origins = await findOrigins(input, storeLookup(store));
  return { origins, summary: classifyProvenance(origins), hashes: sentenceRows(input) };
}
