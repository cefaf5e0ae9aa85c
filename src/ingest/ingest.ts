import { createHash } from 'node:crypto';
import type { Store } from '../store/store.js';
import type { StoredReport } from '../corpus/types.js';
import type { InputDocument } from '../input/document.js';
import type { ReportMeta } from '../report/types.js';
import type { Analysis } from '../report/analysis.js';
import { analyze } from '../analyze.js';
import { finishMeta } from '../input/read-input.js';
import { cleanDocument, cleanMeta } from '../input/clean-text.js';
import { normalizeText } from '../corpus/normalize.js';
import { copyKeys, findCopyOf, rememberReport } from './copy-step.js';
import { provenanceOf, rememberSentences, stitchedFromStories } from './provenance-step.js';
import { reanchorIfCopied } from './reanchor-step.js';
import { lockEventCells, resolveIncidents } from './incident-step.js';
import { recoverAttribution } from '../corpus/recover.js';
import { sentenceRows } from '../corpus/provenance.js';
import { COMMON_DAYS, boilerplateShingles, commonSentences, evidenceHashes } from '../corpus/boilerplate.js';
import { lockKeys, reportLockKeys } from './locks.js';

/** What ingesting one report did. */
export interface IngestOutcome {
  /** `duplicate`: the same report (content hash or URL) was stored already; nothing was written. */
  status: 'stored' | 'duplicate';
  /** The stored report's id (the earlier one's for a duplicate). */
  id: string;
  copyOf: string | null;
  stitched: boolean;
  /** True when relative dates in copied sentences were re-anchored to their origin's date. */
  reanchored: boolean;
  incidentsCreated: string[];
  incidentsUpdated: string[];
}

export interface IngestOptions {
  /** Metadata that overrides what was read. */
  overrides?: Partial<ReportMeta>;
  /** Metadata for reports that give none of their own (`civwatch ingest --published`, `--outlet`). */
  defaults?: Partial<ReportMeta>;
  /** The clock, for stored timestamps (tests pin it). */
  now?: () => string;
}

/**
 * sha256 of a text after normalization (case, spacing, quotes and punctuation folded): the same
 * story stored twice has the same hash.
 *
 * @example
 * contentHash('Five  civilians “killed”.') === contentHash('five civilians "killed"'); // true
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeText(text), 'utf8').digest('hex');
}

/**
 * Ingest one report, all its writes in ONE store transaction (a process killed midway leaves the
 * report wholly stored or not at all): dedupe by content hash and URL → analyze → copy detection
 * → sentence provenance (stitched flag) → re-anchor relative dates copied from an earlier report
 * (analysis re-run with `anchors`) → store report, bands, sentence origins → event records →
 * incidents resolved, their figures and grades recomputed, merges recorded.
 *
 * @example
 * const outcome = await ingestReport(store, { text, meta: { published: '2017-03-30', outlet: 'Example Times' } });
 * outcome.status; // 'stored' (or 'duplicate' the second time)
 */
