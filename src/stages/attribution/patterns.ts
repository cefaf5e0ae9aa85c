import type { ClaimStance } from '../../report/types.js';
import type { Sent, Tok } from './tokens.js';
import { OPEN_QUOTES, isQuote } from './tokens.js';
import { extendAppositive, isAux, isNounish as isNounishTok, isSeparator, isInterposed, leftNounPhrase, rightNounPhrase, skipLeftInterposed, type NounPhrase } from './noun-phrase.js';
import { findCues, type Cue } from './cues.js';
import { EMPTY_CONTENT, OBJECT_PRONOUNS, POSSESSIVES as POSSESSIVE_WORDS, PRONOUNS } from './source-words.js';

/** A claim as found in one sentence, before its source is named and its stance decided. */
export interface RawClaim {
  sent: Sent;
  /** Source noun phrase (token indices into `sent.toks`); `last` includes any apposition. */
  source: NounPhrase;
  /** Words after the source that describe it ("…, who spoke on condition of anonymity"). */
  sourceTail?: { start: number; end: number };
  cue: { start: number; end: number };
  content: { start: number; end: number };
  /** The stance the cue gives on its own. */
  cueStance: ClaimStance;
  /** Which rule matched, for the trace and the confidence. */
  rule: 'subject-verb' | 'content-first' | 'inversion' | 'according-to' | 'colon-headline' | 'coordinated-subject';
  confidence: number;
}

/** A reporting verb with nobody saying it. */
export interface RawUnattributed {
  sent: Sent;
  cue: Tok;
}

const CLAUSE_END = /^[.!?]$/;
const SKIPPABLE_ADP = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'after', 'before', 'from', 'late', 'earlier', 'to']);

/** Index of the last token of the sentence's body, before its final full stop. */
function bodyEnd(toks: Tok[]): number {
  let e = toks.length - 1;
  while (e >= 0 && toks[e].pos === 'PUNCT' && CLAUSE_END.test(toks[e].norm)) e--;
  return e;
}

/** Skip "on Thursday", "in a statement", "yesterday", "late on Monday" after a cue. */
function skipAdjuncts(toks: Tok[], k: number, end: number): number {
  let i = k;
  for (let guard = 0; guard < 4 && i <= end; guard++) {
    const t = toks[i];
    if (isInterposed(t) && t.norm !== 'that') { i++; continue; }
    if (SKIPPABLE_ADP.has(t.norm)) {
      // a short noun phrase ending before "that", a comma, a colon or a quote
      const np = rightNounPhrase(toks, i + 1, end);
      if (np && np.last - i <= 6) {
        const after = toks[np.last + 1];
        if (!after || after.norm === 'that' || after.norm === ',' || after.norm === ':' || isQuote(after) || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(toks[np.last].norm)) { i = np.last + 1; continue; }
      }
    }
    break;
  }
  return i;
}

/** Content tokens k..end as a character range, or null when they say nothing ("He said nothing."). */
function contentRange(toks: Tok[], k: number, end: number): { start: number; end: number } | null {
  let a = k;
  let b = end;
  while (a <= b && /^[,:—–-]$/.test(toks[a].norm)) a++;
  // "said that …" (a complementiser), but not "said that was different" (a demonstrative subject)
  if (a < b && toks[a].norm === 'that' && !(isAux(toks[a + 1]) || toks[a + 1].pos === 'VERB')) a++;
  // "confirmed and made public": a second verb, not a content
  if (toks[a]?.pos === 'CCONJ') return null;
  while (b >= a && (/^[,—:;–-]$/.test(toks[b].norm) || (isQuote(toks[b]) && toks[b - 1]?.norm === ','))) b--;
  if (a > b) return null;
  const words = toks.slice(a, b + 1).filter((t) => t.pos !== 'PUNCT');
  if (words.length === 0) return null;
  if (words.length === 1 && EMPTY_CONTENT.has(words[0].norm)) return null;
  return { start: toks[a].start, end: toks[b].end };
}

