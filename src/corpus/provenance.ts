/**
 * Sentence provenance: for every sentence of a report, the earliest stored report holding the
 * same sentence (same normalized-sentence hash) or a near-same one (MinHash over the sentence's
 * 3-word shingles, its own LSH bands, confirmed on exact shingle overlap). Store-independent:
 * a {@link SentenceLookup} answers "earliest sentence under this key", which the store's
 * `findSentenceByHash` does for both kinds of key, and {@link sentenceRows} gives the rows to
 * `putSentenceHashes` so later reports can find this one.
 *
 * Sentences under six words ("He said.", "Police confirmed the toll.") are too common to be
 * evidence of copying: each is its own origin. A near-same sentence that puts other figures,
 * names, places or days in the same slot (`particulars.ts`) is another statement on the same
 * template, not an origin.
 */
import { createHash } from 'node:crypto';
import type { IsoDate } from '../report/types.js';
import type { SentenceOrigin } from './types.js';
import { normalizeText } from './normalize.js';
import { containment, jaccard, minhash, shinglesOfWords } from './minhash.js';
import { bandKeys } from './lsh.js';
import { particularsConflict } from './particulars.js';

/** Sentences with fewer words are never evidence of copying. */
export const MIN_EVIDENCE_WORDS = 6;
/** Near-same sentences: Jaccard of 3-word shingles at least this… */
export const NEAR_JACCARD = 0.5;
/** …or this share of the sentence's shingles inside the other (a clause trimmed off the copy). */
export const NEAR_CONTAINMENT = 0.8;
const SENTENCE_SHINGLE = 3;
/** 10 bands of 2 rows: a sentence pair at Jaccard 0.5 shares a key with probability 0.94, at 0.6 with 0.99. */
const SENTENCE_BANDS = { bands: 10, rows: 2, prefix: 's' } as const;

/** What provenance needs from a report: its id, date, text and sentence spans (an `Analysis` fits). */
export interface ProvenanceInput {
  report: { id: string; published: IsoDate | null; text: string };
  sentences: readonly { index: number; start: number; end: number }[];
}

/** A stored sentence found under a key. */
export interface SentenceHit {
  report: string;
  sentence: number;
  published: IsoDate | null;
}

/** Where to look sentences up: the store, or a {@link SentenceIndex} in memory. */
export interface SentenceLookup {
  /** The earliest stored sentence under a key (an exact hash or a near-same band key). */
  find(key: string): Promise<SentenceHit | null>;
  /** Optional: many keys in one round trip (keys not found are absent). When given, a report's
   * keys are fetched at once instead of one `find` per key. */
  findMany?(keys: string[]): Promise<Map<string, SentenceHit>>;
  /** The text of a stored sentence, to confirm a near-same candidate; null when unknown. */
  text(report: string, sentence: number): Promise<string | null>;
  /** Optional: on how many days sentences with these origins were printed (`Store.originSpread`). */
  spread?(origins: { report: string; sentence: number }[], cap: number): Promise<Map<string, number>>;
}

/** A sentence origin with the origin's publication date (what re-anchoring needs). */
export interface DatedOrigin extends SentenceOrigin {
  originPublished: IsoDate | null;
  /** True when the sentence is long enough to count as evidence of copying (and not boilerplate). */
  evidence: boolean;
  /** True for boilerplate (`boilerplate.ts`): many stories print it; it is its own origin. */
  common?: boolean;
}

/** Options of {@link findOrigins}. */
export interface OriginOptions {
  /** Sentences (indices) that many stories share (`boilerplate.ts` `commonSentences`): each is its
   * own origin and no evidence of copying, and is not looked up. */
  common?: ReadonlySet<number>;
  /** With a lookup that has `spread`: a sentence whose origin has been printed on this many days
   * or more (near-same variants included) is boilerplate too. */
  commonDays?: number;
}

/**
 * sha256 (32 hex digits) of a sentence after {@link normalizeText}: "same sentence" key.
 *
 * @example
 * sentenceHash('Five civilians were killed.') === sentenceHash('five civilians were KILLED'); // true
 */
export function sentenceHash(text: string): string {
  return hashNormalized(normalizeText(text));
}

