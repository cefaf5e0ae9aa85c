import { cueAfter, cueBefore } from './cues.js';
import { readHead, type Head } from './head.js';
import { readQuantity } from './quantity.js';
import { ORDINAL_HARM_NOUNS, ORDINAL_WORDS, PERSON_NOUNS } from '../../lexicon/casualty-terms.js';
import type { Tok } from './tokens.js';

/** A number phrase (or one named person) with its people, before a cue gives it a kind. */
export interface Candidate {
  start: number;
  end: number;
  min: number;
  max: number | null;
  conservative: number;
  stated: boolean;
  head: Head;
  /** Counted from an article or a pronoun ("a woman", "him"). */
  single: boolean;
  /** "the boy", "he": may be someone the report already counted. */
  definite: boolean;
  /** A personal name ("Ahmed Ali Hassan"): counts one only with a harm cue right beside it. */
  name?: boolean;
  /** Only the top was stated ("up to 20 civilians"). */
  upTo?: boolean;
  /** A plural people noun with no number ("civilians were injured", "his children"): Airwars
   * quantifies such an unstated number of people as 2–2. Counts only with its own harm verb after it. */
  bare?: boolean;
  /** Token index after an appositive that separates the figure from its verb ("Ali Said, a
   * nurse from Rafah, was killed"): the cue is looked for from here, not from `end`. */
  reach?: number;
}

function capitalised(t: Tok | undefined): boolean {
  return !!t && t.pos === 'PROPN' && /^[A-Z][a-z'’-]/.test(t.text);
}

/**
 * A personal name of two or more capitalised words ("Abdullah Ahmed Abu Saif", "Haifa
 * Al-Tatar"), not followed by a noun (then it names a place or a group: "Kachin State", "KIA
 * soldiers"). A trailing "(36 years old)" is part of it.
 */
function nameAt(toks: readonly Tok[], i: number): Candidate | null {
  if (!capitalised(toks[i]) || capitalised(toks[i - 1]) || NOT_BEFORE_NAME.has(toks[i - 1]?.norm ?? '')) return null;
  let m = i;
  // "Al - Balbisi" is one name: a hyphen between capitalised words joins them.
  // "Saad al-Qara" split as "al", "-", "Qara": a particle with its hyphen joins the name too.
  const particle = (k: number) => NAME_PARTICLES.has(toks[k].norm) && (capitalised(toks[k + 1]) || (toks[k + 1]?.norm === '-' && capitalised(toks[k + 2])));
  while (m < toks.length && (capitalised(toks[m]) || ((particle(m) || (toks[m].norm === '-' && capitalised(toks[m + 1]))) && m > i))) m++;
  // "It is unclear whether Hadeel, his daughter, was killed": after "whether" one word is a name.
  if ((m - i < 2 && toks[i - 1]?.norm !== 'whether') || ORG_WORDS.test(toks[m - 1].norm)) return null;
  const next = toks[m];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.norm === "'s" || next.norm === '’s')) return null;
  if (PERSON_WORDS.has(toks[m - 1].norm)) return null; // "Kill Family Members" in a Title Case headline
  let end = m;
  // "Keith Scott, 43, was killed": the age belongs to the name.
  // "Warda Jibril, 21 were also killed": a bare number after a name's comma is an age too.
  if (next?.norm === ',' && ageAfterName(toks, m + 1)) end = toks[m + 2]?.norm === ',' ? m + 2 : m + 2;
  // "Ola Saleh (also known as Ola Kareem Haddad)": an age or another name in brackets is hers.
  if (next?.norm === '(') {
    const close = toks.findIndex((t, k) => k > m && k <= m + NAME_BRACKET && t.norm === ')');
    const inner = close > 0 ? toks.slice(m + 1, close) : [];
    if (close > 0 && !inner.some((t) => t.norm === '(' || t.norm === '.')) end = close + 1;
  }
  if (end === m) end = nicknameEnd(toks, m) ?? end;
  const head: Head = { end, type: 'noun', group: 'unknown', singular: true, cue: null, others: false, confidence: 0.6 };
  return { start: i, end, min: 1, max: 1, conservative: 1, stated: true, head, single: true, definite: false, name: true };
}

