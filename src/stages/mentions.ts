import type { Stage } from '../pipeline/stage.js';
import { makeSpan } from '../report/report.js';
import type { Report, Span } from '../report/types.js';
import type { Named } from './mentions/antecedent.js';
import { nominalMentions } from './mentions/nominals.js';
import type { MTok } from './mentions/phrase.js';
import { pronounMentions, type MentionCandidate } from './mentions/pronouns.js';
import { regionMentions } from './mentions/regions.js';
import { innerPeople } from './mentions/inner.js';

const overlaps = (a: { start: number; end: number }, xs: readonly { start: number; end: number }[]) =>
  xs.some((x) => x.start < a.end && a.start < x.end);

/** The report's tokens by sentence, its named actors and places in offset order, in one pass. */
function read(report: Report) {
  const sentences: Span<'sentence'>[] = [];
  const toks = new Map<number, MTok[]>();
  const actors: Span<'actor'>[] = [];
  const places: Span<'place'>[] = [];
  for (const s of report.spans) {
    if (s.label === 'token') {
      const t = s as Span<'token'>;
      const list = toks.get(t.value.sentence) ?? [];
      if (list.length === 0) toks.set(t.value.sentence, list);
      list.push({ start: t.start, end: t.end, text: t.text, norm: t.value.norm.replace(/’/g, "'"), pos: t.value.pos });
    } else if (s.label === 'sentence') sentences.push(s as Span<'sentence'>);
    else if (s.label === 'actor') actors.push(s as Span<'actor'>);
    else if (s.label === 'place') places.push(s as Span<'place'>);
  }
  sentences.sort((a, b) => a.start - b.start);
  // The last sentence starting at or before `at` (binary search: reports can be long).
  const sentenceOf = (at: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= at) { found = sentences[mid].value.index; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
  const named = <L extends 'actor' | 'place'>(xs: Span<L>[], person: (x: Span<L>) => boolean): Named[] =>
    xs.sort((a, b) => a.start - b.start).map((x) => ({ start: x.start, end: x.end, sentence: sentenceOf(x.start), name: x.value.name, person: person(x) }));
  return {
    toks, actors, places, sentenceOf,
    named: {
      actors: named(actors, (a) => a.value.kind === 'person'),
      places: named(places, () => false),
    },
  };
}

/**
 * "IS fighters", "ISIL tactical units", "Coalition advisers": a group noun after a group's name
 * (right after it, or with modifiers between) mentions the group's members: the mention covers
 * name and noun, and refers to the group. The name stays the actor.
 */
function membersOf(m: MentionCandidate, actors: readonly Span<'actor'>[], text: string): MentionCandidate {
  if (m.value.kind === 'person' || m.value.of !== 'actor') return m;
  const group = actors.find((a) => a.value.kind !== 'person' && a.end < m.end
    && (a.start >= m.start || (a.end <= m.start && /^\s+$/.test(text.slice(a.end, m.start)))));
  if (!group) return m;
  // The head itself must lie after the name ("IS fighters"), not inside it.
  if (text.slice(group.end, m.end).trim() === '') return m;
  return { ...m, start: Math.min(group.start, m.start), value: { ...m.value, kind: group.value.kind, via: 'members', antecedent: group.value.name } };
}

/**
 * Mentions of actors and places that are not names: personal pronouns ("he", "we"), common-noun
 * phrases ("the militants", "a spokesman", "government troops") and sites ("the hospital",
 * "ISIL-held buildings", "here"). Each is linked to the name it refers back to when one fits
 * (`antecedent`). Names stay the actors' and places' spans: a mention never overlaps a name of
 * its own kind (an actor mention an actor, a site a place), except a known person named inside a
 * group's name ("the Assad regime": the regime is the actor, Assad a person mention in it).
 *
 * @example
 * const r = analyzeReport('Omar Haddad left at dawn. He said the militants had shelled the hospital.');
 * spansOf(r, 'mention').map((m) => [m.text, m.value.antecedent]);
 * // [['He', 'Omar Haddad'], ['the militants', null], ['the hospital', null]]
 */
export const mentions: Stage = {
  name: 'mentions',
  requires: ['sentence', 'token', 'actor', 'place'],
  assigns: ['mention'],
  run(report, ctx) {
    const { toks, actors, places, named, sentenceOf } = read(report);
    const found: MentionCandidate[] = regionMentions(report.text, sentenceOf);
    for (const [sentence, ts] of toks) {
      found.push(...pronounMentions(ts, sentence, named.actors), ...nominalMentions(ts, sentence, named));
    }
    // A region's name may end a longer site phrase ("the Euphrates River Valley" over "valley").
    const regions = found.filter((m) => m.value.kind === 'region');
    const inner = innerPeople(report.text, actors.filter((a) => a.value.kind !== 'person').map((a) => ({ start: a.start, end: a.end, sentence: sentenceOf(a.start) })));
    const kept = found
      .filter((m) => m.value.kind === 'region' || m.value.of !== 'place' || !overlaps(m, regions))
      .map((m) => membersOf(m, actors, report.text))
      // A members mention holds its group's name; any other mention stays clear of names.
      .filter((m) => m.value.via === 'members' || !overlaps(m, m.value.of === 'actor' ? actors : places))
      .filter((m) => m.value.via !== 'members' || actors.filter((a) => a.start < m.end && m.start < a.end).length === 1)
      // A region inside a group's name is the name's ("Islamic State of Iraq and the Levant").
      .filter((m) => m.value.kind !== 'region' || !overlaps(m, actors));
    const spans = [...kept, ...inner]
      .sort((a, b) => a.start - b.start)
      .map((m) => {
        ctx.trace(`${m.value.via} "${report.text.slice(m.start, m.end)}" (${m.value.kind}) → ${m.value.antecedent ?? 'no antecedent'} at ${m.start}–${m.end}`);
        return makeSpan(report, { start: m.start, end: m.end, label: 'mention', stage: 'mentions', confidence: m.confidence, value: m.value });
      });
    return { spans };
  },
};
