import type { Tok } from './tokens.js';
import { isQuote } from './tokens.js';
import { POSSESSIVES, PRONOUNS, TIME_WORDS } from './source-words.js';
import { MONTH_NAMES } from '../../lexicon/dates.js';

/** A token range [first, last] (inclusive) of one sentence, with the index of its head word. */
export interface NounPhrase {
  first: number;
  last: number;
  head: number;
}

const NOUNISH = new Set(['NOUN', 'PROPN', 'NUM']);
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves']);
/** Prepositions allowed inside a source: "officials in Baghdad", "the Department of Defense". */
const INNER_ADP = new Set(['of', 'in', 'at', 'from', 'for', 'with', 'to', 'on', 'by']);
const NAME_PUNCT = new Set(['.', '-', '&', '–', '/']);
/** Quantifiers that open a subject after an object noun with no relative word: "the kind of jurist many voters fear". */
const CLAUSE_QUANTIFIERS = new Set(['many', 'most', 'some', 'few', 'several']);
/** Prepositions the tagger finds inside a noun phrase before its noun: "some outside analysts". */
const NOUN_PREPOSITIONS = new Set(['outside', 'inside']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const AUX_WORDS = new Set([
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall',
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'ll", '’ll', "'s", '’s',
  'not', "n't", 'n’t',
]);

/** Capitalised words that are not names even when the tagger is unsure ("However", "Meanwhile"). */
const NOT_NAMES = new Set(['however', 'meanwhile', 'also', 'still', 'then', 'now', 'later', 'earlier', 'yet', 'so', 'thus', 'instead', 'indeed', 'here', 'there', 'why', 'when', 'what', 'how', 'where', 'please', 'yes', 'no', 'not', 'just', 'even', 'only', 'again',
  // subordinators opening a sentence ("While Roe said …")
  'while', 'though', 'although', 'because', 'if', 'unless', 'whether', 'since', 'after', 'before', 'as', 'once', 'until', 'whereas']);

/**
 * A word that can head a noun phrase. Capitalised words count whatever their tag: the tagger
 * reads many surnames as verbs or adjectives ("Cook said …").
 */
export function isNounish(t: Tok | undefined): boolean {
  if (!t) return false;
  if (NOUNISH.has(t.pos) || t.norm === 'military') return true;
  return /^[A-Z]/.test(t.text) && /^(ADJ|VERB|ADV|X|INTJ)$/.test(t.pos) && !NOT_NAMES.has(t.norm) && !TIME_WORDS.has(t.norm)
    && !(t.pos === 'VERB' && /ing$/.test(t.norm));
}

export function isAux(t: Tok | undefined): boolean {
  return !!t && (AUX_WORDS.has(t.norm) || t.pos === 'AUX');
}

/**
 * True when `toks[k..k+2]` is an adverb set off by commas ("Others, however, say", "He said,
 * however, that …"), which may stand between a subject and its verb or a cue and its content.
 *
 * @example
 * commaAdverbAt(toks, 1); // true for "Others , however , say"
 */
export function commaAdverbAt(toks: readonly Tok[], k: number): boolean {
  return k >= 0 && toks[k]?.norm === ',' && toks[k + 1]?.pos === 'ADV' && toks[k + 2]?.norm === ',';
}

/** Adverbs and time words that may stand between subject and verb ("already are", "on Thursday"). */
export function isInterposed(t: Tok | undefined): boolean {
  if (!t || /^[,;:]$/.test(t.norm)) return false;
  if (TIME_WORDS.has(t.norm)) return true;
  // a capitalised "adverb" is usually a name the tagger missed ("Jolly said …")
  return t.pos === 'ADV' && (!/^[A-Z]/.test(t.text) || NOT_NAMES.has(t.norm));
}

function isPossessiveMark(t: Tok | undefined): boolean {
  return !!t && (t.norm === "'s" || t.norm === '’s' || t.norm === "'" || t.norm === '’') && t.pos === 'PART';
}

/**
 * Step left from `i` over auxiliaries, adverbs and short time phrases ("on Thursday",
 * "last week") that may sit between a subject and its verb. Returns the index of the token that
 * should end the subject.
 */
export function skipLeftInterposed(toks: Tok[], i: number): number {
  let j = i;
  for (;;) {
    const t = toks[j];
    if (!t) return j;
    if (WEEKDAYS.has(t.norm) && toks[j - 1]?.norm === 'on') { j -= 2; continue; }
    // "on Thursday evening"
    if (/^(morning|afternoon|evening|night)$/.test(t.norm) && WEEKDAYS.has(toks[j - 1]?.norm ?? '') && toks[j - 2]?.norm === 'on') { j -= 3; continue; }
    // "Murphy, though, said"
    if (t.norm === ',' && /^(though|however|meanwhile|too|also|instead|in turn)$/.test(toks[j - 1]?.norm ?? '') && toks[j - 2]?.norm === ',') { j -= 3; continue; }
    if (isAux(t) || isInterposed(t)) { j--; continue; }
    if (/^(week|month|year|night|weekend)$/.test(t.norm) && /^(last|this|next)$/.test(toks[j - 1]?.norm ?? '')) { j -= 2; continue; }
    const pp = interposedPhraseStart(toks, j);
    if (pp >= 0) { j = pp - 1; continue; }
    return j;
  }
}

/**
 * Nouns of time and of the medium of speech that head a phrase between a subject and its verb:
 * "the mayor at the time said", "Roe in a radio interview called", "the board for the first time
 * cited", "the council over the past two weeks has argued", "Kalm two days ago said".
 */
const INTERPOSED_NOUNS = new Set([
  'time', 'times', 'past', 'fact', 'interview', 'interviews', 'statement', 'speech', 'remarks', 'address', 'letter',
  'email', 'post', 'tweet', 'tweets', 'appearance', 'call', 'conference', 'debate', 'hearing', 'rally', 'briefing',
  'memo', 'message', 'video', 'op-ed', 'column', 'testimony', 'response', 'turn', 'meantime',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'afternoon', 'evening', 'night', 'weekend',
  ...MONTH_NAMES,
]);
/** Prepositions that open such a phrase. */
const INTERPOSED_PREPS = new Set(['at', 'in', 'on', 'for', 'during', 'over', 'since', 'through', 'throughout', 'earlier', 'last']);
/** Words that may stand inside a time phrase without a preposition: "less than two weeks ago". */
const AGO_WORDS = new Set(['than', 'less', 'more', 'about', 'nearly', 'almost', 'just', 'only', 'some', 'a', 'few', 'several', 'two', 'three']);

/**
 * The first token of a prepositional phrase of time or medium that ends at `j` and stands
 * between a subject and its verb ("at the time", "in a statement on Monday", "for the first
 * time", "two weeks ago"), or -1. A word that could end the subject must precede it.
 */
function interposedPhraseStart(toks: Tok[], j: number): number {
  const t = toks[j];
  if (!t) return -1;
  // ("two weeks ago": the adverb was stepped over before the noun)
  const ago = toks[j + 1]?.norm === 'ago';
  if (!(INTERPOSED_NOUNS.has(t.norm) || (/^(1[89]|20)\d\d$/.test(t.norm) && t.pos === 'NUM'))) return -1;
  for (let k = j - 1; k >= 0 && j - k <= 8; k--) {
    const x = toks[k];
    const opener = ago ? !(x.pos === 'NUM' || x.pos === 'ADJ' || AGO_WORDS.has(x.norm)) : INTERPOSED_PREPS.has(x.norm) && (x.pos === 'ADP' || x.pos === 'ADV' || x.pos === 'ADJ');
    if (opener) {
      const start = ago ? k + 1 : k;
      const before = toks[start - 1];
      // ("said at the time": a verb before the phrase is no subject)
      return before && start < j && (isNounish(before) || PRONOUNS[before.norm] !== undefined || /^(who|which|that)$/.test(before.norm) || before.norm === ')') ? start : -1;
    }
    if (ago) continue;
    if (!(x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NUM' || isNounish(x) || POSSESSIVES.has(x.norm) || isPossessiveMark(x) || x.norm === 'of' || x.norm === '-')) return -1;
  }
  return -1;
}

/** True when token `j` is an "and" joining a name or noun before it to a determiner phrase after it, at the start of a clause. */
function coordinated(toks: Tok[], j: number, limit: number): boolean {
  const t = toks[j];
  const prev = toks[j - 1];
  const next = toks[j + 1];
  return !!t && t.norm === 'and' && !!prev && (prev.pos === 'PROPN' || prev.pos === 'NOUN') && !!next && (next.pos === 'DET' || POSSESSIVES.has(next.norm)) && leftCoordinate(toks, j - 1, limit);
}

/** True when the noun phrase ending at `end` starts a clause (sentence start, comma, conjunction): "Smith and the council said". */
function leftCoordinate(toks: Tok[], end: number, limit: number): boolean {
  let j = end;
  while (j > limit && (isNounish(toks[j - 1]) || toks[j - 1].pos === 'ADJ' || toks[j - 1].pos === 'DET' || toks[j - 1].pos === 'NUM' || POSSESSIVES.has(toks[j - 1].norm) || isPossessiveMark(toks[j - 1]))) j--;
  const before = toks[j - 1];
  return !before || j <= limit || before.norm === ',' || before.pos === 'CCONJ' || before.pos === 'SCONJ' || isQuote(before) || /^(both|but)$/.test(before.norm);
}

/** Adverbs that may stand between "and" and the last conjunct: "and even some technologists". */
const CONJUNCT_ADVERBS = new Set(['even', 'also', 'then', 'now']);

/** True when token `j` is an "and" (or "&") right before the conjunct that opens at `first`, past an adverb ("and even"). */
function conjunctAt(toks: Tok[], j: number, first: number): boolean {
  if (!/^(and|&)$/.test(toks[j]?.norm ?? '')) return false;
  return j + 1 === first || (j + 2 === first && CONJUNCT_ADVERBS.has(toks[j + 1].norm));
}

/**
 * The first token of a coordinated subject whose last conjunct follows the "and" at `j`: "he and
 * Ann Roe", "Politicians and even some technologists", "Ann Roe, Piet Kalm, and other bakers".
 * Conjuncts before the "and" are noun phrases joined by commas; the coordination starts at the
 * leftmost one that opens a clause (the start of the sentence, a comma, a conjunction, a quote),
 * so "The storm closed the road and officials said" is no coordination. -1 when there is none.
 */
function coordinationStart(toks: Tok[], j: number, limit: number): number {
  // (", and" closes a list of three or more: "the vote was close, and officials said" is two clauses)
  const serial = toks[j - 1]?.norm === ',';
  let end = serial ? j - 2 : j - 1;
  let start = -1;
  for (let n = 1; n <= 6; n++) {
    const np = leftNounPhrase(toks, end, limit);
    if (!np) break;
    if (opensClause(toks, np.first, limit) && (n >= 2 || !serial)) start = np.first;
    if (toks[np.first - 1]?.norm !== ',' || np.first - 2 < limit) break;
    end = np.first - 2;
  }
  return start;
}

/** True when nothing before token `first` ties it to an earlier word: the sentence's start, a comma, a conjunction, a quote, a colon. */
function opensClause(toks: Tok[], first: number, limit: number): boolean {
  const before = toks[first - 1];
  // (a quotation mark opens a clause when it opens a quotation or closes one after a comma or a
  // full stop: '"We won," Roe and Kalm said'; not after a word: 'the "supermax" prison and …')
  const quote = isQuote(before) && (/^[“‘«]$/.test(before.text) || /^[,.?!]$/.test(toks[first - 2]?.norm ?? ','));
  // (not "and" after an adjective: "the most progressive and active wing of …" is one phrase)
  const conjunction = before?.pos === 'CCONJ' && toks[first - 2]?.pos !== 'ADJ';
  return first <= limit || !before || /^[,:;]$/.test(before.norm) || conjunction || before.pos === 'SCONJ' || quote || /^(both|but|neither|either)$/.test(before.norm);
}

/** True when a token may be part of a noun phrase (not counting prepositions and conjunctions). */
function npWord(t: Tok): boolean {
  return isNounish(t) || t.pos === 'ADJ' || t.pos === 'DET' || isPossessiveMark(t) || POSSESSIVES.has(t.norm)
    || (NAME_PUNCT.has(t.norm) && (t.pos !== 'SYM' || t.norm === '/'));
}

/**
 * The noun phrase that ends at token `end`, walking left ("The U.N. Assistance Mission to Iraq"
 * before "says"; "Human rights groups" before "already are slamming"). A lone subject pronoun is
 * a noun phrase too. Returns null when `end` cannot end a noun phrase (a verb, a comma, nothing).
 *
 * @example
 * leftNounPhrase(toks, 3); // { first: 0, last: 3, head: 3 } for "The Iraqi defence ministry"
 */
export function leftNounPhrase(toks: Tok[], end: number, limit = 0): NounPhrase | null {
  const last = toks[end];
  if (!last || end < limit) return null;
  if (PRONOUNS[last.norm]) return { first: end, last: end, head: end };
  // "Cruz himself said": a reflexive after a noun phrase belongs to it
  if (REFLEXIVES.has(last.norm) && end > limit) {
    const np = leftNounPhrase(toks, end - 1, limit);
    return np ? { ...np, last: end } : null;
  }
  if (last.pos === 'PRON') return null;
  let first = end;
  if (last.norm === ')') {
    // "Gov. John Kasich (R-OH)": a parenthesis after a name
    let k = end - 1;
    while (k > limit && toks[k].norm !== '(' && end - k < 8) k--;
    if (toks[k]?.norm !== '(' || !isNounish(toks[k - 1])) return null;
    const inner = leftNounPhrase(toks, k - 1, limit);
    return inner ? { first: inner.first, last: end, head: inner.head } : null;
  }
  // "the wounded said", "One Republican hopeful says": an adjective heads after a determiner or a name
  // "The 46-year-old said": an adjective compound with a hyphen heads too
  const hyphened = toks[end - 1]?.norm === '-' && toks[end - 1].end === last.start;
  const adjHead = last.pos === 'ADJ' && (toks[end - 1]?.pos === 'DET' || toks[end - 1]?.pos === 'ADJ' || toks[end - 1]?.pos === 'PROPN' || toks[end - 1]?.pos === 'NUM' || hyphened);
  if (!(isNounish(last) || adjHead)) return null;
  for (let j = end - 1; j >= limit && end - j < 14; j--) {
    const t = toks[j];
    // "the self-described socialist": words joined by a hyphen are one word before the phrase
    const dash = toks[j - 1];
    if (j + 1 === first && j - 2 >= limit && dash?.norm === '-' && dash.end === t.start && toks[j - 2].end === dash.start && /^[a-z0-9]/i.test(toks[j - 2].text) && /^[a-z]/i.test(t.text)) { first = j - 2; j -= 2; continue; }
    // "Politicians and even some technologists", "Ann Roe, Piet Kalm and other bakers"
    if (conjunctAt(toks, j, first)) {
      const start = coordinationStart(toks, j, limit);
      if (start >= 0) { first = start; break; }
    }
    // ("and even some": the adverb after "and" belongs to the coordination)
    if (CONJUNCT_ADVERBS.has(t.norm) && j + 1 === first && conjunctAt(toks, j - 1, first)) continue;
    // "the kind of jurist many voters fear": a quantifier after a common noun opens a new phrase
    if (j + 1 === first && CLAUSE_QUANTIFIERS.has(toks[first].norm) && t.pos === 'NOUN' && /^[a-z]/.test(t.text)) break;
    if (npWord(t)) {
      if (t.pos === 'DET' || POSSESSIVES.has(t.norm)) {
        first = j;
        const p = toks[j - 1];
        // "a woman from the camp": a determiner after an inner preposition continues the phrase
        if (!(p && p.pos === 'ADP' && INNER_ADP.has(p.norm) && isNounish(toks[j - 2])) && !isPossessiveMark(p) && !coordinated(toks, j - 1, limit) && !conjunctAt(toks, j - 1, first) && !conjunctAt(toks, j - 2, first)) break;
        continue;
      }
      if (NAME_PUNCT.has(t.norm) && !(isNounish(toks[j - 1]) || toks[j - 1]?.pos === 'ADJ')) break;
      first = j;
      continue;
    }
    const prev = toks[j - 1];
    // "Some outside analysts", "an inside source": a preposition the tagger reads before a noun
    if (j + 1 === first && NOUN_PREPOSITIONS.has(t.norm) && isNounish(toks[j + 1]) && !!prev && (prev.pos === 'DET' || prev.pos === 'ADJ')) { first = j; continue; }
    // "52 percent of registered voters", "the leading candidates": a lower-case participle
    // before a noun inside the phrase
    // "Sanders’ aides": a bare apostrophe after a plural-looking name is a possessive
    if ((t.norm === '’' || t.norm === "'") && prev && /s$/i.test(prev.text) && prev.end === t.start && isNounish(toks[j + 1]) && j + 1 === first) { first = j; continue; }
    const insidePhrase = !!prev && prev.pos !== 'PRON' && (npWord(prev) || prev.norm === 'of');
    if (t.pos === 'VERB' && /^[a-z]+(ed|ing)$/.test(t.text) && j + 1 === first && isNounish(toks[j + 1]) && insidePhrase) { first = j; continue; }
    // "Department of Defense", "officials in Baghdad": a preposition between two nouns.
    // ("chief of staff": an adjective-like head before "of")
    if (t.pos === 'ADP' && INNER_ADP.has(t.norm) && (isNounish(prev) || (t.norm === 'of' && prev?.pos === 'ADJ')) && j + 1 === first) {
      if (t.norm === 'to' && !(prev?.pos === 'PROPN' && toks[j + 1]?.pos === 'PROPN') && !adviserTo(toks, j)) break;
      if (t.norm === 'on' && WEEKDAYS.has(toks[j + 1]?.norm ?? '')) break;
      continue;
    }
    // "Said Ahmed": a capitalised verb form before a name is part of the name
    if (/^[A-Z]/.test(t.text) && toks[j + 1]?.pos === 'PROPN' && j + 1 === first && (j === 0 || toks[j - 1]?.norm === ',')) { first = j; continue; }
    // "Smith and Jones", "residents and doctors"
    if ((t.norm === 'and' || t.norm === '&') && isNounish(prev) && isNounish(toks[j + 1]) && prev?.pos === toks[j + 1]?.pos) continue;
    // "Smith and the council", "the mayor and his aides": a name or a noun, "and", a determiner
    if (j + 1 === first && coordinated(toks, j, limit)) continue;
    break;
  }
  // Never start on a preposition or conjunction left behind by the walk.
  while (first < end && (toks[first].pos === 'ADP' || toks[first].pos === 'CCONJ' || NAME_PUNCT.has(toks[first].norm))) first++;
  return { first, last: end, head: headOf(toks, first, end) };
}

/** Nouns of a role held towards someone: "an adviser to the governor", "the envoy to Chad". */
const ROLE_TO_NOUNS = new Set([
  'adviser', 'advisers', 'advisor', 'advisors', 'aide', 'aides', 'ambassador', 'ambassadors', 'envoy', 'envoys',
  'delegation', 'delegations', 'delegate', 'delegates', 'counsel', 'consultant', 'consultants', 'assistant',
  'assistants', 'spokesman', 'spokeswoman', 'spokesperson', 'successor', 'heir', 'deputy', 'secretary', 'mission',
  'representative', 'representatives', 'donor', 'donors', 'lobbyist', 'lobbyists', 'strategist', 'strategists', 'confidant',
]);

/** True when the "to" at `j` follows a role noun ("adviser to the governor"): the phrase goes on left of it. */
function adviserTo(toks: Tok[], j: number): boolean {
  return ROLE_TO_NOUNS.has(toks[j - 1]?.norm ?? '');
}

/**
 * The noun phrase that starts at token `start`, walking right ("another Defense Department
 * official" after "said"; "Gen. Townsend" after "according to"). Stops at a comma, a verb or a new
 * determiner after a noun. Returns null when `start` cannot begin a noun phrase.
 *
 * @example
 * rightNounPhrase(toks, 5); // "the health ministry" in "…, according to the health ministry."
 */
export function rightNounPhrase(toks: Tok[], start: number, end = toks.length - 1): NounPhrase | null {
  const first = toks[start];
  if (!first || start > end) return null;
  if (PRONOUNS[first.norm]) return { first: start, last: start, head: start };
  if (!(npWord(first) || modifier(toks, start, false)) || NAME_PUNCT.has(first.norm)) return null;
  let last = -1;
  let sawNoun = false;
  for (let j = start; j <= end && j - start < 14; j++) {
    const t = toks[j];
    // "Boston-based lawyer", "the 46-year-old": words joined by hyphens with no space are one word
    if (t.norm === '-' && j > start && j < end && toks[j - 1].end === t.start && t.end === toks[j + 1].start && /^[a-z0-9]/i.test(toks[j + 1].text)) {
      if (last === j - 1) last = j + 1;
      j++;
      continue;
    }
    if (modifier(toks, j, sawNoun)) continue;
    if (npWord(t)) {
      if ((t.pos === 'DET' || POSSESSIVES.has(t.norm)) && sawNoun && toks[j - 1]?.pos !== 'ADP') break;
      if (NAME_PUNCT.has(t.norm) && !isNounish(toks[j + 1]) && !isNounish(toks[j - 1])) break;
      if (isNounish(t)) { sawNoun = true; last = j; } else if (t.pos === 'ADJ' && t.norm === 'military') last = j;
      continue;
    }
    if (t.pos === 'ADP' && INNER_ADP.has(t.norm) && sawNoun && npWord(toks[j + 1] ?? t) && toks[j + 1]?.pos !== 'ADP') {
      if (t.norm === 'to' && !(toks[j - 1]?.pos === 'PROPN' && toks[j + 1]?.pos === 'PROPN')) break;
      if (t.norm === 'on') break;
      continue;
    }
    if ((t.norm === 'and' || t.norm === '&') && isNounish(toks[j - 1]) && isNounish(toks[j + 1]) && toks[j - 1]?.pos === toks[j + 1]?.pos) continue;
    break;
  }
  if (last < start) return null;
  return { first: start, last, head: headOf(toks, start, last) };
}

/**
 * A word the tagger mislabels inside a noun phrase: an adverb before an adjective ("the most
 * recent data") or a verb form before a noun ("state law", "polling location").
 */
function modifier(toks: Tok[], j: number, afterNoun: boolean): boolean {
  const t = toks[j];
  const next = toks[j + 1];
  if (!t || !next || /^[A-Z]/.test(t.text)) return false;
  if (t.pos === 'ADV' && (next.pos === 'ADJ' || next.pos === 'ADV') && t.norm !== 'not') return true;
  return !afterNoun && t.pos === 'VERB' && next.pos === 'NOUN';
}

/** The head word: the last noun before the first inner preposition ("officials" in "officials in Baghdad"). */
function headOf(toks: Tok[], first: number, last: number): number {
  let head = last;
  for (let j = first; j <= last; j++) {
    if (toks[j].pos === 'ADP' && INNER_ADP.has(toks[j].norm) && j > first) { head = j - 1; break; }
  }
  while (head > first && !isNounish(toks[head]) && toks[head].norm !== 'military') head--;
  return head;
}

/** A comma or a dash that sets off an apposition. */
export function isSeparator(t: Tok | undefined): boolean {
  return !!t && (t.norm === ',' || t.norm === '—' || t.norm === '–' || t.norm === '--');
}

/**
 * Extend a source at the end of a sentence over appositions and a relative clause:
 * "said Omar Haddad, 59, of the old city" or "said another official, who spoke on condition of
 * anonymity." Returns the new last token index, or `np.last` when there is nothing to add.
 */
export function extendAppositive(toks: Tok[], np: NounPhrase, sentenceEnd: number): number {
  let stop = sentenceEnd;
  while (stop > np.last && toks[stop].pos === 'PUNCT' && /^[.!?"”’']$/.test(toks[stop].norm)) stop--;
  let last = np.last;
  for (let guard = 0; guard < 4; guard++) {
    const sep = last + 1;
    const next = toks[sep + 1];
    if (!isSeparator(toks[sep]) || !next || sep >= stop) break;
    if (next.norm === 'who' || next.norm === 'whose') return stop;
    const from = next.pos === 'ADP' ? sep + 2 : sep + 1;
    const app = rightNounPhrase(toks, from, stop);
    if (app && (app.last === stop || isSeparator(toks[app.last + 1]))) { last = app.last; continue; }
    break;
  }
  return last;
}

/** Words that may open an apposition after a name besides a noun phrase: "then ambassador", "now a senator". */
const APPOSITION_OPENERS = new Set(['then', 'now', 'formerly', 'once', 'himself', 'herself', 'also', 'both', 'who', 'whose', 'whom', 'which', 'of', 'one']);
const RELATIVES = new Set(['who', 'whose', 'whom', 'which']);
/** Relative words inside an apposition: "a lawyer who …", "a rate that …". */
const INNER_RELATIVES = new Set(['who', 'whose', 'whom', 'which', 'that']);

/**
 * The last token of the appositions and relative clauses after a source that ends its sentence:
 * "said Dean Roe, co-director of a research centre in Leeds", "said Jane Roe, then ambassador to
 * Chad, who now teaches law". Each comma- or dash-separated segment must open like an apposition
 * (a noun phrase, a number, "of", "then", "who"); a segment that opens with an -ing form
 * ("…, adding that …"), a conjunction or a quotation ends the source before it.
 *
 * @example
 * appositionTail(toks, np, toks.length - 1); // index of "Leeds" in 'said Dean Roe, co-director of a research centre in Leeds.'
 */
export function appositionTail(toks: Tok[], np: NounPhrase, sentenceEnd: number): number {
  let stop = sentenceEnd;
  while (stop > np.last && /^[.!?"”’']$/.test(toks[stop].norm)) stop--;
  let last = np.last;
  while (last < stop && isSeparator(toks[last + 1])) {
    const first = toks[last + 2];
    if (!first || last + 2 > stop) break;
    const opens = APPOSITION_OPENERS.has(first.norm) || isNounish(first) || first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NUM' || POSSESSIVES.has(first.norm)
      || (first.pos === 'ADV' && toks[last + 3]?.pos === 'ADJ');
    if (!opens || (first.pos === 'VERB' && first.norm.endsWith('ing')) || isQuote(first)) break;
    if (RELATIVES.has(first.norm)) return stop;
    // a segment with a verb before any relative word is a clause ("…, Trump won the vote")
    let k = last + 2;
    let clause = false;
    let relative = false;
    for (; k <= stop; k++) {
      const t = toks[k];
      if (INNER_RELATIVES.has(t.norm)) relative = true;
      else if (!relative && ((isAux(t) && t.pos !== 'PART') || finiteAfterNoun(toks, k))) clause = true;
      if (k === stop || isSeparator(toks[k + 1]) || /^[;:]$/.test(toks[k + 1].norm) || isQuote(toks[k + 1])) break;
    }
    if (clause || /^[;:]$/.test(toks[k + 1]?.norm ?? '') || isQuote(toks[k + 1])) break;
    last = k;
  }
  return last;
}

/**
 * True when a verb after a noun reads as that noun's predicate ("Trump holds", "the network
 * censured his report"), not as a participle modifying it ("a pollster working for", "a broker
 * based in", "a group called Citizens", "a tunneling expert").
 */
function finiteAfterNoun(toks: Tok[], k: number): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  if (t.pos !== 'VERB' || !/^[a-z]/.test(t.text) || !prev || !/^(NOUN|PROPN|PRON)$/.test(prev.pos) || POSSESSIVES.has(prev.norm)) return false;
  const next = toks[k + 1];
  if (/(ing|ed|en|wn)$/.test(t.norm) && (!next || next.pos === 'ADP' || next.pos === 'PROPN' || (t.norm.endsWith('ing') && next.pos === 'NOUN'))) return false;
  return true;
}
