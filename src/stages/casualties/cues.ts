import { AMONG_HARMED, HEDGES, INTENT_BEFORE_HARM, KIND_CUES, OUTCOME_BRIDGE, PASSIVE_AUX, TALLY_HARM_WORDS, TALLY_REACH, TOLL_BRIDGE, type KindCue } from '../../lexicon/casualty-terms.js';
import { reportingVerbs } from '../../lexicon/reporting-verbs.js';
import { readQuantity } from './quantity.js';
import { matchesAt, type Tok } from './tokens.js';

/** A cue found in the sentence: which row, and where. */
export interface CueHit {
  cue: KindCue;
  start: number;
  end: number;
}

const BE = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'got', 'get', 'gets']);
const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'nobody', 'none']);
/** Words allowed between an active verb and its object figure: "killed also 5", "killing reportedly 3", "injuring a further 28". */
const OBJECT_GAP = new Set(['also', 'reportedly', 'allegedly', 'another', 'the', 'an', 'a', 'some', 'his', 'her', 'their', '"', '“', '”', "'", 'only', 'all', 'further', 'additional']);
const OBJECT_POS = new Set(['NUM', 'DET', 'NOUN', 'PRON', 'PROPN']);
const CLAUSE_BREAK = new Set([';', ':', '.', '?', '!']);
const AFTER_WINDOW = 16;

const byFirst = new Map<string, KindCue[]>();
const byLast = new Map<string, KindCue[]>();
for (const cue of KIND_CUES) {
  if (cue.role === 'noun') continue;
  (byFirst.get(cue.words[0]) ?? byFirst.set(cue.words[0], []).get(cue.words[0])!).push(cue);
  const last = cue.words[cue.words.length - 1];
  (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(cue);
}

/** "authorised the killing of", "threatened to kill": an intention or a threat before the harm word at `at`. */
function intended(toks: readonly Tok[], at: number): boolean {
  let k = at - 1;
  if (toks[k]?.norm === 'the' || toks[k]?.norm === 'to') k--;
  return INTENT_BEFORE_HARM.has(toks[k]?.norm ?? '');
}

function negated(toks: readonly Tok[], at: number): boolean {
  for (let k = Math.max(0, at - 2); k < at; k++) if (NEGATIONS.has(toks[k].norm)) return true;
  return false;
}

/** True when the verb at `at` follows "was/were/been", possibly with adverbs between. */
function passiveAt(toks: readonly Tok[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (BE.has(toks[k].norm)) return true;
    if (!PASSIVE_AUX.has(toks[k].norm) && toks[k].pos !== 'ADV') return false;
  }
  return false;
}

const HAVE = new Set(['had', 'has', 'have', 'having']);

/** True when the verb at `at` follows "had/has/have" directly (adverbs between allowed). */
function perfectAt(toks: readonly Tok[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (HAVE.has(toks[k].norm)) return true;
    if (toks[k].pos !== 'ADV') return false;
  }
  return false;
}

/**
 * The cue that takes the figure starting at token `start` as its object: an active verb right
 * before it ("killed 11", "injuring nine villagers") or a tally ("the death toll rose to 40").
 *
 * @example
 * cueBefore(toks('the raid killed four fighters'), 3); // { cue: {words: ['killed'], kind: 'killed', …}, start: 2, end: 3 }
 */
export function cueBefore(toks: readonly Tok[], start: number): CueHit | null {
  let p = start - 1;
  while (p >= 0 && start - p <= 2 && OBJECT_GAP.has(toks[p].norm)) p--;
  for (const cue of byLast.get(toks[p]?.norm ?? '') ?? []) {
    if (cue.role !== 'active' || cue.noObject) continue;
    const s = p - cue.words.length + 1;
    if (!matchesAt(toks, s, cue.words) || passiveAt(toks, s) || negated(toks, s) || intended(toks, s)) continue;
    return { cue, start: s, end: p + 1 };
  }
  // A tally: the cue, then a few bridging words ("rose to", "stood at", "coded as").
  let q = start - 1;
  while (q >= 0 && start - q <= 5 && TOLL_BRIDGE.has(toks[q].norm)) q--;
  if (q === start - 1) return null;
  for (const cue of byLast.get(toks[q]?.norm ?? '') ?? []) {
    if (cue.role !== 'toll') continue;
    const s = q - cue.words.length + 1;
    if (matchesAt(toks, s, cue.words)) return { cue, start: s, end: q + 1 };
  }
  // "The death toll was first put at 17 but rose to 26": a later figure of the same tally.
  let r = q;
  while (r > 0 && q - r < 2 && TALLY_CHAIN.has(toks[r].norm)) r--;
  if (r < q && toks[r]?.pos === 'NUM' && linked(toks, q + 1, start)) {
    const earlier = cueBefore(toks, r);
    if (earlier?.cue.role === 'toll') return earlier;
  }
  return linked(toks, q + 1, start) ? longTally(toks, q) : null;
}

/** Words between two figures of one tally: "put at 17 but rose to 26", "at 12 and later at 15". */
const TALLY_CHAIN = new Set(['but', 'and', 'then', ',']);

/** Verbs and particles that link a tally to its figure: "was 16", "rose to 9", "stood at 12". */
const TALLY_LINKS = new Set(['is', 'was', 'were', 'rose', 'risen', 'climbed', 'reached', 'stood', 'stands', 'increased', 'jumped', 'at', 'to', 'as']);

/** True when a linking word stands among the bridge tokens [from, to). */
function linked(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TALLY_LINKS.has(toks[k].norm)) return true;
  return false;
}

