import { PERSON_NOUNS, ACCOMPANY_MARKERS, ADDITIONAL_MARKERS, ORDINAL_HARM_NOUNS, ALTERNATIVE_MARKERS, DOUBT_CUES, FORWARD_DOUBT_CUES, MEMBER_HEDGES, WAR_WIDE_CUES, ORDINAL_WORDS, COORDINATORS, INITIAL_MARKERS, KIND_CUES, LATER_MARKERS, PAIRED_HARM, SUBSET_MARKERS, TOLL_AFTER, type KindCue } from '../../lexicon/casualty-terms.js';
import type { CasualtyGroup, CasualtyKind } from '../../report/types.js';
import { amongHarmedAfter, cueAfter, cueBefore, harmEndingAt, hedgedAround, listCue, type CueHit } from './cues.js';
import { candidates, type Candidate } from './candidates.js';
import { INJURED_VAGUE } from '../../lexicon/quantities.js';
import { matchesAt, type Tok } from './tokens.js';

/** One casualty figure found in a sentence, before it becomes a span. */
export interface Figure {
  /** Character offsets into the report text. */
  start: number;
  end: number;
  kind: CasualtyKind;
  group: CasualtyGroup;
  min: number;
  max: number | null;
  conservative: number;
  stated: boolean;
  hedged: boolean;
  /** Index (among this sentence's figures) of the figure this one is part of: "…, including three children". */
  subsetOf: number | null;
  /** A tally of figures stated elsewhere ("the death toll rose to 40"). */
  aggregate: boolean;
  /** Marked as an early figure ("initially 6") or a revision ("later 11", "an updated figure of 11"). */
  revision: 'initial' | 'later' | null;
  /** The words that gave the kind ("were killed", "fatalities"). */
  cue: string;
  /** One person named definitely ("the boy", "he"): maybe someone already counted. */
  definite: boolean;
  /** Only the top was stated ("up to 20"). */
  upTo?: boolean;
  /** One person by an article, a pronoun or a name. */
  individual?: boolean;
  /** Another source's reading of an earlier figure of this sentence ("four … while B reported five"). */
  alternative?: boolean;
  /** The sentence tells it as a claim no other source bears out (`DOUBT_CUES`). */
  doubted?: boolean;
  /** People beyond those counted: "also", "other deaths", "a fifth child". */
  additional?: boolean;
  confidence: number;
}

/** Looks up the group of an actor span covering a character range (stage `actors`), if any. */
export type ActorGroupAt = (start: number, end: number) => CasualtyGroup | null;

const NEAR = 3;
/** Every word a harm cue starts with: a sentence with none of them has no casualty figure. */
const CUE_WORDS: ReadonlySet<string> = new Set([...KIND_CUES.map((c) => c.words[0]), ...ORDINAL_HARM_NOUNS.keys()]);

/**
 * "killed along with his three children", "alongside her husband": the figure shares the harm
 * before it. Not "with X doing": "…, with Al Jazeera sharing footage", "with a neighbour
 * filming" is a circumstance (X does something), no company in the harm.
 */
function accompanies(toks: readonly Tok[], c: Pick<Candidate, 'start' | 'end' | 'reach'>): boolean {
  return accompanyMarker(toks, c) >= 0;
}

/** The token index of the marker ("alongside", "with") that makes the figure company in a harm, or -1. */
function accompanyMarker(toks: readonly Tok[], c: Pick<Candidate, 'start' | 'end' | 'reach'>): number {
  const start = c.start;
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    if (ACCOMPANY_MARKERS.has(toks[k].norm)) return doing(toks[c.reach ?? c.end]) ? -1 : k;
    if (!['his', 'her', 'their', 'the'].includes(toks[k].norm)) return -1;
  }
  return -1;
}

/** A present participle ("sharing", "filming"): what the person after "with" was doing. */
function doing(t: Tok | undefined): boolean {
  return !!t && t.pos === 'VERB' && t.norm.endsWith('ing');
}

const DASHES = new Set(['–', '—']);
/** Tokens a colon may stand after a figure and still open its breakdown: "… were killed across three generations:". */
const COLON_REACH = 8;
/** Tokens between a number figure and the harm word of a list it opens: "17 civilians who were reportedly killed". */
const LIST_WHOLE_GAP = 4;
const POSSESSIVE_HEAD = new Set(['his', 'her', 'their']);
/** Words between the names of a list: "Ali Said, Omar Nasr and Huda Ali". */
const LIST_WORDS = new Set([',', 'and']);
/** An age told before the next name of a list: "…, 33 year old Nizam Qadir, and his one month old nephew Ibrahim …". */
const LIST_AGE_WORDS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'old', '-', 'year-old', 'month-old', 'his', 'her', 'their',
  'son', 'daughter', 'nephew', 'niece', 'brother', 'sister', 'wife', 'husband', 'mother', 'father', 'cousin', 'grandson', 'granddaughter', 'grandchild', 'child', 'baby', 'infant', 'uncle', 'aunt']);

/** Longest parenthetical skipped between two figures, in tokens. */
const PARENTHETICAL_SPAN = 15;

