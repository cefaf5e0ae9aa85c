/** Cues that are not verbs: "according to" and a headline's colon. */
import type { Sent, Tok } from './tokens.js';
import { attributionAdjectiveFollowers, attributionNounFollowers } from '../../lexicon/attribution-nouns.js';
import { reportingVerbs } from '../../lexicon/reporting-verbs.js';
import { clauseEnd } from './frames.js';
import { OPEN_QUOTES, isQuote } from './tokens.js';
import { appositionTail, extendAppositive, isAux, isNounish, isSeparator, leftNounPhrase, rightNounPhrase, skipLeftInterposed, type NounPhrase } from './noun-phrase.js';
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
  const found = /^(him|her|them|us|me)$/.test(toks[s]?.norm ?? '') ? { first: s, last: s, head: s } : rightNounPhrase(toks, s, end) ?? mistaggedSource(toks, s, end);
  if (!found) return null;
  // "…, according to Jane Roe, an analyst at a bank.": appositions that end the sentence belong
  // to the source
  let lead = 0;
  while (lead < i && (toks[lead].pos === 'CCONJ' || isQuote(toks[lead]))) lead++;
  // (only when the content comes before: "According to the poll, Smith leads" is no apposition)
  const ext = i > lead ? appositionTail(toks, found, toks.length - 1) : found.last;
  const np = ext >= end ? { ...found, last: ext } : found;
  const cue = { start: toks[i].start, end: toks[s - 1].end };
  const base = { sent, cue, cueStance: 'statement' as const, confidence: 0.9, rule: 'according-to' as const };
  const before = i > lead ? contentRange(toks, 0, i - 1) : null;
  // "…, according to a poll released on Thursday by the college": with the content before, what
  // follows the source without a comma modifies it
  // (up to a comma, which may resume the content: "One plan, according to a person close to
  // the talks, is to wait")
  let source = np;
  // "According to a poll conducted by the college, …": a participle after the source opens a
  // phrase that modifies it, up to the comma
  const participle = !before && toks[np.last + 1]?.pos === 'VERB' && /(ed|en)$/.test(toks[np.last + 1].norm);
  if ((before || participle) && np.last < end && !/^[,;:()—–-]$/.test(toks[np.last + 1].norm)) {
    let last = np.last + 1;
    while (last < end && !/^[,;:()—–]$/.test(toks[last + 1].norm) && toks[last + 1].norm !== '--') last++;
    source = { ...np, last };
  }
  const after = source.last < end ? contentRange(toks, source.last + 1, end) : null;
  if (before && after) return { ...base, source, content: { start: before.start, end: after.end } };
  if (before) return { ...base, source, content: before };
  if (after) return { ...base, source, content: after };
  return null;
}

/**
 * The source after "according to" when the tagger read its words as verbs ("according to exit
 * polling data", "according to sources", "according to complete returns": "to" taken for an
 * infinitive's): the words up to a separator or the sentence's end, at most eight, with no
 * auxiliary or pronoun (no clause) and a noun or a plural at the end.
 */
function mistaggedSource(toks: Tok[], s: number, end: number): NounPhrase | null {
  let last = s - 1;
  while (last < end && last - s < 8 && !/^[,;:()—–]$/.test(toks[last + 1].norm) && !isQuote(toks[last + 1])) last++;
  if (last < s || (last < end && !/^[,;:()—–]$/.test(toks[last + 1].norm))) return null;
  const words = toks.slice(s, last + 1);
  if (words.some((t) => isAux(t) || t.pos === 'PRON' || t.pos === 'SCONJ')) return null;
  const head = toks[last];
  return isNounish(head) || /[^s]s$/.test(head.norm) ? { first: s, last, head: last } : null;
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
  // "Clinton: 1,769.": a label before a bare number is a table row, not a claim
  if (toks.slice(k + 1).every((t) => t.pos === 'NUM' || t.pos === 'PUNCT')) return null;
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
  // "Mayor to Ferry Workers: The Line Stays Open", "Roe on the Budget: 'We Will Cut'": a name
  // and the hearer or the topic before the colon; the name is the speaker
  const addressed = addressedSpeaker(toks, k);
  if (addressed) {
    const content = contentRange(toks, k + 1, end);
    if (content && end - k >= 3) return { ...base, source: addressed, content };
  }
  if (k <= 5 && !NOT_SPEAKERS.test(toks.slice(0, k).map((t) => t.norm).join(' '))) {
    const np = leftNounPhrase(toks, k - 1);
    const content = contentRange(toks, k + 1, end);
    if (np && np.first === 0 && content && end - k >= 3) return { ...base, source: np, content };
  }
  return null;
}