/** True when the token before `i` ends a clause that the source follows: ", X said" or '," X said'. */
function afterComma(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  if (!p) return false;
  if (p.norm === ',' || p.norm === '—' || p.norm === '–') return true;
  // a closing quote after a comma or a full stop ('…," she said'); a bare ’ is an apostrophe
  if (!isQuote(p)) return false;
  const punctBefore = i >= 2 && (/^[,.!?—–]$/.test(toks[i - 2].norm) || isQuote(toks[i - 2]));
  if (p.text === '"' || p.text === '’' || p.text === "'") return punctBefore;
  return !OPEN_QUOTES.has(p.text);
}

/** The subject that opens the sentence when a later verb shares it ("Guterres expressed …, condemned …"). */
function sentenceSubject(toks: Tok[], before: number): NounPhrase | null {
  let s = 0;
  while (s < before && (toks[s].pos === 'CCONJ' || toks[s].pos === 'ADV' || toks[s].norm === ',' || isQuote(toks[s]))) s++;
  const np = rightNounPhrase(toks, s, before - 1);
  if (!np) return null;
  let k = np.last + 1;
  for (;;) {
    if (k < before && isInterposed(toks[k])) k++;
    else if (toks[k]?.norm === 'on' && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(toks[k + 1]?.norm ?? '')) k += 2;
    else break;
  }
  if (!(toks[k]?.pos === 'VERB' || isAux(toks[k]))) return null;
  // "The hearing was closed but King spoke … and said": another clause with its own subject
  for (let i = k + 1; i < before; i++) {
    const t = toks[i];
    if (t.pos === 'SCONJ' || /^(but|or|while|because|although)$/.test(t.norm) || PRONOUNS[t.norm] && PRONOUNS[t.norm] !== 'thing') return null;
  }
  return np;
}

/** A claim led by a reporting verb. */
function verbClaim(sent: Sent, cue: Cue): RawClaim | RawUnattributed | null {
  const toks = sent.toks;
  const end = bodyEnd(toks);
  const cueRange = { start: toks[cue.first].start, end: toks[cue.last].end };
  const base = { sent, cue: cueRange, cueStance: cue.verb.stance };
  const j = skipLeftInterposed(toks, cue.first - 1);
  let source = j >= 0 ? leftNounPhrase(toks, j) : null;
  // "the official who said …", "a report that said …"
  // (the source span runs to the relative pronoun, which is PolNeAR's source there)
  if (!source && j > 0 && /^(who|that|which)$/.test(toks[j].norm)) {
    const np = leftNounPhrase(toks, toks[j - 1].norm === ',' ? j - 2 : j - 1);
    if (np) source = { ...np, last: j };
  }
  // "Votel, the commander of the operation, said …": an apposition between commas.
  if (!source && isSeparator(toks[j])) source = appositionSubject(toks, j);

  if (source) {
    let k = cue.last + 1;
    k = skipAdjuncts(toks, k, end);
    if (cue.verb.audience) {
      if (toks[k] && OBJECT_PRONOUNS.has(toks[k].norm)) k++;
      else {
        const aud = rightNounPhrase(toks, k, end);
        if (aud && aud.last - k < 6) k = aud.last + 1;
      }
      k = skipAdjuncts(toks, k, end);
    }
    const midQuote = toks[k]?.norm === ',';
    const after = contentRange(toks, k, end);
    if (afterComma(toks, source.first) && source.first > 0) {
      const before = contentRange(toks, 0, source.first - 1);
      // '"The strike," he said, "killed twelve."': content on both sides.
      if (before && after && midQuote) return { ...base, source, content: { start: before.start, end: after.end }, rule: 'content-first', confidence: 0.8 };
      // '"…," Sanders said to cheers at a rally': after a closing quote, or after a clause with a
      // verb when what follows the cue is only an adjunct, the content is before.
      const quoted = isQuote(toks[source.first - 1]);
      const first = toks[k];
      const adjunct = !after || k > end || onlyAdjuncts(toks, k, end)
        || (first && first.norm !== 'that' && (/^(ADP|ADV|PART|SCONJ)$/.test(first.pos) || first.norm.endsWith('ing')));
      const clause = toks.slice(0, source.first).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
      if (before && (quoted ? !after || adjunct || !midQuote : adjunct && clause)) return { ...base, source, content: before, rule: 'content-first', confidence: 0.9 };
    }
    if (after) return { ...base, source, content: after, rule: 'subject-verb', confidence: 0.9 };
    return null;
  }

  // "…, said another Defense Department official, who spoke on condition of anonymity."
  if (cue.verb.inverts && !toks[cue.at].norm.endsWith('ing') && afterComma(toks, cue.first) && cue.first > 0) {
    const k = skipAdjuncts(toks, cue.last + 1, end);
    const np = rightNounPhrase(toks, k, end);
    if (np && (np.last === end || isSeparator(toks[np.last + 1]))) {
      // PolNeAR's sources stop at the name here ("said Omar Haddad, 59, of the old city"); what
      // follows is kept as the source's tail, for anonymity.
      const last = extendAppositive(toks, np, toks.length - 1);
      const before = contentRange(toks, 0, cue.first - 1);
      const sourceTail = last > np.last ? { start: toks[np.last + 1].start, end: toks[last].end } : undefined;
      if (before) return { ...base, source: np, sourceTail, content: before, rule: 'inversion', confidence: 0.85 };
    }
  }

  // "said since coalition forces began …": a sentence that starts with the verb, cut from another report.
  const lead = toks.findIndex((t) => !isQuote(t));
  if (cue.first === lead && /^[a-z]/.test(toks[cue.at].text)) return { sent, cue: toks[cue.at] };

  // "Guterres expressed support …, condemned IS crimes …"; "…, saying that …"
  const p = toks[j];
  // "…, saying …", "… and said …", "… by saying …", "… while saying …"
  if (p && (p.norm === ',' || p.norm === 'and' || p.norm === '–' || p.norm === '—' || (/^(by|while|after)$/.test(p.norm) && toks[cue.at].norm.endsWith('ing')))) {
    const subject = sentenceSubject(toks, cue.first);
    const content = contentRange(toks, skipAdjuncts(toks, cue.last + 1, end), end);
    if (subject && content) return { ...base, source: subject, content, rule: 'coordinated-subject', confidence: 0.6 };
  }
  return null;
}

