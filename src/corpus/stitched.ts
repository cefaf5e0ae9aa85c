import type { DatedOrigin } from './provenance.js';

/** Share of a report's evidence sentences that must come from one other report for a copy. */
export const COPY_SHARE = 0.5;
/** Share of evidence sentences that must come from other reports (two or more) for a stitched page. */
export const STITCHED_SHARE = 0.5;

/** How the report's sources group into stories (copy groups), for {@link classifyProvenance}. */
export interface StoryGroups {
  /** Copy group of each source report (a report not listed is a story of its own). */
  groups: ReadonlyMap<string, string>;
  /** The report's own copy group: sentences from its own story are not stitched in. */
  group: string;
}

export interface ReportProvenance {
  /** The other report most of this one's sentences come from, when there is one. */
  copyOf: string | null;
  /** True when at least half the sentences come from two or more other stories. */
  stitched: boolean;
  /** Sentences long enough to count (six words or more). */
  evidence: number;
  /** Of those, how many first appeared elsewhere. */
  copied: number;
  /** Other reports and the sentences each gave, most first. */
  sources: { report: string; sentences: number[] }[];
  /** Why, in words. */
  reason: string;
}

/**
 * Read a report's sentence origins as a whole: a report more than half of whose evidence
 * sentences come from one other report is a copy of it (`copyOf`); otherwise, one at least half
 * of whose evidence sentences come from two or more other stories is stitched. Sentences under
 * six words do not count either way. A story is a copy group when `stories` gives them (copies of
 * one wire story are one source, and sentences from the report's own story are not pasted in);
 * otherwise each report is its own story.
 *
 * @example
 * classifyProvenance(await findOrigins(page, index));
 * // { copyOf: null, stitched: true, evidence: 9, copied: 8, sources: [{ report: 'wire', … }, …], reason: '8 of 9 sentences come from 3 other reports' }
 */
export function classifyProvenance(origins: readonly DatedOrigin[], stories?: StoryGroups): ReportProvenance {
  const evidence = origins.filter((o) => o.evidence);
  const per = new Map<string, number[]>();
  for (const o of evidence) {
    if (o.originReport === o.report) continue;
    const list = per.get(o.originReport);
    if (list) list.push(o.sentence); else per.set(o.originReport, [o.sentence]);
  }
  const sources = [...per].map(([report, sentences]) => ({ report, sentences }))
    .sort((a, b) => b.sentences.length - a.sentences.length || a.report.localeCompare(b.report));
  const copied = sources.reduce((n, s) => n + s.sentences.length, 0);
  const n = evidence.length;
  const base = { evidence: n, copied, sources };
  if (n === 0) return { ...base, copyOf: null, stitched: false, reason: 'no sentence of six words or more' };
  const top = sources[0];
  if (top && top.sentences.length > n * COPY_SHARE) {
    return { ...base, copyOf: top.report, stitched: false, reason: `${top.sentences.length} of ${n} sentences come from ${top.report}` };
  }
  const pasted = fromOtherStories(sources, stories);
  if (pasted.stories >= 2 && pasted.sentences >= n * STITCHED_SHARE) {
    const of = stories ? `${pasted.stories} other stories (${sources.length} reports)` : `${sources.length} other reports`;
    return { ...base, copyOf: null, stitched: true, reason: `${pasted.sentences} of ${n} sentences come from ${of}` };
  }
  return { ...base, copyOf: null, stitched: false, reason: copied === 0 ? `all ${n} sentences are new` : `${copied} of ${n} sentences come from other reports` };
}

/** How many other stories the sources make, and how many sentences they gave. */
function fromOtherStories(sources: ReportProvenance['sources'], stories?: StoryGroups): { stories: number; sentences: number } {
  const groups = new Set<string>();
  let sentences = 0;
  for (const s of sources) {
    const group = stories?.groups.get(s.report) ?? s.report;
    if (group === stories?.group) continue;
    groups.add(group);
    sentences += s.sentences.length;
  }
  return { stories: groups.size, sentences };
}
