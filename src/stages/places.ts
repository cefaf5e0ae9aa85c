import { makeSpan, spansOf } from '../report/report.js';
import type { Span } from '../report/types.js';
import type { Stage } from '../pipeline/stage.js';
import { findCandidates } from './places/candidates.js';
import { demonymCountry, isKnownKey } from './places/options.js';
import { resolveCandidates } from './places/resolve.js';
import { admin1Name } from './places/admin1.js';

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
    const resolved = resolveCandidates(candidates, demonyms, report.text);
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
    return { spans };
  },
};