/** Quote marks that open and close a nickname after a name. */
const NICKNAME_QUOTES: ReadonlyMap<string, string> = new Map([['“', '”'], ['"', '"'], ["'", "'"], ['‘', '’']]);
/** Longest nickname in quotes, in words: "Abu Omar", "Abu al-Abed". */
const NICKNAME_WORDS = 4;

/**
 * "Mahmoud Nasr “Abu Omar” was killed": a capitalised nickname in quotes right after a name is
 * part of that name (one person, not two). Returns the token index after the closing quote.
 */
function nicknameEnd(toks: readonly Tok[], m: number): number | null {
  const close = NICKNAME_QUOTES.get(toks[m]?.norm ?? '');
  if (!close || !capitalised(toks[m + 1])) return null;
  for (let k = m + 2; k <= m + 1 + NICKNAME_WORDS && k < toks.length; k++) {
    if (toks[k].norm === close) return k + 1;
    if (!capitalised(toks[k]) && !NAME_PARTICLES.has(toks[k].norm) && toks[k].norm !== '-') return null;
  }
  return null;
}

/** Longest bracket after a name read as part of it, in tokens: "(also referred to as Ola Kareem Haddad)". */
const NAME_BRACKET = 12;

/** Words that may stand between "aged" and an age: "aged about eight and ten", "aged between 2 and 11". */
const AGE_RUN = new Set(['about', 'around', 'approximately', 'roughly', 'between', 'some', 'and', 'or', 'to', '-', '–', ',', 'under', 'over', 'nearly', 'almost']);

/**
 * True when the number at `i` is one of the ages after "aged": "two boys aged about eight and ten",
 * "her children, aged between two and eleven". A number after "aged" is never a count of people.
 */
function agedBefore(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
    const t = toks[k];
    if (t.norm === 'aged') return true;
    if (!AGE_RUN.has(t.norm) && t.pos !== 'NUM') return false;
  }
  return false;
}

/** Oldest age read as an age after a name. */
const MAX_AGE = 120;

/** A bare number of at most {@link MAX_AGE} at `k`, counting nobody after it (no people noun): an age. */
function ageAfterName(toks: readonly Tok[], k: number): boolean {
  if (toks[k]?.pos !== 'NUM' || !/^\d{1,3}$/.test(toks[k].text) || Number(toks[k].text) > MAX_AGE) return false;
  // "Amani Saleh, 33 year old Nizam Qadir, …": an age told before the next name is his.
  if (/^(?:years?|months?|weeks?|days?)(?:-old)?$/.test(toks[k + 1]?.norm ?? '') || (toks[k + 1]?.norm === '-' && /^(?:years?|months?)$/.test(toks[k + 2]?.norm ?? ''))) return false;
  const head = readHead(toks, k + 1);
  return head === null || head.type === 'implicit';
}

/**
 * "one member of the family, a child, …": a single person between commas right after a figure of
 * one describes that one — unless a list goes on after it ("one man, a woman and a child").
 */
function singleApposition(toks: readonly Tok[], prevEnd: number, c: Candidate): boolean {
  if (c.start !== prevEnd + 1 || toks[prevEnd]?.norm !== ',') return false;
  const after = toks[c.end];
  if (!after || (after.norm !== ',' && after.norm !== '.' && after.pos !== 'AUX' && after.pos !== 'VERB')) return false;
  const next = toks[c.end + 1];
  return !(after.norm === ',' && next && (next.pos === 'DET' || next.pos === 'NUM' || (next.norm === 'and' && ['DET', 'NUM', 'PRON'].includes(toks[c.end + 2]?.pos ?? ''))));
}

/** True when only apposition words stand between two candidates: the second names the first. */
function apposed(toks: readonly Tok[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!APPOSITION.has(toks[k].norm)) return false;
  return true;
}

const ARTICLES = new Set(['a', 'an', 'the', 'another', 'his', 'her', 'their']);
const DEFINITE = new Set(['the', 'he', 'she', 'him', 'her', 'his', 'their']);
const PRONOUNS = new Set(['he', 'she', 'him']);
const POSSESSIVES = new Set(['her', 'his', 'their']);
/** Words between a person and a name for the same person: "a child named Anas Ali", "a woman, Ola Aziz". */
const APPOSITION = new Set([',', 'named', 'called', 'identified', 'as', '(', '–', '—', '-']);
const PERSON_WORDS: ReadonlySet<string> = new Set(PERSON_NOUNS.flatMap((p) => [p.sg, p.pl]));

