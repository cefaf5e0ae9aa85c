import { acledName, sideOf, findActor, type ActorRow } from '../../lexicon/actors.js';
import { MEMBER_NOUNS } from '../../lexicon/actors-groups.js';
import type { ActorValue } from '../../report/types.js';
import type { IndexEntry } from './alias-index.js';
import type { Candidate, SentenceView } from './context.js';
import { actorAliases, type AliasPayload } from './lexicon-index.js';

/** Every lexicon phrase found in a sentence, before the report's context picks a row. */
export interface AliasHit {
  sentence: number;
  from: number;
  to: number;
  entries: IndexEntry<AliasPayload>[];
}

/** Acronyms that are also English words: in a sentence written in capitals they are words. */
const WORD_ACRONYMS = new Set(['is', 'us', 'who', 'it', 'as', 'an', 'shan', 'sac', 'pa', 'ka', 'aa', 'ib', 'moc']);

/** Generic nouns that are actors only when they head the phrase: "the army said", not
 * "an army base" or "police station". */
const GENERIC_MODIFIERS = new Set(['military', 'army', 'police', 'regime', 'junta', 'security']);

/** Words before a lower-case alias that make it political, not armed: "the ruling coalition",
 * "opposition groups". */
const POLITICAL_BEFORE = new Set(['ruling', 'governing', 'electoral', 'political', 'parliamentary', 'opposition', 'government', 'party', 'broad']);

/** Myanmar unit words that a number may follow: "LIB 345", "Infantry Battalion No. 12". */
const UNIT_WORDS = new Set(['lib', 'ib', 'lir', 'lid', 'battalion', 'division', 'regiment', 'moc', 'command']);

function keepEntry(view: SentenceView, from: number, to: number, e: IndexEntry<AliasPayload>): boolean {
  const toks = view.toks;
  const single = e.pattern.length === 1 ? e.pattern[0].toLowerCase() : null;
  if (single && view.caps && WORD_ACRONYMS.has(single)) return false;
  if (single === 'us' && toks[to]?.text === '$') return false;
  const firstPattern = e.pattern[0];
  if (firstPattern === firstPattern.toLowerCase() && POLITICAL_BEFORE.has(toks[from - 1]?.key ?? '')) return false;
  const lastKey = toks[to - 1].key;
  if (GENERIC_MODIFIERS.has(lastKey) && e.pattern[e.pattern.length - 1] === e.pattern[e.pattern.length - 1].toLowerCase()) {
    const next = toks[to];
    if (next?.word && !MEMBER_NOUNS.has(next.key) && (view.pos(to) === 'NOUN' || view.pos(to) === 'PROPN')) return false;
  }
  return true;
}

/**
 * Walk the alias trie at every token of a sentence; keeps every length (the longest usable one
 * is chosen later, once the report's context is known).
 *
 * @example
 * aliasHits(view).map((h) => h.to - h.from);
 */
export function aliasHits(view: SentenceView): AliasHit[] {
  const index = actorAliases();
  const out: AliasHit[] = [];
  for (let i = 0; i < view.toks.length; i++) {
    if (!view.toks[i].word) continue;
    // A match must start and end on a word boundary of the text, not inside "ISIS-K".
    for (const m of index.matchesAt(view.toks, i)) {
      const entries = m.entries.filter((e) => keepEntry(view, m.from, m.to, e));
      if (entries.length) out.push({ sentence: view.index, from: m.from, to: m.to, entries });
    }
  }
  return out;
}

/** What the whole report says about its context: rows named unambiguously, the main country. */
export interface ReportContext {
  mentioned: ReadonlySet<string>;
  focus: string | null;
}

/**
 * The report's context from its unambiguous aliases and the places stage's countries: the
 * country that most actors and places belong to (forces fighting abroad do not vote).
 *
 * @example
 * reportContext(hits, ['MM', 'MM']).focus; // 'MM'
 */