/** One tally cue per harm, for "the number of … <harm word>" phrases no fixed cue covers. */
const LONG_TALLY: Readonly<Record<'killed' | 'injured', KindCue>> = {
  killed: { words: ['number', 'of'], kind: 'killed', role: 'toll', aggregate: true },
  injured: { words: ['number', 'of'], kind: 'injured', role: 'toll', aggregate: true },
};
const TALLY_BREAKS = new Set([',', ';', ':', '.', '(', ')', '–', '—']);

/**
 * "The overall number of the deceased family members was 16": "number of", then people and a
 * harm word (`TALLY_HARM_WORDS`) ending at token `last` (just before the bridge to the figure,
 * which holds a linking word: "was", "rose to"), within one clause and with no other verb. The
 * harm word nearest the figure gives the kind.
 */
function longTally(toks: readonly Tok[], last: number): CueHit | null {
  let kind: 'killed' | 'injured' | null = null;
  for (let k = last; k >= 1 && last - k <= TALLY_REACH; k--) {
    const w = toks[k].norm;
    if (TALLY_BREAKS.has(w)) return null;
    const harm = TALLY_HARM_WORDS[w];
    // "the number of civilians killed may exceed the eleven victims": another verb, no tally.
    if (!harm && (toks[k].pos === 'VERB' || toks[k].pos === 'AUX')) return null;
    kind ??= harm ?? null;
    if (w === 'of' && toks[k - 1].norm === 'number') return kind ? { cue: LONG_TALLY[kind], start: k - 1, end: last + 1 } : null;
  }
  return null;
}

/**
 * The cue after a figure that says what happened to it: "were killed", "died", "fled",
 * "are missing". Scans from `from` up to `limit` (the next figure), stopping at a clause break.
 * An active verb followed by its own object ("Three soldiers killed two civilians") makes the
 * figure the agent: no cue.
 *
 * @example
 * cueAfter(toks('Five soldiers died'), 2, 3); // { cue: {words: ['died'], …}, start: 2, end: 3 }
 */
export function cueAfter(toks: readonly Tok[], from: number, limit: number, opts: { passiveOnly?: boolean } = {}): CueHit | null {
  const stop = Math.min(limit, toks.length, from + AFTER_WINDOW);
  for (let m = from; m < stop; m++) {
    if (CLAUSE_BREAK.has(toks[m].norm)) return null;
    // "The journalist was alone in stating that 50 were killed": the figure reports; the harm
    // verb of the clause it introduces has a subject of its own.
    if (m > from && toks[m].norm === 'that' && reportingVerbs(toks[m - 1].norm).length > 0) return null;
    // "an estimated 10 people were inside and that everyone inside was killed": "and that" opens
    // a second reported clause, whose harm verb has its own subject.
    if (m > from && toks[m].norm === 'that' && toks[m - 1].norm === 'and') return null;
    // "A reporter put the number of killed at 12": a word ending a tally names nobody's harm.
    if (endsToll(toks, m)) continue;
    for (const cue of byFirst.get(toks[m].norm) ?? []) {
      if (cue.role === 'toll' || !matchesAt(toks, m, cue.words)) continue;
      if (negated(toks, m)) return null;
      // "does more to hurt the economy": an infinitive reports no harm (but "forced to flee" does).
      if (toks[m - 1]?.norm === 'to' && cue.kind !== 'displaced') continue;
      // "he had abducted and killed citizens": a perfect tense is active — the figure is the agent.
      if (cue.role === 'active' && (perfectAt(toks, m) || (opts.passiveOnly && !passiveAt(toks, m)))) return null;
      if (cue.role === 'active' && !passiveAt(toks, m)) {
        const next = toks[m + cue.words.length];
        // "Soldiers killed two civilians": the figure did the killing.
        if (next && (OBJECT_POS.has(next.pos) || readQuantity(toks, m + cue.words.length))) return null;
      }
      const hit = { cue, start: m, end: m + cue.words.length };
      return cue.kind === 'killed' ? hit : outcome(toks, hit) ?? hit;
    }
  }
  return null;
}

const LIST_OPENERS = new Set([':', '–', '—']);
const LIST_STOPS = new Set(['.', ';', '?', '!']);
/** Tokens before a list's colon where its harm word may stand: "killed members of the family:". */
const LIST_CUE_REACH = 8;