/** Words before a capitalised run that make it no person's name: "the Myanmar Army", "from Gaza City". */
const NOT_BEFORE_NAME = new Set(['the', 'from', 'of', 'by', 'in', 'at', 'near', 'to', 'into', 'on', 'towards', 'toward']);
/** Last words of organisations and places: "Myanmar Army", "Shehab Agency", "Gaza Strip". */
const ORG_WORDS = /^(?:army|forces?|police|military|agency|news|ministry|council|brigades?|party|front|movement|hospital|university|strip|city|state|region|township|district|camp|network|media|committee|organi[sz]ation|group|authority|tv|radio|times|post|today)$/;
const NAME_PARTICLES = new Set(['al', 'el', 'abu', 'bin', 'ibn', 'bint', 'abd', 'de', 'van', 'von', 'al-']);

/** Words that may stand between an appositive's closing comma and its verb: "…, was also likely killed". */
const APPOSITIVE_ADVERBS = new Set(['also', 'reportedly', 'likely', 'allegedly', 'later', 'then', 'tragically', 'both']);
/** Longest appositive read, in tokens. */
const APPOSITIVE_SPAN = 30;
const APPOSITIVE_STOP = new Set([';', ':', '.', '?', '!']);

/**
 * "Ali Said (24), a volunteer with the Red Crescent, was killed", "At least one civilian, a young
 * man named Omar Hamdan, was killed": one or more comma-delimited appositives between a figure
 * and its verb. Returns the token index after the last appositive's closing comma when a harm
 * verb follows it within a few words, else null. Not an appositive: a list (", and …", or a name
 * after a name: "Ali Said, Omar Hamdan, …"), or a comma followed by anything but the verb.
 */
function appositiveReach(toks: readonly Tok[], c: Candidate): number | null {
  if (toks[c.end]?.norm !== ',') return null;
  const first = toks[c.end + 1];
  if (!first || first.pos === 'CCONJ' || (c.name && capitalised(first))) return null;
  // A killing verb further on outranks a state on the way ("…, initially reported missing, was killed").
  let found: number | null = null;
  for (let k = c.end + 1; k < toks.length && k - c.end <= APPOSITIVE_SPAN; k++) {
    const w = toks[k].norm;
    if (APPOSITIVE_STOP.has(w)) break;
    // A count inside is a figure of its own, not a description: "Ali, along with 15 relatives, …".
    if (countAt(toks, k)) break;
    if (w !== ',') continue;
    if (toks[k + 1]?.pos === 'CCONJ') break;
    let m = k + 1;
    while (m < toks.length && m - k <= 3 && (APPOSITIVE_ADVERBS.has(toks[m].norm) || toks[m].pos === 'ADV')) m++;
    const hit = cueAfter(toks, m, Math.min(toks.length, m + 4), { passiveOnly: true });
    if (!hit || hit.start - (k + 1) > 4) continue;
    if (hit.cue.kind === 'killed') return k + 1;
    found ??= k + 1;
  }
  return found;
}

/** A number counting people at `k` ("15 family members", "seven women"). */
function countAt(toks: readonly Tok[], k: number): boolean {
  const q = toks[k].pos === 'NUM' || toks[k].norm === 'at' ? readQuantity(toks, k) : null;
  return !!q && readHead(toks, q.end)?.type === 'noun';
}

/**
 * "a fifth casualty", "a 4th death": one more person, counted by the ordinal after an article and
 * named by a singular harm noun, which gives the figure its harm (see {@link ORDINAL_HARM_NOUNS}).
 */
function ordinalHarm(toks: readonly Tok[], i: number): Candidate | null {
  const ord = toks[i + 1]?.norm ?? '';
  if (!ORDINAL_WORDS.has(ord) && !/^\d+(?:st|nd|rd|th)$/.test(ord)) return null;
  const cue = ORDINAL_HARM_NOUNS.get(toks[i + 2]?.norm ?? '');
  if (!cue) return null;
  return single(i, { end: i + 3, type: 'kind', group: 'unknown', singular: true, cue, others: false, confidence: 0.8 });
}

/**
 * "Omar’s wife", "Sami Haddad's son": one person named by a relation to someone named (a
 * possessive name, then a singular people noun). Someone else than the named one, so not definite.
 */
