/** Subjects that the plain noun-phrase walk misses: participle phrases, a parenthesis, an evidence head. */
import type { Tok } from './tokens.js';
import { isQuote } from './tokens.js';
import { isAux, isSeparator, leftNounPhrase, type NounPhrase } from './noun-phrase.js';
import { PRONOUNS } from './source-words.js';

/** "Rep. Jane Roe (D-Vt.)": a short parenthesis after a name belongs to it. */
export function withParenthesis(toks: Tok[], np: NounPhrase | null, end: number): NounPhrase | null {
  if (!np || toks[np.last + 1]?.norm !== '(') return np;
  for (let i = np.last + 2; i <= end && i - np.last <= 8; i++) if (toks[i].norm === ')') return { ...np, last: i };
  return np;
}

/**
 * "New polls released on Sunday showed …", "A survey, conducted by phone, shows …": a subject
 * whose head (one of `heads`) comes before participle phrases. The source runs from the head's
 * noun phrase to the cue.
 */
export function headedSubject(toks: Tok[], cueFirst: number, heads: readonly string[]): NounPhrase | null {
  for (let k = cueFirst - 1; k >= 0 && cueFirst - k <= 20; k--) {
    const t = toks[k];
    if (isAux(t) || /^[;:]$/.test(t.norm) || isQuote(t) || (PRONOUNS[t.norm] && t.pos === 'PRON')) return null;
    if (!heads.includes(t.norm)) continue;
    const np = leftNounPhrase(toks, k);
    if (!np) return null;
    let last = cueFirst - 1;
    while (last > k && isSeparator(toks[last])) last--;
    return { first: np.first, last, head: k };
  }
  return null;
}

/**
 * "Exit polls taken in three states found …", "voters looking for an outsider backed …": the
 * noun phrase before the cue ends a participle phrase whose head noun is the real subject.
 */
export function reducedRelative(toks: Tok[], np: NounPhrase): NounPhrase {
  let k = np.first - 1;
  if (toks[k]?.pos === 'ADP' || toks[k]?.norm === 'to') k--;
  const participle = toks[k];
  if (!participle || participle.pos !== 'VERB' || !/^[a-z]+(ed|en|ing|wn)$/.test(participle.text)) return np;
  const head = leftNounPhrase(toks, k - 1);
  if (!head || PRONOUNS[toks[head.last].norm] || toks[head.last].pos === 'NUM') return np;
  // a clause boundary before the phrase: the start of the sentence, a comma, a conjunction
  const before = toks[head.first - 1];
  if (before && !(isSeparator(before) || /^(CCONJ|SCONJ|ADV)$/.test(before.pos) || isQuote(before) || before.norm === ':')) return np;
  return { first: head.first, last: np.last, head: head.head };
}
