/** Content of cues with an `infinitive` or `object` frame, and where a clause ends. */
import type { Tok } from './tokens.js';
import { OPEN_QUOTES, isQuote, quoteOpenAfter } from './tokens.js';
import { reportingVerbs } from '../../lexicon/reporting-verbs.js';
import { extendAppositive, rightNounPhrase } from './noun-phrase.js';
import { TIME_WORDS } from './source-words.js';
import { contentRange } from './content.js';
import { QUOTED_OBJECT, WH_OBJECT, type Cue } from './cues.js';

/**
 * The content of a cue with an `infinitive` or `object` frame: "refused [to open the gate]",
 * "endorsed [the governor] for a second term".
 */
export function frameContent(toks: Tok[], cue: Cue, end: number): { start: number; end: number } | null {
  const k = cue.last + 1;
  if (cue.verb.frame === 'infinitive') return contentRange(toks, k, clauseEnd(toks, k, end));
  const found: { first: number; last: number; head: number; gerund?: boolean } | null = rightNounPhrase(toks, k, end) ?? objectWithoutNoun(toks, k, end);
  if (!found) return null;
  // "proposed barring all visitors": a gerund's object clause runs on to the clause's end
  // ("closing the pier": the tagger may read the gerund as a noun; a determiner after it shows its object)
  const nounGerund = found.last === k && toks[k].norm.endsWith('ing') && (toks[k + 1]?.pos === 'DET' || toks[k + 1]?.pos === 'PRON');
  if (found.gerund || nounGerund) return contentRange(toks, k, clauseEnd(toks, k, end));
  // a quoted object ends at its closing mark
  if (QUOTED_OBJECT.test(toks[found.first].text)) return { start: toks[found.first].start, end: toks[found.last].end };
  // "endorsed the candidate last week": a time phrase is no part of the object
  let cut = found.last;
  for (let i = found.first + 1; i <= found.last; i++) {
    if (TIME_WORDS.has(toks[i].norm) || (/^(last|this|next)$/.test(toks[i].norm) && i < found.last)) { cut = i - 1; break; }
  }
  const np = { ...found, last: cut };
  const stop = clauseEnd(toks, k, end);
  const last = cut === found.last ? Math.max(extendAppositive(toks, np, stop), postmodifiers(toks, found.last, stop)) : cut;
  return { start: toks[np.first].start, end: toks[last].end };
}

/** Quantities before "of" that open an object: "any of his rivals", "all of them". */
const OF_QUANTITIES = new Set(['any', 'all', 'some', 'many', 'most', 'each', 'none', 'both', 'either', 'neither', 'one', 'several', 'few']);
/** Pronouns that stand alone as an object: "supported him", "denied it", "knew this". */
const OBJECT_WORDS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'it', 'this', 'that', 'these', 'those']);

/**
 * An object `rightNounPhrase` does not read: an object pronoun ("endorsed her"), a quantity and
 * "of" ("mentioned none of his rivals"), or a gerund ("proposed closing the port", flagged
 * `gerund`: its own clause follows).
 */
function objectWithoutNoun(toks: Tok[], k: number, end: number): { first: number; last: number; head: number; gerund?: boolean } | null {
  const t = toks[k];
  if (!t || k > end) return null;
  if (t.pos === 'VERB' && t.norm.endsWith('ing')) return { first: k, last: k, head: k, gerund: true };
  // "touted how far the campaign had come", "backed quietly dropping the case": a question-word
  // clause or an adverb and a gerund runs on to the clause's end, as a gerund's object does
  if (WH_OBJECT.test(t.norm) || (t.pos === 'ADV' && toks[k + 1]?.pos === 'VERB' && toks[k + 1].norm.endsWith('ing'))) return { first: k, last: k, head: k, gerund: true };
  if (OF_QUANTITIES.has(t.norm) && toks[k + 1]?.norm === 'of') {
    const np = rightNounPhrase(toks, k + 2, end) ?? (OBJECT_WORDS.has(toks[k + 2]?.norm ?? '') ? { first: k + 2, last: k + 2, head: k + 2 } : null);
    return np ? { first: k, last: np.last, head: np.head } : null;
  }
  // 'cited “blocked drains, leaking pipes”': a quotation, up to its closing mark
  if (QUOTED_OBJECT.test(t.text)) {
    for (let i = k + 1; i <= end && i - k <= 25; i++) if (toks[i].text === '”' || toks[i].text === '"') return { first: k, last: i, head: i };
    return null;
  }
  // ("her" before a noun is a possessive, read by rightNounPhrase)
  if (OBJECT_WORDS.has(t.norm) && (t.pos === 'PRON' || t.pos === 'DET')) return { first: k, last: k, head: k };
  return null;
}

