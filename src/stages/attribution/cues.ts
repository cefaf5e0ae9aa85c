import { isBaseForm, reportingVerbs, type ReportingVerb } from '../../lexicon/reporting-verbs.js';
import type { Tok } from './tokens.js';
import { commaAdverbAt, isAux, isInterposed, isNounish } from './noun-phrase.js';
import { OBJECT_PRONOUNS, POSSESSIVES } from './source-words.js';

/** A reporting verb found in a sentence: token range of the cue (auxiliaries and particle included). */
export interface Cue {
  verb: ReportingVerb;
  /** Index of the verb token itself. */
  at: number;
  first: number;
  last: number;
}

const MODALS = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'not', "n't", 'n’t', "'ll", '’ll']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'who']);
const OPEN = /^["“‘'«]$/;
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);

/** Why a reporting-verb form is not a cue here, or null when it is one. Used for the trace. */
/** "to have", "to be", "to resign": the word after "to" is a verb (an infinitive, not "to reporters"). */
function isVerbAfterTo(t: Tok | undefined): boolean {
  return !t || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PART';
}

export function rejectCue(toks: Tok[], i: number, verb: ReportingVerb): string | null {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // "Said Ahmed, a resident, …": a capitalised form before a name is a name.
  if (/^[A-Z]/.test(t.text) && (next?.pos === 'PROPN' || i > 0)) {
    if (!(i > 0 && isTitleCase(toks))) return 'capitalised: a name, not a verb';
  }
  const particle = verb.particle ? verb.particle.split(' ') : [];
  const p = particleAt(toks, i, verb);
  if (p < 0) return `needs "${verb.particle}"`;
  if (verb.broad) {
    const why = rejectBroad(toks, i, verb);
    if (why) return why;
  }
  // ("…, a survey by the college found.": at the end of the sentence the content came before)
  if (verb.needsThat && next?.norm !== 'that' && !/^[.!?]$/.test(next?.norm ?? '')) return 'needs "that"';
  const after = toks[p + particle.length];
  if (verb.frame === 'infinitive' && after?.norm !== 'to') return 'needs "to" (infinitive frame)';
  if (verb.frame === 'object' && !isObjectStart(after, toks[p + particle.length + 1])) return 'needs a noun phrase (object frame)';
  if (verb.notBeforeTo && next?.norm === 'to' && (verb.notBeforeTo === true || isVerbAfterTo(toks[i + 2]))) return 'followed by "to" ("thought to have", "adding to")';
  if (verb.notBeforeName && next?.pos === 'PROPN' && prev?.pos === 'NOUN' && /^[a-z]/.test(prev.text)) return 'naming: "a group called …"';
  const quantified = quantifierSubject(toks, i);
  // "the so-called caliphate", "the reported attack", "an alleged strike", "a warning", "his claims"
  if (prev && !quantified && (prev.pos === 'DET' || POSSESSIVES.has(prev.norm) || prev.norm === '-' || prev.norm === 'so-')) {
    if (!(prev.norm === 'that' || prev.norm === 'which')) return 'after a determiner: a noun or modifier';
  }
  if (prev && !quantified && prev.pos === 'ADJ' && !/^[A-Z]/.test(prev.text) && prev.norm !== 'military') return 'after an adjective: a noun';
  if (prev && (prev.pos === 'ADP' || prev.pos === 'NUM') && t.norm.endsWith('s')) return 'after a preposition or number: a noun ("in reports", "30 states")';
  if (next?.norm === 'by' && (/(ed|ought|ound|old|id|ote)$/.test(t.norm) || t.norm.endsWith('ing'))) return 'followed by "by": passive or a noun ("reporting by …")';
  if (/(ed|ought|ound|old|id|ote)$/.test(t.norm) && passiveBefore(toks, i)) return 'passive';
  if (verb.notBeforeOf && next?.norm === 'of') return 'passive headline ("Accused Of …")';
  // "China's claims", "Clinton's tweet": after a possessive the form is a noun
  if (prev && (prev.norm === "'s" || prev.norm === '’s') && prev.pos === 'PART') return 'after a possessive: a noun';
  // "the reports were wrong", "claims of abuse"
  if (t.norm.endsWith('s') && next && /^(of|which|were|are)$/.test(next.norm)) return 'a plural noun';
  if (t.norm.endsWith('ed') && i > 0 && prev?.pos === 'ADP' && (next?.pos === 'NOUN' || next?.pos === 'ADJ')) return 'participle modifying a noun';
  if (isBaseForm(verb, t.norm)) {
    let k = skipAdverbs(toks, i - 1);
    // "Others, however, say": an adverb between commas stands between subject and verb
    if (k >= 3 && commaAdverbAt(toks, k - 2)) k = skipAdverbs(toks, k - 3);
    const before = toks[k];
    if (!before) return 'base form with no subject';
    // "went on to say", "took to the radio to say", "are more likely to say": a core verb's
    // infinitive after a verb chain shares the sentence's subject; not after another cue
    // ("declined to say" is one cue, "declined")
    if (before.norm === 'to' && (k === 0 || (verb.broad ? !verbChainInfinitive(toks, k) : !sharedInfinitive(toks, k)))) return 'infinitive';
    const after = toks[i + 1];
    const clauseFollows = !!after && (after.norm === 'that' || after.pos === 'PRON' || after.pos === 'DET' || after.pos === 'PROPN' || after.norm === ',' || after.norm === ':' || OPEN.test(after.text));
    const ok = MODALS.has(before.norm) || PLURAL_PRONOUNS.has(before.norm) || before.norm === 'to' || (quantified && k === i - 1)
      || (isNounish(before) && /s$/.test(before.norm) && !/(ss|us)$/.test(before.norm))
      // "Six in 10 say he is decisive", "voters in each state say each …"
      || ((before.pos === 'NUM' || isNounish(before)) && clauseFollows);
    if (!ok) return 'base form without a plural or auxiliary subject';
  }
  return null;
}

