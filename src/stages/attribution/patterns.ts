import type { Sent, Tok } from './tokens.js';
import { OPEN_QUOTES, isQuote } from './tokens.js';
import { appositionTail, commaAdverbAt, isAux, isNounish as isNounishTok, isSeparator, isInterposed, leftNounPhrase, rightNounPhrase, skipLeftInterposed, type NounPhrase } from './noun-phrase.js';
import { findCues, standaloneQuantifier, verbChainInfinitive, type Cue } from './cues.js';
import { OBJECT_PRONOUNS, POSSESSIVES as POSSESSIVE_WORDS, PRONOUNS } from './source-words.js';
import { afterComma, bodyEnd, contentRange, onlyAdjuncts, skipAdjuncts } from './content.js';
import { accordingTo, adjectiveCue, colonHeadline, nominalCue, passiveAgent, surveyOpening } from './other-cues.js';
import { clauseEnd, frameContent } from './frames.js';
import { headedSubject, reducedRelative, withParenthesis } from './subjects.js';
import { SOURCE_FIRST_CUES, reportingVerbs } from '../../lexicon/reporting-verbs.js';
import type { RawClaim, RawUnattributed } from './raw.js';

export type { RawClaim, RawUnattributed } from './raw.js';

/** The subject that opens the sentence when a later verb shares it ("Guterres expressed …, condemned …"). */
function sentenceSubject(toks: Tok[], before: number, second?: Tok): NounPhrase | null {
  const opening = openingPhraseEnd(toks, before);
  const start = datelineEnd(toks, before) + 1;
  return (opening > 0 ? subjectFrom(toks, opening + 1, before, second) : null) ?? subjectFrom(toks, start, before, second)
    ?? appositiveSentenceSubject(toks, start, before);
}

/**
 * "Ann Roe, the former mayor, drew a contrast, saying …": a subject with an apposition between
 * commas opens the sentence, and its verb follows the second comma. The source keeps the
 * apposition (as `appositionSubject` does); no subordinate clause, quotation or subject pronoun
 * may stand between that verb and the cue.
 */
function appositiveSentenceSubject(toks: Tok[], start: number, before: number): NounPhrase | null {
  for (let v = start + 1; v < before; v++) {
    const t = toks[v];
    if (isQuote(t)) return null;
    if (!(t.pos === 'VERB' || isAux(t))) continue;
    // "Ann Roe, who runs the ferry, drew …": a verb inside the apposition is passed over
    if (toks[v - 1].norm !== ',') continue;
    if (t.norm.endsWith('ing')) return null;
    const np = appositionSubject(toks, v - 1);
    if (!np || np.first > start + 1) return null;
    for (let i = v + 1; i < before; i++) {
      const x = toks[i];
      if (x.pos === 'SCONJ' || isQuote(x) || /^(but|or|while|because|although)$/.test(x.norm) || (PRONOUNS[x.norm] && x.pos === 'PRON' && PRONOUNS[x.norm] !== 'thing')) return null;
    }
    return np;
  }
  return null;
}

/** The inflection of a verb: 'ing', 's' (third person), 'past' or 'base' ("forecast" and "said" are past). */
function verbForm(t: Tok): 'ing' | 's' | 'past' | 'base' {
  const w = t.norm;
  if (w.endsWith('ing')) return 'ing';
  if (w.endsWith('ed') || PAST_AUX.has(w) || reportingVerbs(w).some((r) => r.forms[2] === w)) return 'past';
  if (/[^s]s$/.test(w)) return 's';
  return 'base';
}
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'said', 'told']);

/**
 * The dash that ends a dateline opening the sentence ("LEEDS, England (Wire) - The mayor …",
 * "TARTU — The council …"), or -1: an all-capital first word or a parenthesis before a dash
 * within the first 15 tokens.
 */
