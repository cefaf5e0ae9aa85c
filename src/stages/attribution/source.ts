import type { ActorKind, ActorValue, ClaimSource, Span } from '../../report/types.js';
import type { RawClaim } from './patterns.js';
import type { Tok } from './tokens.js';
import { rejectCue } from './cues.js';
import { reportingVerbs } from '../../lexicon/reporting-verbs.js';
import { isAux, isSeparator } from './noun-phrase.js';
import {
  ANONYMITY_MARKERS, ANONYMOUS_HEADS, CIVILIAN_HEADS, ORGANISATION_WORDS, PERSON_TITLES, PRONOUNS,
} from './source-words.js';

/** A named speaker that a later pronoun may refer back to. */
export interface Antecedent {
  offset: number;
  sentence: number;
  name: string;
  kind: ActorKind | 'unknown';
  /** Could be "he"/"she". */
  person: boolean;
}

const LEADING_DET = /^(the|a|an|another|some|several|one|two|three)\s+/i;

/**
 * Name, kind and anonymity of a claim's source noun phrase. The actors stage, when it has a span
 * inside the phrase, gives the canonical name and kind; otherwise the phrase itself is the name
 * and the kind comes from its words (a title makes a person, "residents" civilians).
 *
 * @example
 * describeSource(raw, actorSpans).anonymous; // true for "a senior Iraqi officer"
 */
export function describeSource(raw: RawClaim, actors: readonly Span<'actor'>[], text: string): ClaimSource {
  const toks = raw.sent.toks;
  if (raw.antecedent) {
    // "the official who said": named and classified by "the official", spanning "who"
    const named = describeSource({ ...raw, source: raw.antecedent, antecedent: undefined }, actors, text);
    const who = toks[raw.source.first];
    return { ...named, start: who.start, end: who.end, text: who.text };
  }
  const { first, head } = raw.source;
  const start = toks[first].start;
  // (the whole phrase, relative clause included, tells anonymity and kind)
  const phrase = text.slice(start, toks[raw.source.last].end);
  const last = speakingRelativeCut(toks, first, raw.source.last);
  const end = toks[last].end;
  const shown = text.slice(start, end);
  const headTok = toks[head];
  // (the source's span runs over its appositions: "an official, who spoke on condition of anonymity")
  const lower = phrase.toLowerCase();
  const pronoun = first === last && PRONOUNS[headTok.norm] !== undefined;
  const anonymous = !pronoun && (
    ANONYMITY_MARKERS.some((m) => lower.includes(m))
    || (ANONYMOUS_HEADS.has(headTok.norm) && (head === 0 || (headTok.pos !== 'PROPN' && !/^[A-Z]/.test(headTok.text))))
  );
  // The actor that names the source covers its head word ("Gen. Townsend", "The Pentagon"); an
  // actor only modifying a person noun ("Defense Department official") is an affiliation.
  const inside = actorIn(actors, start, toks[head].end);
  const coversHead = !!inside && inside.end >= toks[head].end;
  const actor = coversHead ? inside : undefined;
  const affiliation = !coversHead && inside && ANONYMOUS_HEADS.has(headTok.norm) ? inside.value.name : null;
  let kind: ActorKind | 'unknown' = actor?.value.kind ?? 'unknown';
  if (!actor) {
    if (pronoun && PRONOUNS[headTok.norm] === 'person') kind = 'person';
    else if (CIVILIAN_HEADS.has(headTok.norm)) kind = 'civilians';
    else if (toks.slice(first, head).some((t) => PERSON_TITLES.has(t.norm)) && headTok.pos === 'PROPN') kind = 'person';
    else if (ANONYMOUS_HEADS.has(headTok.norm)) kind = 'person';
  }
  const name = actor?.value.name ?? phrase.split(/,\s/)[0].replace(LEADING_DET, '').replace(/\s+(who|that|which)$/i, '');
  return affiliation
    ? { start, end, text: shown, name, kind, anonymous, resolvedFrom: null, affiliation }
    : { start, end, text: shown, name, kind, anonymous, resolvedFrom: null };
}

