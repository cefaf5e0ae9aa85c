import { isBaseForm, reportingVerbs } from '../../lexicon/reporting-verbs.js';
import { FIRST_NAMES } from '../../lexicon/actors-names.js';
import { TITLES, type TitleRow } from '../../lexicon/actors-titles.js';
import { PhraseIndex } from './alias-index.js';
import type { Candidate, SentenceView } from './context.js';
import { headAfter, nameEnd, nameUnit } from './people.js';
import { personTitles } from './lexicon-index.js';
import { countryAt } from './countries.js';

const LOWER = /\p{Ll}/u;
const CLOSERS = new Set([',', '.', ';', ':', '"', '”', ')', '!', '?']);

/** True when unit `k` is an inflected reporting verb ("said", "tells"; not "say"). */
function cueAt(view: SentenceView, k: number, inverting = false): boolean {
  const u = view.units[k];
  if (!u) return false;
  const key = u.text.toLowerCase();
  return reportingVerbs(key).some((row) => !row.broad && !isBaseForm(row, key) && (!inverting || row.inverts === true));
}

/**
 * Names of people who speak, by the reporting verb next to them: "Karim said", "Cook told
 * reporters", "…," says Manal." — one to three capitalised proper nouns (wink's PROPN for the
 * first), not a place, an organisation word or an acronym ("HRW said" is not a person). Such a
 * name teaches the report its bare form, so its other mentions are found as well.
 *
 * @example
 * speakerNames(view).map((c) => c.personName); // ['Karim'] for "Karim said the hall was full."
 */
export function speakerNames(view: SentenceView, taken: (tok: number) => boolean = () => false): Candidate[] {
  if (view.caps) return [];
  const out: Candidate[] = [];
  const us = view.units;
  for (let k = 0; k < us.length; k++) {
    if (!us[k].cap || (k > 0 && nameUnit(view, k - 1))) continue;
    if (view.pos(us[k].from) !== 'PROPN' || !nameUnit(view, k, true)) continue;
    // Not "The Resolution demanded", "in Marea shows"; not a plural opening a sentence ("Witnesses said").
    const prev = us[k - 1]?.text.toLowerCase() ?? '';
    if (prev === 'the' || view.pos(us[k - 1]?.from ?? -1) === 'ADP') continue;
    if ((k === 0 || !/\p{L}/u.test(prev)) && /\p{Ll}s$/u.test(us[k].text) && !FIRST_NAMES.has(us[k].text.toLowerCase())) continue;
    const end = nameEnd(view, k, 3);
    if (end === k || headAfter(view, end)) continue;
    let busy = false;
    for (let i = us[k].from; i < us[end - 1].to; i++) busy ||= taken(i);
    if (busy) continue;
    let acronym = false;
    for (let i = k; i < end; i++) acronym ||= !LOWER.test(us[i].text);
    if (acronym) continue;
    const before = cueAt(view, end) && !(us[k - 1]?.text === "'" || us[k - 1]?.text === '’');
    const after = cueAt(view, k - 1, true) && (end === us.length || CLOSERS.has(us[end].text));
    if (!before && !after) continue;
    const name = us.slice(k, end).map((u) => u.text).join(' ');
    out.push({
      sentence: view.index, from: us[k].from, to: us[end - 1].to, rank: 2, confidence: 0.7, personName: name, teaches: true,
      value: { name, kind: 'person', key: null, country: null, affiliation: null, title: null, via: 'name' },
    });
    k = end - 1;
  }
  return out;
}

const HEAD_ROLES = new Set<TitleRow['role']>(['government', 'diplomat', 'military', 'spokesperson']);
let lowerTitles: PhraseIndex<TitleRow['role']> | null = null;

/** Titles of office that stand for a person alone after "the", in any case ("the prime minister"). */
function officeTitles(): PhraseIndex<TitleRow['role']> {
  if (!lowerTitles) {
    lowerTitles = new PhraseIndex();
    for (const row of TITLES) {
      if (row.role !== 'government' && row.role !== 'diplomat') continue;
      for (const t of row.titles) if (/^\p{L}/u.test(t) && !t.endsWith('.')) lowerTitles.add(t.toLowerCase(), row.role);
    }
  }
  return lowerTitles;
}

/**
 * People named only by their office after "the": "the Foreign Secretary", "the Iraqi Prime
 * Minister", "the prime minister" (a demonym or country may stand between). A capitalised
 * military or spokesperson title counts too ("the General"); a lower-case one does not ("the
 * general public"). A title followed by a name is left to {@link titledPeople}. The value's
 * `name` is the title; {@link tieTitles} replaces it with the named holder of the office.
 *
 * @example
 * titleOnlyPeople(view).map((c) => c.value.title); // ['Foreign Secretary'] for "The Foreign Secretary said…"
 */