/** Prepositions that attach a phrase to the noun before them ("a ban on trucks", "the cost of fuel"). */
const NOUN_PREPOSITIONS = /^(of|on|about|against|over|between|from|in|into|with|toward|towards|at)$/;

/**
 * The last token of the post-modifiers of a noun phrase that ends at `last`: prepositional
 * phrases ("a temporary ban on trucks from the north") and a relative clause ("… who live
 * nearby"), up to `stop`, a comma or a time phrase.
 *
 * @example
 * postmodifiers(toks, 2, 12); // the end of "the ban on trucks who …" after "ban"
 */
export function postmodifiers(toks: Tok[], last: number, stop: number): number {
  let k = last;
  for (let guard = 0; guard < 6; guard++) {
    const t = toks[k + 1];
    if (!t || k + 1 > stop) break;
    if (/^(who|that|which|whose)$/.test(t.norm) && t.pos !== 'DET') return stop;
    if (!NOUN_PREPOSITIONS.test(t.norm) || (t.norm === 'on' && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(toks[k + 2]?.norm ?? ''))) break;
    const np = rightNounPhrase(toks, k + 2, stop);
    if (!np || toks.slice(k + 2, np.last + 1).some((x) => TIME_WORDS.has(x.norm) || /^(week|month|year|morning|evening|night)$/.test(x.norm))) break;
    k = np.last;
  }
  return k;
}

/**
 * The last token of the clause that starts at `k`: before a semicolon, or a comma and a word
 * that opens another clause ("…, but the money never came", "…, who was his aide"), or a
 * comma and a participle that opens an adjunct ("…, calling the protester a troublemaker"), or
 * "and"/"but" before a second reporting verb ("acknowledged the error but noted that …"). Marks
 * inside a quotation do not end it. With `clause` (a complement clause, not a "to" phrase or an
 * object), content that opens with a quotation runs on to the end.
 */
export function clauseEnd(toks: Tok[], k: number, end: number, clause = false): number {
  const lead = toks[k]?.norm === 'that' ? k + 1 : k;
  if (clause && isQuote(toks[lead]) && OPEN_QUOTES.has(toks[lead].text)) {
    // 'declared “What a night!” and said that …': a quotation closed before "and" and a
    // second verb ends the content there
    let close = -1;
    for (let i = lead + 1; i <= end && close < 0; i++) if (toks[i].text === '”' || toks[i].text === '"') close = i;
    let v = close + 2;
    while (toks[v]?.pos === 'ADV' && v - close < 4) v++;
    // ('chanted “Go home!” and kept marching': any verb after "and" starts the subject's next act)
    const second = close > lead && /^(and|but)$/.test(toks[close + 1]?.norm ?? '') && toks[v]?.pos === 'VERB';
    return second ? close : end;
  }
  let open = false;
  // (computed on the first comma: most contents have none)
  let subordinate: false | 'adverbial' | 'relative' | undefined;
  // "lamented the new tolls, the mayor answered …": a content that opens with a noun phrase and
  // has no verb yet is an object, and a clause with its own subject after a comma is not part of it
  let objectLead: boolean | undefined;
  let verb = false;
  let listed = false;
  for (let i = k; i <= end; i++) {
    const t = toks[i];
    open = quoteOpenAfter(t, open);
    if (open) continue;
    if (t.norm === ';') return i - 1;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    const next = toks[i + 1];
    // "praised the new quay, a project the council had resisted for years": an apposition that
    // closes the content is the writer's gloss (not in a list: "the cost, the delays, the noise")
    if (t.norm === ',' && i > k && !listed && /^(a|an|the)$/.test(next?.norm ?? '') && finalApposition(toks, i + 1, end)) return i - 1;
    if (t.norm === ',') listed = listed || /^(a|an|the)$/.test(next?.norm ?? '');
    if (t.norm === ',' && !verb && (objectLead ??= toks[k].pos !== 'PRON' && rightNounPhrase(toks, k, end) !== null) && ownSubjectClause(toks, i + 1, end)) return i - 1;
    // "When the mayor said the road was safe, the council closed it": a cue inside a
    // subordinate clause has its content end where the main clause begins
    if (t.norm === ',' && i > k && (subordinate ??= subordinateCue(toks, k)) && (ownSubjectClause(toks, i + 1, end) || (subordinate === 'relative' && mainVerbAt(toks, i + 1)))) return i - 1;
    // '…“should be running by June,” referring to …': the quotation closes after the comma
    if ((t.text === '”' || t.text === '"') && toks[i - 1]?.norm === ',' && next?.pos === 'VERB' && next.norm.endsWith('ing') && !/^(including|according)$/.test(next.norm) && i > k + 1) return i;
    // "said the road was safe, but that the bridge was not": ", but that" opens a second
    // complement clause of the same cue, so the content goes on
    if (clause && t.norm === ',' && next?.norm === 'but' && toks[i + 2]?.norm === 'that') continue;
    // (", where …" and ", compared with …" after a complement clause are the writer's adjuncts)
    if (t.norm === ',' && (clause ? /^(but|while|although|though|however|whereas|which|who|where|compared)$/ : /^(but|while|and|although|because|which|who)$/).test(next?.norm ?? '')) return i - 1;
    // "said the dam was leaking, according to two engineers": "according to" names another source
    if (t.norm === ',' && next?.norm === 'according' && toks[i + 2]?.norm === 'to' && i > k) return i - 1;
    // "…the road was closed, and the mayor blamed the rain": ", and" before a clause with its
    // own subject ends a complement clause
    if (clause && t.norm === ',' && next?.norm === 'and' && ownSubjectClause(toks, i + 2, end)) return i - 1;
    if (t.norm === ',' && next?.pos === 'VERB' && next.norm.endsWith('ing') && !/^(including|according)$/.test(next.norm) && i > k) return i - 1;
    if ((t.norm === 'and' || t.norm === 'but') && i > k) {
      let v = i + 1;
      while (toks[v]?.pos === 'ADV' && v - i < 3) v++;
      if (toks[v]?.pos === 'VERB' && reportingVerbs(toks[v].norm).length > 0 && !insideQuotation(toks, k, i)) return toks[i - 1]?.norm === ',' ? i - 2 : i - 1;
    }
  }
  return end;
}

