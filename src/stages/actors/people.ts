import { FIRST_NAMES, NAME_PARTICLES } from '../../lexicon/actors-names.js';
import { GROUP_HEADS, NAME_STOPWORDS, ORG_WORDS, PLACE_HEADS } from '../../lexicon/actors-groups.js';
import type { Candidate, SentenceView } from './context.js';
import { personTitles } from './lexicon-index.js';

const NOT_NAME_POS = new Set(['VERB', 'AUX', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'ADV', 'NUM', 'PART']);

/** True when the unit can be part of a person's name. wink's tag is trusted only for the first
 * word of an untitled name (a capitalised sentence opener); inside a name it often calls a
 * surname a verb ("Peter Cook"). */
export function nameUnit(view: SentenceView, k: number, checkPos = false): boolean {
  const u = view.units[k];
  if (!u || !u.cap) return false;
  const key = u.text.toLowerCase();
  if (NAME_STOPWORDS.has(key) || ORG_WORDS.has(key) || GROUP_HEADS.has(key) || PLACE_HEADS.has(key)) return false;
  if (checkPos && NOT_NAME_POS.has(view.pos(u.from) ?? '')) return false;
  if (personTitles().matchesAt(view.toks, u.from).length > 0) return false; // "Chief Minister"
  return !view.isPlace(u.from);
}

/** True when the word after a name makes it a place or an organisation ("Nang Zaw Post"). */
export function headAfter(view: SentenceView, end: number): boolean {
  const u = view.units[end];
  if (!u || !u.cap) return false;
  const key = u.text.toLowerCase();
  return PLACE_HEADS.has(key) || GROUP_HEADS.has(key);
}

/**
 * The name units from unit `k` on: capitalised words (a lower-case particle may join two of
 * them: "Osama bin Laden"), at most seven (Arabic names give father's and grandfather's names).
 * Returns the unit index after the name.
 */
export function nameEnd(view: SentenceView, k: number, max = 7): number {
  let end = k;
  while (end - k < max) {
    if (end > k && view.toks[view.units[end]?.from]?.newline) break;
    if (nameUnit(view, end)) {
      end++;
      continue;
    }
    const u = view.units[end];
    if (u && end > k && NAME_PARTICLES.has(u.text.toLowerCase()) && nameUnit(view, end + 1)) {
      end += 2;
      continue;
    }
    break;
  }
  // A name does not end on a particle ("Ismail Abu" of "Ismail Abu Hamad" cut by the limit).
  while (end > k + 1 && NAME_PARTICLES.has(view.units[end - 1].text.toLowerCase())) end--;
  return end;
}

function nameText(view: SentenceView, from: number, to: number): string {
  return view.units.slice(from, to).map((u) => u.text).join(' ');
}

function person(view: SentenceView, fromTok: number, toTok: number, name: string, rank: number, confidence: number,
  via: 'title' | 'name', title: string | null): Candidate {
  return {
    sentence: view.index, from: fromTok, to: toTok, rank, confidence, personName: name,
    value: { name, kind: 'person', key: null, country: null, affiliation: null, title, via },
  };
}

/**
 * People introduced by a title: "Lt. Gen. Stephen Townsend", "spokesman Ali Hassan",
 * "Secretary-General Antonio Guterres". The span covers title and name (as re3d marks Person).
 *
 * @example
 * titledPeople(view).map((c) => c.personName); // ['Townsend'] for "Gen. Townsend said…"
 */
export function titledPeople(view: SentenceView): Candidate[] {
  if (view.caps) return [];
  const out: Candidate[] = [];
  const titles = personTitles();
  for (let i = 0; i < view.toks.length; i++) {
    const m = titles.matchesAt(view.toks, i).pop();
    if (!m) continue;
    const k = view.unitOf[m.to];
    if (k === undefined || view.units[k].from !== m.to) continue;
    const end = nameEnd(view, k);
    if (end === k || headAfter(view, end)) continue;
    const title = view.toks.slice(m.from, m.to).map((t, n) => (n > 0 && t.spaced ? ' ' : '') + t.text).join('');
    out.push(person(view, m.from, view.units[end - 1].to, nameText(view, k, end), 1, 0.9, 'title', title));
    i = m.to - 1;
  }
  return out;
}

/**
 * Plain full names: two or more capitalised words, the first a given name ("Leila Haddad"),
 * none of them a place, a month or an organisation word.
 *
 * @example
 * plainPeople(view).map((c) => c.personName); // ['Antonio Guterres']
 */
export function plainPeople(view: SentenceView): Candidate[] {
  if (view.caps) return [];
  const out: Candidate[] = [];
  for (let k = 0; k < view.units.length; k++) {
    const u = view.units[k];
    if (!u.cap || !FIRST_NAMES.has(u.text.toLowerCase()) || !nameUnit(view, k, true)) continue;
    const end = nameEnd(view, k);
    if (end - k < 2 || headAfter(view, end)) continue;
    // A given name the list lacks may come first ("Rawan Hadi Nasri"): take proper nouns before.
    let first = k;
    while (first > 0 && k - first < 2 && !view.toks[view.units[first].from].newline && nameUnit(view, first - 1, true)
      && view.pos(view.units[first - 1].from) === 'PROPN') first--;
    out.push(person(view, view.units[first].from, view.units[end - 1].to, nameText(view, first, end), 2, 0.75, 'name', null));
    k = end - 1;
  }
  return out;
}

/**
 * The surname keys of a person's name: its last word, and that word without "al-".
 *
 * @example
 * surnameKeys('Haider al-Abadi'); // ['al-abadi', 'abadi']
 */
export function surnameKeys(name: string): string[] {
  const words = name.split(' ');
  const last = words.pop() ?? name;
  if (NAME_PARTICLES.has(last.toLowerCase())) return [];
  const keys = [last.toLowerCase()];
  const bare = last.replace(/^(?:al|el)-/i, '');
  if (bare !== last) keys.push(bare.toLowerCase());
  return keys;
}

/**
 * Later bare-surname mentions of people already found ("Townsend said…" after "Gen. Townsend").
 * `known` maps surname keys to the person's name; `taken` says whether a token is already in a span.
 *
 * @example
 * surnameMentions(view, new Map([['townsend', 'Stephen Townsend']]), () => false);
 */
export function surnameMentions(view: SentenceView, known: ReadonlyMap<string, string>, taken: (tok: number) => boolean): Candidate[] {
  if (view.caps || known.size === 0) return [];
  const out: Candidate[] = [];
  for (let k = 0; k < view.units.length; k++) {
    const u = view.units[k];
    if (!u.cap) continue;
    // wink's tag is trusted only for a sentence opener ("Cook the rice"): a known surname in
    // capitals later in the sentence is the name even when tagged a verb ("…,” Cook said).
    const opener = !view.toks.slice(0, u.from).some((t) => t.word);
    if (!known.has(u.text.toLowerCase()) || !nameUnit(view, k, opener)) continue;
    let busy = false;
    for (let i = u.from; i < u.to; i++) busy ||= taken(i);
    if (busy) continue;
    // Given names before the surname belong to the name ("Hanan Haber Baraka"), even when the
    // given-name list does not know them.
    let first = k;
    while (first > 0 && k - first < 6 && !view.toks[view.units[first].from].newline && nameUnit(view, first - 1)
      && !taken(view.units[first - 1].from)) first--;
    const name = nameText(view, first, k + 1);
    const c = person(view, view.units[first].from, u.to, name, 2, 0.8, 'name', null);
    c.value.via = 'surname';
    out.push(c);
  }
  return out;
}