/** The token after a parenthetical ("– a local official –", "(a nurse)") opening at `from`, or `from`. */
function afterParenthetical(toks: readonly Tok[], from: number, to: number): number {
  const open = toks[from]?.norm;
  if (open !== '(' && !DASHES.has(open ?? '')) return from;
  for (let k = from + 1; k < to && k - from <= PARENTHETICAL_SPAN; k++) {
    const w = toks[k].norm;
    if (w === '.' || w === ';') return from;
    if (open === '(' ? w === ')' : DASHES.has(w)) return k + 1 < to ? k + 1 : from;
  }
  return from;
}

/** The tokens between two figures, when only coordinators and subset markers stand there. */
function link(toks: readonly Tok[], from: number, to: number): 'none' | 'and' | 'subset' {
  // "18 civilians, all members of one family, including seven children": the marker decides.
  for (let k = to - 1; k >= from && k >= to - 3; k--) {
    if (SUBSET_MARKERS.has(toks[k].norm)) return to - from <= 20 ? 'subset' : 'none';
    // "…, among them at least 12 women": the marker may take a pronoun ("among them").
    if (toks[k].norm !== ',' && toks[k].norm !== 'at' && toks[k].norm !== 'least' && toks[k].norm !== 'them') break;
  }
  // "the four children of Ali Said – two sons and two daughters –": a dash opens a breakdown.
  if (to - from === 1 && DASHES.has(toks[from].norm)) return 'subset';
  // "the wife of Ali Said – a local official – and three other civilians": a parenthetical
  // between dashes or brackets describes the figure before; the link is what follows it.
  from = afterParenthetical(toks, from, to);
  if (to - from > 5) return 'none';
  let subset = false;
  for (let k = from; k < to; k++) {
    const w = toks[k].norm;
    if (SUBSET_MARKERS.has(w)) subset = true;
    else if (!COORDINATORS.has(w) && !MEMBER_HEDGES.has(w)) return 'none';
  }
  return subset ? 'subset' : 'and';
}

/** Tokens a revision marker may stand before its figure ("initially, 6"), and further within one clause. */
const MARKER_NEAR = 6;
const MARKER_CLAUSE = 12;
const MARKER_BREAKS = new Set([',', ';', ':', '.', '(', ')']);

/**
 * A marker ("initially", "later") within a few tokens before the figure, or further back in its
 * clause: "initial reports from the agency said that 35 were injured", "with later figures
 * published as six killed and 45 injured" — the marker scopes the clause's figures.
 */
function markerBefore(toks: readonly Tok[], start: number, markers: ReadonlySet<string>): boolean {
  for (let k = start - 1; k >= 0 && start - k <= MARKER_CLAUSE; k--) {
    if (markers.has(toks[k].norm)) return true;
    if (start - k >= MARKER_NEAR && MARKER_BREAKS.has(toks[k].norm)) return false;
  }
  return false;
}

interface Resolved {
  kind: CasualtyKind; cue: KindCue; hit: CueHit | null; via: 'own' | 'borrowed' | 'inherited';
  /** The figure is company of one person counted by no figure: "Heba was killed alongside her five sons" counts six. */
  withSubject?: boolean;
}

/**
 * "Heba was killed alongside her five sons", "the nurse died with his two daughters": company in
 * a harm whose subject is no figure of the sentence (a one-word name, "the nurse" told before)
 * shares the harm verb right before the marker, and counts that subject too when the verb is
 * singular ("was killed"): one person more. With a figure before the verb, the company already
 * inherits its harm (see `resolveKinds`).
 */
function companyOfSubject(toks: readonly Tok[], cands: readonly Candidate[], j: number): Resolved | null {
  const marker = accompanyMarker(toks, cands[j]);
  const hit = marker > 0 ? harmEndingAt(toks, marker) : null;
  if (!hit) return null;
  return { kind: hit.cue.kind, cue: hit.cue, hit, via: 'borrowed', ...(hit.singular && uncountedSubject(toks, cands, hit.start) ? { withSubject: true } : {}) };
}

/** Words before a one-word name that make its bearer a combatant: "a combatant Hilal was killed". */
const COMBATANT_NOUNS: ReadonlySet<string> = new Set(['combatant', ...PERSON_NOUNS.filter((p) => p.group === 'combatants').map((p) => p.sg)]);

/**
 * True when the subject of the verb at token `verb` ("was killed") is one person no figure
 * counts: a pronoun ("she") or a one-word name ("Heba") right before the auxiliary, with no
 * candidate ending there, and no combatant noun before the name.
 */
function uncountedSubject(toks: readonly Tok[], cands: readonly Candidate[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV')) k--;
  if (k < 0 || cands.some((o) => o.start <= k && k < (o.reach ?? o.end))) return false;
  const t = toks[k];
  if (t.norm === 'she' || t.norm === 'he') return true;
  const oneWordName = t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text) && !/^\p{Lu}/u.test(toks[k - 1]?.text ?? '');
  return oneWordName && !COMBATANT_NOUNS.has(toks[k - 1]?.norm ?? '');
}

/** A list member after "and possibly", ", perhaps" (`MEMBER_HEDGES`): maybe among the victims. */
function hedgedMember(toks: readonly Tok[], c: Pick<Candidate, 'start'>): boolean {
  return MEMBER_HEDGES.has(toks[c.start - 1]?.norm ?? '') && [',', 'and', 'or'].includes(toks[c.start - 2]?.norm ?? '');
}

