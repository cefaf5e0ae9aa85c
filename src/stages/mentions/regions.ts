import { NAMED_REGIONS } from '../../lexicon/sites.js';
import type { MentionCandidate } from './pronouns.js';

let pattern: RegExp | null = null;

/**
 * Named regions with no single point ("the Middle East", "the Tigris"), as written, with "the"
 * before them when there is one. One regular expression over the report text.
 *
 * @example
 * regionMentions('Attacks in Europe and the Middle East.', () => 0).map((m) => m.value.head); // ['europe', 'middle east']
 */
export function regionMentions(text: string, sentenceOf: (at: number) => number): MentionCandidate[] {
  pattern ??= new RegExp(`(?<![\\p{L}\\p{N}-])(?:[Tt]he\\s+)?(?:${[...NAMED_REGIONS].sort((a, b) => b.length - a.length).map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  const out: MentionCandidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const name = m[0].replace(/^[Tt]he\s+/u, '');
    out.push({
      start: m.index, end: m.index + m[0].length, sentence: sentenceOf(m.index), confidence: 0.7,
      value: { of: 'place', kind: 'region', via: 'region', head: name.toLowerCase(), antecedent: null },
    });
  }
  return out;
}
