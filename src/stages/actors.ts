import type { Stage } from '../pipeline/stage.js';
import { makeSpan, spansOf } from '../report/report.js';
import type { Report, Span } from '../report/types.js';
import { sentenceView, type Candidate, type SentenceView } from './actors/context.js';
import { aliasCandidates, aliasHits, reportContext } from './actors/lexicon-match.js';
import { plainPeople, surnameKeys, surnameMentions, titledPeople } from './actors/people.js';
import { unknownGroups } from './actors/groups.js';
import { linkPeople } from './actors/link-people.js';
import { countryActors, nationPeoples } from './actors/countries.js';
import { acronymMentions, definedAcronyms } from './actors/acronyms.js';
import { kunyaPeople, speakerNames, tieTitles, titleOnlyPeople } from './actors/speakers.js';

/**
 * Choose non-overlapping candidates: the longest (in tokens) first, ties to the lower rank
 * (lexicon, title, name, group, country), then the earlier.
 */
function select(candidates: Candidate[], taken: Map<number, Set<number>>): Candidate[] {
  const sorted = [...candidates].sort((a, b) => (b.to - b.from) - (a.to - a.from) || a.rank - b.rank || a.sentence - b.sentence || a.from - b.from);
  const out: Candidate[] = [];
  for (const c of sorted) {
    let used = taken.get(c.sentence);
    if (!used) taken.set(c.sentence, (used = new Set()));
    let free = true;
    for (let i = c.from; i < c.to && free; i++) free = !used.has(i);
    if (!free) continue;
    for (let i = c.from; i < c.to; i++) used.add(i);
    out.push(c);
  }
  return out;
}

const ARMED = new Set(['armed-group', 'state-forces', 'coalition']);

/** A group name that holds a known armed actor ("KIA's 27th Battalion", "Taunggyi People
 * Defense Force") is a unit of that actor: its name and key, the whole span. */
function unitOf(group: Candidate, lexical: readonly Candidate[]): Candidate {
  const inner = lexical.find((l) => l.sentence === group.sentence && l.from >= group.from && l.to <= group.to && ARMED.has(l.value.kind));
  return inner ? { ...group, confidence: 0.7, value: { ...inner.value, via: 'group', members: undefined } } : group;
}

function views(report: Report, places: readonly Span<'place'>[]): SentenceView[] {
  const pos = new Map<number, string>();
  const sentences: Span<'sentence'>[] = [];
  // One pass over the spans (spansOf would filter and sort once per label).
  for (const s of report.spans) {
    if (s.label === 'token') pos.set(s.start, (s as Span<'token'>).value.pos);
    else if (s.label === 'sentence') sentences.push(s as Span<'sentence'>);
  }
  sentences.sort((a, b) => a.start - b.start);
  return sentences.map((s, index) => sentenceView({ text: report.text, index, start: s.start, end: s.end, pos, places }));
}

/**
 * Armed actors, institutions and people. Candidates first, decisions later: lexicon aliases
 * (a token trie over `lexicon/actors*.ts`, resolved against the report's context), titled and
 * plain person names, and unknown proper-noun groups; then the longest non-overlapping
 * candidates win; then later bare surnames of people found are added, and every mention of one
 * person gets the same canonical name (the longest form the report uses).
 *
 * Reads the places stage's spans when they are there (a place is never a person), but does not
 * require them.
 *
 * @example
 * const r = buildPipeline([segment, actors]).run(createReport('Daesh fighters fled, Gen. Townsend said.'));
 * spansOf(r, 'actor').map((s) => s.value.name); // ['Islamic State', 'Townsend']
 */
export const actors: Stage = {
  name: 'actors',
  requires: ['sentence', 'token'],
  assigns: ['actor'],
  run(report, ctx) {
    const places = spansOf(report, 'place');
    const vs = views(report, places);
    const hits = vs.flatMap(aliasHits);
    const context = reportContext(hits, places.map((p) => p.value.country));
    ctx.trace(`focus country ${context.focus ?? 'none'}; ${hits.length} alias hits`);
    const lexical = aliasCandidates(vs, hits, context);
    const first = [...lexical, ...vs.flatMap(titledPeople), ...vs.flatMap(plainPeople), ...vs.flatMap(unknownGroups),
      ...vs.flatMap(countryActors), ...vs.flatMap(nationPeoples), ...vs.flatMap(titleOnlyPeople), ...vs.flatMap(kunyaPeople)];
    const taken = new Map<number, Set<number>>();
    const isTaken = (v: number) => (i: number) => taken.get(v)?.has(i) ?? false;
    const chosen = select(first, taken).map((c) => (c.value.via === 'group' ? unitOf(c, lexical) : c));
    const surnames = new Map<string, string>();
    const learn = (cs: readonly Candidate[]) => {
      for (const c of cs) {
        // Only full names, titled surnames and speakers teach a surname; bare names must be backed by one.
        if (c.value.kind === 'person' && c.personName && !c.titleOnly && (c.value.title || c.teaches || c.personName.includes(' '))) {
          for (const k of surnameKeys(c.personName)) if (!surnames.has(k) || c.personName.includes(' ')) surnames.set(k, c.personName);
        }
      }
    };
    learn(chosen);
    const later = select(vs.flatMap((v) => surnameMentions(v, surnames, isTaken(v.index))), taken);
    // Then people known only as speakers ("Karim said"), and their other mentions.
    const speakers = select(vs.flatMap((v) => speakerNames(v, isTaken(v.index))), taken);
    const known = new Set(surnames.keys());
    learn(speakers);
    for (const k of known) surnames.delete(k);
    const echoes = surnames.size ? select(vs.flatMap((v) => surnameMentions(v, surnames, isTaken(v.index))), taken) : [];
    // Acronyms the report defines: "the Kite Valley Recovery Fund (KVRF)" … "KVRF said".
    const acronyms = definedAcronyms(chosen, vs);
    const defined = acronyms.size ? select(vs.flatMap((v) => acronymMentions(v, acronyms, isTaken(v.index))), taken) : [];
    const all = tieTitles(linkPeople([...chosen, ...later, ...speakers, ...echoes, ...defined], vs));
    const spans: Span[] = all
      .sort((a, b) => a.sentence - b.sentence || a.from - b.from)
      .map((c) => {
        const v = vs[c.sentence];
        const start = v.toks[c.from].start;
        const end = v.toks[c.to - 1].end;
        ctx.trace(`${c.value.via} "${report.text.slice(start, end)}" → ${c.value.name} at ${start}–${end}`);
        const det = v.toks[c.from - 1];
        let value = det?.key === 'the' && c.value.kind !== 'person' ? { ...c.value, determinerStart: det.start } : c.value;
        // A titled name ("Lt. Gen. Stephen Townsend"): where the name itself begins.
        const written = report.text.slice(start, end);
        if (c.value.kind === 'person' && c.value.title && c.personName && written.length > c.personName.length && written.endsWith(c.personName)) {
          value = { ...value, nameStart: end - c.personName.length };
        }
        return makeSpan(report, { start, end, label: 'actor', value, stage: 'actors', confidence: c.confidence });
      });
    return { spans };
  },
};