function datelineEnd(toks: Tok[], before: number): number {
  const first = toks[0];
  if (!first) return -1;
  const caps = first.text.length >= 3 && /^[A-Z][A-Z .,'-]*$/.test(first.text);
  for (let i = 1; i < before && i < 15; i++) {
    const t = toks[i];
    if (/^(-|—|–|--)$/.test(t.norm)) return caps || toks[i - 1].norm === ')' ? i : -1;
    if (t.pos === 'VERB' || isAux(t)) return -1;
  }
  return -1;
}

/**
 * The subject from `from` when a verb follows it before `before`. `second`: the verb after "and"
 * that shares this subject; a complement clause ("forecast that the economy would rebound and
 * praised …") does not hide the subject when the second verb has the first one's inflection.
 */
function subjectFrom(toks: Tok[], from: number, before: number, second?: Tok): NounPhrase | null {
  let s = from;
  while (s < before && (toks[s].pos === 'CCONJ' || toks[s].pos === 'ADV' || toks[s].norm === ',' || isQuote(toks[s]))) s++;
  const np = subjectPhrase(toks, s, before);
  if (!np) return null;
  let k = np.last + 1;
  for (;;) {
    // "Clinton, clearly frustrated, responded …": a short adjective phrase between commas
    const aside = toks[k]?.norm === ',' ? adjectiveAside(toks, k + 1, before) : -1;
    if (k < before && isInterposed(toks[k])) k++;
    else if (aside > 0) k = aside + 1;
    // "Trump, meanwhile, was making …": an adverb between commas
    else if (commaAdverbAt(toks, k) && k + 3 < before) k += 3;
    else if (toks[k]?.norm === 'on' && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(toks[k + 1]?.norm ?? '')) k += 2;
    else break;
  }
  if (!(toks[k]?.pos === 'VERB' || isAux(toks[k]))) return null;
  const agrees = !!second && toks[k].pos === 'VERB' && verbForm(second) !== 'base' && verbForm(second) === verbForm(toks[k]);
  // "The hearing was closed but King spoke … and said": another clause with its own subject
  for (let i = k + 1; i < before; i++) {
    const t = toks[i];
    // 'She declared “What a night!” and said …': a quotation that closes before the cue is
    // the first verb's object, not another clause
    if (OPEN_QUOTES.has(t.text) && t.text !== "'" && t.text !== '‘') {
      const close = closingQuote(toks, i, before);
      if (close > i) { i = close; continue; }
    }
    // ("Sanders’ comments": an apostrophe glued to a word in -s is a possessive, not a quote)
    const possessive = (t.text === '’' || t.text === "'") && toks[i - 1]?.end === t.start && /s$/i.test(toks[i - 1].text);
    // "Putin forecast that the economy would rebound and praised …": the first verb's complement
    if (agrees && t.norm === 'that' && i === k + 1) continue;
    if (t.pos === 'SCONJ' || (isQuote(t) && !possessive) || /^(but|or|while|because|although)$/.test(t.norm) || PRONOUNS[t.norm] && PRONOUNS[t.norm] !== 'thing') return null;
  }
  return np;
}

/**
 * The noun phrase that opens a clause at `s` as its subject: "Sanders’ campaign" (an apostrophe
 * after a name in -s is a possessive, which the right-hand walk stops at).
 */
function subjectPhrase(toks: Tok[], s: number, before: number): NounPhrase | null {
  let np = rightNounPhrase(toks, s, before - 1);
  if (!np) return null;
  const mark = toks[np.last + 1];
  if (mark && (mark.text === '’' || mark.text === "'") && toks[np.last].end === mark.start && /s$/i.test(toks[np.last].text)) {
    const owned = rightNounPhrase(toks, np.last + 2, before - 1);
    if (owned) np = { first: np.first, last: owned.last, head: owned.head };
  }
  return np;
}

/** The last token of a short adjective phrase that opens at `k` and ends before a comma ("clearly frustrated ,"), or -1. */
function adjectiveAside(toks: Tok[], k: number, before: number): number {
  let i = k;
  while (i < before && i - k < 3 && toks[i].pos === 'ADV') i++;
  if (toks[i]?.pos !== 'ADJ') return -1;
  i++;
  return toks[i]?.norm === ',' && i < before ? i : -1;
}

/** True when the quotation closed at token `close` opened the sentence (only punctuation before its opening mark). */
function quoteOpensSentence(toks: Tok[], close: number): boolean {
  let k = close - 1;
  while (k >= 0 && !isQuote(toks[k])) k--;
  if (k < 0) return false;
  for (let i = 0; i < k; i++) if (toks[i].pos !== 'PUNCT') return false;
  return true;
}

/**
 * The token that closes the double quotation opened at `open`, before `before` (a straight '"'
 * closes a straight one; a curly one closes with ” or, misprinted, “ after a word), or -1.
 */
function closingQuote(toks: Tok[], open: number, before: number): number {
  const straight = toks[open].text === '"';
  for (let i = open + 1; i < before && i - open <= 40; i++) {
    const x = toks[i].text;
    if (straight ? x === '"' : x === '”' || (x === '“' && toks[i - 1].end === toks[i].start)) return i;
  }
  return -1;
}

/**
 * The comma that closes an opening adverbial phrase ("Speaking at a rally in Leeds, …", "Hours
 * later, …", "After the vote, …"), or -1: a phrase of at most 14 tokens that starts with a
 * preposition, a subordinating conjunction, an adverb, an -ing form or a time noun, and holds no
 * finite verb.
 */
export function openingPhraseEnd(toks: Tok[], before: number): number {
  // "But in a call with reporters, …": a conjunction before the phrase
  const s = toks[0]?.pos === 'CCONJ' ? 1 : 0;
  const first = toks[s];
  if (!first) return -1;
  const opener = /^(ADP|SCONJ|ADV)$/.test(first.pos) || (first.pos === 'VERB' && first.norm.endsWith('ing'))
    || (/^(hours|days|weeks|months|years|minutes|moments)$/.test(toks[s + 1]?.norm ?? '') && first.pos === 'NUM')
    || /^(hours|days|weeks|months|years|minutes|moments)$/.test(first.norm)
    // "A few days later, …", "Two weeks ago, …"
    || laterPhrase(toks, s, before);
  if (!opener) return -1;
  for (let i = s + 1; i < before && i <= 14; i++) {
    const t = toks[i];
    if (t.norm === ',') return i;
    if (isAux(t) || (t.pos === 'VERB' && !/(ing|ed|en)$/.test(t.norm)) || isQuote(t) || t.norm === ';' || t.norm === ':') return -1;
  }
  return -1;
}

/** True when the tokens from `s` up to the first comma are a time phrase ending in "later", "earlier" or "ago". */
function laterPhrase(toks: Tok[], s: number, before: number): boolean {
  for (let i = s + 1; i < before && i - s <= 5; i++) {
    if (toks[i].norm === ',') return /^(later|earlier|ago)$/.test(toks[i - 1].norm);
    if (toks[i].pos === 'VERB' || isAux(toks[i])) return false;
  }
  return false;
}

/** True when a sentence ends with a closing quotation mark ('…?”' or a balanced straight '"'). */
function endsWithQuote(sent: Sent): boolean {
  const last = sent.toks[sent.toks.length - 1];
  if (!last || !isQuote(last)) return false;
  if (last.text === '"' || last.text === "'") {
    // '…the due date?"' closing a quotation opened sentences before: a mark right after
    // ".", "?" or "!" closes
    const prev = sent.toks[sent.toks.length - 2];
    if (last.text === '"' && prev && prev.end === last.start && /^[.?!,]+$/.test(prev.text)) return true;
    return sent.toks.filter((t) => t.text === last.text).length % 2 === 0;
  }
  return !OPEN_QUOTES.has(last.text);
}

/** First token of the content after a cue: past "on Monday", "in a statement" and a hearer ("told reporters"). */
function contentStart(toks: Tok[], cue: Cue, end: number): number {
  let k = skipAdjuncts(toks, cue.last + 1, end);
  // "He said, however, that …": an adverb between commas after the cue
  if (commaAdverbAt(toks, k) && k + 3 <= end) k += 3;
  if (cue.verb.audience) {
    if (toks[k] && OBJECT_PRONOUNS.has(toks[k].norm)) k++;
    else {
      const aud = rightNounPhrase(toks, k, end);
      if (aud && aud.last - k < 6) k = aud.last + 1;
    }
    k = skipAdjuncts(toks, k, end);
  }
  // "told the paper on Saturday that …", "expressed concern that …", "asked the crowd if …":
  // a short verbless stretch before a complementiser is a hearer or the cue's own noun
  for (let i = k; i <= end && i - k <= 10; i++) {
    const t = toks[i];
    if (t.pos === 'VERB' || isAux(t) || isQuote(t) || (t.pos === 'PRON' && !OBJECT_PRONOUNS.has(t.norm))) break;
    if (i > k && /^(that|if|whether)$/.test(t.norm) && toks[i - 1].norm !== ',') return i;
    if (i > k && cue.verb.audience && /^(how|why|what|when|where|who)$/.test(t.norm)) return i;
  }
  return k;
}

/**
 * A claim led by a reporting verb. `prev` is the sentence before in the same paragraph; `shared`
 * the source of an earlier claim in this sentence, which a participle or a second verb shares
 * ('"…," Ali said, adding that …').
 */
function verbClaim(sent: Sent, cue: Cue, prev?: Sent, shared?: NounPhrase, next?: Sent): RawClaim | RawUnattributed | null {
  const toks = sent.toks;
  const end = bodyEnd(toks);
  const cueRange = { start: toks[cue.first].start, end: toks[cue.last].end };
  const base: Pick<RawClaim, 'sent' | 'cue' | 'cueStance' | 'antecedent' | 'broad'> = { sent, cue: cueRange, cueStance: cue.verb.stance, ...(cue.verb.broad ? { broad: true } : {}) };
  const j = skipLeftInterposed(toks, cue.first - 1);
  let source = j >= 0 ? ofChain(toks, leftNounPhrase(toks, j)) : null;
  // "the official who said …", "a report that said …": the source span is the relative pronoun
  // (PolNeAR's convention); the noun phrase it stands for names the source
  // "the official who has in the past said …": an auxiliary and a short phrase between
  const w = source ? -1 : relativeBefore(toks, j, cue.first);
  if (!source && w > 0) {
    const at = toks[w - 1].norm === ',' ? w - 2 : w - 1;
    // "those who said …", "anyone who believes …": a pronoun stands for the people meant
    const np = leftNounPhrase(toks, at) ?? (toks[w].norm === 'who' && ANTECEDENT_PRONOUNS.has(toks[at]?.norm ?? '') ? { first: at, last: at, head: at } : null);
    if (np) {
      source = { first: w, last: w, head: w };
      base.antecedent = np;
    }
  }
  // "Gov. Ann Roe (R-OH), said": a stray comma after the parenthesis that closes the subject
  if (!source && toks[j]?.norm === ',' && toks[j - 1]?.norm === ')') {
    const np = leftNounPhrase(toks, j - 1);
    const before = np ? toks[np.first - 1] : undefined;
    if (np && (!before || before.pos === 'CCONJ' || (isSeparator(before) && (toks[np.first].pos === 'PROPN' || introPhrase(toks, np.first - 2))))) source = np;
  }
  // "Votel, the commander of the operation, said …": an apposition between commas.
  if (!source && isSeparator(toks[j])) source = appositionSubject(toks, j);
  // 'Roe, star of the film “Harvest,” said': a closing quote after the apposition's comma
  // ('“Well, the port was shut,” added a pilot': not when the quotation opens the sentence)
  if (!source && isQuote(toks[j]) && !OPEN_QUOTES.has(toks[j].text) && toks[j - 1]?.norm === ',' && !quoteOpensSentence(toks, j)) source = appositionSubject(toks, j - 1);
  // "A court filing released on Monday says …": a noun phrase and a participle
  // ("The mayor answered in an interview, saying …": before ", saying" is a clause, not a subject)
  if (!source && j > 0 && !(isSeparator(toks[j]) && toks[cue.at].norm.endsWith('ing'))) source = participleSubject(toks, j, cue.first);
  // "Some chanted …", "But many believe …", "Roe and Ali both stressed …": a quantifier as the
  // subject, with the names it floats after
  if (!source && standaloneQuantifier(toks, j)) {
    const floated = /^(both|all)$/.test(toks[j].norm) ? leftNounPhrase(toks, j - 1) : null;
    source = floated ? { first: floated.first, last: j, head: floated.head } : { first: j, last: j, head: j };
  }
  // "she and another reporter said", "He and Mr. Allen said": a subject pronoun coordinated
  // with the noun phrase before the cue is part of the source
  if (source && !base.antecedent && toks[source.first - 1]?.norm === 'and' && SUBJECT_PRONOUN_WORDS.has(toks[source.first - 2]?.norm ?? '') && toks[source.first - 2].pos === 'PRON') {
    source = { ...source, first: source.first - 2 };
  }
  if (source && !base.antecedent) source = reducedRelative(toks, source);

  if (cue.verb.sourceHeads && !(source && cue.verb.sourceHeads.includes(toks[source.head].norm))) {
    source = headedSubject(toks, cue.first, cue.verb.sourceHeads);
    if (!source) return null;
  }
  // "If voters believe the ads, the party will lose": a cue inside an opening subordinate
  // clause has its content end where the main clause begins
  let stop = openingClauseStop(toks, cue.last, end);
  // "Ann Roe, who has long described the mayor as a bully, declined …": a relative clause
  // between commas ends before the main clause's verb
  if (base.antecedent && w > 0 && toks[w - 1].norm === ',') {
    for (let i = cue.last + 1; i < stop; i++) {
      if (toks[i].norm === ',' && !insideQuote(toks, i) && (toks[i + 1].pos === 'VERB' || isAux(toks[i + 1]))) { stop = i - 1; break; }
    }
  }
  if (source && cue.verb.frame && cue.verb.frame !== 'clause') {
    const content = frameContent(toks, cue, stop);
    return content ? { ...base, source, content, rule: 'subject-verb', confidence: 0.7 } : null;
  }
  if (source) {
    const k = contentStart(toks, cue, stop);
    // '"The strike," he said, "killed twelve."': a quotation resumes after the comma
    const midQuote = toks[k]?.norm === ',' && OPEN_QUOTES.has(toks[k + 1]?.text ?? '');
    const after = contentRange(toks, k, clauseEnd(toks, k, stop, true));
    if (afterComma(toks, source.first) && source.first > 0) {
      const before = contentRange(toks, 0, source.first - 1);
      // '"The strike," he said, "killed twelve."': content on both sides.
      const quotedBefore = toks.slice(0, source.first).findIndex((t) => isQuote(t)) === toks.findIndex((t) => !/^(CCONJ|PUNCT)$/.test(t.pos) || isQuote(t));
      if (before && after && midQuote && quotedBefore) return { ...base, source, content: { start: before.start, end: after.end }, rule: 'content-first', confidence: 0.8 };
      // '"…," Sanders said to cheers at a rally': after a closing quote, or after a clause with a
      // verb when what follows the cue is only an adjunct, the content is before.
      const quoted = isQuote(toks[source.first - 1]);
      const first = toks[k];
      const adjunct = !after || k > end || onlyAdjuncts(toks, k, end)
        || (first && first.norm !== 'that' && (/^(ADP|ADV|PART|SCONJ)$/.test(first.pos) || first.norm.endsWith('ing')))
        // "…, the mayor said, adding that …": a participle after the cue's comma
        || (first?.norm === ',' && toks[k + 1]?.pos === 'VERB' && toks[k + 1].norm.endsWith('ing'));
      const clause = toks.slice(0, source.first).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
      // "While serving in the House, Roe voted to …": an opening adverbial clause is no content
      const lead = toks.findIndex((t) => !/^(CCONJ|PUNCT)$/.test(t.pos));
      const adverbial = !quoted && lead >= 0 && (toks[lead].pos === 'SCONJ' || (toks[lead].pos === 'VERB' && /(ing|ed)$/.test(toks[lead].norm))
        || (toks[lead].pos === 'ADP' && toks.slice(lead + 1, lead + 4).some((t) => t.pos === 'VERB' && t.norm.endsWith('ing'))))
        // "Though the rent has risen, more families stay, she said": only when the opening
        // phrase runs up to the source; a main clause after it is the content
        && introPhrase(toks, source.first - 2);
      // "The road will reopen, the mayor said, by the end of the week": a parenthetical cue
      // inside one clause; the content is the whole sentence around it
      const resumes = toks[k]?.norm === ',' && !!toks[k + 1] && !OPEN_QUOTES.has(toks[k + 1].text) && !(toks[k + 1].norm.endsWith('ing') && toks[k + 1].pos === 'VERB') && !/^(who|which|and|but|while|although|though|as|because)$/.test(toks[k + 1].norm);
      if (before && after && !quoted && !adverbial && clause && resumes) return { ...base, source, content: { start: before.start, end: after.end }, rule: 'content-first', confidence: 0.8 };
      if (before && !adverbial && (quoted ? !after || adjunct || !midQuote : adjunct && clause)) return { ...base, source, content: before, rule: 'content-first', confidence: 0.9 };
    }
    // '“Who are they?” Ali said as he left.' split after the question mark: what follows the
    // cue is an adjunct, the content is the quotation that ends the previous sentence
    const lead = toks[k];
    const adjunctOnly = !!lead && lead.norm !== 'that' && (/^(ADP|SCONJ)$/.test(lead.pos) || (lead.pos === 'VERB' && lead.norm.endsWith('ing')));
    if (after && adjunctOnly && prev && source.first === 0 && endsWithQuote(prev)) {
      return { ...base, source, content: { start: prev.start, end: prev.end }, rule: 'content-first', confidence: 0.8 };
    }
    if (after) return { ...base, source, content: after, rule: 'subject-verb', confidence: 0.9 };
    // 'Reyes said:' closing its paragraph: the content is the next sentence (a quotation goes on)
    const rest = toks.slice(k, toks.length);
    const nt = next?.toks ?? [];
    if (next && nt.length > 0 && (next.paragraphStart || OPEN_QUOTES.has(nt[0].text)) && k <= end && rest.some((t) => t.norm === ':') && rest.every((t) => t.pos === 'PUNCT' || isQuote(t))) {
      return { ...base, source, content: { start: nt[0].start, end: nt[nt.length - 1].end }, rule: 'subject-verb', confidence: 0.7 };
    }
    // '“How will we measure the results?” he said.' split after the question mark: the content
    // is the quotation that ends the previous sentence.
    if (prev && source.first === 0 && endsWithQuote(prev)) {
      return { ...base, source, content: { start: prev.start, end: prev.end }, rule: 'content-first', confidence: 0.8 };
    }
    // '…the last word.” Weaver said.' split before the closing mark: the mark opens this sentence
    if (prev && source.first > 0 && source.first <= 2 && toks.slice(0, source.first).every((t) => isQuote(t) || /^[.,?!]$/.test(t.norm)) && toks.slice(0, source.first).some((t) => isQuote(t) && !OPEN_QUOTES.has(t.text) || t.text === '"')) {
      return { ...base, source, content: { start: prev.start, end: toks[source.first - 1].end }, rule: 'content-first', confidence: 0.75 };
    }
    return null;
  }

  // "…, said another Defense Department official, who spoke on condition of anonymity."
  if (cue.verb.inverts && !toks[cue.at].norm.endsWith('ing') && afterComma(toks, cue.first) && cue.first > 0) {
    const k = skipAdjuncts(toks, cue.last + 1, end);
    const np = withParenthesis(toks, rightNounPhrase(toks, k, end), end);
    // '…," said Rep. Jane Roe (D-Vt.) at the time.': an adjunct may end the sentence
    // '…," said Rep. Jane Roe (D-Vt.) at the time, adding …': an adjunct, then a separator
    const afterAdjuncts = np ? skipAdjuncts(toks, np.last + 1, end) : -1;
    // '…," said a council member who backs the plan.': a relative clause with no comma;
    // '…," said Ann Roe when asked about the bridge.': an adverbial clause after the source
    const next = toks[np ? np.last + 1 : -1];
    const relative = !!next && /^(who|whom)$/.test(next.norm);
    const adverbial = !!next && INVERSION_ADJUNCTS.has(next.norm);
    if (np && (np.last === end || isSeparator(toks[np.last + 1]) || relative || adverbial || afterAdjuncts > end || (afterAdjuncts > np.last + 1 && isSeparator(toks[afterAdjuncts])))) {
      // The source runs on over its appositions and a relative clause ("said Omar Haddad, a
      // farmer from the old city", "said an official, who spoke on condition of anonymity"), as
      // PolNeAR's sources do (and as they do before the verb).
      const last = relative ? relativeEnd(toks, np.last + 1, end) : adverbial ? np.last : appositionTail(toks, np, toks.length - 1);
      const before = contentRange(toks, 0, cue.first - 1);
      if (before) return { ...base, source: { ...np, last }, content: before, rule: 'inversion', confidence: 0.85 };
    }
  }

  // "said since coalition forces began …": a sentence that starts with the verb, cut from another report.
  const lead = toks.findIndex((t) => !isQuote(t));
  // A sentence split after an abbreviation ("Bob Goodlatte (R-Va.) told …") is no fragment.
  const prevLast = prev?.toks[prev.toks.length - 1];
  const prevEndsClause = !prev || (!!prevLast && (/^[!?]$/.test(prevLast.norm) || isQuote(prevLast)
    || (prevLast.norm === '.' && /^[a-z0-9]/.test(prev.toks[prev.toks.length - 2]?.text ?? ''))));
  if (cue.first === lead && /^[a-z]/.test(toks[cue.at].text) && prevEndsClause) {
    // …unless a quotation ends the sentence before: '“Can we win?” asked the manager.'
    const np = prev && endsWithQuote(prev) ? rightNounPhrase(toks, skipAdjuncts(toks, cue.last + 1, end), end) : null;
    if (prev && np && (np.last === end || isSeparator(toks[np.last + 1]))) {
      return { ...base, source: np, content: { start: prev.start, end: prev.end }, rule: 'inversion', confidence: 0.75 };
    }
    return { sent, cue: toks[cue.at] };
  }

  // "After saying the vote was fair, the mayor left": an -ing cue in an opening phrase has the
  // main clause's subject as its source
  if (toks[cue.at].norm.endsWith('ing') && !cue.verb.frame && cue.first <= 1 && toks.slice(0, cue.first).every((t) => /^(ADP|SCONJ)$/.test(t.pos))) {
    let close = -1;
    for (let i = cue.last + 1; i <= end && i - cue.last < 30 && close < 0; i++) if (toks[i].norm === ',' && !insideQuote(toks, i)) close = i;
    if (close > cue.last) {
      const subject = rightNounPhrase(toks, close + 1, end);
      const after = toks[subject ? subject.last + 1 : -1];
      const content = contentRange(toks, contentStart(toks, cue, close - 1), close - 1);
      if (subject && content && (isAux(after) || after?.pos === 'VERB')) return { ...base, source: subject, content, rule: 'coordinated-subject', confidence: 0.6 };
    }
  }
  // "Guterres expressed support …, condemned IS crimes …"; "…, saying that …"
  // '… a “broken pump,” claiming …': a closing quote after a comma stands for the comma
  // (a straight mark glued to the comma closes too: '…,'' adding …' typed with apostrophes)
  const closing = !!toks[j] && isQuote(toks[j]) && (!OPEN_QUOTES.has(toks[j].text) || (toks[j].text === '"' && toks[j - 1]?.end === toks[j].start));
  const p = closing && toks[j - 1]?.norm === ',' && toks[cue.at].norm.endsWith('ing') ? toks[j - 1] : toks[j];
  // "…, saying …", "… and said …", "… by saying …", "… while saying …"
  // "… went on to say …", "… are more likely to say …"
  if (p && (/^(,|and|but|–|—)$/.test(p.norm) || (p.norm === 'to' && (!cue.verb.broad || verbChainInfinitive(toks, j))) || (/^(by|while|after)$/.test(p.norm) && toks[cue.at].norm.endsWith('ing')))) {
    // ("…, while saying …": the connector before the cue is no clause of its own; not after a
    // relative word, "a video that, while praising …, dwelled …")
    const connector = p.pos === 'CCONJ' || (/^(by|while|after)$/.test(p.norm) && toks[cue.at].norm.endsWith('ing') && !/^(that|which|who)$/.test(toks[j - 2]?.norm ?? ''));
    const subject = shared ?? sentenceSubject(toks, connector ? j : cue.first, p.pos === 'CCONJ' ? toks[cue.at] : undefined);
    const framed = cue.verb.frame && cue.verb.frame !== 'clause';
    const content = framed ? frameContent(toks, cue, stop) : contentRange(toks, contentStart(toks, cue, stop), stop);
    if (subject && content) return { ...base, source: subject, content, rule: 'coordinated-subject', confidence: 0.6 };
  }
  return null;
}


/** Subject pronouns that may be coordinated with a noun phrase subject: "she and another reporter". */
const SUBJECT_PRONOUN_WORDS = new Set(['he', 'she', 'they', 'we', 'i']);

/** Pronouns a relative "who" may stand for: "those who said …", "anyone who believes …". */
const ANTECEDENT_PRONOUNS = new Set(['those', 'anyone', 'everyone', 'someone', 'others', 'many', 'some', 'few', 'all', 'people']);

/**
 * The relative pronoun that is the cue's subject, or -1: "who" / "that" / "which" at `j` (the
 * token before the cue past adverbs), or a "who" followed by an auxiliary and a short phrase
 * with no verb and no comma ("who has in the past said", "who had at one point claimed").
 */
function relativeBefore(toks: Tok[], j: number, cueFirst: number): number {
  if (j > 0 && /^(who|that|which)$/.test(toks[j].norm)) return j;
  for (let w = cueFirst - 2; w > 0 && cueFirst - w <= 7; w--) {
    const t = toks[w];
    if (t.norm === 'who') return isAux(toks[w + 1]) ? w : -1;
    if (t.pos === 'VERB' || t.pos === 'PRON' || isSeparator(t) || isQuote(t) || t.norm === ',') return -1;
  }
  return -1;
}

/** Words that open an adverbial clause after an inverted source ('…," said Roe when asked …'). */
const INVERSION_ADJUNCTS = new Set(['when', 'while', 'as', 'after', 'before', 'because']);

/** The last token of a relative clause that opens at `k`: before a comma, a semicolon or the sentence's end. */
function relativeEnd(toks: Tok[], k: number, end: number): number {
  let i = k;
  while (i < end && !/^[,;:]$/.test(toks[i + 1].norm) && !isQuote(toks[i + 1])) i++;
  return i;
}

/** Words that open a subordinate clause, whatever the tagger calls them. */
// (not "as": "As the mayor said, the road is closed" has its content in the main clause)
const SUBORDINATORS = /^(if|when|while|although|though|because|since|after|before|once|unless|until|whereas|whether)$/;

/**
 * Where the content of a cue inside an opening subordinate clause must stop: before the comma
 * after which the main clause begins ("While the mayor said the road was safe, the council
 * closed it"; "Asked about the road, the council closed it"), or `end` when the sentence does not
 * open with such a clause or the cue lies past it.
 */
export function openingClauseStop(toks: Tok[], cueLast: number, end: number): number {
  let lead = 0;
  while (lead < cueLast && (toks[lead].pos === 'CCONJ' || isQuote(toks[lead]) || (toks[lead].pos === 'ADV' && toks[lead + 1]?.pos === 'SCONJ'))) lead++;
  const opener = toks[lead];
  if (!opener || lead >= cueLast) return end;
  const subordinate = (SUBORDINATORS.test(opener.norm) && opener.pos !== 'ADV') || (opener.pos === 'SCONJ' && opener.norm !== 'as')
    || (opener.pos === 'VERB' && /(ed|ing)$/.test(opener.norm));
  if (!subordinate) return end;
  for (let i = lead + 1; i < cueLast; i++) if (toks[i].norm === ',' || toks[i].norm === ';') return end;
  for (let i = cueLast + 1; i <= end; i++) {
    if (toks[i].norm !== ',' || insideQuote(toks, i)) continue;
    const np = rightNounPhrase(toks, i + 1, end);
    if (!np) continue;
    let v = np.last + 1;
    while (v <= end && (isInterposed(toks[v]) || (isAux(toks[v]) && isAux(toks[v + 1])))) v++;
    // (a cue with nothing after it before the comma keeps the whole sentence)
    if (toks[v] && (toks[v].pos === 'VERB' || isAux(toks[v])) && toks[v].pos !== 'PART') return contentRange(toks, cueLast + 1, i - 1) ? i - 1 : end;
  }
  return end;
}

/**
 * "Votel, the commander of the operation, said"; "Woodrow Benford, 58, who lives nearby, says";
 * "Corey Lewandowski, in a statement, said": the subject before one or more comma-separated
 * appositions, relative clauses or interposed prepositional phrases. The source keeps
 * appositions and relative clauses (PolNeAR's convention) but not an interposed phrase.
 */
function appositionSubject(toks: Tok[], sep: number): NounPhrase | null {
  let right = sep;
  let interposed = false;
  for (let segment = 0; segment < 4; segment++) {
    let k = right - 1;
    while (k > 0 && !isSeparator(toks[k]) && right - k < 25) k--;
    if (k <= 0 || !isSeparator(toks[k])) return null;
    const inner = toks[k + 1];
    // "Murphy, in a statement, said", "Ali, speaking in Leeds, said", "Ali, meanwhile, said"
    // ("Roe, acting director of the agency, said": an -ing form before a noun is a modifier)
    // ("Two unions, including the largest, said": "including" lists members of the subject)
    // ("The Journal, citing internal documents, reported": an -ing form that is no modifier word is a participle)
    const participle = inner.pos === 'VERB' && inner.norm.endsWith('ing') && inner.norm !== 'including' && !(ING_MODIFIERS.has(inner.norm) && /^(ADJ|NOUN|PROPN)$/.test(toks[k + 2]?.pos ?? ''));
    if ((inner.pos === 'ADP' && inner.norm !== 'of') || participle || (inner.pos === 'ADV' && right - k === 2)) interposed = true;
    else if (!(/^(who|whose|which)$/.test(inner.norm) || appositive(toks, k + 1, right - 1))) return null;
    const core = ofChain(toks, leftNounPhrase(toks, k - 1));
    const before = core ? toks[core.first - 1] : undefined;
    const boundary = !before || before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.pos === 'ADV' || isSeparator(before) || before.norm === ':' || isQuote(before);
    // "Cory Rae, 22, of Flint, Mich., said": "Flint" and "22" are appositions, not the subject
    // "After the vote, her adviser, Tom Rand, said": an opening adverbial phrase before the core
    const introduced = !!before && isSeparator(before) && introPhrase(toks, core ? core.first - 2 : -1);
    if (core && boundary && toks[core.head].pos !== 'NUM' && (!isSeparator(before) || introduced)) {
      return { first: core.first, last: interposed ? k - 1 : sep - 1, head: core.head };
    }
    right = k;
  }
  return null;
}

/** -ing words that modify a noun in an apposition: "Ann Roe, acting director of the agency, said". */
const ING_MODIFIERS = new Set([
  'acting', 'leading', 'ruling', 'outgoing', 'incoming', 'founding', 'presiding', 'visiting', 'managing', 'governing',
  'reigning', 'sitting', 'serving', 'longstanding', 'ranking', 'polling', 'fundraising', 'consulting',
  'publishing', 'marketing', 'operating', 'advertising', 'banking', 'training', 'teaching', 'coaching', 'organizing',
  'campaigning', 'striking', 'working', 'retiring', 'departing', 'remaining', 'rising', 'emerging',
]);

/** Quantity words that head "X of the Y": "one of the authors", "most of the voters". */
const OF_HEADS = new Set(['one', 'some', 'many', 'most', 'several', 'all', 'none', 'each', 'both', 'few', 'half', 'two', 'three', 'four', 'five', 'dozens', 'hundreds', 'thousands', 'majority', 'minority', 'rest', 'members', 'group', 'number']);

/**
 * "One of the authors of the report", "most of the voters": a noun phrase after "of" extends
 * left over the quantity it is part of (the walk of `leftNounPhrase` stops at "the" after "One of").
 */
function ofChain(toks: Tok[], np: NounPhrase | null): NounPhrase | null {
  if (!np) return np;
  let out = np;
  for (let guard = 0; guard < 3; guard++) {
    if (toks[out.first - 1]?.norm !== 'of') break;
    const q = toks[out.first - 2];
    // ("One", "Both": a number or a determiner, no noun phrase of its own)
    const left = q && OF_HEADS.has(q.norm) && !isNounishTok(q) ? { first: out.first - 2, last: out.first - 2, head: out.first - 2 } : leftNounPhrase(toks, out.first - 2);
    if (!left || !OF_HEADS.has(toks[left.head].norm)) break;
    out = { first: left.first, last: out.last, head: out.head };
  }
  // "One of the authors": the head is the noun after "of", not the number
  if (OF_HEADS.has(toks[out.head].norm) && toks[out.head + 1]?.norm === 'of') {
    for (let i = out.head + 2; i <= out.last; i++) {
      if (isNounishTok(toks[i]) && !isNounishTok(toks[i + 1])) return { ...out, head: i };
    }
  }
  return out;
}

/**
 * "A court filing released on Monday says", "The memo sent to staff says": the token before the
 * cue (past adjuncts) is a past participle after a noun phrase that opens the sentence or a
 * clause; the source runs from that noun phrase to the cue.
 */
const PARTICIPLE = /^([a-z]+(ed|en|wn)|sent|made|held|built|found|put|set|read)$/;

function participleSubject(toks: Tok[], j: number, cueFirst: number): NounPhrase | null {
  const t = toks[j];
  let k = j;
  // "released on Monday", "sent to staff": a short prepositional phrase after the participle
  const participle = (x: Tok | undefined) => !!x && x.pos === 'VERB' && PARTICIPLE.test(x.text);
  if (!participle(t)) {
    for (k = j - 1; k >= 0 && j - k <= 5; k--) if (toks[k].pos === 'ADP') break;
    // (no preposition within reach: no participle phrase either)
    if (k < 0 || toks[k].pos !== 'ADP') return null;
    k--;
    if (!participle(toks[k])) return null;
  }
  const np = leftNounPhrase(toks, k - 1);
  if (!np || PRONOUNS[toks[np.head].norm] || toks[np.head].pos === 'NUM') return null;
  const before = toks[np.first - 1];
  if (before && !(isSeparator(before) || /^(CCONJ|SCONJ)$/.test(before.pos) || isQuote(before))) return null;
  return { first: np.first, last: cueFirst - 1, head: np.head };
}

/**
 * True when tokens 0..end are an opening adverbial phrase: a preposition, a subordinating
 * conjunction or an adverb first ("After the vote", "In a statement", "Later"), no verb.
 */
function introPhrase(toks: Tok[], end: number): boolean {
  if (end < 0 || end > 30) return false;
  let start = 0;
  // "On Wednesday, however,", "But in a call with reporters on Monday,", "After the vote
  // ended in chaos,": up to four comma-separated pieces, each an adverbial phrase (no finite
  // verb) or a subordinate clause
  for (let piece = 0; piece < 4 && start <= end; piece++) {
    let s = start;
    while (s <= end && toks[s].pos === 'CCONJ') s++;
    let stop = s;
    while (stop <= end && toks[stop].norm !== ',') stop++;
    const first = toks[s];
    if (!first || s >= stop) return false;
    const clause = first.pos === 'SCONJ' || CLAUSE_OPENERS.test(first.norm);
    const phrase = /^(ADP|ADV)$/.test(first.pos) || (first.pos === 'VERB' && first.norm.endsWith('ing'));
    if (!clause && !(phrase && toks.slice(s + 1, stop).every((t) => !isAux(t) && !(t.pos === 'VERB' && !/(ing|ed|en)$/.test(t.norm))))) return false;
    start = stop + 1;
  }
  return start > end;
}

/** Words that open a subordinate clause, whatever the tagger calls them. */
const CLAUSE_OPENERS = /^(after|before|when|while|as|because|although|though|since|if|once|until|whereas)$/;

/**
 * An apposition between separators: "a senior adviser to the governor", "59", "of the old city",
 * "an aid group based in Erbil". A noun phrase with no auxiliary and no subject pronoun (a
 * participle such as "based" may follow the noun).
 */
function appositive(toks: Tok[], from: number, to: number): boolean {
  if (from > to || to - from > 30) return false;
  const first = toks[from];
  // "acting director of the agency", "including two senators": an -ing form before a noun
  // phrase is a modifier or a list the apposition gives
  const ingOpener = first.pos === 'VERB' && (first.norm === 'including' || (first.norm.endsWith('ing') && /^(ADJ|NOUN|PROPN)$/.test(toks[from + 1]?.pos ?? '')));
  if (!(ingOpener || first.norm === 'of' || first.pos === 'DET' || first.pos === 'NUM' || first.pos === 'ADJ' || isNounishTok(first) || POSSESSIVE_WORDS.has(first.norm) || APPOSITION_ADVERBS.has(first.norm))) return false;
  for (let i = from; i <= to; i++) {
    const t = toks[i];
    // "the conservative icon who founded the institute and is its chairman": a relative clause
    // inside the apposition may hold any verb
    if (i > from && /^(who|whom|whose|which|that)$/.test(t.norm)) return true;
    if ((isAux(t) && t.pos !== 'PART') || t.pos === 'SCONJ' || (PRONOUNS[t.norm] && t.pos === 'PRON') || t.norm === ':' || t.norm === ';') return false;
  }
  return true;
}

/** Adverbs that may open an apposition: "Ann Roe, then 38, said", "Ann Roe, now a senator, said". */
const APPOSITION_ADVERBS = new Set(['then', 'now', 'formerly', 'once', 'also', 'himself', 'herself']);

/** True when the sentence holds a quotation mark (a sentence of quoted speech, or one that quotes). */
function quotedSentence(toks: Tok[]): boolean {
  return toks.some((t) => isQuote(t) && t.text !== '’' && t.text !== "'");
}

/** Per token list: whether a quotation is open before each token (computed once, read many times). */
const QUOTE_STATE = new WeakMap<Tok[], Uint8Array>();

/** True when token `i` stands inside a quotation opened earlier in the sentence. */
export function insideQuote(toks: Tok[], i: number): boolean {
  let state = QUOTE_STATE.get(toks);
  if (!state) {
    state = new Uint8Array(toks.length + 1);
    let open = false;
    for (let k = 0; k < toks.length; k++) {
      state[k] = open ? 1 : 0;
      const t = toks[k].text;
      if (t === '"') open = !open;
      else if (t === '“' || t === '«') open = true;
      else if (t === '”' || t === '»') open = false;
    }
    state[toks.length] = open ? 1 : 0;
    QUOTE_STATE.set(toks, state);
  }
  return state[Math.min(Math.max(i, 0), toks.length)] === 1;
}

/**
 * Every claim (and every speakerless reporting verb) in one sentence.
 *
 * @example
 * claimsIn(sent).claims[0].rule; // 'content-first' for '"The road is mined," a farmer said.'
 */
export function claimsIn(sent: Sent, trace?: (m: string) => void, prev?: Sent, next?: Sent): { claims: RawClaim[]; unattributed: RawUnattributed[] } {
  const claims: RawClaim[] = [];
  const unattributed: RawUnattributed[] = [];
  const toks = sent.toks;
  const colon = colonHeadline(sent);
  if (colon) claims.push(colon);
  const survey = surveyOpening(sent);
  if (survey) claims.push(survey);
  for (let i = 0; i + 1 < toks.length; i++) {
    for (const words of SOURCE_FIRST_CUES) {
      if (!words.every((w, n) => toks[i + n]?.norm === w)) continue;
      const c = accordingTo(sent, i, words.length);
      if (c) claims.push(c);
    }
  }
  for (let i = 1; i + 1 < toks.length; i++) {
    const c = nominalCue(sent, i) ?? adjectiveCue(sent, i) ?? passiveAgent(sent, i);
    if (c) claims.push(c);
  }
  for (const cue of findCues(toks, trace)) {
    // '"…," Anderson said, adding that …': the second verb shares the first one's speaker
    // ("Roe says she respects them but argues …": not a claim inside an earlier claim's content)
    const previous = claims.filter((x) => x.cue.end <= toks[cue.first].start && x.rule !== 'colon-headline' && x.rule !== 'speaker-label'
      && !claims.some((o) => o !== x && o.cue.end <= x.cue.start && o.content.start <= x.cue.start && x.cue.end <= o.content.end)).pop();
    const c = verbClaim(sent, cue, prev, previous?.source, next);
    if (!c) { trace?.(`cue "${toks[cue.at].text}" at ${toks[cue.at].start}: no source found`); continue; }
    if (!('source' in c)) { unattributed.push(c); continue; }
    // "I think", "you know", "we believe": first and second person inside quotations are the
    // quoted speaker talking, not a new source.
    // '"…," I said.': after a quotation, "I" is the writer speaking, a source.
    const only = c.source.first === c.source.last ? toks[c.source.first].norm : '';
    if (PRONOUNS[only] === 'speaker' && (only === 'you' || insideQuote(toks, c.source.first) || (!isQuote(toks[c.source.first - 1]) && quotedSentence(toks)))) { trace?.(`cue "${toks[cue.at].text}" at ${toks[cue.at].start}: first/second person source inside a quotation`); continue; }
    claims.push(c);
  }
  return { claims, unattributed };
}

