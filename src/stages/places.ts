import { makeSpan, spansOf } from '../report/report.js';
import type { Span } from '../report/types.js';
import type { Stage } from '../pipeline/stage.js';
import { findCandidates } from './places/candidates.js';
import { demonymCountry, isKnownKey } from './places/options.js';
import { resolveCandidates, type Resolved } from './places/resolve.js';
import { admin1Name } from './places/admin1.js';
import { countryRoles } from './places/country-role.js';
import { placeAnaphors } from './places/anaphora.js';

/**
 * Start offsets of country names used as modifiers of another name ("U.S. forces", "US-led"):
 * not places. A country acting ("Iraq said") stays a place too (re3d marks it either way); the
 * actors stage adds the actor.
 */
function countriesNotPlaces(bySentence: ReadonlyMap<number, Span<'token'>[]>, resolved: readonly Resolved[]): Set<number> {
  const out = new Set<number>();
  const countries = resolved.filter((r) => r.precision === 'country').map((r) => r.candidate);
  if (countries.length === 0) return out;
  for (const toks of bySentence.values()) {
    const first = toks[0].start;
    const last = toks[toks.length - 1].end;
    const here = countries.filter((c) => c.start >= first && c.end <= last).sort((a, b) => a.start - b.start);
    if (here.length === 0) continue;
    const words = toks.map((t, i) => ({ text: t.text, pos: t.value.pos, spaced: i === 0 || toks[i - 1].end !== t.start }));
    const ranges = here.map((c) => {
      const from = toks.findIndex((t) => t.start >= c.start);
      const to = toks.findIndex((t) => t.start >= c.end);
      return { from, to: to < 0 ? toks.length : to };
    });
    countryRoles(words, ranges).forEach((role, n) => {
      if (role === 'modifier') out.add(here[n].start);
    });
  }
  return out;
}

/**
 * Place names, geocoded offline: countries, regions (tables in `lexicon/`), curated conflict
 * places, and GeoNames populated places. Candidates are runs of capitalised tokens (with Arabic
 * particles: "Deir al-Balah"); the resolver picks each one's referent by the report's country
 * focus, the region a sentence names, population and nearness, and drops names the context does
 * not support as places (people, organisations, common words).
 */
export const places: Stage = {
  name: 'places',
  requires: ['sentence', 'token'],
  assigns: ['place'],
  run(report, ctx) {
    const bySentence = new Map<number, Span<'token'>[]>();
    for (const t of spansOf(report, 'token')) {
      const list = bySentence.get(t.value.sentence);
      if (list) list.push(t); else bySentence.set(t.value.sentence, [t]);
    }
    const candidates = [];
    const demonyms: string[] = [];
    for (const [sentence, toks] of bySentence) {
      candidates.push(...findCandidates(toks, sentence, report.text, isKnownKey));
      for (const t of toks) if (t.value.pos === 'PROPN' || t.value.pos === 'ADJ') if (demonymCountry(t.text)) demonyms.push(t.text);
    }
    const all = resolveCandidates(candidates, demonyms, report.text);
    const notPlace = countriesNotPlaces(bySentence, all);
    const resolved = all.filter((r) => r.precision !== 'country' || !notPlace.has(r.candidate.start));
    const spans = resolved.map((r) => {
      const { candidate: c, option: o } = r;
      ctx.trace(`"${c.text}" at ${c.start}-${c.end} → ${o.name} (${o.country}, ${r.precision}, ${o.source}; ${r.why})`);
      return makeSpan(report, {
        start: c.start, end: c.end, label: 'place', stage: 'places', confidence: r.confidence,
        value: {
          name: o.name, country: o.country, lat: o.lat, lon: o.lon, precision: r.precision, source: o.source,
          admin1: o.admin1 ? admin1Name(o.country, o.admin1) : null,
          feature: c.feature, relation: c.relation,
        },
      });
    });
    for (const a of placeAnaphors(report.text, resolved)) {
      const { option: o, precision } = a.antecedent;
      ctx.trace(`"${report.text.slice(a.start, a.end)}" at ${a.start}-${a.end} → ${o.name} (refers back)`);
      spans.push(makeSpan(report, {
        start: a.start, end: a.end, label: 'place', stage: 'places', confidence: 0.4,
        value: {
          name: o.name, country: o.country, lat: o.lat, lon: o.lon, precision, source: o.source,
          admin1: o.admin1 ? admin1Name(o.country, o.admin1) : null, feature: a.noun, relation: null,
        },
      }));
    }
    return { spans };
  },
};
