/**
 * Attribution recovery: copying often drops the speaker ("…, a local official said" trimmed off,
 * or "he said" left with no name before it). When a sentence of a copy has no claim but its
 * origin sentence has one, the origin's speaker is the best evidence of who said it.
 */
import type { Analysis } from '../report/analysis.js';
import type { ClaimSource, ClaimStance } from '../report/types.js';
import type { SentenceOrigin } from './types.js';

const PRONOUN = /^(?:he|she|they|it|we)$/i;

export interface RecoveredAttribution {
  /** The sentence of this report that lost its speaker. */
  sentence: number;
  /** The origin report and sentence that name the speaker. */
  origin: { report: string; sentence: number };
  /** The origin's speaker; its offsets are in the origin report's text. */
  source: ClaimSource;
  stance: ClaimStance;
  /** Why: an unattributed reporting verb, or a claim sentence copied without its speaker. */
  reason: string;
}

/**
 * For each sentence of a report that is unattributed (a reporting verb with no speaker), has no
 * claim at all, or whose only speaker is a pronoun nobody resolved, while the sentence it was copied from has a claim: that claim's speaker and
 * stance. `originOf` fetches an origin report's analysis (the store's `getReport`); each origin
 * is fetched once.
 *
 * @example
 * const found = await recoverAttribution(copy, origins, async (id) => (await store.getReport(id))?.analysis ?? null);
 * found[0]; // { sentence: 4, origin: { report: 'wire', sentence: 5 }, source: { name: 'Nineveh provincial council', … }, … }
 */
export async function recoverAttribution(
  analysis: Pick<Analysis, 'report' | 'sentences' | 'claims' | 'unattributed'>,
  origins: readonly SentenceOrigin[],
  originOf: (report: string) => Promise<Pick<Analysis, 'claims'> | null>,
): Promise<RecoveredAttribution[]> {
  // A bare pronoun nobody resolved ("He said …" as the first sentence of a copy) names no one.
  const claimed = new Set(analysis.claims.filter((c) => !(c.source.kind === 'unknown' && !c.source.resolvedFrom && PRONOUN.test(c.source.text))).map((c) => c.sentence));
  const unattributed = new Map(analysis.unattributed.map((u) => [u.sentence, u.reason]));
  const cache = new Map<string, Pick<Analysis, 'claims'> | null>();
  const out: RecoveredAttribution[] = [];
  for (const o of origins) {
    if (o.originReport === o.report || claimed.has(o.sentence)) continue;
    if (!cache.has(o.originReport)) cache.set(o.originReport, await originOf(o.originReport));
    const claim = cache.get(o.originReport)?.claims.find((c) => c.sentence === o.originSentence && !c.source.anonymous)
      ?? cache.get(o.originReport)?.claims.find((c) => c.sentence === o.originSentence);
    if (!claim) continue;
    const lost = unattributed.get(o.sentence);
    out.push({
      sentence: o.sentence,
      origin: { report: o.originReport, sentence: o.originSentence },
      source: claim.source,
      stance: claim.stance,
      reason: lost
        ? `unattributed here (${lost}); the sentence it was copied from names ${claim.source.name}`
        : `copied without its speaker; the sentence it was copied from is a claim by ${claim.source.name}`,
    });
  }
  return out;
}
