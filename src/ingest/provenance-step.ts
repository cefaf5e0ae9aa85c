import type { Store } from '../store/store.js';
import type { StoredReport } from '../corpus/types.js';
import type { IsoDate } from '../report/types.js';
import { findOrigins, sentenceRows, type DatedOrigin, type SentenceLookup } from '../corpus/provenance.js';
import { classifyProvenance, type ReportProvenance } from '../corpus/stitched.js';
import { COMMON_DAYS } from '../corpus/boilerplate.js';

/** Sentence texts of recently seen reports, per store: near-same candidates are confirmed without re-reading whole reports. */
const CACHE_SIZE = 5_000;
const caches = new WeakMap<Store, Map<string, string[] | null>>();

function cacheOf(store: Store): Map<string, string[] | null> {
  let c = caches.get(store);
  if (!c) caches.set(store, (c = new Map()));
  return c;
}

function put(cache: Map<string, string[] | null>, id: string, sentences: string[] | null): void {
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(id, sentences);
}

/**
 * Remember a report's sentences once its transaction has committed, for later reports' lookups.
 *
 * @example
 * rememberSentences(store, report.id, report.text, report.analysis.sentences);
 */
export function rememberSentences(store: Store, id: string, text: string, sentences: readonly { start: number; end: number }[]): void {
  put(cacheOf(store), id, sentences.map((s) => text.slice(s.start, s.end)));
}

/**
 * The store as a {@link SentenceLookup}: keys through the sentence-hash index, sentence texts
 * from a per-store cache, else from the stored report.
 *
 * @example
 * const origins = await findOrigins(analysis, storeLookup(store));
 */
export function storeLookup(store: Store): SentenceLookup {
  const cache = cacheOf(store);
  return {
    find: (key) => store.findSentenceByHash(key),
    findMany: (keys) => store.findSentencesByHashes(keys),
    spread: (origins, cap) => store.originSpread(origins, cap),
    async text(report, sentence) {
      if (!cache.has(report)) {
        const r = await store.getReport(report);
        put(cache, report, r ? r.analysis.sentences.map((s) => r.text.slice(s.start, s.end)) : null);
      }
      return cache.get(report)?.[sentence] ?? null;
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
 * (a copy of one report, stitched from several, or its own). `common`: its boilerplate sentences
 * by exact hash (`corpus/boilerplate.ts`); sentences whose origin (near-same variants included)
 * has been printed on `COMMON_DAYS` days are found boilerplate here too. Both are their own
 * origins and no evidence either way (`origins[i].common`).
 *
 * @example
 * const p = await provenanceOf(store, { report: { id, published, text }, sentences: analysis.sentences });
 * p.summary.stitched; // true for a page pasted from three wire stories
 */
export async function provenanceOf(
  store: Store,
  input: { report: { id: string; published: IsoDate | null; text: string }; sentences: readonly { index: number; start: number; end: number }[] },
  common: ReadonlySet<number> = new Set(),
): Promise<ProvenanceStep> {
  const origins = await findOrigins(input, storeLookup(store), { common, commonDays: COMMON_DAYS });
  return { origins, summary: classifyProvenance(origins), hashes: sentenceRows(input) };
}

/**
 * Whether a report that is no copy is stitched once its sources are read as stories: the copy
 * groups of the reports its sentences come from (`store.reportInfos`), its own group left out.
 * Reports from one wire story and its syndicated copies are one source, not several. Asked only
 * when the per-report reading says stitched (grouping can only merge sources).
 *
 * @example
 * const stitched = !copyOf && await stitchedFromStories(store, provenance, id);
 */
export async function stitchedFromStories(store: Store, p: Pick<ProvenanceStep, 'origins' | 'summary'>, group: string): Promise<boolean> {
  if (!p.summary.stitched) return false;
  const infos = await store.reportInfos(p.summary.sources.map((s) => s.report));
  const groups = new Map(infos.map((r) => [r.id, r.copyGroup]));
  return classifyProvenance(p.origins, { groups, group }).stitched;
}