/** How the figures of a sentence relate: their own cues, links, shared verbs and wholes. */
interface Relations {
  before: (CueHit | null)[];
  after: (CueHit | null)[];
  links: ('none' | 'and' | 'subset')[];
  /** A verb shared with a later figure ("three officers and one driver were injured") or a part. */
  borrowed: (CueHit | null)[];
  /** A verb shared along a list of named or single people, right beside the last of them. */
  borrowedNear: (CueHit | null)[];
  /** Index of the whole a figure is part of ("nine villagers, including three children"). */
  parent: (number | null)[];
}

function relations(toks: readonly Tok[], cands: readonly Candidate[]): Relations {
  const n = cands.length;
  const before = cands.map((c) => cueBefore(toks, c.start));
  // A pronoun or a name before an active verb is its agent unless the verb is passive: "he killed".
  const after = cands.map((c, j) => cueAfter(toks, c.reach ?? c.end, j + 1 < n ? cands[j + 1].start : toks.length,
    { passiveOnly: !!c.name || !!c.bare || (c.single && c.head.type === 'implicit') }));
  const links = cands.map((c, j) => {
    if (j + 1 >= n) return 'none';
    const next = cands[j + 1];
    // "killed two farmers, with a neighbour filming": a circumstance, not a coordinated figure.
    if (toks[next.start - 1]?.norm === 'with' && doing(toks[next.reach ?? next.end])) return 'none';
    return link(toks, c.reach ?? c.end, next.start);
  });
  // Shared predicate: "Three police officers and one traffic policeman were injured".
  const borrowed: (CueHit | null)[] = new Array(n).fill(null);
  // The same, through a list of named people whose last one has the verb right beside it:
  // "Ali Hassan, Omar Said and Fatima Ali were killed" (names need their verb near).
  const borrowedNear: (CueHit | null)[] = new Array(n).fill(null);
  for (let j = n - 2; j >= 0; j--) {
    const next = cands[j + 1];
    // "…, Lina Khoury and possibly Tarek Khoury were killed": a hedged member still ends the list.
    const plainList = toks.slice(cands[j].reach ?? cands[j].end, next.start).every((t) => LIST_WORDS.has(t.norm) || LIST_AGE_WORDS.has(t.norm) || MEMBER_HEDGES.has(t.norm) || t.pos === 'NUM');
    // "16 year old Amani Saleh, 33 year old Nizam Qadir and his nephew Ibrahim Saad were
    // killed": names with the ages told before them are a list too.
    const agedNames = !!cands[j].name && !!next.name && plainList && toks.slice(cands[j].reach ?? cands[j].end, next.start).some((t) => t.norm === ',' || t.norm === 'and');
    if (after[j] || (links[j] === 'none' && !agedNames)) continue;
    if (links[j] !== 'none') borrowed[j] = after[j + 1] ?? borrowed[j + 1];
    const nearNext = after[j + 1] && after[j + 1]!.start - (next.reach ?? next.end) <= NEAR ? after[j + 1] : null;
    // "Ali Said, his wife and his children were injured": a bare plural ends such a list too.
    const listed = (q: Candidate) => !!q.name || !!q.bare || (q.single && POSSESSIVE_HEAD.has(toks[q.start].norm));
    if (((cands[j].name && next.name) || (listed(next) && listed(cands[j]))) && plainList) borrowedNear[j] = nearNext ?? borrowedNear[j + 1];
  }
  const parent: (number | null)[] = [];
  for (let j = 0; j < n; j++) {
    const prevLink = j > 0 ? links[j - 1] : 'none';
    if ((cands[j].head.type === 'pronoun' && j > 0) || prevLink === 'subset' || namesPeopleBefore(cands, j)) parent.push(j - 1);
    else parent.push(prevLink === 'and' ? parent[j - 1] : null);
  }
  // "At least 21 members of the family were killed: Ali Said, his wife and their three sons": a
  // colon (or a dash) right after a number figure's clause opens its breakdown — every figure
  // after it in the sentence (up to a closing dash) is one of its parts, not more people.
  for (let j = 0; j < n; j++) {
    const c = cands[j];
    if (c.single || c.name || c.bare || c.head.others) continue;
    let colon = -1;
    for (let m = c.reach ?? c.end; m < toks.length && m - (c.reach ?? c.end) <= COLON_REACH; m++) {
      const w = toks[m].norm;
      if (w === ':' || DASHES.has(w)) { colon = m; break; }
      if (w === '.' || w === ';' || (j + 1 < n && m >= cands[j + 1].start)) break;
    }
    if (colon < 0) continue;
    // "Four civilians were killed – a woman and three children – and two others were injured":
    // a dash's breakdown ends at the closing dash, and "others" are more people, not parts.
    let close = toks.length;
    if (toks[colon].norm !== ':') for (let m = colon + 1; m < toks.length; m++) if (DASHES.has(toks[m].norm)) { close = m; break; }
    for (let k = j + 1; k < n; k++) {
      if (cands[k].start > colon && cands[k].start < close && parent[k] === null && (toks[colon].norm === ':' || !cands[k].head.others)) parent[k] = j;
    }
  }
  // "Airwars identified 17 civilians who were killed in the strike: Ali Said, his wife …", "the
  // three children killed – Lina, Sami and Omar": people listed after the colon (or dash) that
  // closes a number figure's harm clause are its parts, however long that clause.
  for (let k = 0; k < n; k++) {
    const c = cands[k];
    if (parent[k] !== null || !(c.name || c.single)) continue;
    const hit = listCue(toks, c.start);
    if (!hit) continue;
    for (let j = k - 1; j >= 0; j--) {
      const w = cands[j];
      if (w.end > hit.opener) continue;
      if (!w.single && !w.name && !w.bare && !w.head.others && hit.start - (w.reach ?? w.end) <= LIST_WHOLE_GAP && (w.reach ?? w.end) <= hit.start + 1) parent[k] = j;
      break;
    }
  }
  apposedBreakdown(toks, cands, parent);
  // "Six civilians, including three children, … were killed": the whole takes its parts' verb.
  const descends = (k: number, j: number): boolean => {
    for (let q = parent[k]; q !== null; q = parent[q]) if (q === j) return true;
    return false;
  };
  for (let j = 0; j < n; j++) {
    if (after[j] || borrowed[j]) continue;
    for (let k = j + 1; k < n && descends(k, j); k++) {
      if (after[k]) { borrowed[j] = after[k]; break; }
    }
  }
  // "20 members of the family, including eight women, two of whom were pregnant, and eight
  // children, were killed": a whole with no harm word of its own, opening an "including" clause,
  // takes the first verb after it, and every figure up to that verb is one of its parts.
  for (let j = 0; j < n; j++) {
    const c = cands[j];
    if (before[j] || after[j] || borrowed[j] || toks[c.end]?.norm !== ',' || !SUBSET_MARKERS.has(toks[c.end + 1]?.norm ?? '')) continue;
    const k = cands.findIndex((_, q) => q > j && after[q] !== null);
    // "…, and others were wounded": others are no part of the whole, and their verb is not its.
    if (k < 0 || cands[k].head.others || toks.slice(cands[k].start, cands[k].end).some((t) => t.norm === 'others') || toks.slice(c.end, cands[k].start).some((t) => t.norm === '.' || t.norm === ';')) continue;
    borrowed[j] = after[k];
    for (let q = j + 1; q <= k; q++) if (parent[q] === null) parent[q] = j;
  }
  // "Ali Said, along with 15 members of his family, …, were killed": a named person in company
  // of the figure after shares its verb, wherever that verb stands.
  for (let j = 0; j + 1 < n; j++) {
    if (after[j] || borrowedNear[j] || links[j] === 'none' || !accompanies(toks, cands[j + 1])) continue;
    borrowedNear[j] = after[j + 1] ?? borrowed[j + 1];
  }
  return { before, after, links, borrowed, borrowedNear, parent };
}

