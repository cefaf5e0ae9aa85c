import type { PlacePrecision } from '../../report/types.js';
import type { Candidate } from './candidates.js';
import { demonymCountry, placeOptions, type PlaceOption } from './options.js';
import { countryFocus } from './focus.js';
import { distanceKm } from '../../geo/distance.js';
import { ORGANISATION_CONTEXTS } from './stoplist.js';

/** A candidate with the option chosen for it and how sure we are. */
export interface Resolved {
  candidate: Candidate;
  option: PlaceOption;
  precision: PlacePrecision;
  confidence: number;
  /** Why it was kept (for the trace). */
  why: string;
}

interface Entry {
  candidate: Candidate;
  options: PlaceOption[];
}

const ADMIN_FEATURE = 'admin1';
const SETTLEMENT_FEATURES = new Set(['village', 'town', 'township', 'ward', 'neighbourhood', 'camp']);
const ACRONYM = /^[A-Z][A-Z.]{0,4}$/;

function optionsFor(c: Candidate): PlaceOption[] {
  for (const key of c.keys) {
    const opts = placeOptions(key).filter((o) => {
      if (o.exactCase) return o.exactCase === c.text;
      // "IS", "UN", "AA": an acronym is not a town that happens to share the letters.
      if (ACRONYM.test(c.text) && o.kind === 'geonames') return false;
      return true;
    });
    if (opts.length) return opts;
  }
  return [];
}

function baseScore(o: PlaceOption, c: Candidate): number {
  switch (o.kind) {
    // A country's name is the country: no town that GeoNames also calls "Egypt" outweighs it.
    case 'country': return c.whole ? 12 : 6;
    case 'territory': return 8;
    case 'admin': return c.feature === ADMIN_FEATURE ? 9 : 2;
    case 'curated': return c.feature === 'camp' ? 5 : 3;
    case 'geonames': return 1 + 0.6 * Math.log10(o.population + 10);
  }
}

function score(o: PlaceOption, c: Candidate, focus: Map<string, number>, constraints: Set<string> | undefined): number {
  let s = baseScore(o, c) + 4 * (focus.get(o.country) ?? 0);
  if (c.feature && SETTLEMENT_FEATURES.has(c.feature) && o.kind === 'admin') s -= 6;
  if (c.feature === 'district' && o.kind === 'admin') s -= 6;
  if (constraints?.size && o.admin1 && o.kind !== 'admin' && c.feature !== ADMIN_FEATURE) {
    if (constraints.has(`${o.country}.${o.admin1}`)) s += 5;
    else if ([...constraints].some((k) => k.startsWith(`${o.country}.`))) s -= 3;
  }
  return s;
}

/** How much the context supports reading the name as a place at all (GeoNames and curated). */
function evidence(r: { candidate: Candidate; option: PlaceOption }, focus: Map<string, number>, constrained: boolean): number {
  const { candidate: c, option: o } = r;
  if (o.strict && !c.feature && !c.locative) return -Infinity;
  let e = 0;
  if (c.locative) e += 2;
  if (c.feature) e += 2;
  if (c.relation) e += 1;
  e += 2 * Math.min(1, 2 * (focus.get(o.country) ?? 0));
  if (constrained) e += 3;
  if (o.population >= 100_000) e += 1;
  if (o.population >= 1_000_000) e += 1;
  if (o.kind === 'curated') e += 1;
  if (c.tokens >= 2 && c.whole) e += 1;
  if (!c.whole) e -= 2;
  if (c.sentenceInitial) e -= 1;
  if (c.common) e -= 2;
  // A report about one country: a homonym elsewhere needs more than a preposition.
  // (A capital-sized city abroad is named in its own right more often: "speaking in Washington".)
  if (focus.size && !focus.get(o.country)) e -= o.population >= 500_000 ? 1 : 3;
  return e;
}

function precisionOf(c: Candidate, o: PlaceOption): PlacePrecision {
  if (o.kind !== 'geonames' && o.kind !== 'curated') return o.precision;
  if (o.kind === 'curated' && o.precision !== 'city') return o.precision;
  // A town standing for the district or region named after it: only as precise as that.
  if (c.feature === 'district' || c.feature === ADMIN_FEATURE) return 'region';
  return o.precision;
}

