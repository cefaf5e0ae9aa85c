/**
 * Claims with no source in the text: the report passes on hearsay, an expectation or a judgment
 * without naming who holds it ("The commander reportedly fled", "Five people are believed to have
 * died", "It was reported that …", "The truce appears to be holding", "Asked about the strike, …").
 * The cue tables are in `lexicon/unstated-cues.ts`.
 */
import type { ClaimStance } from '../../report/types.js';
import type { Sent, Tok } from './tokens.js';
import { isQuote, quoteOpenAfter } from './tokens.js';
import { bodyEnd } from './content.js';
import { clauseEnd } from './frames.js';
import { openingClauseStop } from './patterns.js';
import { isAux, isInterposed, leftNounPhrase, skipLeftInterposed } from './noun-phrase.js';
import {
  APPEARANCE_COMPLEMENTS, APPEARANCE_VERBS, HEARSAY_ADVERBS, HEARSAY_PARTICIPLES, PASSIVE_BE, QUESTION_OPENERS,
} from '../../lexicon/unstated-cues.js';

/** A claim whose source the report leaves unstated; offsets are into the report's text. */
export interface UnstatedClaim {
  sent: Sent;
  cue: { start: number; end: number };
  content: { start: number; end: number };
  cueStance: ClaimStance;
  rule: 'hearsay-adverb' | 'appearance' | 'hearsay-passive' | 'asked' | 'passive-asked';
}

const EXPLETIVES = new Set(['it', 'there']);
// Maps, not the tables' objects: a lookup by an arbitrary token string is cheap in a Map
const ADVERBS = new Map(Object.entries(HEARSAY_ADVERBS));
const PARTICIPLES = new Map(Object.entries(HEARSAY_PARTICIPLES));
const WHEN_WORDS = new Set(['when', 'after', 'once', 'if', 'while']);

/** The subject that ends before token `i`, stepping left over auxiliaries, adverbs and times ("has reportedly"). */
function subjectBefore(toks: Tok[], i: number): { first: number; last: number } | null {
  const j = skipLeftInterposed(toks, i - 1);
  return j >= 0 ? leftNounPhrase(toks, j) : null;
}

const RELATIVES = new Set(['who', 'which', 'that']);

/**
 * The subject of a verb group starting at `first`, or, when none stands there, a relative
 * pronoun ("the bank, which is expected to …": the content starts at "which") or nothing after a
 * conjunction ("… but is expected to …": the content starts after the cue). Null when neither.
 */
function subjectOrRelative(toks: Tok[], first: number): { first: number; last: number } | 'none' | null {
  const subject = subjectBefore(toks, first);
  if (subject) return subject;
  const before = toks[first - 1];
  if (before && RELATIVES.has(before.norm) && (before.pos === 'PRON' || before.pos === 'DET')) return { first: first - 1, last: first - 1 };
  if (before && before.pos === 'CCONJ') return 'none';
  return null;
}

/** A relative clause's content ends at the comma that closes it ("the bank, which is expected to act, held …"). */
function relativeEnd(toks: Tok[], subject: { first: number; last: number } | 'none', k: number, last: number): number {
  if (subject === 'none' || !RELATIVES.has(toks[subject.first].norm) || subject.first !== subject.last) return last;
  for (let j = k + 1; j <= last; j++) if (toks[j].norm === ',') return j - 1;
  return last;
}

/** "At least nine fishermen": a quantifier before the subject that opens the sentence belongs to it. */
function subjectStart(toks: Tok[], first: number): number {
  return first <= 3 && toks.slice(0, first).every((t) => /^(ADP|ADV|ADJ|DET|NUM)$/.test(t.pos)) ? 0 : first;
}

/** Index of the first token of the verb group that holds token `i` ("has been" before "reportedly"). */
function verbGroupStart(toks: Tok[], i: number): number {
  let j = i;
  while (j > 0 && (isAux(toks[j - 1]) || toks[j - 1].pos === 'ADV') && !/^[,;:]$/.test(toks[j - 1].norm)) j--;
  return j;
}