function possessorsRelative(toks: readonly Tok[], i: number): Candidate | null {
  if (!capitalised(toks[i]) || capitalised(toks[i - 1])) return null;
  let m = i;
  while (m < toks.length && m - i < 5 && capitalised(toks[m])) m++;
  if (toks[m]?.norm !== "'s" && toks[m]?.norm !== '’s') return null;
  const head = readHead(toks, m + 1);
  if (head?.type !== 'noun' || !head.singular || head.end <= m + 1) return null;
  return single(i, head);
}

function single(start: number, head: Head): Candidate {
  return { start, end: head.end, min: 1, max: 1, conservative: 1, stated: true, head, single: true, definite: false };
}

/** Parts of speech before a people noun that make it no bare plural: a determiner, a number, a modifier. */
const NOT_BEFORE_BARE = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PRON', 'PART']);

/**
 * "Civilians were injured", "his wife and his children were killed", "family members of the
 * owner were also wounded": a plural people noun with no number (none before it, or only a
 * possessive) is an unstated number of people, which Airwars quantifies as 2–2 as it does "a
 * number of". Not after a determiner ("the civilians" are people counted already), a number or
 * a preposition ("the killing of civilians"), and never "others" or counts of families.
 */
function barePlural(toks: readonly Tok[], i: number): Candidate | null {
  const t = toks[i];
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return null;
  const prev = toks[i - 1];
  const possessive = !!prev && POSSESSIVES.has(prev.norm);
  if (prev && !possessive && (NOT_BEFORE_BARE.has(prev.pos) || /^[A-Z]/.test(t.text) && i > 0 && capitalised(prev))) return null;
  const head = readHead(toks, i);
  if (!head || head.type !== 'noun' || head.singular || head.others || head.collective || head.end <= i) return null;
  const start = possessive ? i - 1 : i;
  return { start, end: head.end, min: 2, max: 2, conservative: 2, stated: false, head, single: false, definite: false, bare: true };
}

/** "a family of five": the number after "family of" is the count. */
function familyOf(toks: readonly Tok[], i: number): Candidate | null {
  if (toks[i + 1]?.norm !== 'family' || toks[i + 2]?.norm !== 'of') return null;
  const q = readQuantity(toks, i + 3);
  if (!q) return null;
  const head: Head = { end: q.end, type: 'noun', group: 'civilians', singular: false, cue: null, others: false, confidence: 1 };
  return { start: i, end: q.end, min: q.min, max: q.max, conservative: q.conservative, stated: q.stated, head, single: false, definite: false };
}

/** "a woman and her four sons", "two children and their mother": one figure for both. */
function mergePossessive(toks: readonly Tok[], c: Candidate): Candidate {
  if (toks[c.end]?.norm !== 'and' || !POSSESSIVES.has(toks[c.end + 1]?.norm ?? '')) return c;
  const at = c.end + 2;
  const q = readQuantity(toks, at);
  const head = readHead(toks, q ? q.end : at);
  if (!head || head.type !== 'noun' || (!q && !head.singular)) return c; // "and his family": not one person
  const add = q ?? { min: 1, max: 1, conservative: 1, stated: true };
  const group = c.head.group === head.group ? head.group : c.head.group === 'unknown' ? head.group : head.group === 'unknown' ? c.head.group : 'unknown';
  return {
    ...c,
    end: head.end,
    min: c.min + add.min,
    max: c.max === null || add.max === null ? null : c.max + add.max,
    conservative: c.conservative + add.conservative,
    stated: c.stated && add.stated,
    head: { ...c.head, end: head.end, group, singular: false },
    single: false,
    definite: false,
  };
}

/**
 * Every possible figure of a sentence, left to right: number phrases with their people
 * ("at least 11 civilians"), single people ("a woman", "the boy", "him"), families ("a family of
 * five", "a woman and her four sons") and named people ("Ahmed Ali Hassan was killed").
 *
 * @example
 * candidates(toks('Two children and their mother were killed')); // [{ min: 3, max: 3, … }]
 */