/**
 * Choose, for every candidate, what it refers to — or drop it. Options are scored by kind,
 * by the report's country focus, by the region a sentence names ("…, Shan State)") and by
 * population; then by nearness to the places already settled. GeoNames and curated matches are
 * kept only when the context supports a place (a preposition, a feature word, the focus country,
 * a large population), which is what keeps "Townsend" and "Reports" out.
 *
 * @example
 * resolveCandidates(candidates, ['Iraqi'], report.text).map((r) => r.option.name) // ['Mosul', 'Iraq']
 */
export function resolveCandidates(candidates: readonly Candidate[], demonyms: readonly string[], text: string): Resolved[] {
  const entries: Entry[] = candidates
    .filter((c) => !ORGANISATION_CONTEXTS.some((re) => re.test(text.slice(Math.max(0, c.start - 60), c.start))))
    .map((candidate) => ({ candidate, options: optionsFor(candidate) }))
    .filter((e) => e.options.length > 0);
  const focus = countryFocus(entries, demonyms.map(demonymCountry).filter((c): c is string => c !== null));

  // Regions a sentence names ("Kyaukme District, Shan State") constrain its towns.
  const constraints = new Map<number, Set<string>>();
  for (const e of entries) {
    if (e.candidate.feature !== ADMIN_FEATURE) continue;
    for (const o of e.options) {
      if (o.kind !== 'admin' || !o.admin1) continue;
      const set = constraints.get(e.candidate.sentence) ?? new Set<string>();
      set.add(`${o.country}.${o.admin1}`);
      constraints.set(e.candidate.sentence, set);
    }
  }

  // A town in a sentence that names a region must lie in that region's country:
  // "Kale town (…, Sagaing region)" is never Kale in France.
  for (const e of entries) {
    const cons = constraints.get(e.candidate.sentence);
    if (!cons?.size) continue;
    const countries = new Set([...cons].map((k) => k.split('.')[0]));
    e.options = e.options.filter((o) => o.kind === 'country' || countries.has(o.country));
  }
  const kept = entries.filter((e) => e.options.length > 0);
  entries.length = 0;
  entries.push(...kept);

  // Nearness to the settled places, once per option (reports repeat their names).
  const nearAnchor = new Map<string, boolean>();
  const isNear = (o: PlaceOption, anchors: readonly PlaceOption[]) => {
    let near = nearAnchor.get(o.source);
    if (near === undefined) {
      near = anchors.some((a) => a.source !== o.source && distanceKm(a, o) < 100);
      nearAnchor.set(o.source, near);
    }
    return near;
  };
  const choose = (e: Entry, anchors: readonly PlaceOption[]) => {
    const cons = constraints.get(e.candidate.sentence);
    let best: PlaceOption | null = null;
    let bestScore = -Infinity;
    for (const o of e.options) {
      let s = score(o, e.candidate, focus, cons);
      if (anchors.length && o.kind === 'geonames' && isNear(o, anchors)) s += 2;
      if (s > bestScore) { best = o; bestScore = s; }
    }
    return best!;
  };

  // First pass without proximity; settled places (one option, or a table row) become anchors.
  const first = entries.map((e) => choose(e, []));
  const anchors = [...new Set(first.filter((o, i) => (entries[i].options.length === 1 || o.kind !== 'geonames') && o.precision !== 'country'))];
  const out: Resolved[] = [];
  entries.forEach((e, i) => {
    const option = entries[i].options.length > 1 ? choose(e, anchors) : first[i];
    const c = e.candidate;
    const isTable = option.kind === 'country' || option.kind === 'territory' || option.kind === 'admin';
    // A title that is also part of a known name ("Sheikh Radwan") does not make it a person.
    if (c.person && !isTable && !(option.kind === 'curated' && c.whole)) return;
    if (c.speaker && !isTable) return;
    if (option.kind === 'admin' && !c.whole && c.feature !== ADMIN_FEATURE) return;
    // "Canadian companies": a demonym is a focus hint, never a town that shares the word.
    if (option.kind === 'geonames' && c.tokens === 1 && demonymCountry(c.text)) return;
    const constrained = !!option.admin1 && !!constraints.get(c.sentence)?.has(`${option.country}.${option.admin1}`);
    let confidence = 0.95;
    let why: string = option.kind;
    if (!isTable) {
      const ev = evidence({ candidate: c, option }, focus, constrained && option.kind !== 'admin');
      if (ev < 2) return;
      confidence = Math.min(0.95, 0.5 + 0.07 * ev);
      why = `${option.kind} evidence ${ev}`;
    }
    out.push({ candidate: c, option, precision: precisionOf(c, option), confidence: Math.round(confidence * 100) / 100, why });
  });
  return out;
}