/**
 * Where the particle of a phrasal cue starts (the token after the verb without a particle), or
 * -1 when it does not follow. One adverb may stand between the verb and its particle: "spoke
 * warmly of", "campaigned hard against", "reacted angrily to".
 */
function particleAt(toks: Tok[], i: number, verb: ReportingVerb): number {
  if (!verb.particle) return i + 1;
  const words = verb.particle.split(' ');
  const at = (k: number) => words.every((w, n) => toks[k + n]?.norm === w);
  if (at(i + 1)) return i + 1;
  const adverb = toks[i + 1];
  return adverb && adverb.pos === 'ADV' && adverb.norm !== 'not' && /^[a-z]/.test(adverb.text) && at(i + 2) ? i + 2 : -1;
}

/** An opening double quotation mark: a quoted object ('cited “blocked drains”', 'named “Harvest” as her favourite'). */
export const QUOTED_OBJECT = /^[“"]$/;

/** Question words that open a clause standing as an object: "touted how far …", "discussed what …". */
export const WH_OBJECT = /^(how|what|why|whether|where|when|who)$/;

/**
 * True when `t` can open the object of an object-frame cue: a noun phrase ("cited the closure",
 * "discussed their plans"), an object pronoun ("discussed it") or a gerund ("proposed closing
 * the market", "opposes rebuilding the bridge").
 */
function isObjectStart(t: Tok | undefined, next?: Tok): boolean {
  if (!t) return false;
  // "touted how far the campaign had come", "discussed what the council should do": a
  // question-word clause; 'cited “blocked drains”': a quotation; "support quickly closing the
  // border": an adverb before a gerund
  if (WH_OBJECT.test(t.norm) || QUOTED_OBJECT.test(t.text)) return true;
  if (t.pos === 'ADV' && next?.pos === 'VERB' && next.norm.endsWith('ing')) return true;
  return isNounish(t) || t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVES.has(t.norm)
    || OBJECT_PRONOUNS.has(t.norm) || (t.pos === 'VERB' && t.norm.endsWith('ing'));
}

/** Quantifiers and determiners that stand alone as a subject: "Some chanted …", "But many believe …", "Roe and Ali both stressed …", "while another says …", "Each said …". */
const QUANTIFIER_SUBJECTS = new Set(['both', 'some', 'many', 'few', 'most', 'several', 'all', 'others', 'another', 'each', 'neither']);

/**
 * True when the word before the cue is a quantifier standing as its subject: at the start of a
 * clause ("Some chanted", "But many believe") or after a subject it floats from ("Roe and Ali
 * both stressed"), and the cue is not followed by a noun it would modify ("some reported cases").
 */
function quantifierSubject(toks: Tok[], i: number): boolean {
  const next = toks[i + 1];
  return standaloneQuantifier(toks, i - 1) && !(next && /^(NOUN|ADJ|PROPN)$/.test(next.pos));
}

/**
 * True when token `q` is a quantifier that stands alone at the start of a clause ("Some", "But
 * many") or floats after the subject it quantifies ("Roe and Ali both").
 */
export function standaloneQuantifier(toks: Tok[], q: number): boolean {
  const t = toks[q];
  if (!t || !QUANTIFIER_SUBJECTS.has(t.norm)) return false;
  const before = toks[q - 1];
  return !before || /^(PUNCT|CCONJ|SCONJ|ADV)$/.test(before.pos) || ((t.norm === 'both' || t.norm === 'all') && isNounish(before));
}

/**
 * The wider family of cues (`attribution-verbs.ts`) holds many words that are nouns as often as
 * verbs ("contests", "plans", "thanks") and participles that modify a noun ("a video showing him
 * mocking the crowd"): such a word is a cue only when the tagger reads it as a verb, and an -ing
 * form only after an auxiliary ("is thanking"), a comma or "and" (", thanking the crowd"), or at
 * the start of the sentence.
 */
function rejectBroad(toks: Tok[], i: number, verb: ReportingVerb): string | null {
  const t = toks[i];
  if (t.pos !== 'VERB' && !(t.pos === 'NOUN' && verbAfterName(toks, i, verb))) return `tagged ${t.pos}, not a verb (broad cue)`;
  if (t.norm.endsWith('ing')) {
    const k = skipAdverbs(toks, i - 1);
    const before = toks[k];
    // '…by June,” noting …': a closing quotation mark after the comma stands for the comma
    const afterQuotedComma = !!before && (before.text === '”' || before.text === '"') && /^,$/.test(toks[k - 1]?.norm ?? '');
    if (before && !afterQuotedComma && !BE.has(before.norm) && !/^(,|and|but|–|—|by|while|after|before|when|without)$/.test(before.norm)) return 'an -ing form with no auxiliary (broad cue)';
  }
  return null;
}

/** Subject pronouns that a verb follows: "he forecast that …", "they plan to …". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'who']);

/**
 * True when a word the tagger read as a noun is the verb of a name or a subject pronoun just
 * before it: "Mr. Ortiz forecast that …", "Ortiz advocates higher taxes", "she plans to …". The
 * name opens its noun phrase (no determiner or possessive before it: "the Ortiz plans" is a
 * noun), and a "that" clause, a "to", an object or a preposition follows; a base form only
 * before "that" or "to" ("Ortiz plan" is a compound).
 */
function verbAfterName(toks: Tok[], i: number, verb?: ReportingVerb): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!prev || !next) return false;
  const pronoun = SUBJECT_PRONOUNS.has(prev.norm) && prev.pos === 'PRON';
  if (!pronoun && prev.pos !== 'PROPN') return false;
  if (!pronoun) {
    let k = i - 1;
    while (k > 0 && toks[k - 1].pos === 'PROPN') k--;
    const before = toks[k - 1];
    if (before && (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NUM' || POSSESSIVES.has(before.norm) || /^('s|’s|'|’)$/.test(before.norm) || isNounish(before))) return false;
  }
  if (next.norm === 'that' || next.norm === 'to') return true;
  // "Roe shot back", "Roe lashed out at": a phrasal cue's particle right after a form that is
  // no base form
  if (verb?.particle && toks[i].norm !== verb.forms[0] && particleAt(toks, i, verb) === i + 1) return true;
  const inflected = /([^s]s|ed)$/.test(toks[i].norm);
  return inflected && (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'ADP' || POSSESSIVES.has(next.norm) || OBJECT_PRONOUNS.has(next.norm));
}

/**
 * True when the "to" at `k` makes an infinitive that shares the sentence's subject: after a verb
 * chain ("went on to say"), an adjective ("more likely to say") or "took to <medium>" ("took to
 * the radio to say"); not after an object ("asked them to say": the object speaks), "is to"
 * ("the plan is to tell") or another cue ("declined to say": one cue).
 */
function sharedInfinitive(toks: Tok[], k: number): boolean {
  const p = toks[k - 1];
  if (!p || BE.has(p.norm) || reportingVerbs(p.norm).length > 0) return false;
  if (HAVE.has(p.norm)) return true;
  if (p.pos === 'VERB' || p.pos === 'ADJ' || (p.pos === 'ADP' && toks[k - 2]?.pos === 'VERB')) return true;
  // "took to the radio to say"
  for (let i = k - 1; i >= 0 && k - i <= 4; i--) if (toks[i].norm === 'to' && toks[i - 1]?.pos === 'VERB') return isNounish(p);
  return false;
}

const HAVE = new Set(['has', 'have', 'had', 'having']);

/**
 * Where the cue at `i` starts: at the verb of the chain before its "to" ("went on to say", "has
 * to remind", "is trying to show"), which PolNeAR's cue spans run over, else at `i`.
 */
function chainStart(toks: Tok[], i: number): number {
  let k = i - 1;
  while (k > 0 && toks[k].pos === 'ADV' && i - k < 3) k--;
  if (toks[k]?.norm !== 'to' || !verbChainInfinitive(toks, k)) return i;
  return toks[k - 1].pos === 'ADP' ? k - 2 : k - 1;
}

/**
 * True when the "to" at `k` ends a verb chain whose subject the infinitive shares, for the
 * wider family of cues too: "has to remind", "began to portray", "is struggling to explain",
 * "went on to praise" (a verb that is no cue itself, or "have", then "to"). Not after a noun
 * ("an effort to portray") or an adjective ("likely to praise").
 *
 * @example
 * verbChainInfinitive(toks, 3); // true for "Roe began to praise the plan"
 */
export function verbChainInfinitive(toks: Tok[], k: number): boolean {
  const p = toks[k - 1];
  if (!p || toks[k]?.norm !== 'to' || BE.has(p.norm) || reportingVerbs(p.norm).length > 0) return false;
  if (HAVE.has(p.norm)) return true;
  return p.pos === 'VERB' || (p.pos === 'ADP' && toks[k - 2]?.pos === 'VERB' && reportingVerbs(toks[k - 2].norm).length === 0);
}

function isTitleCase(toks: Tok[]): boolean {
  const words = toks.filter((t) => /^[a-z]/i.test(t.text) && t.text.length > 3);
  return words.length > 2 && words.filter((t) => /^[A-Z]/.test(t.text)).length / words.length > 0.7;
}

function skipAdverbs(toks: Tok[], i: number): number {
  let k = i;
  while (k >= 0 && toks[k].pos === 'ADV' && toks[k].norm !== 'not') k--;
  return k;
}

function passiveBefore(toks: Tok[], i: number): boolean {
  const k = skipAdverbs(toks, i - 1);
  return !!toks[k] && BE.has(toks[k].norm);
}

const STATEMENT_DETERMINERS = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'our', 'the']);