/**
 * "Seven civilians, Jihad Saleh (35), his wife Rabab and their five children … were killed": a
 * count followed by a comma and a list of the people it counts, opening with a name, is broken
 * down by that list when the people listed add up to the count exactly (a list that sums to
 * something else is more people: "two soldiers, Ali Said and his son"). Each listed figure becomes
 * a part of the count, so the count takes their verb and they are not added to it.
 */
function apposedBreakdown(toks: readonly Tok[], cands: readonly Candidate[], parent: (number | null)[]): void {
  for (let j = 0; j + 1 < cands.length; j++) {
    const w = cands[j];
    if (w.single || w.name || w.bare || w.head.others || !w.stated || w.max !== w.min || w.min < 2) continue;
    if (toks[w.end]?.norm !== ',' || cands[j + 1].start !== w.end + 1 || !cands[j + 1].name || parent[j + 1] !== null) continue;
    const items: number[] = [];
    let sum = 0;
    let from = w.end;
    for (let k = j + 1; k < cands.length && sum < w.min; k++) {
      if (parent[k] !== null) continue; // a part of an item already counted ("five children Nida, …")
      const gap = toks.slice(from, cands[k].start);
      if (!gap.every((t) => LIST_WORDS.has(t.norm) || LIST_AGE_WORDS.has(t.norm) || t.pos === 'NUM')) break;
      items.push(k);
      sum += cands[k].min;
      from = lastEnd(cands, parent, k);
    }
    if (sum === w.min) for (const k of items) parent[k] = j;
  }
}

/** The token after candidate `k` and the parts that follow it ("five children Nida, Tala and Sami"). */
function lastEnd(cands: readonly Candidate[], parent: readonly (number | null)[], k: number): number {
  let end = cands[k].reach ?? cands[k].end;
  for (let q = k + 1; q < cands.length; q++) {
    let p = parent[q];
    while (p !== null && p !== k) p = parent[p];
    if (p !== k) break;
    end = cands[q].reach ?? cands[q].end;
  }
  return end;
}

/**
 * "their five children Nida Saleh, Tala Saleh and …", "sons Ali Said and Omar Said": a name right
 * after a plural people noun (nothing between) names one of those people, so it is a part of
 * that figure (and the names listed after it with it), not one more person.
 */
function namesPeopleBefore(cands: readonly Candidate[], j: number): boolean {
  if (j === 0 || !cands[j].name) return false;
  const prev = cands[j - 1];
  return !prev.single && !prev.name && prev.head.type === 'noun' && !prev.head.singular && (prev.reach ?? prev.end) === cands[j].start;
}

