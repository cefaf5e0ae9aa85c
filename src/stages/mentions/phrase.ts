import { MENTION_DETERMINERS } from '../../lexicon/mentions.js';

/** A wink token as the mention recognisers see it. */
export interface MTok {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, ’ folded to '. */
  norm: string;
  pos: string;
}

/** Parts of speech that may modify a head noun inside its phrase ("the three local Iraqi …"). */
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** How many words before the head a phrase may reach. */
const REACH = 6;

/** True when the token is glued to the one before it ("ISIL-held": "ISIL", "-", "held"). */
const glued = (toks: readonly MTok[], i: number) => i > 0 && toks[i - 1].end === toks[i].start;

/**
 * True when token `i` ends a noun phrase: no noun follows it ("the army" but not "the army
 * spokesman", where "spokesman" is the head), and it is not the first part of a hyphenated word.
 */
export function endsPhrase(toks: readonly MTok[], i: number): boolean {
  const next = toks[i + 1];
  if (!next) return true;
  if (glued(toks, i + 1) && next.text === '-') return false;
  // "the storm forces the ferries": a "head" right before a determiner is a verb wink misread.
  return next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'DET';
}

/**
 * The first token of the noun phrase whose head (last token) is `head`: modifiers (adjectives,
 * nouns, names, numbers, hyphenated words, a possessive "X's") back to a determiner, which is
 * included ("the local forces", "Assad's brutal regime", "ISIL-held buildings").
 *
 * @example
 * phraseStart(toks, 4); // 0 for "the three Iraqi security forces"
 */
export function phraseStart(toks: readonly MTok[], head: number): number {
  let from = head;
  let words = 0;
  for (let i = head - 1; i >= 0 && words < REACH; i--) {
    const t = toks[i];
    // Parts of a hyphenated word ride along with the word after them: "ISIL - held".
    if (t.text === '-' ? glued(toks, i) && glued(toks, i + 1) : glued(toks, i + 1) && toks[i + 1].text === '-') {
      from = i;
      continue;
    }
    if (toks[i - 1]?.text === '-' && glued(toks, i)) {
      from = i;
      continue;
    }
    if (t.pos === 'PART' && t.norm === "'s" && i > 0) {
      from = i;
      continue;
    }
    if (MENTION_DETERMINERS.has(t.norm) && (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'ADJ')) return i;
    // A participle right after a determiner modifies the head: "a fighting position", "the damaged homes".
    if (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.norm) && i > 0 && MENTION_DETERMINERS.has(toks[i - 1].norm)) return i - 1;
    if (!MODIFIER.has(t.pos)) break;
    from = i;
    words++;
  }
  return from;
}