export function reportContext(hits: readonly AliasHit[], placeCountries: readonly string[]): ReportContext {
  const mentioned = new Set<string>();
  const votes = new Map<string, number>();
  const vote = (c: string) => votes.set(c, (votes.get(c) ?? 0) + 1);
  for (const c of placeCountries) vote(c);
  for (const h of hits) {
    for (const e of h.entries) {
      if (e.payload.contextual) continue;
      const row = e.payload.row;
      mentioned.add(row.key);
      const where = row.theatres ?? (row.country ? [row.country] : []);
      if (where.length === 1 && row.kind !== 'person') vote(where[0]);
    }
  }
  let focus: string | null = null;
  let best = 0;
  for (const [c, n] of votes) {
    if (n > best) [focus, best] = [c, n];
    else if (n === best) focus = null;
  }
  return { mentioned, focus };
}

/**
 * Choose the row an alias stands for. Points: 2 when a contextual alias's row is named
 * unambiguously elsewhere in the report, 2 when the report's country is one of the row's
 * theatres, 1 for an unambiguous alias. "coalition" in a Yemen report is the Saudi-led one;
 * a contextual alias with no support ("police" in a report about nowhere) is dropped, unless an
 * unambiguous row shares it. Ties go to the earlier row.
 *
 * @example
 * chooseRow(hit.entries, { mentioned: new Set(['saudi-coalition']), focus: 'YE' })?.key; // 'saudi-coalition'
 */
export function chooseRow(entries: readonly IndexEntry<AliasPayload>[], ctx: ReportContext): ActorRow | null {
  let best: ActorRow | null = null;
  let bestScore = 0;
  for (const e of entries) {
    const row = e.payload.row;
    const where = row.theatres ?? (row.country ? [row.country] : []);
    const score = (ctx.mentioned.has(row.key) && e.payload.contextual ? 2 : 0)
      + (ctx.focus && where.includes(ctx.focus) ? 2 : 0)
      + (e.payload.contextual ? 0 : 1);
    if (score > bestScore) [best, bestScore] = [row, score];
  }
  return best;
}

/**
 * The span value for a lexicon row.
 *
 * @example
 * rowValue(findActor('Pentagon')!, null).side; // 'coalition'
 */
export function rowValue(row: ActorRow, focus: string | null): ActorValue {
  const parent = row.partOf ? findActor(row.partOf) : undefined;
  return {
    name: row.name,
    kind: row.kind,
    key: row.key,
    country: row.country ?? null,
    affiliation: parent?.name ?? null,
    side: sideOf(row).key,
    acled: acledName(row, row.country ?? focus),
    via: 'lexicon',
  };
}

/**
 * Turn alias hits into candidates: for each hit the row the context supports; a number after a
 * Myanmar unit word joins the span ("LIB 345"); a member noun after it sets `members`.
 *
 * @example
 * const candidates = aliasCandidates(views, hits, reportContext(hits, []));
 */
export function aliasCandidates(views: readonly SentenceView[], hits: readonly AliasHit[], ctx: ReportContext): Candidate[] {
  const out: Candidate[] = [];
  const ends = new Set(hits.map((h) => `${h.sentence}:${h.to}`));
  for (const h of hits) {
    const view = views[h.sentence];
    // "KIA troops": the troops are the KIA's, not the army's that "troops" means on its own.
    if (h.to - h.from === 1 && MEMBER_NOUNS.has(view.toks[h.from].key) && ends.has(`${h.sentence}:${h.from}`)) continue;
    const row = chooseRow(h.entries, ctx);
    if (!row) continue;
    let to = h.to;
    if (UNIT_WORDS.has(view.toks[to - 1].key)) {
      let k = to;
      if (view.toks[k]?.key === 'no' && view.toks[k + 1]?.key === '.') k += 2;
      if (view.toks[k] && /^\d+$/.test(view.toks[k].text)) to = k + 1;
    }
    const value = rowValue(row, ctx.focus);
    const next = view.toks[to];
    if (next && MEMBER_NOUNS.has(next.key) && row.kind !== 'person' && row.kind !== 'media') value.members = true;
    const contextual = h.entries.every((e) => e.payload.row !== row || e.payload.contextual);
    const personName = row.kind === 'person'
      ? view.toks.slice(h.from, to).map((t, k) => (k > 0 && t.spaced ? ' ' : '') + t.text).join('')
      : undefined;
    out.push({ sentence: h.sentence, from: h.from, to, rank: 0, confidence: contextual ? 0.7 : 0.95, value, personName });
  }
  return out;
}