/** A figure's own harm word, stated before token `at` (or the figure's own noun: "14 deaths, including …"). */
function ownBefore(r: Resolved | null, at: number): boolean {
  return !!r && r.via === 'own' && (r.hit === null || r.hit.start < at);
}

/** The kind of each figure: its own cue first, then a shared verb, then the figure it belongs with. */
function resolveKinds(toks: readonly Tok[], cands: readonly Candidate[], rel: Relations): (Resolved | null)[] {
  const { before, after, links, borrowed, borrowedNear, parent } = rel;
  const n = cands.length;
  const resolved: (Resolved | null)[] = [];
  for (let j = 0; j < n; j++) {
    const c = cands[j];
    const prevLink = j > 0 ? links[j - 1] : 'none';
    const p = parent[j];
    const b = before[j];
    const a = after[j];
    // A bare number or a name ("2 died", "Ali Hassan was killed") needs its cue right beside it.
    const needsNear = c.head.type === 'implicit' || !!c.name || !!c.bare;
    let r: Resolved | null = null;
    if (c.head.type === 'kind' && c.head.cue) r = { kind: c.head.cue.kind, cue: c.head.cue, hit: b?.cue.role === 'toll' ? b : null, via: 'own' };
    // A bare plural counts only as the subject of its own harm verb, right after it (or a list's).
    else if (c.bare) r = a && a.start - (c.reach ?? c.end) <= NEAR ? { kind: a.cue.kind, cue: a.cue, hit: a, via: 'own' }
      : borrowedNear[j] ? { kind: borrowedNear[j]!.cue.kind, cue: borrowedNear[j]!.cue, hit: borrowedNear[j], via: 'borrowed' } : null;
    else if (b) r = { kind: b.cue.kind, cue: b.cue, hit: b, via: 'own' };
    else if (a && (!needsNear || a.start - (c.reach ?? c.end) <= NEAR)) r = { kind: a.cue.kind, cue: a.cue, hit: a, via: 'own' };
    else if (p !== null && ownBefore(resolved[p], c.start)) {
      // "At least 14 people were killed, including five children and two women, while three
      // others were injured": the parts share the whole's harm, not the verb of the clause after.
      r = { ...resolved[p]!, via: 'inherited' };
    } else {
      const prev = j > 0 && prevLink !== 'none' ? resolved[j - 1] : null;
      const inherit = prev && (!needsNear || prevLink === 'subset' || p !== null) ? { ...prev, via: 'inherited' as const } : null;
      // An object list keeps its verb: "injured four villagers and a monk, and another villager died".
      const objectList = !!(prev?.hit && prev.hit.start < cands[j - 1].start);
      const shared = needsNear ? (c.name ? borrowedNear[j] : null) : borrowed[j];
      const borrow: Resolved | null = shared ? { kind: shared.cue.kind, cue: shared.cue, hit: shared, via: 'borrowed' } : null;
      r = (objectList ? inherit ?? borrow : borrow ?? inherit) ?? (p !== null && resolved[p] ? { ...resolved[p]!, via: 'inherited' } : null);
      // "…, their son Karim and possibly his nephew Tarek": a hedged member shares the list's harm.
      if (!r && hedgedMember(toks, c)) {
        const earlier = resolved.slice(0, j).reverse().find((x) => x !== null);
        if (earlier) r = { ...earlier, via: 'inherited' };
      }
      if (!r && accompanies(toks, c)) {
        const earlier = resolved.slice(0, j).reverse().find((x) => x !== null);
        if (earlier) r = { ...earlier, via: 'inherited' };
        else r = companyOfSubject(toks, cands, j);
      }
      // "identified Omar Haddad as among those killed": the harm of those the name is among.
      if (!r && c.name) {
        const hit = amongHarmedAfter(toks, c.reach ?? c.end);
        if (hit) r = { kind: hit.cue.kind, cue: hit.cue, hit, via: 'own' };
      }
      // "killed members of the family: Ali Said, his wife Mona and …": the list's harm word.
      if (!r && (c.name || c.single)) {
        const hit = listCue(toks, c.start);
        if (hit) r = { kind: hit.cue.kind, cue: hit.cue, hit, via: 'borrowed' };
      }
    }
    // "claimed the lives of 27 people and more than 80 injured civilians": a harm adjective on
    // the people noun names their harm, over a verb before the list or one it would share; only
    // the figure's own verb after it outranks it ("two injured men later died"). The clause
    // still decides that harm is reported at all ("an image of five dead infants" is none).
    if (r && c.head.harm && !(a && r.hit === a && a.start - (c.reach ?? c.end) <= NEAR)) r = { kind: c.head.harm.kind, cue: c.head.harm, hit: null, via: 'own' };
    resolved.push(r);
  }
  return resolved;
}

/** Tokens a figure (or its cue) covers, and whether it can be a whole count of its own. */
interface Placed { from: number; to: number; cue: number; whole: boolean }

/**
 * "Most outlets wrote that four civilians were killed, however the rights group cited five
 * deaths": a number figure with its own harm word, after an earlier one of the same harm with
 * another harm word, and a contrast or a reporting verb between them (`ALTERNATIVE_MARKERS`), is
 * another source's reading of the same people — not "others", not a part, not a named person.
 * Its group follows the earlier figure's when unknown ("five deaths" are those civilians).
 */