function hashNormalized(normalized: string): string {
  return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 32);
}

/**
 * Both kinds of key of a sentence: its exact hash and its near-same band keys (`s<band>:…`).
 * Short sentences get no near keys.
 *
 * @example
 * sentenceKeys('An air strike hit the market on Thursday, residents said.'); // { hash: '9c1e…', near: ['s0:…', … 10 keys] }
 */
export function sentenceKeys(text: string): { hash: string; near: string[]; words: number } {
  const normalized = normalizeText(text);
  const ws = normalized === '' ? [] : normalized.split(' ');
  const near = ws.length >= MIN_EVIDENCE_WORDS ? bandKeys(minhash(shinglesOfWords(ws, SENTENCE_SHINGLE), 20), SENTENCE_BANDS) : [];
  return { hash: hashNormalized(normalized), near, words: ws.length };
}

/**
 * Rows for `store.putSentenceHashes`: each evidence sentence under its hash and its near keys,
 * so later reports can find it.
 *
 * @example
 * await store.putSentenceHashes(sentenceRows(analysis));
 */
export function sentenceRows(input: ProvenanceInput): (SentenceHit & { hash: string })[] {
  const rows: (SentenceHit & { hash: string })[] = [];
  const seen = new Set<string>();
  for (const s of input.sentences) {
    const keys = sentenceKeys(input.report.text.slice(s.start, s.end));
    if (keys.words < MIN_EVIDENCE_WORDS) continue;
    for (const hash of [keys.hash, ...keys.near]) {
      if (seen.has(hash)) continue;
      seen.add(hash);
      rows.push({ hash, report: input.report.id, sentence: s.index, published: input.report.published });
    }
  }
  return rows;
}

/** Similarity of two sentences' 3-word shingles: Jaccard, and how much of `a` is inside `b`. */
export function sentenceSimilarity(a: string, b: string): { jaccard: number; aInB: number } {
  const sa = shinglesOfWords(normalizeText(a).split(' ').filter(Boolean), SENTENCE_SHINGLE);
  const sb = shinglesOfWords(normalizeText(b).split(' ').filter(Boolean), SENTENCE_SHINGLE);
  return { jaccard: jaccard(sa, sb), aInB: containment(sa, sb) };
}

/**
 * Copying happens within a news cycle: a sentence can take its origin from a report published up
 * to this many days before it. Syndicated copies run the same day or the next, and aggregators
 * paste from the current week's stories; a sentence whose first printing is older is standing
 * text (a template or background line the outlet keeps reusing), and reading "last week" in it
 * against a months-old origin would move the date to the wrong season. Measured on the generated
 * corpus (1,000 reports over nine years): planted copies are 0–1 days after their original, while
 * the sentences that made reports falsely stitched had a median of 237 days to their origin.
 */
export const ORIGIN_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

/** True when a hit can be an origin for a report published on `published`: another report, not
 * later, and no more than {@link ORIGIN_WINDOW_DAYS} earlier (undated reports: no window). */
function usable(hit: SentenceHit, self: string, published: IsoDate | null): boolean {
  if (hit.report === self) return false;
  if (published === null || hit.published === null) return true;
  if (hit.published > published) return false;
  const days = (Date.parse(published) - Date.parse(hit.published)) / DAY_MS;
  return !(days > ORIGIN_WINDOW_DAYS);
}

interface Found extends SentenceHit { similarity: number; exact: boolean }

/** Earliest first (undated last), then exact before near, then more similar, then by id. */
function earliest(a: Found, b: Found): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return Number(b.exact) - Number(a.exact) || b.similarity - a.similarity || a.report.localeCompare(b.report) || a.sentence - b.sentence;
}

/**
 * The origin of every sentence of a report, in sentence order. A sentence with no earlier
 * same or near-same sentence elsewhere is its own origin (similarity 1), and so is boilerplate
 * (`opts.common`) and a sentence first printed more than {@link ORIGIN_WINDOW_DAYS} before the
 * report (the store keeps the earliest printing per key: a later one behind it is not seen).
 *
 * @example
 * const origins = await findOrigins(analysis, index);
 * origins[3]; // { report: 'r9', sentence: 3, originReport: 'wire', originSentence: 1, similarity: 1, originPublished: '2017-03-30', … }
 */