/**
 * "The strike killed members of the family: Ali Said (45), his wife Mona and his niece Huda",
 * "the list of those killed – Omar Nasr, his son Sami …": the harm word of the clause a colon
 * (or a dash) closes is the harm of the people listed after it. Returns that cue for a person
 * at token `at` when only the list stands between the colon and it (no verb of its own), else
 * null. Only killing and injuring: the harms a list of names tells.
 */
export function listCue(toks: readonly Tok[], at: number): (CueHit & { opener: number }) | null {
  let colon = -1;
  for (let k = at - 1; k >= 0; k--) {
    const t = toks[k];
    if (LIST_STOPS.has(t.norm)) return null;
    if (LIST_OPENERS.has(t.norm)) { colon = k; break; }
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
  }
  if (colon < 1) return null;
  for (let m = colon - 1; m >= 0 && colon - m <= LIST_CUE_REACH; m--) {
    if (LIST_STOPS.has(toks[m].norm) || LIST_OPENERS.has(toks[m].norm)) return null;
    for (const cue of byFirst.get(toks[m].norm) ?? []) {
      if (cue.role === 'toll' || (cue.kind !== 'killed' && cue.kind !== 'injured') || !matchesAt(toks, m, cue.words)) continue;
      if (m + cue.words.length > colon || negated(toks, m)) continue;
      // "The people who posted lists of the civilians killed included: …": another verb
      // between the harm word and the colon makes the list its object, not the harmed.
      for (let v = m + cue.words.length; v < colon; v++) if (toks[v].pos === 'VERB' || toks[v].pos === 'AUX') return null;
      return { cue, start: m, end: m + cue.words.length, opener: colon };
    }
  }
  return null;
}

/** True when the word at `m` ends a tally phrase ("the number of killed", "the number killed"). */
function endsToll(toks: readonly Tok[], m: number): boolean {
  return (byLast.get(toks[m].norm) ?? []).some((c) => c.role === 'toll' && c.words.length > 1 && matchesAt(toks, m - c.words.length + 1, c.words));
}

/** "was injured and later died": a killing cue right after another harm cue is the outcome. */
function outcome(toks: readonly Tok[], hit: CueHit): CueHit | null {
  let m = hit.end;
  while (m < toks.length && m - hit.end < 4 && (OUTCOME_BRIDGE.has(toks[m].norm) || BE.has(toks[m].norm))) m++;
  if (m === hit.end) return null;
  for (const cue of byFirst.get(toks[m]?.norm ?? '') ?? []) {
    if (cue.kind === 'killed' && (cue.role === 'after' || cue.role === 'active') && matchesAt(toks, m, cue.words)) {
      return { cue, start: m, end: m + cue.words.length };
    }
  }
  return null;
}

/**
 * True when a hedge ("reportedly", "thought to have", "probably") sits in the clause around the
 * figure and its cue: from a few tokens before the first of them to just after the last.
 *
 * @example
 * hedgedAround(toks('Two students were reportedly injured'), 0, 5); // true
 */
export function hedgedAround(toks: readonly Tok[], from: number, to: number): boolean {
  let a = from;
  while (a > 0 && from - a < 6 && !CLAUSE_BREAK.has(toks[a - 1].norm)) a--;
  const b = Math.min(toks.length, to + 2);
  for (let k = a; k < b; k++) {
    for (const hedge of HEDGES) if (matchesAt(toks, k, hedge)) return true;
  }
  return false;
}

/**
 * The harm verb ending right before token `end`, as the verb of a clause whose subject came
 * before it: "Heba was killed [alongside …]", "two men died [with …]". An active verb counts only
 * in the passive. `singular` when its auxiliary is singular ("was killed"): one person's harm.
 */
export function harmEndingAt(toks: readonly Tok[], end: number): (CueHit & { singular: boolean }) | null {
  for (const cue of byLast.get(toks[end - 1]?.norm ?? '') ?? []) {
    if (cue.role === 'toll' || cue.role === 'noun') continue;
    const s = end - cue.words.length;
    if (s < 0 || !matchesAt(toks, s, cue.words) || negated(toks, s)) continue;
    if (cue.role === 'active' && !passiveAt(toks, s)) continue;
    let k = s - 1;
    while (k >= 0 && s - k <= 3 && !BE.has(toks[k].norm) && toks[k].pos === 'ADV') k--;
    return { cue, start: s, end, singular: toks[k]?.norm === 'was' || toks[k]?.norm === 'is' };
  }
  return null;
}

/**
 * "identified Omar Haddad as among those killed": the harm word right after an "among those"
 * phrase (`AMONG_HARMED`) following a name at `end` is that person's harm — the name is the object
 * of the naming verb, so no harm verb stands beside it.
 */
export function amongHarmedAfter(toks: readonly Tok[], end: number): CueHit | null {
  const phrase = AMONG_HARMED.find((words) => matchesAt(toks, end, words));
  if (!phrase) return null;
  const m = end + phrase.length;
  for (const cue of byFirst.get(toks[m]?.norm ?? '') ?? []) {
    if (cue.role === 'toll' || !matchesAt(toks, m, cue.words) || negated(toks, m)) continue;
    return { cue, start: m, end: m + cue.words.length };
  }
  return null;
}