function markAlternatives(toks: readonly Tok[], out: Figure[], placed: readonly Placed[]): void {
  for (let j = 1; j < out.length; j++) {
    const f = out[j];
    if (!placed[j].whole || f.subsetOf !== null) continue;
    for (let k = j - 1; k >= 0; k--) {
      const e = out[k];
      if (e.kind !== f.kind || e.subsetOf !== null || !placed[k].whole) continue;
      if (placed[k].cue === placed[j].cue || placed[k].cue < 0 || placed[j].cue < 0) break;
      if (e.group !== f.group && e.group !== 'unknown' && f.group !== 'unknown') break;
      let marked = false;
      for (let t = placed[k].to; t < placed[j].from; t++) if (ALTERNATIVE_MARKERS.has(toks[t].norm)) marked = true;
      if (marked) out[j] = { ...f, alternative: true, group: f.group === 'unknown' ? e.group : f.group };
      break;
    }
  }
}

/**
 * Every casualty figure of one sentence's tokens: number phrases with their people, each given a
 * kind by the verb or noun that governs it, a group, a range and a hedge flag.
 *
 * @example
 * figuresOf(toks('The raid also killed four other IS jihadists.')); // [{ kind: 'killed', group: 'combatants', min: 4, max: 4, … }]
 */
export function figuresOf(toks: readonly Tok[], actorGroupAt: ActorGroupAt = () => null): Figure[] {
  if (!toks.some((t) => CUE_WORDS.has(t.norm))) return [];
  // Counts of families are figures only when displaced ("400 families fled"); otherwise they are
  // not people and must not come between a figure and its parts ("six civilians from one family").
  const all = candidates(toks);
  const cands = all.filter((c, j) => {
    if (!c.head.collective || c.single) return true;
    const hit = cueBefore(toks, c.start) ?? cueAfter(toks, c.end, all[j + 1]?.start ?? toks.length);
    return hit?.cue.kind === 'displaced';
  });
  const rel = relations(toks, cands);
  const resolved = resolveKinds(toks, cands, rel);
  const parent = rel.parent;
  const n = cands.length;
  const out: Figure[] = [];
  const placed: Placed[] = [];
  const outIndex: (number | null)[] = [];
  /** Per figure: the candidate it was read from, and the tokens of its harm word. */
  const candOf: number[] = [];
  const harmAt: [number, number][] = [];
  for (let j = 0; j < n; j++) {
    const c = cands[j];
    const r = resolved[j];
    if (!r || (c.head.collective && !c.single && r.kind !== 'displaced')) { outIndex.push(null); continue; }
    // Named people count when killed, injured or detained: "forced up Mount Sinjar after fleeing",
    // "Jackie Chan and Chris Tucker were missing from the sequel" are no harm.
    if (c.name && (r.kind === 'displaced' || r.kind === 'missing')) { outIndex.push(null); continue; }
    // The 2–2 reading of a bare plural is Airwars' for the killed and the injured only.
    if (c.bare && r.kind !== 'killed' && r.kind !== 'injured') { outIndex.push(null); continue; }
    let group = c.head.group;
    if (group === 'unknown' && (c.head.others || c.head.type === 'pronoun') && j > 0) group = out[outIndex[j - 1] ?? -1]?.group ?? cands[j - 1].head.group;
    if (group === 'unknown') group = actorGroupAt(toks[c.start].start, toks[c.end - 1].end) ?? 'unknown';
    const hit = r.hit;
    const from = hit ? Math.min(hit.start, c.start) : c.start;
    const to = hit ? Math.max(hit.end, c.end) : c.end;
    const p = parent[j];
    const hedged = hedgedAround(toks, from, to) || (r.via === 'inherited' && p !== null && !!out[outIndex[p] ?? -1]?.hedged);
    const aggregate = r.via === 'own' && !!(r.cue.aggregate || hit?.cue.aggregate || (c.head.type === 'kind' && TOLL_AFTER.has(toks[c.end]?.norm ?? '')));
    // "Several others were injured": the wounded's reading of a vague word (`INJURED_VAGUE`).
    const woundedReading = r.kind === 'injured' && !c.stated && !c.single ? INJURED_VAGUE.get(toks[c.start].norm) : undefined;
    const q = woundedReading ?? c;
    outIndex.push(out.length);
    candOf.push(j);
    harmAt.push(hit ? [hit.start, hit.end] : [c.end, c.end]);
    placed.push({
      from, to,
      // "five deaths": the noun is its own harm word.
      cue: r.via !== 'own' ? -1 : hit ? hit.start : c.head.type === 'kind' || c.head.harm ? c.start : -1,
      whole: !c.single && !c.name && !c.head.others && !c.head.collective,
    });
    out.push({
      start: toks[c.start].start,
      end: toks[c.end - 1].end,
      kind: r.kind,
      group,
      min: q.min + (r.withSubject ? 1 : 0),
      max: r.cue.openEnded || q.max === null ? null : q.max + (r.withSubject ? 1 : 0),
      conservative: q.conservative + (r.withSubject ? 1 : 0),
      stated: c.stated,
      hedged,
      subsetOf: p !== null && out[outIndex[p] ?? -1]?.kind === r.kind ? outIndex[p] : null,
      aggregate,
      revision: markerBefore(toks, c.start, LATER_MARKERS) ? 'later' : markerBefore(toks, c.start, INITIAL_MARKERS) ? 'initial' : null,
      cue: r.cue.words.join(' '),
      definite: c.definite,
      ...(c.upTo && !r.cue.openEnded ? { upTo: true } : {}),
      ...(c.single || c.name ? { individual: true } : {}),
      confidence: Math.min(c.head.confidence, r.via === 'own' ? 1 : 0.7, c.single || c.head.type === 'implicit' ? 0.8 : 1),
    });
  }
  markAlternatives(toks, out, placed);
  presumeCompanions(toks, cands, rel.links, out, candOf);
  separateCombatantParts(out);
  markDoubt(toks, out, cands, candOf, harmAt);
  const kept = withoutWarWide(toks, out, cands, candOf, harmAt);
  return withPairedHarm(toks, kept.out, kept.harmAt);
}