function onlyAdjuncts(toks: Tok[], k: number, end: number): boolean {
  for (let i = k; i <= end; i++) if (!isQuote(toks[i]) && toks[i].pos !== 'PUNCT') return false;
  return true;
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
    if ((inner.pos === 'ADP' && /^(in|on|at|during)$/.test(inner.norm)) || (inner.pos === 'VERB' && inner.norm.endsWith('ing'))) interposed = true;
    else if (!(/^(who|whose)$/.test(inner.norm) || appositive(toks, k + 1, right - 1))) return null;
    const core = leftNounPhrase(toks, k - 1);
    if (core) {
      const before = toks[core.first - 1];
      if (before && !(before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.pos === 'ADV' || isSeparator(before) || before.norm === ':' || isQuote(before))) return null;
      return { first: core.first, last: interposed ? k - 1 : sep - 1, head: core.head };
    }
    right = k;
  }
  return null;
}

/**
 * An apposition between separators: "a senior adviser to the governor", "59", "of the old city",
 * "an aid group based in Erbil". A noun phrase with no auxiliary and no subject pronoun (a
 * participle such as "based" may follow the noun).
 */
function appositive(toks: Tok[], from: number, to: number): boolean {
  if (from > to || to - from > 20) return false;
  const first = toks[from];
  if (!(first.norm === 'of' || first.pos === 'DET' || first.pos === 'NUM' || first.pos === 'ADJ' || isNounishTok(first) || POSSESSIVE_WORDS.has(first.norm))) return false;
  for (let i = from; i <= to; i++) {
    const t = toks[i];
    if (isAux(t) || t.pos === 'SCONJ' || (PRONOUNS[t.norm] && t.pos === 'PRON') || t.norm === ':' || t.norm === ';') return false;
  }
  return true;
}