export function candidates(toks: readonly Tok[]): Candidate[] {
  const out: Candidate[] = [];
  // In a Title Case headline every word is capitalised: no run of them is a name.
  const words = toks.filter((t) => /^[A-Za-z]/.test(t.text));
  const headline = words.length > 3 && words.filter((t) => /^[A-Z]/.test(t.text)).length / words.length > 0.6;
  for (let i = 0; i < toks.length; ) {
    const norm = toks[i].norm;
    let c: Candidate | null = null;
    if (norm === 'a' || norm === 'an') c = familyOf(toks, i);
    if (!c) {
      const q = agedBefore(toks, i) ? null : readQuantity(toks, i);
      if (q) {
        const head = readHead(toks, q.end);
        // A bare year is a date, not people: "on October 9th 2023 killed …"; a bare number after
        // "of" is not a subject: "a population of 80,000 have fled".
        const bare = head?.type === 'implicit';
        // "(25)" after a name is an age; a bare number in brackets is never a count of people.
        if (bare && toks[i - 1]?.norm === '(' && toks[q.end]?.norm === ')') { i = q.end; continue; }
        // "his wife, Warda Jibril, 21 were killed": a bare number after a name and a comma is an age.
        if (bare && toks[i - 1]?.norm === ',' && capitalised(toks[i - 2]) && ageAfterName(toks, i)) { i = q.end; continue; }
        const year = bare && q.max === q.min && q.min >= 1900 && q.min <= 2100;
        // "zero civilians were killed" counts nobody — but a tally of zero is a figure ("the toll stands at 0").
        const zero = q.max === 0 && cueBefore(toks, i)?.cue.role !== 'toll';
        if (!head || year || zero || (bare && toks[i - 1]?.norm === 'of' && !cueBefore(toks, i))) { i = q.end; continue; }
        c = { start: i, end: Math.max(head.end, q.end), min: q.min, max: q.max, conservative: q.conservative, stated: q.stated, head, single: false, definite: false, ...(q.upTo ? { upTo: true } : {}) };
      }
    }
    if (!c && ARTICLES.has(norm)) {
      const head = readHead(toks, i + 1);
      if (head?.type === 'noun' && head.singular) c = single(i, head);
    }
    if (!c && (norm === 'a' || norm === 'an')) c = ordinalHarm(toks, i);
    if (!c && (PRONOUNS.has(norm) || (norm === 'her' && !['NOUN', 'ADJ', 'NUM', 'PROPN'].includes(toks[i + 1]?.pos ?? '')))) {
      c = single(i, { end: i + 1, type: 'implicit', group: 'unknown', singular: true, cue: null, others: false, confidence: 0.8 });
    }
    if (!c && !headline) c = possessorsRelative(toks, i);
    if (!c && !headline) c = nameAt(toks, i);
    if (!c) c = barePlural(toks, i);
    if (!c) { i++; continue; }
    // "he", "the boy" may be someone counted before; "his wife", "their son" is someone else.
    if (c.single && DEFINITE.has(norm) && !(POSSESSIVES.has(norm) && c.head.type === 'noun')) c.definite = true;
    c = mergePossessive(toks, c);
    // "a child named Anas Ali", "Muhammad Al Hassi, a 45-year-old civilian": one person, once.
    const prev = out[out.length - 1];
    // "Ali Said, his wife and …": a relative after a name is another person of a list.
    if (prev && c.single && (c.name || prev.name) && !(c.name && prev.name && toks[c.start - 1]?.norm === ',')
      && !(prev.name && POSSESSIVES.has(toks[c.start].norm))
      && prev.max === 1 && apposed(toks, prev.end, c.start)) {
      // The apposition is part of the figure, so a list goes on after it ("their son, Ali Said, 25, and his wife").
      out[out.length - 1] = { ...prev, end: c.end, head: { ...prev.head, end: c.end } };
      i = Math.max(c.end, i + 1);
      continue;
    }
    // "killing one member of his family, a child, and injuring others": the child is that one.
    if (prev && c.single && !c.name && prev.min === 1 && (prev.max === null || prev.max === 1) && singleApposition(toks, prev.end, c)) {
      out[out.length - 1] = { ...prev, end: c.end, head: { ...prev.head, end: c.end } };
      i = Math.max(c.end, i + 1);
      continue;
    }
    const reach = appositiveReach(toks, c);
    if (reach !== null) c = { ...c, reach };
    out.push(c);
    // The appositive is this figure's: no figure of its own is read inside it.
    i = Math.max(c.reach ?? c.end, i + 1);
  }
  return out;
}