/** Tokens a war-wide cue may stand after a figure's harm word (or the figure): one clause. */
const WAR_WIDE_REACH = 20;
const CLAUSE_BREAKS = new Set([',', ';', ':', '–', '—', '(']);

/** Where a war-wide cue starts in toks [from, to), or -1. */
function warWideCueIn(toks: readonly Tok[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    if (CLAUSE_BREAKS.has(toks[k].norm)) return -1;
    if (WAR_WIDE_CUES.some((cue) => matchesAt(toks, k, cue))) return k;
  }
  return -1;
}

/**
 * "12 members of the family have been killed in the war", "the 30 victims recorded since the
 * conflict began": a figure whose own clause scopes it to the whole war (`WAR_WIDE_CUES`, after
 * its harm word, no comma between) counts the war's dead, not this event's: it is dropped. Not a
 * figure in another clause of that sentence ("The strike killed five, bringing the toll since the
 * war began to 900" keeps the five). Later figures' links (`subsetOf`) are re-indexed.
 */
function withoutWarWide(
  toks: readonly Tok[], out: Figure[], cands: readonly Candidate[], candOf: readonly number[], harmAt: readonly [number, number][],
): { out: Figure[]; harmAt: [number, number][] } {
  const drop = out.map((_, k) => {
    const c = cands[candOf[k]];
    const from = Math.max(c.end, harmAt[k][1]);
    const next = cands.find((o) => o.start >= from)?.start ?? toks.length;
    return warWideCueIn(toks, from, Math.min(next, from + WAR_WIDE_REACH)) >= 0;
  });
  if (!drop.some(Boolean)) return { out, harmAt: [...harmAt] };
  const newIndex: (number | null)[] = [];
  let n = 0;
  drop.forEach((d) => newIndex.push(d ? null : n++));
  const kept: Figure[] = [];
  const keptHarm: [number, number][] = [];
  out.forEach((f, k) => {
    if (drop[k]) return;
    kept.push(f.subsetOf === null ? f : { ...f, subsetOf: newIndex[f.subsetOf] ?? null });
    keptHarm.push(harmAt[k]);
  });
  return { out: kept, harmAt: keptHarm };
}

/**
 * "Safa reported that a man had also been killed, but this has not been corroborated", "making it
 * possible that a fifth child was killed": figures of a sentence with a doubt cue are `doubted`;
 * one told as more people ("also", "other deaths", "a fifth child") is `additional`.
 */
function markDoubt(toks: readonly Tok[], out: Figure[], cands: readonly Candidate[], candOf: readonly number[], harmAt: readonly [number, number][]): void {
  const doubtAt = toks.findIndex((_, k) => DOUBT_CUES.some((cue) => matchesAt(toks, k, cue)));
  const doubted = doubtAt >= 0;
  // A forward hedge ("which may indicate that …") doubts the figures after it only.
  const hedgeAt = toks.findIndex((_, k) => FORWARD_DOUBT_CUES.some((cue) => matchesAt(toks, k, cue)));
  const anyDoubtAt = doubtAt < 0 ? hedgeAt : hedgeAt < 0 ? doubtAt : Math.min(doubtAt, hedgeAt);
  out.forEach((f, k) => {
    const c = cands[candOf[k]];
    const doubtedHere = doubted || (hedgeAt >= 0 && c.start > hedgeAt);
    const [hs] = harmAt[k];
    const nearAt = (k: number) => ADDITIONAL_MARKERS.has(toks[k].norm) && toks[k + 1]?.norm !== 'than';
    // Two words before the figure, its own words ("two more people") and those up to its harm word.
    const near = [...range(Math.max(0, c.start - 2), c.end), ...(hs >= c.end ? range(c.end, hs) : [])];
    const ordinal = c.single && (ORDINAL_WORDS.has(toks[c.start + 1]?.norm ?? '') || /^\d+(?:st|nd|rd|th)$/.test(toks[c.start + 1]?.norm ?? ''));
    // "more than 40" is a bound, not more people: a marker followed by "than" does not count.
    // "It is unclear whether Hadeel was killed": a person named only in doubt (after the hedge) is
    // not among those counted firmly (they would not be in doubt), so one more at most.
    // "…, and possibly his nephew Tarek": one person who may be among the victims, beyond those
    // counted firmly — the top of the range only.
    const hedgedOne = (c.name || c.single) && hedgedMember(toks, c);
    const additional = hedgedOne || ordinal || c.head.others || near.some(nearAt) || (doubtedHere && !!c.name && anyDoubtAt >= 0 && c.start > anyDoubtAt);
    out[k] = { ...f, ...(doubtedHere || hedgedOne ? { doubted: true } : {}), ...(additional ? { additional: true } : {}), ...(hedgedOne ? { subsetOf: null } : {}) };
  });
}