export function titleOnlyPeople(view: SentenceView): Candidate[] {
  if (view.caps) return [];
  const out: Candidate[] = [];
  const toks = view.toks;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].key !== 'the') continue;
    let j = i + 1;
    const cased = () => personTitles().matchesAt(toks, j).pop();
    const lower = () => officeTitles().matchesAt(toks, j).pop();
    let m = cased() ?? lower();
    if (!m && view.units[view.unitOf[j]]?.cap && view.units[view.unitOf[j]].from === j) {
      // "the Iraqi Foreign Minister": one capitalised word before the title.
      j = view.units[view.unitOf[j]].to;
      m = cased();
    }
    if (!m) continue;
    const role = m.entries[0].payload;
    const capital = /^\p{Lu}/u.test(toks[m.from].text);
    if (!HEAD_ROLES.has(role) || (!capital && role !== 'government' && role !== 'diplomat')) continue;
    const k = view.unitOf[m.to];
    if (k !== undefined && view.units[k].from === m.to && nameUnit(view, k)) continue; // a name follows
    if (toks[m.to]?.key === '-' && !toks[m.to].spaced) continue; // "the Secretary-…" cut short
    const title = toks.slice(m.from, m.to).map((t, n) => (n > 0 && t.spaced ? ' ' : '') + t.text).join('');
    out.push({
      sentence: view.index, from: i + 1, to: m.to, rank: 1, confidence: 0.6,
      value: { name: title, kind: 'person', key: null, country: null, affiliation: null, title, via: 'title' },
      titleOnly: true,
    });
    i = m.to - 1;
  }
  return out;
}

const lastWord = (s: string) => s.toLowerCase().split(/\s+/).pop() ?? '';

/**
 * Give each title-only mention the name of the person who holds that office earlier in the
 * report ("Foreign Secretary Boris Johnson … the Foreign Secretary said" → Boris Johnson): the
 * nearest earlier named person with the same title, else with the same last title word
 * ("Defense Secretary Ash Carter … the secretary"). Untied mentions keep the title as name.
 *
 * @example
 * tieTitles(candidates).find((c) => c.titleOnly)?.value.name; // 'Boris Johnson'
 */
export function tieTitles(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => a.sentence - b.sentence || a.from - b.from);
  const named = ordered.filter((c) => c.value.kind === 'person' && !c.titleOnly && c.value.title);
  return candidates.map((c) => {
    if (!c.titleOnly) return c;
    const title = (c.value.title ?? '').toLowerCase();
    const earlier = named.filter((p) => p.sentence < c.sentence || (p.sentence === c.sentence && p.to <= c.from));
    const holder = [...earlier].reverse().find((p) => p.value.title?.toLowerCase() === title)
      ?? [...earlier].reverse().find((p) => lastWord(p.value.title ?? '') === lastWord(title));
    if (!holder) return c;
    const { name, key, affiliation, side } = holder.value;
    return { ...c, personName: name, value: { ...c.value, name, key, affiliation, side } };
  });
}

const KUNYA = new Set(['abu', 'abou', 'umm', 'um']);

/**
 * Arabic names that open with a kunya ("Abu Omar al-Masri", "Umm Khaled"): the kunya and the
 * name after it, with the particles and "al-" parts that follow, are one person — unless the
 * places stage found a place there ("Abu Ghraib", "Abu Dhabi") or a country follows as in an
 * address ("Abu Saif, Iraq").
 *
 * @example
 * kunyaPeople(view).map((c) => c.personName); // ['Abu Omar al-Masri']
 */
export function kunyaPeople(view: SentenceView): Candidate[] {
  if (view.caps) return [];
  const out: Candidate[] = [];
  const us = view.units;
  for (let k = 0; k + 1 < us.length; k++) {
    if (!us[k].cap || !KUNYA.has(us[k].text.toLowerCase()) || view.isPlace(us[k].from)) continue;
    if (view.toks[us[k + 1].from].newline || !nameUnit(view, k + 1)) continue;
    const end = nameEnd(view, k + 1, 4);
    if (headAfter(view, end)) continue;
    // "Abu Saif, Iraq": a place's address, not a person.
    if (us[end]?.text === ',' && us[end + 1] && countryAt(view, us[end + 1].from)) continue;
    const name = us.slice(k, end).map((u) => u.text).join(' ');
    out.push({
      sentence: view.index, from: us[k].from, to: us[end - 1].to, rank: 2, confidence: 0.7, personName: name,
      value: { name, kind: 'person', key: null, country: null, affiliation: null, title: null, via: 'name' },
    });
    k = end - 1;
  }
  return out;
}