/**
 * "Ann Roe, who told the council the pier was unsafe, said …": a relative clause whose "who" is
 * itself the source of a cue is an attribution of its own, and PolNeAR leaves it out of the
 * outer source (on the train split, every such clause is left out, while a relative clause
 * without a cue, "Ann Roe, who runs the ferry", is kept three times in four). Returns the last
 * token before the comma or dash that opens such a clause, or `last` when there is none.
 */
export function speakingRelativeCut(toks: readonly Tok[], first: number, last: number): number {
  for (let w = first + 2; w <= last; w++) {
    if (!/^(who|whose)$/.test(toks[w].norm) || !isSeparator(toks[w - 1])) continue;
    if (relativeHasCue(toks as Tok[], w, last)) return w - 2;
  }
  return last;
}

/**
 * True when the first verb after the relative word at `w` (past auxiliaries and adjuncts) is a
 * reporting-verb cue ("who spoke on condition of anonymity" describes the source: no cue).
 */
function relativeHasCue(toks: Tok[], w: number, last: number): boolean {
  let end = w + 1;
  while (end < last && !isSeparator(toks[end + 1])) end++;
  const clause = toks.slice(w, end + 1).map((t) => t.norm).join(' ');
  if (ANONYMITY_MARKERS.some((m) => clause.includes(m))) return false;
  for (let k = w + 1; k <= end; k++) {
    if (toks[k].pos !== 'VERB' || isAux(toks[k])) continue;
    // a cue there, as findCues decides it for one token
    return reportingVerbs(toks[k].norm).some((row) => rejectCue(toks, k, row) === null);
  }
  return false;
}

/** The actor span that best names a source: the longest one inside [start, end). */
function actorIn(actors: readonly Span<'actor'>[], start: number, end: number): Span<'actor'> | undefined {
  let best: Span<'actor'> | undefined;
  for (const a of actors) {
    if (a.start >= start && a.end <= end && (!best || a.end - a.start > best.end - best.start)) best = a;
  }
  return best;
}

/** True when a named source could be "he" or "she": a person actor, a title, or a bare name. */
export function personLike(source: ClaimSource, raw: RawClaim): boolean {
  if (source.kind === 'person') return true;
  if (source.kind !== 'unknown') return false;
  const toks = raw.sent.toks.slice(raw.source.first, raw.source.head + 1);
  if (toks.some((t) => ORGANISATION_WORDS.has(t.norm))) return false;
  return toks.length <= 4 && toks.every((t) => /^[A-Z]/.test(t.text) || t.norm === '.' || PERSON_TITLES.has(t.norm));
}

/**
 * Antecedents found outside claims: people the actors stage found, and proper names that open a
 * sentence as its subject ("Guterres expressed support …" before "But he called for …").
 */
export function mentionAntecedents(
  text: string,
  sents: readonly { index: number; toks: readonly { text: string; norm: string; pos: string; start: number; end: number }[] }[],
  actors: readonly Span<'actor'>[],
  sentenceAt: (offset: number) => number,
): Antecedent[] {
  const out: Antecedent[] = [];
  for (const a of actors) {
    const v: ActorValue = a.value;
    out.push({ offset: a.start, sentence: sentenceAt(a.start), name: v.name, kind: v.kind, person: v.kind === 'person' });
  }
  for (const s of sents) {
    let i = 0;
    while (i < s.toks.length && (s.toks[i].pos === 'CCONJ' || s.toks[i].pos === 'ADV')) i++;
    const first = i;
    while (i < s.toks.length && (s.toks[i].pos === 'PROPN' || (s.toks[i].norm === '.' && i > first)) && i - first < 4) i++;
    if (i === first || s.toks[i]?.pos !== 'VERB') continue;
    const words = s.toks.slice(first, i);
    if (words.some((t) => ORGANISATION_WORDS.has(t.norm))) continue;
    if (actors.some((a) => a.start <= words[0].start && a.end >= words[words.length - 1].end)) continue;
    out.push({
      offset: words[0].start, sentence: s.index, kind: 'unknown', person: true,
      name: text.slice(words[0].start, words[words.length - 1].end),
    });
  }
  return out;
}
