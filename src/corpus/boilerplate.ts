/**
 * Boilerplate: sentences that stories print day after day ("The United Nations has repeatedly
 * called on all parties to spare civilians.", a wire's standing background paragraph). They are
 * evidence of nothing: two reports that share them are not copies of each other, and a relative
 * date in one ("Earlier this month, the UN warned …") belongs to the report that prints it. A
 * sentence is common when stored reports print it on {@link COMMON_DAYS} or more different
 * publication days — a document-frequency cut-off counted in days, not reports: a wire story
 * syndicated to fifty outlets runs within a day or two and its copies are still found, while
 * counting reports would make a busy wire story boilerplate, and counting stories (copy groups)
 * would never grow while the boilerplate itself makes every new story look like a copy.
 */
import { MIN_EVIDENCE_WORDS, sentenceKeys, type ProvenanceInput } from './provenance.js';
import { REPORT_SHINGLE, shingles } from './minhash.js';

/**
 * A sentence stored reports print on this many different days or more is boilerplate. Five: the
 * generator's and the wires' syndicated copies run the same day or the next; a background line
 * is reprinted for weeks.
 *
 * "Human rights groups have called for independent investigations …" in stories of 40 different
 * days: boilerplate. A wire's lead in its 30 copies of 12 and 13 March: one story, not boilerplate.
 */
export const COMMON_DAYS = 5;

/**
 * The exact hashes of a report's evidence sentences (six words or more), by sentence index: what
 * `Store.sentenceSpread` is asked about.
 *
 * @example
 * const hashes = evidenceHashes({ report: { id, published, text }, sentences: analysis.sentences });
 * const spread = await store.sentenceSpread([...hashes.values()], COMMON_DAYS);
 */
export function evidenceHashes(input: ProvenanceInput): Map<number, string> {
  const out = new Map<number, string>();
  for (const s of input.sentences) {
    const k = sentenceKeys(input.report.text.slice(s.start, s.end));
    if (k.words >= MIN_EVIDENCE_WORDS) out.set(s.index, k.hash);
  }
  return out;
}

/**
 * The sentences (indices) printed on {@link COMMON_DAYS} or more days, given each hash's spread
 * (`Store.sentenceSpread`).
 *
 * @example
 * commonSentences(evidenceHashes(input), await store.sentenceSpread(hashes, COMMON_DAYS)); // Set { 7, 8 }
 */
export function commonSentences(hashes: ReadonlyMap<number, string>, spread: ReadonlyMap<string, number>): Set<number> {
  const out = new Set<number>();
  for (const [index, hash] of hashes) if ((spread.get(hash) ?? 0) >= COMMON_DAYS) out.add(index);
  return out;
}

/**
 * The word shingles of a report's common sentences, to leave out of whole-report copy detection:
 * what is left is what the report says of its own.
 *
 * @example
 * boilerplateShingles(input, new Set([7, 8])).size; // ~ the 5-word windows of sentences 7 and 8
 */
export function boilerplateShingles(input: ProvenanceInput, common: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (const s of input.sentences) {
    if (!common.has(s.index)) continue;
    for (const h of shingles(input.report.text.slice(s.start, s.end), { k: REPORT_SHINGLE })) out.add(h);
  }
  return out;
}
