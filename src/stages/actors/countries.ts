import { COUNTRIES, type CountryRow } from '../../lexicon/countries.js';
import { countryRoles } from '../places/country-role.js';
import { PhraseIndex } from './alias-index.js';
import type { Candidate, SentenceView } from './context.js';

let index: PhraseIndex<CountryRow> | null = null;

/** Country names and aliases as one token trie, built once per process. */
function countryIndex(): PhraseIndex<CountryRow> {
  if (!index) {
    index = new PhraseIndex();
    for (const row of COUNTRIES) for (const name of [row.name, ...row.aliases]) index.add(name, row);
  }
  return index;
}

/**
 * True when a country's name starts at token `tok` ("Iraq" in "Abu Saif, Iraq").
 *
 * @example
 * countryAt(view, 3); // true for "Iraq" in "near Abu Saif, Iraq"
 */
export function countryAt(view: SentenceView, tok: number): boolean {
  return tok < view.toks.length && countryIndex().matchesAt(view.toks, tok).length > 0;
}

/**
 * Countries acting in a sentence: the subject of a verb ("Iraq said", "the UK and France are
 * working"), the agent of a passive ("announced by Russia and Turkey"), or another participant
 * ("accused Israel", "Australia's efforts", "talks between the UK and France"). Each is a
 * government actor (key null; the place stays a place too). A country before another name
 * ("U.S. forces") or after a preposition of place ("strikes in Syria killed") is not one.
 *
 * @example
 * countryActors(view).map((c) => c.value.name); // ['Russia', 'Turkey'] for "Russia and Turkey announced a truce."
 */
export function countryActors(view: SentenceView): Candidate[] {
  if (view.caps) return [];
  const trie = countryIndex();
  const found: { from: number; to: number; row: CountryRow }[] = [];
  for (let k = 0; k < view.units.length; k++) {
    const u = view.units[k];
    if (!u.cap) continue;
    const m = trie.matchesAt(view.toks, u.from).pop();
    if (!m) continue;
    const last = view.unitOf[m.to - 1];
    if (view.units[last].to !== m.to) continue; // "Iran" of "Iranian"? units end where the match ends
    found.push({ from: k, to: last + 1, row: m.entries[0].payload });
    k = last;
  }
  if (found.length === 0) return [];
  const words = view.units.map((u) => ({ text: u.text, pos: view.pos(u.from), spaced: view.toks[u.from].spaced, place: view.isPlace(u.from) }));
  const roles = countryRoles(words, found);
  const out: Candidate[] = [];
  found.forEach((f, n) => {
    if (roles[n] !== 'agent' && roles[n] !== 'participant') return;
    out.push({
      sentence: view.index, from: view.units[f.from].from, to: view.units[f.to - 1].to, rank: 4, confidence: 0.6,
      value: { name: f.row.name, kind: 'government', key: null, country: f.row.code, via: 'country' },
    });
  });
  return out;
}

/** Lower-case nouns after a demonym that make the state an actor. */
const GOVERNMENT_NOUNS = new Set(['government', 'authorities', 'parliament', 'cabinet', 'administration']);

let peoples: Map<string, CountryRow> | null = null;
let adjectives: Map<string, CountryRow> | null = null;

function demonymTables(): { peoples: Map<string, CountryRow>; adjectives: Map<string, CountryRow> } {
  if (!peoples || !adjectives) {
    peoples = new Map();
    adjectives = new Map();
    for (const row of COUNTRIES) {
      const [adjective, ...rest] = row.demonyms;
      if (adjective) adjectives.set(adjective.toLowerCase(), row);
      // The plural people-noun: "Iraqis", "Syrians" (not the adjective "Swiss").
      for (const d of rest) if (/\p{Ll}s$/u.test(d)) peoples.set(d.toLowerCase(), row);
    }
  }
  return { peoples, adjectives };
}

/**
 * A nation's people as a collective actor (kind `group`, as re3d marks them organisations):
 * the plural demonym ("Syrians", "the Iraqis") or "the <adjective> people" ("the Syrian people").
 * Not the adjective alone ("Syrian refugees") and not "people" without "the". A demonym before
 * "government" or "authorities" ("the French government") is the state: a government actor.
 *
 * @example
 * nationPeoples(view).map((c) => c.value.name); // ['Syrians'] for "Syrians queued for permits."
 */
export function nationPeoples(view: SentenceView): Candidate[] {
  if (view.caps) return [];
  const { peoples: plural, adjectives: adj } = demonymTables();
  const out: Candidate[] = [];
  const us = view.units;
  for (let k = 0; k < us.length; k++) {
    const u = us[k];
    if (!u.cap) continue;
    const key = u.text.toLowerCase();
    const row = plural.get(key);
    if (row) {
      out.push({ sentence: view.index, from: u.from, to: u.to, rank: 4, confidence: 0.5,
        value: { name: u.text, kind: 'group', key: null, country: row.code, via: 'country' } });
      continue;
    }
    const nation = adj.get(key);
    // "the French government", "Turkish authorities": the state acting.
    if (nation && GOVERNMENT_NOUNS.has(us[k + 1]?.text ?? '')) {
      out.push({ sentence: view.index, from: u.from, to: us[k + 1].to, rank: 4, confidence: 0.6,
        value: { name: `${u.text} ${us[k + 1].text}`, kind: 'government', key: null, country: nation.code, via: 'country' } });
      k++;
      continue;
    }
    if (nation && us[k + 1]?.text === 'people' && us[k - 1]?.text.toLowerCase() === 'the') {
      out.push({ sentence: view.index, from: u.from, to: us[k + 1].to, rank: 4, confidence: 0.5,
        value: { name: `${u.text} people`, kind: 'group', key: null, country: nation.code, via: 'country' } });
      k++;
    }
  }
  return out;
}
