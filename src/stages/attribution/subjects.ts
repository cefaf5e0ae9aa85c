/** Subjects that the plain noun-phrase walk misses: participle phrases, a parenthesis, an evidence head. */
import type { Tok } from './tokens.js';
import { isQuote } from './tokens.js';
import { isAux, isSeparator, leftNounPhrase, type NounPhrase } from './noun-phrase.js';
import { COMPLEMENT_ADJECTIVES, PRONOUNS, RELATIVE_HEAD_PRONOUNS } from './source-words.js';

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
 * "Exit polls taken in three states found …", "voters looking for an outsider backed …", "an
 * official familiar with the talks said …", "people who have fought such threats say …": the
 * noun phrase before the cue ends a participle phrase, an adjective's complement or a relative
 * clause whose head noun is the real subject.
 */
export function reducedRelative(toks: Tok[], np: NounPhrase): NounPhrase {
  let out = np;
  // ("officials close to the mayor who …": a phrase may end another)
  for (let guard = 0; guard < 3; guard++) {
    const next = modifiedHead(toks, out) ?? relativeHead(toks, out);
    if (!next) break;
    out = next;
  }
  return out;
}

/** The subject whose participle or adjective phrase ends with `np` ("polls taken in three states", "sources close to the mayor"), or null. */
function modifiedHead(toks: Tok[], np: NounPhrase): NounPhrase | null {
  let k = np.first - 1;
  const preposition = toks[k]?.pos === 'ADP' || toks[k]?.norm === 'to';
  if (preposition) k--;
  const word = toks[k];
  const participle = !!word && word.pos === 'VERB' && /^[a-z]+(ed|en|ing|wn)$/.test(word.text);
  // "a person familiar with the plans", "aides close to the governor"
  const complement = !!word && preposition && COMPLEMENT_ADJECTIVES.has(word.norm) && /^[a-z]/.test(word.text);
  if (!participle && !complement) return null;
  const head = leftNounPhrase(toks, k - 1);
  if (!head || PRONOUNS[toks[head.last].norm] || toks[head.last].pos === 'NUM') return null;
  return opensSubject(toks, head.first) ? { first: head.first, last: np.last, head: head.head } : null;
}

/**
 * "people who have battled online threats say", "those who sketched out a path acknowledge":
 * the subject whose relative clause (no comma before "who") ends with `np`, or null. The clause
 * holds a verb and no comma, dash or quotation mark.
 */
function relativeHead(toks: Tok[], np: NounPhrase): NounPhrase | null {
  // ("… when he yelled", "… say they believe": a subject pronoun opens a clause of its own)
  if (PRONOUNS[toks[np.head].norm]) return null;
  // ("postings that included one saying …": an -ing form after the phrase modifies it alone)
  const after = toks[np.last + 1];
  if (after && /^[a-z]+ing$/.test(after.text)) return null;
  let verb = false;
  for (let w = np.first - 1; w > 0 && np.first - w <= 12; w--) {
    const t = toks[w];
    if (isSeparator(t) || isQuote(t) || /^[;:()]$/.test(t.norm) || t.pos === 'SCONJ' || (t.pos === 'PRON' && PRONOUNS[t.norm])) return null;
    if (t.pos === 'VERB' || isAux(t)) { verb = true; continue; }
    if (!(t.norm === 'who' || (t.norm === 'that' && t.pos === 'PRON'))) continue;
    if (!verb) return null;
    const before = toks[w - 1];
    const head = RELATIVE_HEAD_PRONOUNS.has(before.norm) ? { first: w - 1, last: w - 1, head: w - 1 } : leftNounPhrase(toks, w - 1);
    if (!head || (PRONOUNS[toks[head.last].norm] && head.first === head.last) || toks[head.last].pos === 'NUM') return null;
    return opensSubject(toks, head.first) ? { first: head.first, last: np.last, head: head.head } : null;
  }
  return null;
}

/** True when a subject may start at `first`: the start of the sentence, a comma, a conjunction, an adverb, a quote, a colon. */
function opensSubject(toks: Tok[], first: number): boolean {
  const before = toks[first - 1];
  return !before || isSeparator(before) || /^(CCONJ|SCONJ|ADV)$/.test(before.pos) || isQuote(before) || before.norm === ':';
}