/** "…, according to Gen. Townsend." or "According to the ministry, …". */
function accordingTo(sent: Sent, i: number): RawClaim | null {
  const toks = sent.toks;
  const end = bodyEnd(toks);
  // "according to him": an object pronoun is a source here
  const np = /^(him|her|them|us|me)$/.test(toks[i + 2]?.norm ?? '') ? { first: i + 2, last: i + 2, head: i + 2 } : rightNounPhrase(toks, i + 2, end);
  if (!np) return null;
  const cue = { start: toks[i].start, end: toks[i + 1].end };
  const base = { sent, cue, cueStance: 'statement' as const, confidence: 0.9, rule: 'according-to' as const };
  let lead = 0;
  while (lead < i && (toks[lead].pos === 'CCONJ' || isQuote(toks[lead]))) lead++;
  const before = i > lead ? contentRange(toks, 0, i - 1) : null;
  const after = np.last < end ? contentRange(toks, np.last + 1, end) : null;
  if (before && after) return { ...base, source: np, content: { start: before.start, end: after.end } };
  if (before) return { ...base, source: np, content: before };
  if (after) return { ...base, source: np, content: after };
  return null;
}

/** Headlines: "IS fighters provoking strikes on civilians: U.S. military" and "Ministry: 12 killed". */
function colonHeadline(sent: Sent): RawClaim | null {
  const toks = sent.toks;
  const lastTok = toks[toks.length - 1];
  const k = toks.findIndex((t) => t.norm === ':');
  if (k <= 0) return null;
  const headline = sent.paragraphStart && (!CLAUSE_END.test(lastTok.norm) || sent.index === 0);
  if (!headline) {
    // 'Pollster Jane Roe: "Lesser-known candidates gain most."' — a speaker, a colon and a quote
    const np = k <= 6 && OPEN_QUOTES.has(toks[k + 1]?.text ?? '') ? leftNounPhrase(toks, k - 1) : null;
    const content = np && np.first === 0 ? contentRange(toks, k + 1, bodyEnd(toks)) : null;
    return np && content ? { sent, source: np, cue: { start: toks[k].start, end: toks[k].end }, content, cueStance: 'statement', rule: 'colon-headline', confidence: 0.7 } : null;
  }
  const end = toks.length - 1;
  const cue = { start: toks[k].start, end: toks[k].end };
  const base = { sent, cue, cueStance: 'statement' as const, rule: 'colon-headline' as const, confidence: 0.8 };
  if (end - k <= 6) {
    const np = rightNounPhrase(toks, k + 1, end);
    const content = contentRange(toks, 0, k - 1);
    if (np && np.last === end && content && k >= 3) return { ...base, source: np, content };
  }
  if (k <= 5) {
    const np = leftNounPhrase(toks, k - 1);
    const content = contentRange(toks, k + 1, end);
    if (np && np.first === 0 && content && end - k >= 3) return { ...base, source: np, content };
  }
  return null;
}

/**
 * Every claim (and every speakerless reporting verb) in one sentence.
 *
 * @example
 * claimsIn(sent).claims[0].rule; // 'content-first' for '"The road is mined," a farmer said.'
 */
export function claimsIn(sent: Sent, trace?: (m: string) => void): { claims: RawClaim[]; unattributed: RawUnattributed[] } {
  const claims: RawClaim[] = [];
  const unattributed: RawUnattributed[] = [];
  const toks = sent.toks;
  const colon = colonHeadline(sent);
  if (colon) claims.push(colon);
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].norm === 'according' && toks[i + 1].norm === 'to') {
      const c = accordingTo(sent, i);
      if (c) claims.push(c);
    }
  }
  for (const cue of findCues(toks, trace)) {
    const c = verbClaim(sent, cue);
    if (!c) { trace?.(`cue "${toks[cue.at].text}" at ${toks[cue.at].start}: no source found`); continue; }
    if (!('source' in c)) { unattributed.push(c); continue; }
    // '"…," Anderson said, adding that …': the second verb shares the first one's speaker
    const previous = claims.filter((x) => x.cue.end <= c.cue.start && x.rule !== 'colon-headline').pop();
    if (c.rule === 'coordinated-subject' && previous) c.source = previous.source;
    // "I think", "you know", "we believe": first and second person inside quotations are the
    // quoted speaker talking, not a new source.
    const only = c.source.first === c.source.last ? toks[c.source.first].norm : '';
    if (PRONOUNS[only] === 'speaker') { trace?.(`cue "${toks[cue.at].text}" at ${toks[cue.at].start}: first/second person source`); continue; }
    claims.push(c);
  }
  return { claims, unattributed };
}