export async function findOrigins(input: ProvenanceInput, lookup: SentenceLookup, opts: OriginOptions = {}): Promise<DatedOrigin[]> {
  const { id, published, text } = input.report;
  const common = opts.common ?? new Set<number>();
  const out: DatedOrigin[] = [];
  const texts = new Map<string, string | null>();
  // With a batched lookup, fetch every key of the report's evidence sentences in one go.
  let find = (key: string) => lookup.find(key);
  if (lookup.findMany) {
    const all: string[] = [];
    for (const s of input.sentences) {
      const keys = sentenceKeys(text.slice(s.start, s.end));
      if (keys.words >= MIN_EVIDENCE_WORDS && !common.has(s.index)) all.push(keys.hash, ...keys.near);
    }
    const hits = await lookup.findMany([...new Set(all)]);
    find = async (key: string) => hits.get(key) ?? null;
  }
  for (const s of input.sentences) {
    const sentence = text.slice(s.start, s.end);
    const keys = sentenceKeys(sentence);
    const self: DatedOrigin = {
      report: id, sentence: s.index, start: s.start, end: s.end, originReport: id, originSentence: s.index,
      similarity: 1, originPublished: published, evidence: keys.words >= MIN_EVIDENCE_WORDS,
    };
    if (!self.evidence) { out.push(self); continue; }
    if (common.has(s.index)) { out.push({ ...self, evidence: false, common: true }); continue; }
    const found: Found[] = [];
    const exact = await find(keys.hash);
    if (exact && usable(exact, id, published)) found.push({ ...exact, similarity: 1, exact: true });
    // Near-same candidates: every distinct sentence under a band key, confirmed on its text.
    const near = new Map<string, { hit: SentenceHit; bands: number }>();
    for (const key of keys.near) {
      const hit = await find(key);
      if (!hit || !usable(hit, id, published)) continue;
      const k = `${hit.report}#${hit.sentence}`;
      const seen = near.get(k);
      if (seen) seen.bands++; else near.set(k, { hit, bands: 1 });
    }
    for (const [k, { hit, bands }] of near) {
      if (exact && hit.report === exact.report && hit.sentence === exact.sentence) continue;
      if (!texts.has(k)) texts.set(k, await lookup.text(hit.report, hit.sentence));
      const other = texts.get(k);
      if (other === null || other === undefined) {
        // No text to check: trust only a pair that agrees on several bands (≈ Jaccard ≥ 0.6).
        if (bands >= 3) found.push({ ...hit, similarity: bands / keys.near.length, exact: false });
        continue;
      }
      const sim = sentenceSimilarity(sentence, other);
      // One template filled with other figures, names, places or days is not the same sentence.
      if ((sim.jaccard >= NEAR_JACCARD || sim.aInB >= NEAR_CONTAINMENT) && !particularsConflict(sentence, other)) {
        found.push({ ...hit, similarity: sim.jaccard, exact: false });
      }
    }
    const best = found.sort(earliest)[0];
    out.push(best ? { ...self, originReport: best.report, originSentence: best.sentence, similarity: best.similarity, originPublished: best.published } : self);
  }
  return opts.commonDays && lookup.spread ? withCommonOrigins(out, published, lookup.spread.bind(lookup), opts.commonDays) : out;
}

/**
 * Origins printed on `days` or more days (the sentence or a near-same variant of it, in stored
 * reports) are boilerplate: those sentences become their own origin, no evidence.
 */
async function withCommonOrigins(
  origins: DatedOrigin[], published: IsoDate | null, spread: NonNullable<SentenceLookup['spread']>, days: number,
): Promise<DatedOrigin[]> {
  const copied = origins.filter((o) => o.originReport !== o.report);
  if (!copied.length) return origins;
  const n = await spread(copied.map((o) => ({ report: o.originReport, sentence: o.originSentence })), days);
  return origins.map((o) => (o.originReport !== o.report && (n.get(`${o.originReport}#${o.originSentence}`) ?? 0) >= days
    ? { ...o, originReport: o.report, originSentence: o.sentence, similarity: 1, originPublished: published, evidence: false, common: true }
    : o));
}
