/** Where a claim's content starts and ends inside a sentence's tokens. */
import type { Tok } from './tokens.js';
import { OPEN_QUOTES, isQuote, quoteOpenAfter } from './tokens.js';
import { isInterposed, rightNounPhrase } from './noun-phrase.js';
import { EMPTY_CONTENT } from './source-words.js';

export const CLAUSE_END = /^[.!?]$/;
const SKIPPABLE_ADP = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'after', 'before', 'from', 'late', 'earlier', 'to']);

/** Index of the last token of the sentence's body, before its final full stop. */
export function bodyEnd(toks: Tok[]): number {
  let e = toks.length - 1;
  while (e >= 0 && toks[e].pos === 'PUNCT' && CLAUSE_END.test(toks[e].norm)) e--;
  return e;
}

/** Skip "on Thursday", "in a statement", "yesterday", "late on Monday" after a cue. */
export function skipAdjuncts(toks: Tok[], k: number, end: number): number {
  let i = k;
  for (let guard = 0; guard < 4 && i <= end; guard++) {
    const t = toks[i];
    // "asked her how …": a question word opens the content
    // "said so": right after the cue, "so" is the content
    if (isInterposed(t) && !/^(that|how|why|when|where)$/.test(t.norm) && !(t.norm === 'so' && i === k && toks[i + 1]?.pos !== 'ADJ' && toks[i + 1]?.pos !== 'ADV')) { i++; continue; }
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

/**
 * Content tokens k..end as a character range, trimmed of leading "that", commas and colons, or
 * null when they say nothing ("He said nothing.") or start a second verb ("confirmed and made").
 *
 * @example
 * contentRange(toks, 3, 9); // { start: 21, end: 52 } for "that the bridge had collapsed"
 */
export function contentRange(toks: Tok[], k: number, end: number): { start: number; end: number } | null {
  let a = k;
  let b = end;
  while (a <= b && /^[,:—–-]$/.test(toks[a].norm)) a++;
  // "said that …": the complementiser belongs to the content (PARC/PolNeAR's convention)
  // "But the road was closed, he said": a conjunction opening the sentence is not content;
  // "confirmed and made public": after a cue, a conjunction starts a second verb, not a content
  if (toks[a]?.pos === 'CCONJ') {
    if (k !== 0) return null;
    a++;
  }
  // '"The road is mined," a farmer said': a quotation keeps its closing comma and quote mark;
  // otherwise trailing commas and dashes are not content
  const quoted = isQuote(toks[b]) && toks[b - 1]?.norm === ',' && OPEN_QUOTES.has(toks[a]?.text ?? '');
  if (!quoted) while (b >= a && (/^[,—:;–-]$/.test(toks[b].norm) || (isQuote(toks[b]) && toks[b - 1]?.norm === ','))) b--;
  b = secondActEnd(toks, a, b);
  // "During an interview on Sunday, the mayor said …": an opening adverbial phrase before the
  // source is no content (the content is after the cue)
  if (k === 0 && openingAdjunct(toks, a, end) && !parentheticalAfter(toks, end)) return null;
  if (a > b) return null;
  const words = toks.slice(a, b + 1).filter((t) => t.pos !== 'PUNCT');
  if (words.length === 0) return null;
  if (words.length === 1 && EMPTY_CONTENT.has(words[0].norm)) return null;
  return { start: toks[a].start, end: toks[b].end };
}

/**
 * The last content token before "and"/"but" and a second verb of the cue's subject: "often
 * questions her ties to lobbyists and has called for …", "calling them liars and vowing …". Only
 * when the content before the conjunction has no verb of its own (an object, not a clause, whose
 * own verbs may be coordinated: "said the road was shut and would stay shut"); a conjunction
 * inside a quotation does not count.
 */
function secondActEnd(toks: Tok[], a: number, b: number): number {
  let open = false;
  for (let i = a; i <= b; i++) {
    const t = toks[i];
    open = quoteOpenAfter(t, open);
    if (open) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') return b;
    if (i === a || !(t.norm === 'and' || t.norm === 'but')) continue;
    let v = i + 1;
    while (v <= b && toks[v].pos === 'ADV' && v - i < 3) v++;
    if (v <= b && (toks[v].pos === 'VERB' || toks[v].pos === 'AUX')) return toks[i - 1].norm === ',' ? i - 2 : i - 1;
  }
  return b;
}

/** Words that open a subordinate clause, whatever the tagger calls them. */
const CLAUSE_OPENERS = /^(after|before|when|while|as|because|although|though|since|if|once|until|whereas|unless|given|asked)$/;

/**
 * True when tokens a..b are only an opening adverbial phrase or subordinate clause, in up to
 * four comma-separated pieces ("In an interview on Sunday,", "Asked whether he would run, …",
 * "When the vote ended,"), with no main clause among them ("In Iowa, the race is tight," is one).
 */
function openingAdjunct(toks: Tok[], a: number, b: number): boolean {
  // ('… If elected, I will build it,” Roe said': the end of a quotation opened earlier)
  if (closesEarlierQuote(toks, a, b)) return false;
  let e = b;
  while (e >= a && (toks[e].norm === ',' || isQuote(toks[e]))) e--;
  let start = a;
  for (let piece = 0; piece < 4 && start <= e; piece++) {
    let stop = start;
    let open = false;
    for (; stop <= e; stop++) {
      const t = toks[stop];
      open = quoteOpenAfter(t, open);
      if (!open && t.norm === ',') break;
    }
    const first = toks[start];
    const clause = first.pos === 'SCONJ' || CLAUSE_OPENERS.test(first.norm);
    const phrase = (first.pos === 'ADP' && first.norm !== 'according') || (first.pos === 'ADV' && piece > 0 && stop - start <= 2)
      || (first.pos === 'VERB' && /(ing|ed)$/.test(first.norm));
    // (a phrase has no finite verb: "Planned Parenthood's president noted …" opens with a name)
    if (!clause && !(phrase && !finiteVerbIn(toks, start + 1, stop - 1))) return false;
    // ("After the vote ended he left, records show": a second subject starts the main clause)
    if (clause && secondSubject(toks, start + 1, stop - 1)) return false;
    start = stop + 1;
  }
  return start > e;
}

/**
 * True when the source and cue after token `b` are set off by a comma or a dash and the
 * sentence resumes after them ("In the end, those voters argued, the party would win"): the
 * content runs around the cue.
 */
function parentheticalAfter(toks: Tok[], b: number): boolean {
  for (let j = b + 2; j < toks.length && j - b <= 10; j++) {
    const t = toks[j];
    if (isQuote(t)) return false;
    if (/^[,—–-]$/.test(t.norm)) {
      const next = toks[j + 1];
      return !!next && !(next.pos === 'VERB' && next.norm.endsWith('ing')) && next.pos !== 'SCONJ' && !CLAUSE_OPENERS.test(next.norm) && !/^(who|which|and|but)$/.test(next.norm);
    }
  }
  return false;
}

/** True when a..b holds a closing quotation mark with no opening mark before it. */
function closesEarlierQuote(toks: Tok[], a: number, b: number): boolean {
  let open = false;
  for (let i = a; i <= b; i++) {
    const t = toks[i];
    const closing: boolean = t.text === '”' || (t.text === '"' && (open || !quoteOpensAt(toks, i)));
    if (closing && !open) return true;
    if (t.text === '“' || t.text === '"') open = !closing;
    else if (closing) open = false;
  }
  return false;
}

/** A straight quotation mark opens when a word follows it with no space. */
function quoteOpensAt(toks: Tok[], i: number): boolean {
  const next = toks[i + 1];
  return !!next && next.start === toks[i].end && (i === 0 || toks[i - 1].end < toks[i].start);
}

const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);
/** True when a subject pronoun follows a verb in a..b: a second clause. */
function secondSubject(toks: Tok[], a: number, b: number): boolean {
  let verb = false;
  for (let i = a; i <= b; i++) {
    if (toks[i].pos === 'VERB' || toks[i].pos === 'AUX') verb = true;
    else if (verb && NOMINATIVE.has(toks[i].norm)) return true;
  }
  return false;
}

/** True when a verb in a..b may be finite: an auxiliary, or a verb not after "to" and not a participle. */
function finiteVerbIn(toks: Tok[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) {
    const t = toks[i];
    if (t.pos === 'AUX') return true;
    if (t.pos === 'VERB' && !/(ing|ed|en)$/.test(t.norm) && toks[i - 1]?.norm !== 'to') return true;
  }
  return false;
}

/** True when the token before `i` ends a clause that the source follows: ", X said" or '," X said'. */
export function afterComma(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  if (!p) return false;
  if (p.norm === ',' || p.norm === '—' || p.norm === '–') return true;
  // a closing quote after a comma or a full stop ('…," she said'); a bare ’ is an apostrophe
  if (!isQuote(p)) return false;
  const punctBefore = i >= 2 && (/^[,.!?—–]$/.test(toks[i - 2].norm) || isQuote(toks[i - 2]));
  if (p.text === '"' || p.text === '’' || p.text === "'") return punctBefore;
  // '…spring,“ said Reyes': an opening glyph glued to the comma before it closes
  if (OPEN_QUOTES.has(p.text)) return punctBefore && toks[i - 2].end === p.start && /^[,.!?]$/.test(toks[i - 2].norm);
  return true;
}


export function onlyAdjuncts(toks: Tok[], k: number, end: number): boolean {
  for (let i = k; i <= end; i++) if (!isQuote(toks[i]) && toks[i].pos !== 'PUNCT') return false;
  return true;
}

