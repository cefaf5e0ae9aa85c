import type { Store } from '../store/store.js';
import type { SourceItem } from './sources.js';
import { ingestReport, type IngestOptions, type IngestOutcome } from './ingest.js';

/** What a batch did, counted as it goes (the progress line and the final summary read it). */
export interface BatchSummary {
  /** Reports read from the inputs, including those that failed. */
  read: number;
  stored: number;
  /** The same report again (by content hash or URL): not stored twice. */
  duplicates: number;
  /** Stored reports that are copies of an earlier stored report. */
  copies: number;
  stitched: number;
  /** Stored reports whose relative dates were re-anchored to an origin's publication date. */
  reanchored: number;
  /** Inputs that could not be read, and reports that could not be analyzed or stored. */
  failed: number;
  incidentsCreated: number;
  incidentsUpdated: number;
  /** Distinct incidents created or updated. */
  incidentsTouched: number;
  seconds: number;
}

export interface BatchOptions extends IngestOptions {
  /** Called with one line for each input that failed; the batch goes on. */
  onError?: (where: string, error: Error) => void;
  /** Called after each report with the running summary. */
  onProgress?: (summary: BatchSummary) => void;
  /** Stop after this many reports read (tests, samples). */
  limit?: number;
}

/**
 * Ingest every report of a source stream, one {@link ingestReport} (one transaction) each. A
 * report that cannot be read or analyzed is counted and reported through `onError`; the batch
 * goes on. Re-running a batch skips what is stored already, so a killed run is completed by
 * running it again.
 *
 * @example
 * const summary = await ingestBatch(store, readSources(['reports/']), { onError: (w, e) => console.error(w, e.message) });
 * summary.stored; // reports newly stored
 */
export async function ingestBatch(store: Store, items: AsyncIterable<SourceItem>, opts: BatchOptions = {}): Promise<BatchSummary> {
  const t0 = performance.now();
  const touched = new Set<string>();
  const summary: BatchSummary = {
    read: 0, stored: 0, duplicates: 0, copies: 0, stitched: 0, reanchored: 0, failed: 0,
    incidentsCreated: 0, incidentsUpdated: 0, incidentsTouched: 0, seconds: 0,
  };
  for await (const item of items) {
    summary.read++;
    if ('error' in item) {
      summary.failed++;
      opts.onError?.(item.where, item.error);
    } else {
      let outcome: IngestOutcome | null = null;
      try {
        outcome = await ingestReport(store, item.doc, opts);
      } catch (e) {
        summary.failed++;
        opts.onError?.(item.where, e as Error);
      }
      if (outcome) count(summary, outcome, touched);
    }
    summary.seconds = (performance.now() - t0) / 1000;
    opts.onProgress?.(summary);
    if (opts.limit !== undefined && summary.read >= opts.limit) break;
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

function count(summary: BatchSummary, o: IngestOutcome, touched: Set<string>): void {
  if (o.status === 'duplicate') {
    summary.duplicates++;
    return;
  }
  summary.stored++;
  if (o.copyOf) summary.copies++;
  if (o.stitched) summary.stitched++;
  if (o.reanchored) summary.reanchored++;
  summary.incidentsCreated += o.incidentsCreated.length;
  summary.incidentsUpdated += o.incidentsUpdated.length;
  for (const id of [...o.incidentsCreated, ...o.incidentsUpdated]) touched.add(id);
  summary.incidentsTouched = touched.size;
}