export async function ingestReport(store: Store, raw: InputDocument, opts: IngestOptions = {}): Promise<IngestOutcome> {
  // Every entry point lands here: NULs and other control characters go before hashing (clean-text.ts).
  const input = cleanDocument(raw);
  const meta = cleanMeta(finishMeta({ text: input.text, meta: { ...given(opts.defaults), ...given(input.meta) } }, opts.overrides));
  const hash = contentHash(input.text);
  const known = await findDuplicate(store, hash, meta.url ?? null);
  if (known) return duplicate(known);
  // The CPU-heavy analysis runs before the transaction opens: the write lock is held only for writes.
  const first = analyze(input.text, meta);
  const keys = copyKeys(input.text);
  const sentenceKeys = sentenceRows({ report: { id: meta.id, published: meta.published ?? null, text: input.text }, sentences: first.sentences }).map((r) => r.hash);
  const locks = reportLockKeys({ hash, url: meta.url ?? null, id: meta.id, bands: keys.bands, sentences: sentenceKeys });
  const outcome = await store.transaction(async (): Promise<IngestOutcome & { report?: StoredReport }> => {
    // Concurrent workers (PostgreSQL) serialize on what they share: see locks.ts. Round 1 of 3.
    await lockKeys(store, locks);
    // Checked again inside: another writer may have stored it meanwhile.
    const again = await findDuplicate(store, hash, meta.url ?? null);
    if (again) return duplicate(again);
    const id = await freeId(store, meta.id, hash);
    const published = meta.published ?? null;
    const own = { report: { id, published, text: input.text }, sentences: first.sentences };
    // Boilerplate (sentences many stories print) is evidence of no copy: corpus/boilerplate.ts.
    const hashes = evidenceHashes(own);
    const common = commonSentences(hashes, await store.sentenceSpread([...hashes.values()], COMMON_DAYS));
    const provenance = await provenanceOf(store, own, common);
    const boilerplate = new Set(provenance.origins.filter((o) => o.common).map((o) => o.sentence));
    const original = await findCopyOf(store, keys, published, boilerplateShingles(own, boilerplate));
    // MinHash over the whole text finds copies; most sentences from one report is a copy too (a trimmed one).
    const bySentences = provenance.summary.copyOf ? await store.getReport(provenance.summary.copyOf) : null;
    const copyOf = original ?? (bySentences ? { id: bySentences.id, copyGroup: bySentences.copyGroup } : null);
    const stitched = !copyOf && await stitchedFromStories(store, provenance, id);
    const { analysis, reanchored } = reanchorIfCopied({ text: input.text, meta: { ...meta, id }, analysis: first, origins: provenance.origins });
    // Speakers lost in copying, recovered from the origin sentences (they join the events' claims).
    const recovered = await recoverAttribution(analysis, provenance.origins, async (rid) => (await store.getReport(rid))?.analysis ?? null);
    const unstamped: Omit<StoredReport, 'ingestedAt'> = {
      id,
      url: meta.url ?? null,
      outlet: meta.outlet ?? null,
      title: meta.title ?? null,
      byline: meta.byline ?? null,
      published,
      language: analysis.report.language,
      text: input.text,
      contentHash: hash,
      copyOf: copyOf?.id ?? null,
      copyGroup: copyOf?.copyGroup ?? id,
      stitched,
      analysis: withId(analysis, id),
    };
    // Round 2 of the locks before the clock is read: reports that share a cell are stamped in
    // the order they are resolved in (incident-step.ts, lockEventCells).
    const cellsLocked = await lockEventCells(store, unstamped, recovered);
    const now = opts.now?.() ?? new Date().toISOString();
    const report: StoredReport = { ...unstamped, ingestedAt: now };
    await store.putReport(report);
    await store.putBands(id, keys.bands);
    await store.putSentenceOrigins(provenance.origins.map(({ originPublished: _p, evidence: _e, ...o }) => o));
    await store.putSentenceHashes(provenance.hashes);
    const touched = await resolveIncidents(store, report, now, recovered, cellsLocked);
    return {
      status: 'stored' as const, id, copyOf: report.copyOf, stitched: report.stitched, reanchored,
      incidentsCreated: touched.created, incidentsUpdated: touched.updated, report,
    };
  });
  const { report, ...result } = outcome;
  // Only once committed: a rolled-back report must not be found as an original.
  if (report) {
    rememberReport(store, report, keys);
    rememberSentences(store, report.id, report.text, report.analysis.sentences);
  }
  return result;
}

/** The fields that hold a value (null and undefined dropped), so that they can fill gaps. */
function given(meta: Partial<ReportMeta> | undefined): Partial<ReportMeta> {
  return Object.fromEntries(Object.entries(meta ?? {}).filter(([, v]) => v !== null && v !== undefined)) as Partial<ReportMeta>;
}

async function findDuplicate(store: Store, hash: string, url: string | null): Promise<StoredReport | null> {
  return (await store.findReportByHash(hash)) ?? (url ? await store.findReportByUrl(url) : null);
}

function duplicate(r: StoredReport): IngestOutcome {
  return { status: 'duplicate', id: r.id, copyOf: r.copyOf, stitched: r.stitched, reanchored: false, incidentsCreated: [], incidentsUpdated: [] };
}

/** The report's id, unless another text holds it already: then the id with a hash suffix. */
async function freeId(store: Store, id: string, hash: string): Promise<string> {
  if (!(await store.getReport(id))) return id;
  return `${id}-${hash.slice(0, 8)}`;
}

function withId(analysis: Analysis, id: string): Analysis {
  return analysis.report.id === id ? analysis : { ...analysis, report: { ...analysis.report, id } };
}
