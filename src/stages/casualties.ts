import type { Stage } from '../pipeline/stage.js';
import { makeSpan, spansOf } from '../report/report.js';
import type { ActorKind, ActorValue, CasualtyGroup, CasualtyValue, Report, Span } from '../report/types.js';
import { ARMED_GROUP_TITLES, CIVIL_SERVICE_WORDS, COMBATANT_TITLES } from '../lexicon/casualty-terms.js';
import { findActor, sideOf } from '../lexicon/actors.js';
import { figuresOf, type ActorGroupAt, type Figure } from './casualties/figures.js';
import { tokensBySentence } from './casualties/tokens.js';

const ACTOR_GROUPS: Partial<Record<ActorKind, CasualtyGroup>> = {
  'armed-group': 'combatants',
  'state-forces': 'combatants',
  coalition: 'combatants',
  civilians: 'civilians',
};

/**
 * A person combatant by title: a military rank or command ("Major General Omar Khalil"), or a
 * leader of an armed group ("Islamic Jihad leader Sami Nasser": the title, and the affiliation the
 * actors stage read, an armed group). See `COMBATANT_TITLES`, `ARMED_GROUP_TITLES`.
 */
function titledCombatant(v: ActorValue, wordBefore: string): boolean {
  if (v.kind !== 'person' || !v.title) return false;
  // "Police Captain Iyad Said": a police rank (police are presumed civilians).
  if (CIVIL_SERVICE_WORDS.has(wordBefore)) return false;
  const title = v.title.toLowerCase().replace(/\s+/g, ' ').trim();
  if (COMBATANT_TITLES.has(title)) return true;
  if (!ARMED_GROUP_TITLES.has(title) || !v.affiliation) return false;
  const group = findActor(v.affiliation);
  return !!group && sideOf(group).kind === 'armed-group';
}

/** The word right before character offset `at`, lower-cased ("" at the start). */
function wordBefore(text: string, at: number): string {
  return /([\p{L}-]+)\s*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1].toLowerCase() ?? '';
}

/** Group of the actor span (stage `actors`) inside a character range: "three PDF members", "Colonel Ali Said". */
function actorGroups(report: Report): ActorGroupAt {
  const actors = spansOf(report, 'actor');
  return (start, end) => {
    for (const a of actors) {
      if (a.start >= start && a.end <= end) {
        const g = titledCombatant(a.value, wordBefore(report.text, a.start)) ? 'combatants' : ACTOR_GROUPS[a.value.kind];
        if (g) return g;
      }
    }
    return null;
  };
}

interface Placed extends Figure { sentence: number; index: number; subsetIndex: number | null }

/** Sentences a revision may reach back over: "initially 6 …" then "… later 11". */
const REVISION_REACH = 2;

/**
 * Link "initially N … later M" within a few sentences: the later figure stands and its range
 * spans both; the earlier one points to it. Returns the two optional fields per figure.
 */
function revisions(figs: readonly Placed[]): Map<number, Partial<CasualtyValue>> {
  const extra = new Map<number, Partial<CasualtyValue>>();
  figs.forEach((early, i) => {
    // One person named or counted by an article is nobody's toll: only counts are revised.
    if (early.revision !== 'initial' || early.subsetIndex !== null || early.individual) return;
    const late = figs.find((f, k) => k > i && f.revision === 'later' && f.kind === early.kind && !f.individual
      && f.subsetIndex === null && f.sentence - early.sentence <= REVISION_REACH);
    if (!late) return;
    extra.set(early.index, { ...extra.get(early.index), supersededBy: late.index });
    extra.set(late.index, {
      ...extra.get(late.index),
      revises: early.index,
      min: Math.min(early.min, late.min),
      max: early.max === null || late.max === null ? null : Math.max(early.max, late.max),
    });
  });
  return extra;
}

/**
 * "A boy was killed … He died on the way to hospital": one person named definitely ("he",
 * "the boy") after a single person of the same harm, within a few sentences, is that person
 * again — a subset (the same one) of the earlier figure, so it is not counted twice.
 */
function samePerson(figs: readonly Placed[]): Placed[] {
  return figs.map((f, i) => {
    if (!f.definite || f.subsetIndex !== null || f.min !== 1 || f.max !== 1) return f;
    for (let k = i - 1; k >= 0 && f.sentence - figs[k].sentence <= REVISION_REACH; k--) {
      const e = figs[k];
      if (e.kind === f.kind && e.min === 1 && e.max === 1) return { ...f, subsetIndex: e.subsetIndex ?? e.index };
    }
    return f;
  });
}

/**
 * Every figure of killed, injured, displaced, detained or missing people, as a `casualty` span
 * over the number phrase and its people ("at least 11 civilians"). Rules: number phrases and
 * vague quantities in `lexicon/quantities.ts`; people nouns, harm verbs and hedges in
 * `lexicon/casualty-terms.ts`; matching in `stages/casualties/`. Spans are in offset order, so
 * `subsetOf`, `supersededBy` and `revises` index the report's casualty spans.
 *
 * @example
 * buildPipeline([segment, actors, casualties]).run(createReport('An air strike killed 11 civilians.'));
 * // one casualty span "11 civilians": killed, civilians, 11–11
 */
export const casualties: Stage = {
  name: 'casualties',
  requires: ['sentence', 'token', 'actor'],
  assigns: ['casualty'],
  run(report, ctx) {
    const groupAt = actorGroups(report);
    const placed: Placed[] = [];
    tokensBySentence(report).forEach((toks, sentence) => {
      if (!toks?.length) return;
      const base = placed.length;
      for (const f of figuresOf(toks, groupAt)) {
        placed.push({ ...f, sentence, index: placed.length, subsetIndex: f.subsetOf === null ? null : base + f.subsetOf });
      }
    });
    const figs = samePerson(placed);
    const extra = revisions(figs);
    const spans: Span[] = figs.map((f) => {
      const value: CasualtyValue = {
        sentence: f.sentence, kind: f.kind, group: f.group, min: f.min, max: f.max,
        conservative: f.conservative, stated: f.stated, hedged: f.hedged, cue: f.cue,
        ...(f.subsetIndex !== null ? { subsetOf: f.subsetIndex } : {}),
        ...(f.aggregate ? { aggregate: true } : {}),
        ...(f.upTo ? { upTo: true } : {}),
        ...(f.alternative ? { alternative: true } : {}),
        ...(f.individual ? { individual: true } : {}),
        ...(f.doubted ? { doubted: true } : {}),
        ...(f.additional ? { additional: true } : {}),
        ...extra.get(f.index),
      };
      ctx.trace(`${value.kind} ${value.group} ${value.min}–${value.max ?? '…'} at ${f.start}–${f.end} (${f.cue})`);
      return makeSpan(report, { start: f.start, end: f.end, label: 'casualty', value, stage: 'casualties', confidence: f.confidence });
    });
    return { spans };
  },
};
