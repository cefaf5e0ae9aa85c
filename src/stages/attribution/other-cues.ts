/** Cues that are not verbs: "according to" and a headline's colon. */
import type { Sent } from './tokens.js';
import { OPEN_QUOTES, isQuote } from './tokens.js';
import { extendAppositive, leftNounPhrase, rightNounPhrase, type NounPhrase } from './noun-phrase.js';
import { CLAUSE_END, bodyEnd, contentRange } from './content.js';
import type { RawClaim } from './raw.js';

/**
 * "…, according to Gen. Townsend." or "According to the ministry, …": the source follows the
 * cue; the content is the rest of the sentence on either side.
 *
 * @example
 * accordingTo(sent, 7, 2)?.rule; // 'according-to'
 */
export function accordingTo(sent: Sent, i: number, length = 2): RawClaim | null {
  const toks = sent.toks;
  const end = bodyEnd(toks);
  const s = i + length;
  // "according to him": an object pronoun is a source here
  const np = /^(him|her|them|us|me)$/.test(toks[s]?.norm ?? '') ? { first: s, last: s, head: s } : rightNounPhrase(toks, s, end);
  if (!np) return null;
  const cue = { start: toks[i].start, end: toks[s - 1].end };
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

/** Headline labels that are not speakers: "Editor's note:", "The Latest:", "Update:". */
const NOT_SPEAKERS = /\b(note|latest|update|updated|correction|breaking|live|watch|video|photos|analysis|opinion|exclusive|email|explainer|timeline|factbox|quiz|review)$/;

/**
 * Headlines: "IS fighters provoking strikes on civilians: U.S. military" and "Ministry: 12
 * killed"; in a body sentence only 'Pollster Jane Roe: "…"'. The colon is the cue.
 *
 * @example
 * colonHeadline(sents[0])?.cue; // the ":" of the title line
 */
export function colonHeadline(sent: Sent): RawClaim | null {
  const toks = sent.toks;
  const lastTok = toks[toks.length - 1];
  const k = toks.findIndex((t) => t.norm === ':');
  if (k <= 0) return null;
  const headline = sent.paragraphStart && (!CLAUSE_END.test(lastTok.norm) || sent.index === 0);
  const label = labelBefore(sent, k);
  if (label && speakerLabel(sent, label, k) && (label.first > 0 || !headline)) {
    const content = contentRange(toks, k + 1, bodyEnd(toks));
    if (content) return { sent, source: label, cue: { start: toks[k].start, end: toks[k].end }, content, cueStance: 'statement', rule: 'speaker-label', confidence: 0.7 };
  }
  if (!headline) {
    // 'Pollster Jane Roe: "Lesser-known candidates gain most."' — a speaker, a colon and a quote;
    // 'MODERATOR: Where were you?' and '- More from Jane Roe: "…"' — a speaker's label
    const np = leftNounPhrase(toks, k - 1);
    const quoted = k <= 6 && OPEN_QUOTES.has(toks[k + 1]?.text ?? '');
    const ok = np && (quoted ? np.first === 0 : speakerLabel(sent, np, k));
    const content = ok ? contentRange(toks, k + 1, bodyEnd(toks)) : null;
    return np && content ? { sent, source: np, cue: { start: toks[k].start, end: toks[k].end }, content, cueStance: 'statement', rule: 'colon-headline', confidence: 0.7 } : null;
  }
  const end = toks.length - 1;
  const cue = { start: toks[k].start, end: toks[k].end };
  const base = { sent, cue, cueStance: 'statement' as const, rule: 'colon-headline' as const, confidence: 0.8 };
  if (end - k <= 6) {
    const np = NOT_SPEAKERS.test(sent.toks.slice(k + 1).map((t) => t.norm).join(' ')) ? null : rightNounPhrase(toks, k + 1, end);
    const content = contentRange(toks, 0, k - 1);
    if (np && np.last === end && content && k >= 3) return { ...base, source: np, content };
  }
  if (k <= 5 && !NOT_SPEAKERS.test(toks.slice(0, k).map((t) => t.norm).join(' '))) {
    const np = leftNounPhrase(toks, k - 1);
    const content = contentRange(toks, k + 1, end);
    if (np && np.first === 0 && content && end - k >= 3) return { ...base, source: np, content };
  }
  return null;
}


/** Words that may stand before a speaker's label: "- More from Jane Roe:", "From the report:". */
const LABEL_LEAD = /^(-|–|—|from|more)$/;

/**
 * A speaker's label in a body sentence: 'MODERATOR: …', 'Jane Roe: …' at the start of the
 * sentence or after a dash or "(More) from", with a short capitalised name (or "the report").
 */
export function speakerLabel(sent: Sent, np: { first: number; last: number }, colon: number): boolean {
  const toks = sent.toks;
  if (np.last !== colon - 1 || np.last - np.first > 4) return false;
  let lead = np.first - 1;
  while (lead >= 0 && LABEL_LEAD.test(toks[lead].norm)) lead--;
  // at the start of the sentence, after "(END CLIP.)", or after a dash ("… TOO EARLY - Jane Roe:")
  if (lead >= 0 && toks[lead].norm !== ')' && !(lead < np.first - 1 && /^[-–—]$/.test(toks[lead + 1].norm))) return false;
  const words = toks.slice(np.first, np.last + 1).filter((t) => /[a-z]/i.test(t.text));
  const named = words.length > 0 && words.every((t) => /^[A-Z]/.test(t.text));
  const document = /^(the|this)$/.test(toks[np.first].norm) && /^(report|study|statement|letter|memo|survey|poll)$/.test(toks[np.last].norm);
  return (named || document) && !NOT_SPEAKERS.test(words.map((t) => t.norm).join(' '));
}

/** The noun phrase before a colon, cut after a spaced dash ("TOO EARLY - Jane Roe"). */
function labelBefore(sent: Sent, colon: number): NounPhrase | null {
  const np = leftNounPhrase(sent.toks, colon - 1);
  if (!np) return null;
  for (let i = np.last; i > np.first; i--) {
    const t = sent.toks[i];
    if (/^[-–—]$/.test(t.norm) && t.start > sent.toks[i - 1].end) return { ...np, first: i + 1, head: Math.max(np.head, i + 1) };
  }
  return np;
}

/**
 * True when a sentence opens with a speaker's label ('MODERATOR: …'): where a transcript turn
 * that runs over several sentences stops.
 */
export function opensWithLabel(sent: Sent): boolean {
  const k = sent.toks.findIndex((t) => t.norm === ':');
  if (k <= 0 || k > 6) return false;
  const np = labelBefore(sent, k);
  return !!np && np.first === 0 && speakerLabel(sent, np, k);
}

const SIGNATURE_DASHES = new Set(['―', '—', '–', '--']);

/**
 * Quotations signed after their closing mark: '“The wells are dry. Nobody comes.” ― Maria Lopez'
 * (the signature may share a line with the next quotation). The dash is the cue, the name the
 * source, the quotation (back to its opening mark, at most six sentences) the content.
 *
 * @example
 * dashSignatures(sents, 3)[0]?.rule; // 'dash-signature'
 */
export function dashSignatures(sents: readonly Sent[], si: number): RawClaim[] {
  const sent = sents[si];
  const toks = sent.toks;
  const out: RawClaim[] = [];
  for (let d = 0; d < toks.length - 1; d++) {
    if (!SIGNATURE_DASHES.has(toks[d].norm) || !/^[A-Z]/.test(toks[d + 1].text)) continue;
    const closing = d > 0 ? toks[d - 1] : sents[si - 1]?.toks[sents[si - 1].toks.length - 1];
    if (!closing || !isQuote(closing) || (OPEN_QUOTES.has(closing.text) && closing.text !== '"')) continue;
    // the signature ends the sentence, or the next quotation follows on the same line
    const nextQuote = toks.findIndex((t, i) => i > d + 1 && OPEN_QUOTES.has(t.text));
    let end = nextQuote > 0 ? nextQuote - 1 : bodyEnd(toks);
    while (end > d && !/\S/.test(toks[end].text)) end--;
    const np = rightNounPhrase(toks, d + 1, end);
    if (!np || extendAppositive(toks, np, end) < end) continue;
    const start = openingBefore(sents, si, closing.start);
    if (start === null) continue;
    out.push({ sent, source: np, cue: { start: toks[d].start, end: toks[d].end }, content: { start, end: closing.end }, cueStance: 'statement', rule: 'dash-signature', confidence: 0.7 });
  }
  return out;
}

/** Offset of the opening quotation mark before the closing one at `closing`, looking back at most six sentences. */
function openingBefore(sents: readonly Sent[], si: number, closing: number): number | null {
  for (let k = si; k >= 0 && si - k <= 6; k--) {
    const toks = sents[k].toks;
    for (let j = toks.length - 1; j >= 0; j--) {
      if (toks[j].start >= closing) continue;
      if (toks[j].text === '“' || toks[j].text === '«') return toks[j].start;
      if (toks[j].text === '”') return null;
    }
  }
  return null;
}
