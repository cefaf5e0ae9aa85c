import { MENTION_PRONOUNS } from '../../lexicon/mentions.js';
import type { MentionValue } from '../../report/types.js';
import { antecedent, type Named } from './antecedent.js';
import type { MTok } from './phrase.js';

/** A mention found in one sentence, before overlaps with names are checked. */
export interface MentionCandidate {
  start: number;
  end: number;
  sentence: number;
  confidence: number;
  value: MentionValue;
}

/** Parts of speech that make "her" a possessive ("her brother", "her own"). */
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Personal pronouns that refer to people: "he", "she", "I", "me" to a person; "we", "they" to a
 * group. Each is linked to the nearest fitting name before it (for "I", also a person named
 * later in the sentence, the quote's speaker). "US" in capitals is the country, not "us".
 *
 * @example
 * pronounMentions(toks, 2, named).map((m) => m.value.antecedent); // ['Omar Haddad'] for "He said …"
 */
export function pronounMentions(toks: readonly MTok[], sentence: number, named: readonly Named[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  toks.forEach((t, i) => {
    const ref = MENTION_PRONOUNS.get(t.norm);
    if (!ref || t.pos !== 'PRON') return;
    if (t.norm === 'us' && t.text !== 'us' && t.text !== 'Us') return;
    if (t.norm === 'her' && toks[i + 1] && NOUN_PHRASE.has(toks[i + 1].pos)) return;
    const person = ref === 'person';
    const first = t.norm === 'i' || t.norm === 'me' || t.norm === 'myself';
    const ante = antecedent(named, { at: t.start, sentence, fits: (n) => n.person === person, sameSentenceAfter: first });
    out.push({
      start: t.start, end: t.end, sentence, confidence: ante ? 0.6 : 0.4,
      value: { of: 'actor', kind: person ? 'person' : 'group', via: 'pronoun', head: t.norm, antecedent: ante },
    });
  });
  return out;
}