/**
 * The speaker of a headline "Name to Hearer:" or "Name on Topic:": a capitalised noun phrase
 * of at most four words opening the line, then "to" or "on", then at most eight words up to
 * the colon at `colon`.
 */
function addressedSpeaker(toks: Tok[], colon: number): NounPhrase | null {
  for (let t = 1; t <= 4 && t < colon - 1; t++) {
    if (!/^(to|on)$/.test(toks[t].norm) || colon - t > 9) continue;
    const np = rightNounPhrase(toks, 0, t - 1);
    if (np && np.last === t - 1 && toks.slice(0, t).every((x) => /^[A-Z]/.test(x.text) || !/[a-z]/i.test(x.text))) return np;
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

const POSSESSIVE_DETS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);

/**
 * A noun cue with its possessor as the source: "the mayor's claim that the wells were safe",
 * "his criticism of the budget", "her refusal to resign" (`lexicon/attribution-nouns.ts`). The
 * source is the possessive ("his", "the mayor's"); the cue the noun (with its preposition); the
 * content the clause after "that", the "to" phrase, or the noun phrase after the preposition
 * (with any relative clause), up to a comma or the sentence's verb. Marked `broad`.
 *
 * @example
 * nominalCue(sent, 3)?.rule; // 'nominal' for "The mayor's claim that the wells were safe surprised no one."
 */
export function nominalCue(sent: Sent, i: number): RawClaim | null {
  const toks = sent.toks;
  const noun = toks[i];
  if (!noun || noun.pos !== 'NOUN') return null;
  const after = attributionNounFollowers(noun.norm);
  const next = toks[i + 1];
  if (!next || !after.includes(next.norm)) return null;
  // the possessor, past adjectives and adverbs ("his sharp criticism", "her own vote")
  let j = i - 1;
  while (j >= 0 && (toks[j].pos === 'ADJ' || toks[j].pos === 'ADV' || (toks[j].pos === 'VERB' && /ed$/.test(toks[j].norm) && /^[a-z]/.test(toks[j].text)))) j--;
  const p = toks[j];
  if (!p) return null;
  let source: NounPhrase | null = null;
  if (POSSESSIVE_DETS.has(p.norm) && p.pos !== 'PRON') source = { first: j, last: j, head: j };
  else if (POSSESSIVE_DETS.has(p.norm) && toks[j + 1] && j + 1 <= i) source = { first: j, last: j, head: j };
  else if (POSSESSIVE_MARKS.has(p.norm) && p.start === toks[j - 1]?.end && isNounish(toks[j - 1]) && !PRONOUN_LIKE.test(toks[j - 1].norm)) {
    source = { first: possessorStart(toks, j - 1), last: j, head: j - 1 };
  }
  if (!source) return null;
  const end = bodyEnd(toks);
  let content: { start: number; end: number } | null = null;
  let cueLast = i;
  // "The mayor's claim that the wells were safe surprised no one": a noun phrase that opens its
  // clause is a subject, and its content stops before the clause's own verb
  const before = toks[source.first - 1];
  const subject = !before || isSeparator(before) || /^(CCONJ|SCONJ)$/.test(before.pos) || before.norm === 'that';
  if (next.norm === 'that') {
    const last = clauseEnd(toks, i + 1, end, true);
    content = contentRange(toks, i + 1, subject ? beforeVerbGroup(toks, i + 2, last, 2) : last);
  } else if (next.norm === 'to' && toks[i + 2]?.pos === 'VERB') {
    const last = clauseEnd(toks, i + 1, end);
    content = contentRange(toks, i + 1, subject ? beforeVerbGroup(toks, i + 3, last, 1) : last);
  } else {
    ({ cueLast, content } = prepositionObject(toks, i, end));
  }
  if (!content) return null;
  return {
    sent, source, cue: { start: noun.start, end: toks[cueLast].end }, content,
    cueStance: 'statement', rule: 'nominal', confidence: 0.6, broad: true,
  };
}

const PRONOUN_LIKE = /^(it|that|this|there|one)$/;

/** Where a possessor ending at `k` starts: names, nouns and adjectives back to a determiner ("the United Auto Workers"). */
function possessorStart(toks: Tok[], k: number): number {
  let first = k;
  for (let j = k - 1; j >= 0 && k - j < 7; j--) {
    const t = toks[j];
    if (t.pos === 'DET') return j;
    if (!(isNounish(t) || t.pos === 'ADJ' || (t.norm === '.' && t.start === toks[j - 1]?.end))) break;
    first = j;
  }
  return first;
}

/** True for a token that opens a finite verb group: an auxiliary, or a verb not after one and not an -ing form. */
function opensVerbGroup(toks: Tok[], j: number): boolean {
  const t = toks[j];
  const prev = toks[j - 1];
  if (t.norm === 'to' || t.norm === 'not') return false;
  if (isAux(t)) return !(prev && isAux(prev));
  return t.pos === 'VERB' && !t.norm.endsWith('ing') && !(prev && (isAux(prev) || prev.norm === 'to' || prev.pos === 'ADV' && isAux(toks[j - 2])));
}

/** The last token before the `n`-th finite verb group from `k` (or `last`). */
function beforeVerbGroup(toks: Tok[], k: number, last: number, n: number): number {
  let seen = 0;
  for (let j = k; j <= last; j++) {
    if (opensVerbGroup(toks, j) && ++seen === n) return j - 1;
  }
  return last;
}

/**
 * The last token of a noun-phrase content that starts at `k`: up to a comma, a colon, a dash or
 * a parenthesis, or the verb of the clause the noun phrase sits in ("his criticism of the deal
 * was sharp"); a relative clause ("a law that protects …") runs on.
 */
function nounContentEnd(toks: Tok[], k: number, end: number): number {
  let relative = false;
  let last = k - 1;
  for (let j = k; j <= end && j - k < 30; j++) {
    const t = toks[j];
    if (/^[,;:()—–]$/.test(t.norm) || t.norm === '--') break;
    if (/^(that|which|who|whom|whose)$/.test(t.norm)) relative = true;
    else if (!relative && (isAux(t) || (t.pos === 'VERB' && !/(ing|ed|en)$/.test(t.norm)))) break;
    last = j;
  }
  return last;
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re', "'m", '’m', 'am', 'remains', 'remained', 'seems', 'seemed', 'appears', 'appeared', 'became', 'becomes', 'grew', 'feel', 'feels', 'felt']);

/**
 * An adjective cue after "be" (`ATTRIBUTION_ADJECTIVES`): "The engineers are convinced that the
 * dam is safe", "Residents were critical of the plan", "The minister was quick to deny it". The
 * subject of "be" is the source; "be" and the adjective (with its preposition) the cue; the
 * clause, "to" phrase or noun phrase after it the content. Marked `broad`.
 *
 * @example
 * adjectiveCue(sent, 3)?.rule; // 'adjectival' for "The engineers are convinced that the dam is safe."
 */
export function adjectiveCue(sent: Sent, i: number): RawClaim | null {
  const toks = sent.toks;
  const adj = toks[i];
  if (!adj || !(adj.pos === 'ADJ' || adj.pos === 'VERB')) return null;
  const after = attributionAdjectiveFollowers(adj.norm);
  const next = toks[i + 1];
  if (!next || !after.includes(next.norm)) return null;
  let b = i - 1;
  while (b >= 0 && (toks[b].pos === 'ADV' || toks[b].norm === 'not' || toks[b].norm === 'so' || toks[b].norm === 'very')) b--;
  if (!toks[b] || !BE_FORMS.has(toks[b].norm)) return null;
  let first = b;
  while (first > 0 && isAux(toks[first - 1])) first--;
  const j = skipLeftInterposed(toks, first - 1);
  const source = j >= 0 ? leftNounPhrase(toks, j) : null;
  if (!source || PRONOUN_LIKE.test(toks[source.head].norm)) return null;
  const end = bodyEnd(toks);
  let content: { start: number; end: number } | null = null;
  let cueLast = i;
  if (next.norm === 'that' || next.norm === 'whether') {
    content = contentRange(toks, i + 1, clauseEnd(toks, i + 1, end, true));
  } else if (next.norm === 'to' && toks[i + 2]?.pos === 'VERB') {
    content = contentRange(toks, i + 1, clauseEnd(toks, i + 1, end));
  } else {
    ({ cueLast, content } = prepositionObject(toks, i, end));
  }
  if (!content) return null;
  return {
    sent, source, cue: { start: toks[first].start, end: toks[cueLast].end }, content,
    cueStance: 'statement', rule: 'adjectival', confidence: 0.6, broad: true,
  };
}

const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * A passive reporting verb with its agent: "The closure was first reported by the Courier",
 * "The mayor was told by aides that the road was closed", "The plan has been criticized by
 * residents". The agent after "by" is the source; the cue runs from "be" to "by"; the content is
 * the "that" clause after the agent, else the subject before "be" (a noun phrase that opens the
 * clause). Only core reporting verbs (`lexicon/reporting-verbs.ts`, not the broad family).
 *
 * @example
 * passiveAgent(sent, 4)?.rule; // 'passive-agent' for "The closure was first reported by the Courier."
 */
export function passiveAgent(sent: Sent, i: number): RawClaim | null {
  const toks = sent.toks;
  const verb = toks[i];
  if (!verb || toks[i + 1]?.norm !== 'by' || !/(ed|ld|id|wn|en|ght|ote)$/.test(verb.norm)) return null;
  const rows = reportingVerbs(verb.norm).filter((r) => !r.broad && !r.particle && !r.frame);
  if (rows.length === 0) return null;
  let b = i - 1;
  while (b >= 0 && (toks[b].pos === 'ADV' || /^(first|also|widely|publicly)$/.test(toks[b].norm))) b--;
  if (!toks[b] || !PASSIVE_BE.has(toks[b].norm)) return null;
  let first = b;
  while (first > 0 && isAux(toks[first - 1])) first--;
  const end = bodyEnd(toks);
  const agent = rightNounPhrase(toks, i + 2, end);
  if (!agent) return null;
  const cue = { start: toks[first].start, end: toks[i + 1].end };
  const base = { sent, source: agent, cue, cueStance: rows[0].stance, rule: 'passive-agent' as const, confidence: 0.7 };
  if (toks[agent.last + 1]?.norm === 'that') {
    const content = contentRange(toks, agent.last + 1, clauseEnd(toks, agent.last + 1, end, true));
    return content ? { ...base, content } : null;
  }
  const j = skipLeftInterposed(toks, first - 1);
  const subject = j >= 0 ? leftNounPhrase(toks, j) : null;
  if (!subject || PRONOUN_LIKE.test(toks[subject.head].norm) || toks[subject.head].pos === 'PRON') return null;
  const before = toks[subject.first - 1];
  if (before && !(isSeparator(before) || /^(CCONJ|SCONJ)$/.test(before.pos) || isQuote(before))) return null;
  return { ...base, content: { start: toks[subject.first].start, end: toks[subject.last].end } };
}

/**
 * A noun or adjective cue followed by a preposition ("criticism of the plan", "critical of the
 * plan"): the preposition joins the cue, and the noun phrase after it is the content.
 *
 * @example
 * prepositionObject(toks, indexOfCriticism, bodyEnd(toks)); // { cueLast: index of "of", content: "the plan" }
 */
function prepositionObject(toks: Tok[], i: number, end: number): { cueLast: number; content: { start: number; end: number } | null } {
  const last = nounContentEnd(toks, i + 2, end);
  return { cueLast: i + 1, content: last >= i + 2 ? contentRange(toks, i + 2, last) : null };
}

/** Head nouns of a survey that an opening "In a … poll," makes the source of its clause. */
const SURVEY_HEADS = new Set(['poll', 'polls', 'survey', 'surveys', 'study']);

/**
 * "In a Tartu Daily poll released Monday, the mayor leads by ten points": a sentence that opens
 * with "In" and a survey has the survey as its source, "In" as the cue and the main clause as
 * the content (PolNeAR annotates these as attributions). Only polls, surveys and studies: "In a
 * statement, the mayor said …" has its own cue.
 *
 * @example
 * surveyOpening(sent)?.rule; // 'survey-opening'
 */
export function surveyOpening(sent: Sent): RawClaim | null {
  const toks = sent.toks;
  let i = 0;
  while (i < toks.length && (toks[i].pos === 'CCONJ' || isQuote(toks[i]))) i++;
  if (toks[i]?.norm !== 'in') return null;
  const end = bodyEnd(toks);
  let comma = -1;
  for (let k = i + 1; k <= end && k - i <= 16; k++) if (toks[k].norm === ',') { comma = k; break; }
  if (comma < 0) return null;
  const np = rightNounPhrase(toks, i + 1, comma - 1);
  if (!np || !SURVEY_HEADS.has(toks[np.head].norm)) return null;
  // "a poll released Monday by the college": a participle phrase after the head belongs to it
  const participle = toks[np.last + 1]?.pos === 'VERB' && /(ed|en)$/.test(toks[np.last + 1].norm);
  const source = participle ? { ...np, last: comma - 1 } : np;
  const content = contentRange(toks, comma + 1, end);
  if (!content) return null;
  return { sent, source, cue: { start: toks[i].start, end: toks[i].end }, content, cueStance: 'statement', rule: 'survey-opening', confidence: 0.7 };
}