const range = (toks: Tok[], a: number, b: number) => ({ start: toks[a].start, end: toks[b].end });

/** "X reportedly fled …", "Reportedly, X fled …". */
function hearsayAdverb(toks: Tok[], i: number, end: number): UnstatedClaim['content'] | null {
  if (i === 0 || (i === 1 && toks[0].pos === 'CCONJ')) {
    const from = toks[i + 1]?.norm === ',' ? i + 2 : i + 1;
    return from <= end ? range(toks, from, clauseEnd(toks, from, end)) : null;
  }
  const subject = subjectBefore(toks, verbGroupStart(toks, i));
  if (!subject) return null;
  const last = clauseEnd(toks, i + 1, end);
  return last > i ? range(toks, subjectStart(toks, subject.first), last) : null;
}

/**
 * "The truce appears to be holding", "It seems that …", and before an adjective: "The crew
 * seemed uneasy", "The rebels appear ready to talk" (a judgment of how things look).
 */
function appearance(toks: Tok[], i: number, end: number): UnstatedClaim['content'] | null {
  let k = i + 1;
  while (toks[k]?.pos === 'ADV' && k - i < 3) k++;
  const adjective = toks[k]?.pos === 'ADJ' && /^[a-z]/.test(toks[k].text);
  if (!adjective && !APPEARANCE_COMPLEMENTS.has(toks[k]?.norm ?? '')) return null;
  if (toks[k].norm === 'as' && toks[k + 1]?.norm !== 'if' && toks[k + 1]?.norm !== 'though') return null;
  const subject = subjectOrRelative(toks, verbGroupStart(toks, i));
  if (!subject) return null;
  const last = relativeEnd(toks, subject, k, clauseEnd(toks, k, end, toks[k].norm === 'that'));
  if (last < k || (last === k && !adjective)) return null;
  if (subject === 'none') return range(toks, k, last);
  const expletive = subject.first === subject.last && EXPLETIVES.has(toks[subject.first].norm);
  return range(toks, expletive ? k : subjectStart(toks, subject.first), last);
}

/** "X is believed to have fled" (content: X … fled), "It was reported that …" (content: that …). */
function hearsayPassive(toks: Tok[], i: number, end: number): { cueFirst: number; content: UnstatedClaim['content'] } | null {
  let b = i - 1;
  while (b >= 0 && toks[b].pos === 'ADV' && i - b < 3) b--;
  if (b < 0 || !PASSIVE_BE.has(toks[b].norm)) return null;
  const next = toks[i + 1]?.norm;
  const cueFirst = verbGroupStart(toks, b);
  const found = subjectOrRelative(toks, cueFirst);
  if (!found) return null;
  const subject = found === 'none' ? null : found;
  const expletive = !!subject && subject.first === subject.last && toks[subject.first].norm === 'it';
  if (next === 'that' && expletive) {
    const last = clauseEnd(toks, i + 1, end, true);
    return last > i + 1 ? { cueFirst, content: range(toks, i + 1, last) } : null;
  }
  // "to have", "to be", "to resign": "to" before a verb, not "reported to the police"; "it"
  // before "to" refers back ("It is expected to rise"), and is part of the content
  const after = toks[i + 2];
  if (next === 'to' && after && (after.pos === 'VERB' || after.pos === 'AUX' || isAux(after))) {
    const last = relativeEnd(toks, found, i + 1, clauseEnd(toks, i + 1, end));
    return last > i + 1 ? { cueFirst, content: range(toks, subject ? subjectStart(toks, subject.first) : i + 1, last) } : null;
  }
  return null;
}