/** The integers [from, to). */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

const PAIR_JOINERS = new Set(['and', 'or', '/']);

/** The other harm named beside the harm word at tokens [from, to): "killed and injured", "wounded and martyrs". */
function pairedKind(toks: readonly Tok[], [from, to]: [number, number], kind: CasualtyKind): CasualtyKind | null {
  const before = from >= 2 && PAIR_JOINERS.has(toks[from - 1].norm) ? PAIRED_HARM[toks[from - 2].norm] : undefined;
  const after = PAIR_JOINERS.has(toks[to]?.norm ?? '') ? PAIRED_HARM[toks[to + 1]?.norm ?? ''] : undefined;
  const other = [before, after].find((k) => k !== undefined && k !== kind);
  return other ?? null;
}

/**
 * "The strike killed and injured a number of civilians", "killing and wounding an unknown number
 * of victims", "dozens of wounded and martyrs": an unstated figure whose harm word is paired with
 * the other harm counts both, as Airwars records it (the same quantity in the killed and the
 * injured ranges), so it gets a twin of the other kind right after it. A figure written in
 * numbers ("killed and wounded 20 people") is not split: it may be their sum.
 */
function withPairedHarm(toks: readonly Tok[], out: Figure[], harmAt: readonly [number, number][]): Figure[] {
  const twins = out.map((f, k) => {
    if (f.stated || (f.kind !== 'killed' && f.kind !== 'injured')) return null;
    const other = pairedKind(toks, harmAt[k], f.kind);
    return other ? { ...f, kind: other, subsetOf: null, aggregate: false, revision: null } : null;
  });
  if (twins.every((t) => t === null)) return out;
  // Re-index: each twin sits right after its figure, so later figures (and parts' links) shift.
  const newIndex: number[] = [];
  let shift = 0;
  out.forEach((_, k) => { newIndex.push(k + shift); if (twins[k]) shift++; });
  const result: Figure[] = [];
  out.forEach((f, k) => {
    result.push(f.subsetOf === null ? f : { ...f, subsetOf: newIndex[f.subsetOf] });
    if (twins[k]) result.push(twins[k]!);
  });
  return result;
}

/**
 * "Hamid Saleh was killed along with his three children", "a man and two women were killed": one
 * person named or counted by an article, of no stated group, harmed in company of civilians (the
 * figure beside it, joined by "and" or "with") is one of the civilians' company, not a
 * combatant and not one of them again, so the figure takes their group and is counted with them.
 * Not a breakdown after a comma ("killed two civilians, a man named Ali Said and his daughter")
 * and not another source's reading in another clause.
 */
function presumeCompanions(toks: readonly Tok[], cands: readonly Candidate[], links: readonly string[], out: Figure[], candOf: readonly number[]): void {
  const companion = (j: number) => {
    const c = cands[j];
    return !!c.name || (c.single && !c.definite && c.head.type === 'noun');
  };
  // Candidates j and j + 1 named together: "A and B", "A, and B", "A … along with B".
  const together = (j: number) => {
    const between = toks.slice(cands[j].reach ?? cands[j].end, cands[j + 1].start).map((t) => t.norm);
    // "two civilians, a man named …": one person after a comma names one of a plural figure.
    const breakdown = between.length === 1 && between[0] === ',' && !cands[j].single && !cands[j].name;
    return (links[j] === 'and' && !breakdown) || accompanies(toks, cands[j + 1]);
  };
  for (let k = 0; k < out.length; k++) {
    const f = out[k];
    const j = candOf[k];
    if (!companion(j) || f.group !== 'unknown' || f.subsetOf !== null) continue;
    const beside = out.some((o, q) => q !== k && o.kind === f.kind && o.group === 'civilians' && o.subsetOf === null
      && ((candOf[q] === j + 1 && together(j)) || (candOf[q] === j - 1 && together(j - 1))));
    if (beside) out[k] = { ...f, group: 'civilians' };
  }
}

/**
 * "19 members of the family were killed, including Major General Omar Khalil, commander of the
 * security forces": a combatant named as a part of a whole that is not (civilians or people of
 * unknown status) is among those counted, but not a civilian. The whole then counts people of
 * mixed status (its group becomes unknown) and the combatant stands on its own (no longer a
 * part), so the event's civilians are the whole less the combatants, as Airwars counts them.
 */
function separateCombatantParts(out: Figure[]): void {
  out.forEach((f, k) => {
    if (f.subsetOf === null || f.group !== 'combatants') return;
    const whole = out[f.subsetOf];
    if (whole.group === 'combatants' || whole.individual || whole.kind !== f.kind) return;
    out[f.subsetOf] = { ...whole, group: 'unknown' };
    out[k] = { ...f, subsetOf: null };
  });
}
