import { COLLECTIVE_NOUNS, GROUP_MODIFIERS, KIND_CUES, NOT_PEOPLE_ER, PERSON_NOUNS, UNIT_NOUNS, type KindCue } from '../../lexicon/casualty-terms.js';
import type { CasualtyGroup } from '../../report/types.js';
import { readQuantity } from './quantity.js';
import type { Tok } from './tokens.js';

/** What follows a number: the people it counts. */
export interface Head {
  /** Token index after the head (exclusive). Equals the start when the head is implicit ("2 died"). */
  end: number;
  /** `noun`: a people noun; `kind`: a harm noun ("11 fatalities"); `pronoun`: "of them";
   * `implicit`: no noun ("killing at least 5"). */
  type: 'noun' | 'kind' | 'pronoun' | 'implicit';
  group: CasualtyGroup;
  /** Singular people noun ("a woman"). */
  singular: boolean;
  /** The harm noun, for `kind` heads. */
  cue: KindCue | null;
  /** The head noun is "others": its group comes from the figure before. */
  others: boolean;
  /** 1 for nouns from the table, lower for the suffix guess ("worshippers" if it were missing). */
  confidence: number;
  /** The head counts groups, not people ("400 families"): a figure only for displacement. */
  collective?: boolean;
  /** A harm adjective before the people noun ("80 injured civilians", "two wounded men"). */
  harm?: KindCue;
}

interface NounInfo { group: CasualtyGroup; singular: boolean }
const NOUNS = new Map<string, NounInfo>();
for (const row of PERSON_NOUNS) {
  if (!NOUNS.has(row.pl)) NOUNS.set(row.pl, { group: row.group, singular: false });
  if (!NOUNS.has(row.sg)) NOUNS.set(row.sg, { group: row.group, singular: true });
}
const HARM_NOUNS = new Map<string, KindCue>();
for (const cue of KIND_CUES) if (cue.role === 'noun' && cue.words.length === 1) HARM_NOUNS.set(cue.words[0], cue);
/** Participles and adjectives that may stand for their people: "40 dead", "11 injured". */
const HARM_ADJECTIVES = new Map<string, KindCue>();
for (const cue of KIND_CUES) {
  const w = cue.words[0];
  if (cue.words.length === 1 && ['dead', 'injured', 'wounded', 'missing', 'displaced'].includes(w) && !HARM_ADJECTIVES.has(w)) HARM_ADJECTIVES.set(w, cue);
}
/** First words of harm cues: never part of a noun phrase ("5 killed civilians" is not a head). */
const CUE_FIRST: ReadonlySet<string> = new Set(KIND_CUES.filter((c) => c.role !== 'noun').map((c) => c.words[0]));
const NP_WORDS = new Set(['other', 'more', 'additional', 'further', "'s", '’s', 'elderly', 'young', 'unarmed', '-']);
const NP_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
const OBJECT_PRONOUNS = new Set(['them', 'those', 'whom', 'these']);
/** Guesses for people nouns missing from the table: "garbage collectors", "a motorcyclist". */
const PERSON_SUFFIX = /(?:ers|ors|ists|ians|ees)$/;
const PERSON_SUFFIX_SG = /(?:er|or|ist|ian|ee)$/;

/** Skip an age inside a noun phrase: "12 - year - old", "74 year old". Returns the index after it. */
function skipAge(toks: readonly Tok[], m: number): number {
  if (toks[m]?.pos !== 'NUM') return m;
  let k = m + 1;
  if (toks[k]?.norm === '-') k++;
  if (!/^(?:years?|months?|weeks?|days?)$/.test(toks[k]?.norm ?? '')) return m;
  k++;
  if (toks[k]?.norm === '-') k++;
  return toks[k]?.norm === 'old' ? k + 1 : m;
}

/**
 * Read the people a number counts, from token `k` (just after the number): "of civilians",
 * "other IS jihadists", "family members", "fatalities", "of them", or nothing ("2 died").
 * Null when the number counts something else ("three air strikes", "four buildings").
 *
 * @example
 * readHead(toks('four other IS jihadists'), 1); // { end: 4, type: 'noun', group: 'combatants', … }
 */