/** "Asked about the strike, the colonel said …", "When asked whether …, she …": the question. */
function asked(toks: Tok[], i: number, end: number): UnstatedClaim['content'] | null {
  // at the start of the sentence, or after "when" anywhere ('"No," she said when asked whether …')
  const late = i > 1 && WHEN_WORDS.has(toks[i - 1].norm) && toks[i - 1].norm !== 'if';
  if (!(i === 0 || (i === 1 && WHEN_WORDS.has(toks[0].norm)) || late)) return null;
  let k = i + 1;
  while (k <= end && isInterposed(toks[k]) && k - i < 3) k++;
  // "Asked by a reporter whether …", "Asked during the debate why …": the asker or the occasion
  // stands before the question
  if (/^(by|during)$/.test(toks[k]?.norm ?? '')) {
    let q = k + 1;
    while (q <= end && q - k <= 6 && !QUESTION_WORDS.has(toks[q].norm) && !/^[,;:]$/.test(toks[q].norm)) q++;
    if (QUESTION_WORDS.has(toks[q]?.norm ?? '')) k = q;
  }
  if (!QUESTION_OPENERS.has(toks[k]?.norm ?? '')) return null;
  let open = false;
  for (let j = k; j <= end; j++) {
    open = quoteOpenAfter(toks[j], open);
    if (!open && toks[j].norm === ',' && j > k) return range(toks, k, j - 1);
  }
  // ('… she said when asked whether the ferry would run.': the question ends the sentence)
  return late && end > k ? range(toks, k, end) : null;
}

/** Words that open the question after "Asked by a reporter …": "whether", "if", "what", "to". */
const QUESTION_WORDS = new Set(['whether', 'if', 'what', 'which', 'who', 'why', 'how', 'to', 'about']);

/**
 * "The harbour is known as the Pearl", "She is best known for her novels", "a strait known as
 * the Narrows": what a thing is called or famed for, by people unstated. The content runs from
 * the subject (or the noun phrase a reduced relative follows) to the end of the clause.
 */
function knownAs(toks: Tok[], i: number, end: number): { cueFirst: number; cueLast: number; content: UnstatedClaim['content'] } | null {
  const next = toks[i + 1]?.norm;
  if (next !== 'as' && next !== 'for') return null;
  let b = i - 1;
  while (b >= 0 && (toks[b].pos === 'ADV' || toks[b].norm === 'not') && i - b < 3) b--;
  const last = clauseEnd(toks, i + 1, end);
  if (last <= i + 1) return null;
  if (b >= 0 && PASSIVE_BE.has(toks[b].norm)) {
    const cueFirst = verbGroupStart(toks, b);
    const subject = subjectBefore(toks, cueFirst);
    if (!subject || toks[subject.first].norm === 'it') return null;
    return { cueFirst, cueLast: i + 1, content: range(toks, subjectStart(toks, subject.first), last) };
  }
  // "a strait known as the Narrows", "the island, known as …": a reduced relative after a noun
  if (next !== 'as' || b !== i - 1) return null;
  const j = toks[b]?.norm === ',' ? b - 1 : b;
  const head = toks[j];
  if (!head || !(head.pos === 'NOUN' || head.pos === 'PROPN')) return null;
  const np = leftNounPhrase(toks, j);
  if (!np) return null;
  // (the reduced relative ends at its closing comma: "The plan, known as Harbour First, was dropped")
  let stop = last;
  for (let k = i + 2; k <= last; k++) if (toks[k].norm === ',') { stop = k - 1; break; }
  return { cueFirst: i, cueLast: i + 1, content: range(toks, np.first, stop) };
}

/**
 * "The mayor was asked whether the ferry would run", "She has been asked to resign": a question
 * or a request put to the subject by someone unstated. The cue runs from "be" to "asked"; the
 * content is what follows up to the end of the clause ("whether …", "to resign", a quotation or
 * an object: "was asked a question"). Not before "by" (the asker is named: a passive with an
 * agent) or a punctuation mark.
 */
