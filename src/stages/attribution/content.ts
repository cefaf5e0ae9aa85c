/** Where a claim's content starts and ends inside a sentence's tokens. */
import type { Tok } from './tokens.js';
import { OPEN_QUOTES, isQuote } from './tokens.js';
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
  if (a > b) return null;
  const words = toks.slice(a, b + 1).filter((t) => t.pos !== 'PUNCT');
  if (words.length === 0) return null;
  if (words.length === 1 && EMPTY_CONTENT.has(words[0].norm)) return null;
  return { start: toks[a].start, end: toks[b].end };
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