export function readHead(toks: readonly Tok[], k: number): Head | null {
  const base = { singular: false, cue: null, others: false, confidence: 1 };
  let m = k;
  if (toks[m]?.norm === 'of') {
    m++;
    if (OBJECT_PRONOUNS.has(toks[m]?.norm ?? '')) return { ...base, end: m + 1, type: 'pronoun', group: 'unknown' };
    if (['the', 'these', 'their', 'its', 'his', 'her'].includes(toks[m]?.norm ?? '')) m++;
    // A partitive: "one of the seven police officers" counts one, of the people named after.
    const inner = readQuantity(toks, m);
    if (inner) m = inner.end;
  }
  let headAt = -1;
  let head: NounInfo | null = null;
  let lastNoun = -1;
  const modifierGroups: CasualtyGroup[] = [];
  let sawAge = false;
  let harmModifier: KindCue | undefined;
  for (let steps = 0; m < toks.length && steps < 7; steps++) {
    const after = skipAge(toks, m);
    if (after !== m) { m = after; sawAge = true; continue; }
    const t = toks[m];
    if (QUOTES.has(t.norm)) { m++; continue; }
    // "the two injured police officers": a harm adjective before its people is a modifier;
    // before anything else it says nothing about people ("thousands of missing emails").
    if (!head && HARM_ADJECTIVES.has(t.norm)) {
      const next = toks[m + 1 + (QUOTES.has(toks[m + 1]?.norm ?? '') ? 1 : 0)];
      if (next && NOUNS.has(next.norm)) { harmModifier ??= HARM_ADJECTIVES.get(t.norm); m++; continue; }
      if (next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return null;
    }
    const harm = HARM_NOUNS.get(t.norm) ?? (head ? undefined : HARM_ADJECTIVES.get(t.norm));
    if (harm && !head) return { ...base, end: m + 1, type: 'kind', group: groupOf(modifierGroups), cue: harm };
    if (harm) break;
    const noun = NOUNS.get(t.norm);
    const acronym = /^[A-Z][A-Z0-9-]+$/.test(t.text);
    // "two of her sons Omar and Sami", "his four sons Ali Said, …": a name after a plural people
    // noun names those people (an apposition); it does not continue the noun phrase.
    if (head && !head.singular && !noun && !acronym && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text)) break;
    // A participle is an adjective before a noun ("21 identified family members", "two armed men").
    const participle = !head && t.pos === 'VERB' && t.norm.endsWith('ed') && /^(?:NOUN|PROPN)$/.test(toks[m + 1]?.pos ?? '');
    if (!noun && !acronym && !participle && !NP_POS.has(t.pos) && !NP_WORDS.has(t.norm)) break;
    if (HARM_ADJECTIVES.has(t.norm) || (t.pos === 'VERB' && !noun && !participle) || CUE_FIRST.has(t.norm)) break;
    const modifier = GROUP_MODIFIERS[t.norm];
    if (noun) {
      if (head) modifierGroups.push(head.group);
      head = noun;
      headAt = m;
    } else if (modifier) {
      modifierGroups.push(modifier);
    } else if (acronym) {
      modifierGroups.push('unknown');
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || noun) lastNoun = m;
    m++;
  }
  if (lastNoun < 0) {
    // "a 25-year-old stepped on a mine": an age stands for a person.
    if (sawAge) return { ...base, end: m, type: 'noun', group: 'unknown', singular: true, confidence: 0.8 };
    return { ...base, end: k, type: 'implicit', group: 'unknown' };
  }
  if (!head || headAt !== lastNoun) {
    const t = toks[lastNoun];
    if (t.pos !== 'NOUN' || NOT_PEOPLE_ER.has(t.norm) || NOT_PEOPLE_ER.has(t.norm.replace(/s$/, ''))) return null;
    if (PERSON_SUFFIX.test(t.norm)) return { ...base, end: lastNoun + 1, type: 'noun', group: groupOf(modifierGroups), confidence: 0.6 };
    if (PERSON_SUFFIX_SG.test(t.norm)) return { ...base, end: lastNoun + 1, type: 'noun', group: groupOf(modifierGroups), singular: true, confidence: 0.6 };
    return null;
  }
  const own = head.group;
  let group = own !== 'unknown' ? own : groupOf(modifierGroups.length ? modifierGroups : membersOf(toks, headAt));
  // "13 women and children": the number counts both nouns.
  let end = headAt + 1;
  const second = toks[end]?.norm === 'and' ? NOUNS.get(toks[end + 1]?.norm ?? '') : undefined;
  if (second && !head.singular && !second.singular && toks[end + 1].norm !== 'others') {
    if (second.group !== group) group = group === 'unknown' ? second.group : second.group === 'unknown' ? group : 'unknown';
    end += 2;
  }
  end = ofComplement(toks, end);
  return {
    ...base, end, type: 'noun', group,
    singular: head.singular && !toks[headAt].norm.endsWith('s') && !COLLECTIVE_NOUNS.has(toks[headAt].norm),
    others: toks[headAt].norm === 'others',
    collective: UNIT_NOUNS.has(toks[headAt].norm),
    ...(harmModifier ? { harm: harmModifier } : {}),
  };
}

/**
 * "members of the Ali family", "residents of Beit Lahia": a complement naming whose people they
 * are belongs to the noun phrase, so a list of such phrases stays one list ("11 members of the
 * Ali family and eight members of the Omar family were killed"). Only a run of determiners,
 * nouns and names ending in a noun or name; a number after "of" is no complement ("a mother of
 * six children"). Returns the index after the phrase (or `end` unchanged).
 */
function ofComplement(toks: readonly Tok[], end: number): number {
  if (toks[end]?.norm !== 'of') return end;
  let m = end + 1;
  if (['the', 'their', 'his', 'her', 'its'].includes(toks[m]?.norm ?? '')) m++;
  let last = -1;
  for (let steps = 0; m < toks.length && steps < 6; steps++, m++) {
    const t = toks[m];
    if (t.norm === '-' || t.norm === "'s" || t.norm === '’s') continue;
    if (!OF_POS.has(t.pos) || CUE_FIRST.has(t.norm) || HARM_NOUNS.has(t.norm)) break;
    if (t.pos !== 'ADJ') last = m;
  }
  return last < 0 ? end : last + 1;
}
const OF_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/** "members of the Abu Ali family", "members of the security forces": the group after "of". */
function membersOf(toks: readonly Tok[], headAt: number): CasualtyGroup[] {
  if (!/^members?$/.test(toks[headAt].norm) || toks[headAt + 1]?.norm !== 'of') return [];
  const out: CasualtyGroup[] = [];
  for (let m = headAt + 2; m < toks.length && m < headAt + 8 && /^(?:DET|PROPN|NOUN|ADJ|PRON)$/.test(toks[m].pos); m++) {
    const g = GROUP_MODIFIERS[toks[m].norm] ?? NOUNS.get(toks[m].norm)?.group;
    if (g) out.push(g);
  }
  return out;
}

function groupOf(groups: readonly CasualtyGroup[]): CasualtyGroup {
  return groups.find((g) => g !== 'unknown') ?? 'unknown';
}