function passiveAsked(toks: Tok[], i: number, end: number): { cueFirst: number; content: UnstatedClaim['content'] } | null {
  let b = i - 1;
  while (b >= 0 && toks[b].pos === 'ADV' && i - b < 3) b--;
  if (b < 0 || !PASSIVE_BE.has(toks[b].norm)) return null;
  // ('was asked, "Where is the ferry?"': a comma before a quoted question)
  const from = toks[i + 1]?.norm === ',' && isQuote(toks[i + 2]) ? i + 2 : i + 1;
  const next = toks[from];
  if (!next || from > end || next.norm === 'by' || (next.pos === 'PUNCT' && !isQuote(next))) return null;
  const last = from > i + 1 ? end : clauseEnd(toks, i + 1, end, next.norm === 'that');
  // ("was asked twice": an adverb alone asks nothing)
  if (toks.slice(from, last + 1).every((t) => t.pos === 'ADV' || t.pos === 'PUNCT')) return null;
  return last >= from ? { cueFirst: verbGroupStart(toks, b), content: range(toks, from, last) } : null;
}

/** Marks after which a hearsay content does not go on: an explanation or a second clause follows. */
const BREAKS = new Set([':', ';']);
/** Dashes, when set off by a space ("used by the group - so much so that …"). */
const DASHES = new Set(['—', '–', '-']);

/**
 * Where the content of a cue at `i` must stop: before the main clause when the cue is inside an
 * opening subordinate clause ("Although the mayor seemed to agree, the council voted …"), and before
 * a colon, a semicolon or a spaced dash outside quotations ("Investors seem to agree: the shares
 * rose").
 */
function contentStop(toks: Tok[], i: number, end: number): number {
  const stop = openingClauseStop(toks, i, end);
  let open = false;
  for (let j = i + 1; j <= stop; j++) {
    open = quoteOpenAfter(toks[j], open);
    if (!open && (BREAKS.has(toks[j].norm) || (DASHES.has(toks[j].norm) && toks[j - 1].end < toks[j].start))) return j - 1;
  }
  return stop;
}

/**
 * The claims of one sentence whose source is not in the text. `taken` says whether a token is
 * already part of a named claim's cue (that claim wins).
 *
 * @example
 * unstatedClaims(sent)[0].rule; // 'hearsay-passive' for "Five men are believed to have died."
 */
export function unstatedClaims(sent: Sent, taken: (start: number, end: number) => boolean = () => false): UnstatedClaim[] {
  const toks = sent.toks;
  const out: UnstatedClaim[] = [];
  const last = bodyEnd(toks);
  for (let i = 0; i <= last; i++) {
    const t = toks[i];
    // (where the content must stop is worked out only for a token that can be a cue: it scans the sentence)
    let stop: number | undefined;
    const end = (): number => (stop ??= contentStop(toks, i, last));
    let claim: Omit<UnstatedClaim, 'sent'> | null = null;
    const adverbStance = t.pos === 'ADV' ? ADVERBS.get(t.norm) : undefined;
    const participleStance = t.pos === 'VERB' ? PARTICIPLES.get(t.norm) : undefined;
    if (adverbStance) {
      const content = hearsayAdverb(toks, i, end());
      if (content) claim = { cue: range(toks, i, i), content, cueStance: adverbStance, rule: 'hearsay-adverb' };
    } else if (APPEARANCE_VERBS.has(t.norm) && (t.pos === 'VERB' || t.pos === 'AUX')) {
      const content = appearance(toks, i, end());
      if (content) claim = { cue: range(toks, i, i), content, cueStance: 'statement', rule: 'appearance' };
    } else if (participleStance) {
      const found: { cueFirst: number; cueLast?: number; content: UnstatedClaim['content'] } | null = hearsayPassive(toks, i, end()) ?? (t.norm === 'known' ? knownAs(toks, i, end()) : null);
      if (found) claim = { cue: range(toks, found.cueFirst, found.cueLast ?? i), content: found.content, cueStance: participleStance, rule: 'hearsay-passive' };
    } else if (t.norm === 'asked') {
      const content = asked(toks, i, end());
      const passive = content ? null : passiveAsked(toks, i, end());
      if (content) claim = { cue: range(toks, i, i), content, cueStance: 'statement', rule: 'asked' };
      else if (passive) claim = { cue: range(toks, passive.cueFirst, i), content: passive.content, cueStance: 'statement', rule: 'passive-asked' };
    }
    if (claim && !taken(claim.cue.start, claim.cue.end)) out.push({ sent, ...claim });
  }
  return out;
}
