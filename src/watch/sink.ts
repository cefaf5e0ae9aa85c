/**
 * Where the watcher hands each new item's report: straight into the store (`ingestReport`, the
 * default) or onto the work queue (`--queue`, see `queue-sink.ts`). A sink that throws leaves the
 * item unseen, so it is tried again next round.
 */
import type { InputDocument } from '../input/document.js';
import { ingestReport, type IngestOptions } from '../ingest/ingest.js';
import type { Store } from '../store/store.js';

/** What handing one report on did. */
export type SinkOutcome = 'stored' | 'duplicate' | 'queued';

export interface ItemSink {
  /** Hand one report on; `where` names it for messages (the feed and item). */
  put(doc: InputDocument, where: string): Promise<SinkOutcome>;
  /** Release connections (queue). */
  close?(): Promise<void>;
}

/**
 * The default sink: ingest each report into `store` in this process.
 *
 * @example
 * const sink = ingestSink(store, { defaults: { outlet: 'Example Times' } });
 * await sink.put({ text, meta: { url } }, 'https://example.org/rss item 1'); // 'stored'
 */
export function ingestSink(store: Store, opts: IngestOptions = {}): ItemSink {
  return {
    async put(doc) {
      const outcome = await ingestReport(store, doc, opts);
      return outcome.status;
    },
  };
}