/** Words that open a subordinate clause ("when", "after", "though"), whatever the tagger calls them. */
const SUBORDINATE_OPENERS = /^(when|while|after|before|if|though|although|because|since|once|unless|until|whereas|as)$/;

/**
 * True when the cue before content token `k` stands in a subordinate clause: a subordinating
 * word between the last comma (or the sentence's start) and the cue, past the content's
 * leading "that" ("After the mayor claimed that …", "Years after he said …").
 */
function subordinateCue(toks: Tok[], k: number): false | 'adverbial' | 'relative' {
  for (let j = k - 1; j >= 0 && k - j <= 12; j--) {
    const t = toks[j];
    if (/^[,;:—–]$/.test(t.norm) || isQuote(t)) return false;
    if (SUBORDINATE_OPENERS.test(t.norm)) return 'adverbial';
    // "Roe, who has long praised the plan, voted against it"
    if (/^(who|which)$/.test(t.norm) && toks[j - 1]?.norm === ',') return 'relative';
  }
  return false;
}

/** True when token `i` (past an adverb) is a verb not in -ing or an auxiliary: the main clause's verb after a relative clause. */
function mainVerbAt(toks: Tok[], i: number): boolean {
  let v = i;
  while (toks[v]?.pos === 'ADV' && v - i < 2) v++;
  const t = toks[v];
  return !!t && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.norm.endsWith('ing')));
}

/**
 * True when a noun phrase opening at `k` is not followed by a verb of its own (an -ing
 * participle may follow) or a conjunction, and the content runs on to `end` with no comma and no
 * quotation: "…, a move the council had long resisted", "…, the former mayor of the town".
 */
function finalApposition(toks: Tok[], k: number, end: number): boolean {
  const np = rightNounPhrase(toks, k, end);
  if (!np) return false;
  const after = toks[np.last + 1];
  if (after && np.last < end && (after.pos === 'AUX' || (after.pos === 'VERB' && !after.norm.endsWith('ing')) || after.pos === 'CCONJ')) return false;
  for (let i = np.last + 1; i <= end; i++) if (/^[,;:—–]$/.test(toks[i].norm) || isQuote(toks[i])) return false;
  return true;
}

/** True when tokens from `k` open a clause: a subject noun phrase or pronoun, then a verb or an auxiliary. */
function ownSubjectClause(toks: Tok[], k: number, end: number): boolean {
  const np = rightNounPhrase(toks, k, end);
  if (!np || np.last - k > 6) return false;
  let v = np.last + 1;
  while (toks[v]?.pos === 'ADV' && v - np.last < 3) v++;
  return toks[v]?.pos === 'VERB' || toks[v]?.pos === 'AUX';
}

/** True when a quotation opened between `k` and `i` is still open at `i`. */
function insideQuotation(toks: Tok[], k: number, i: number): boolean {
  let open = false;
  for (let j = k; j < i; j++) open = quoteOpenAfter(toks[j], open);
  return open;
}
