/** Content of cues with an `infinitive` or `object` frame, and where a clause ends. */
import type { Tok } from './tokens.js';
import { isQuote } from './tokens.js';
import { extendAppositive, rightNounPhrase } from './noun-phrase.js';
import { TIME_WORDS } from './source-words.js';
import { contentRange } from './content.js';
import type { Cue } from './cues.js';

/**
 * The content of a cue with an `infinitive` or `object` frame: "refused [to open the gate]",
 * "endorsed [the governor] for a second term".
 */
export function frameContent(toks: Tok[], cue: Cue, end: number): { start: number; end: number } | null {
  const k = cue.last + 1;
  if (cue.verb.frame === 'infinitive') return contentRange(toks, k, clauseEnd(toks, k, end));
  const found = rightNounPhrase(toks, k, end);
  if (!found) return null;
  // "endorsed the candidate last week": a time phrase is no part of the object
  let cut = found.last;
  for (let i = found.first + 1; i <= found.last; i++) {
    if (TIME_WORDS.has(toks[i].norm) || (/^(last|this|next)$/.test(toks[i].norm) && i < found.last)) { cut = i - 1; break; }
  }
  const np = { ...found, last: cut };
  const last = cut === found.last ? extendAppositive(toks, np, clauseEnd(toks, k, end)) : cut;
  return { start: toks[np.first].start, end: toks[last].end };
}

/**
 * The last token of the clause that starts at `k`: before a semicolon, or a comma and a word
 * that opens another clause ("…, but the money never came", "…, who was his aide"). With
 * `clause` (a complement clause, not a "to" phrase or an object), content that holds a
 * quotation runs on to the end.
 */
export function clauseEnd(toks: Tok[], k: number, end: number, clause = false): number {
  if (clause && toks.slice(k, end + 1).some((t) => isQuote(t))) return end;
  for (let i = k; i <= end; i++) {
    if (toks[i].norm === ';') return i - 1;
    const next = toks[i + 1]?.norm ?? '';
    if (toks[i].norm === ',' && (clause ? /^(but|while|although|though|however|whereas|which|who)$/ : /^(but|while|and|although|because|which|who)$/).test(next)) return i - 1;
  }
  return end;
}
