import { COUNTRY_HYPHEN_MODIFIERS, COUNTRY_MODIFIED_NOUNS, SUBJECT_ADVERBS, SUBJECT_OPENERS } from '../../lexicon/country-roles.js';

/** A word of a sentence as the role rules see it. */
export interface RoleWord {
  text: string;
  /** Universal part of speech (wink), when known. */
  pos?: string;
  /** True when whitespace separates this word from the previous one. */
  spaced?: boolean;
  /** True when the word is (part of) a place name other than the countries examined. */
  place?: boolean;
}

/** How a country's name is used: as a place, as the subject of a verb, as another participant of
 * the clause (object, possessor, list member: "accused Israel", "Australia's efforts", "talks
 * between the UK and France"), or as a modifier of another name. */
export type CountryRole = 'place' | 'agent' | 'participant' | 'modifier';

const VERB_POS = new Set(['VERB', 'AUX']);
const THE = 'the';

/**
 * The role of each country name in a sentence. `countries` are word ranges (`from` inclusive,
 * `to` exclusive) in sentence order. A country is:
 * - a `modifier` when a name or an organisation noun follows it ("U.S. forces", "US-led");
 * - an `agent` when it is the subject of a verb, alone or in a coordination of countries
 *   ("Iraq said", "Russia and Turkey announced", "the UK is working"), or the agent of a passive
 *   ("announced by Russia and Turkey"); a list after a preposition is a place ("in Syria and Iraq killed");
 * - a `place` after a locative preposition ("in Syria and Iraq"), after a place and a comma
 *   ("Sarmada, Syria"), or alone in a short heading ("Iraq.");
 * - a `participant` otherwise (re3d marks such a country as an organisation).
 *
 * @example
 * const w = (text: string, pos?: string) => ({ text, pos });
 * countryRoles([w('Iraq', 'PROPN'), w('said', 'VERB')], [{ from: 0, to: 1 }]); // ['agent']
 */
export function countryRoles(words: readonly RoleWord[], countries: readonly { from: number; to: number }[]): CountryRole[] {
  const roles: CountryRole[] = countries.map((c) => (modified(words, c.to) ? 'modifier' : 'place'));
  // Coordinations: runs of countries joined by ",", "and", "the".
  let k = 0;
  while (k < countries.length) {
    let last = k;
    while (last + 1 < countries.length && joined(words, countries[last].to, countries[last + 1].from)) last++;
    const run = countries.slice(k, last + 1);
    const role = agentRun(words, run[0].from, run[run.length - 1].to) ? 'agent'
      : locative(words, run[0].from, run[run.length - 1].to) || words.length <= 3 ? 'place' : 'participant';
    for (let n = k; n <= last; n++) if (roles[n] === 'place') roles[n] = role;
    k = last + 1;
  }
  return roles;
}

function lower(w: RoleWord | undefined): string {
  return w?.text.toLowerCase() ?? '';
}

function modified(words: readonly RoleWord[], to: number): boolean {
  const next = words[to];
  if (!next) return false;
  if ((next.text === '-' || next.text === '–') && next.spaced === false && COUNTRY_HYPHEN_MODIFIERS.has(lower(words[to + 1]))) return true;
  if (/^[-–](?:led|backed|based|sponsored|supported|funded|trained|made|brokered)$/i.test(next.text)) return true;
  return COUNTRY_MODIFIED_NOUNS.has(lower(next)) && !VERB_POS.has(next.pos ?? '');
}

/** Prepositions of place and direction: after them a country is a place. Lower-cased. */
const LOCATIVE = new Set(['in', 'at', 'across', 'to', 'from', 'into', 'near', 'throughout', 'within', 'inside', 'outside',
  'around', 'towards', 'toward', 'through', 'over', 'via', 'of', 'on', 'onto', 'beyond', 'northern', 'southern', 'eastern',
  'western', 'central', 'north', 'south', 'east', 'west', 'entire', 'all', 'northeast', 'northwest', 'southeast',
  'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'rural', 'occupied', 'whole',
  // Verbs of movement take a place: "the minister visited Turkey".
  'visit', 'visits', 'visited', 'visiting', 'travelled', 'traveled', 'arrived', 'returned', 'entered', 'left', 'fled',
  'toured', 'reached', 'deployed', 'leave', 'enter', 'flee']);

/** Words that may stand between a preposition and a coordination: "in both Iraq and Syria". */
const PRE_LIST = new Set([THE, 'both', 'either', 'neither']);

function locative(words: readonly RoleWord[], from: number, to: number): boolean {
  let before = from - 1;
  while (before > 0 && PRE_LIST.has(lower(words[before]))) before--;
  const b = words[before];
  if (LOCATIVE.has(lower(b))) return true;
  // "a new Syria", "a united Iraq": the country as a land, not as a party.
  if (b?.pos === 'ADJ' && b.text === b.text.toLowerCase()) return true;
  // "Kurdish-speaking Iraq", "rebel-held Syria".
  if (/-(?:speaking|held|controlled|occupied|run|ruled)$/i.test(b?.text ?? '')) return true;
  const next = words[to];
  // "Sarmada, Syria", "Anbar province, Iraq": a place, a comma, the country, not a verb after.
  return b?.text === ',' && (words[before - 1]?.place === true || /^\p{Lu}/u.test(words[before - 1]?.text ?? '') || words[before - 1]?.pos === 'NOUN')
    && !VERB_POS.has(next?.pos ?? '');
}

function joined(words: readonly RoleWord[], from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const t = lower(words[i]);
    if (t !== ',' && t !== 'and' && t !== THE) return false;
  }
  return true;
}

function agentRun(words: readonly RoleWord[], from: number, to: number): boolean {
  let before = from - 1;
  if (lower(words[before]) === THE) before--;
  const b = words[before];
  // Passive agent: "a ceasefire announced by Russia and Turkey".
  if (lower(b) === 'by' && VERB_POS.has(words[before - 1]?.pos ?? '')) return true;
  const opens = !b || b.pos === 'PUNCT' || /^[,;:"“‘'(—–-]$/.test(b.text) || SUBJECT_OPENERS.has(lower(b));
  if (!opens) return false;
  let i = to;
  while (i < to + 2 && words[i] && (words[i].pos === 'ADV' || SUBJECT_ADVERBS.has(lower(words[i]))) && !VERB_POS.has(words[i].pos ?? '')) i++;
  const next = words[i];
  if (!next || next.text === "'s" || next.text === '’s' || next.text === "'") return false;
  return VERB_POS.has(next.pos ?? '');
}