/**
 * The last token of a cue ending at `last`, over "in a statement" right after it: "said in a
 * statement that …", "says in a written statement" (PolNeAR's cues take the medium in for
 * statements, not for interviews).
 *
 * @example
 * statementAfter(toks, 1); // 5 for "Officials said in a written statement that …"
 */
function statementAfter(toks: Tok[], last: number): number {
  if (toks[last + 1]?.norm !== 'in' || !STATEMENT_DETERMINERS.has(toks[last + 2]?.norm ?? '')) return last;
  for (let k = last + 3; k <= last + 5 && k < toks.length; k++) {
    if (toks[k].norm === 'statement' || toks[k].norm === 'statements') return k;
    if (!(toks[k].pos === 'ADJ' || toks[k].pos === 'NOUN' || toks[k].pos === 'PROPN' || toks[k].pos === 'VERB')) return last;
  }
  return last;
}

/**
 * The reporting-verb cues of one sentence, in order, with auxiliaries ("has said", "already are
 * slamming") and particles ("called for") included in the cue's range.
 *
 * @example
 * findCues(toks).map((c) => c.verb.lemma); // ['say'] for "Officials said the road was closed."
 */
export function findCues(toks: Tok[], trace?: (m: string) => void): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < toks.length; i++) {
    const rows = reportingVerbs(toks[i].norm);
    if (rows.length === 0) continue;
    let verb: ReportingVerb | undefined;
    let why: string | null = null;
    for (const row of rows) {
      why = rejectCue(toks, i, row);
      if (!why) { verb = row; break; }
    }
    if (!verb) { trace?.(`"${toks[i].text}" at ${toks[i].start} is not a cue: ${why}`); continue; }
    let first = chainStart(toks, i);
    while (first > 0 && (isAux(toks[first - 1]) || (isInterposed(toks[first - 1]) && isAux(toks[first - 2])))) first--;
    const last = verb.particle ? particleAt(toks, i, verb) + verb.particle.split(' ').length - 1 : i;
    cues.push({ verb, at: i, first, last: statementAfter(toks, last) });
  }
  return cues;
}
