import type { Rng } from './prng.js';
import type { GeneratedReport, MarkedText, ReportTruth } from './truth.js';
import { OUTLETS } from './compose.js';
import { consolidate } from './consolidate.js';
import { addDays } from './dates.js';
import { countWords } from './writer.js';

/** How a syndicated copy differs from its original. */
export type CopyEdit = 'verbatim' | 'trimmed' | 'added';

/**
 * Sentences an outlet adds to a wire story it republishes. The team's own text; `{outlet}` is
 * replaced by the republishing outlet.
 */
const ADDED_SENTENCES: readonly string[] = [
  // "The Northern Courier could not independently verify the figures."
  '{outlet} could not independently verify the figures.',
  // "The claims could not be confirmed independently at the time of publication."
  'The claims could not be confirmed independently at the time of publication.',
  // "This story has been updated with further detail from local officials."
  'This story has been updated with further detail from local officials.',
  // "Additional reporting by Frontline Monitor staff."
  'Additional reporting by {outlet} staff.',
];

/** New headlines for a copy: the same story under the republishing desk's own words. */
const HEADLINES: readonly ((city: string) => string)[] = [
  (city) => `Civilians reported killed in ${city} attack`,
  (city) => `${city}: death toll rises after deadly attack`,
  (city) => `What we know about the attack in ${city}`,
  (city) => `Residents of ${city} count their dead`,
  (city) => `Deadly strike hits ${city}, local sources say`,
];

/**
 * A syndicated copy of `original`, as another outlet republishes a wire story: under a new
 * headline and outlet, published the same day or the next, and either verbatim, with one
 * paragraph trimmed (never the lead or the paragraph giving the incident's date), or with one
 * sentence added at the end of a paragraph. The truth's marks move with the text they keep;
 * marks inside a trimmed paragraph are dropped and the event's ranges are recomputed from the
 * figures that remain.
 *
 * @example
 * const copy = syndicate(mulberry32(5), original, { id: 'gen-1-9', edit: 'trimmed' });
 * copy.text.length < original.text.length; // true
 */
export function syndicate(rng: Rng, original: GeneratedReport, o: { id: string; edit: CopyEdit }): GeneratedReport {
  const outlet = rng.pick(OUTLETS.filter((x) => x !== original.outlet));
  const base: GeneratedReport = {
    ...original,
    id: o.id,
    outlet,
    published: addDays(original.published, rng.int(0, 1)),
    title: rng.pick(HEADLINES)(original.truth.incident.place.district ?? original.truth.incident.place.city),
  };
  const paragraphs = paragraphSpans(original.text);
  if (o.edit === 'trimmed') {
    const dateAt = original.truth.date.start;
    const choices = paragraphs.slice(2).filter((p) => dateAt < p.start || dateAt >= p.end);
    if (choices.length === 0) return base;
    const p = rng.pick(choices);
    // The paragraph and the blank line before it.
    return withTruth(base, cut(original.text, p.start - 2, p.end), p.start - 2, p.end, '');
  }
  if (o.edit === 'added') {
    const p = rng.pick(paragraphs);
    const sentence = ` ${rng.pick(ADDED_SENTENCES).replaceAll('{outlet}', outlet)}`;
    return withTruth(base, original.text.slice(0, p.end) + sentence + original.text.slice(p.end), p.end, p.end, sentence);
  }
  return base;
}

/** Start and end of each paragraph (separated by a blank line). */
function paragraphSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n\n', start);
    out.push({ start, end: end < 0 ? text.length : end });
    if (end < 0) return out;
    start = end + 2;
  }
}

function cut(text: string, from: number, to: number): string {
  return text.slice(0, from) + text.slice(to);
}

/**
 * The report with `text`, made from the original's by replacing [from, to) with `inserted`, and
 * its truth moved to match.
 */
function withTruth(r: GeneratedReport, text: string, from: number, to: number, inserted: string): GeneratedReport {
  const shift = inserted.length - (to - from);
  const move = <T extends MarkedText>(m: T): T | null => {
    if (m.end <= from) return m;
    if (m.start >= to) return { ...m, start: m.start + shift, end: m.end + shift };
    return null; // inside what was cut
  };
  const keep = <T extends MarkedText>(ms: readonly T[]): T[] => ms.flatMap((m) => move(m) ?? []);
  const t = r.truth;
  const figures = keep(t.figures);
  const truth: ReportTruth = {
    ...t,
    date: move(t.date) ?? t.date,
    otherDates: keep(t.otherDates),
    place: { ...t.place, mentions: keep(t.place.mentions) },
    figures,
    claims: t.claims.flatMap((c) => {
      const source = move(c.source);
      const cue = move(c.cue);
      return source && cue ? [{ ...c, source, cue }] : [];
    }),
    event: { ...t.event, ...consolidate(figures) },
    wordCount: countWords(text),
  };
  return { ...r, text, truth };
}
