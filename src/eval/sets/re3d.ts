import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../report/analysis.js';
import { addCounts, noCounts, prf, type Counts } from '../score/prf.js';
import { matchSpans, type ScoredSpan } from '../score/spans.js';
import { take, topTexts, type AnalyzeFn, type Measure, type ReadOptions, type SetResult } from '../types.js';

export const RE3D_DIR = 'dev/re3d';

/** The re3d entity types we score. */
export const RE3D_TYPES = ['Person', 'Organisation', 'Location', 'Temporal', 'Quantity', 'Weapon'] as const;
export type Re3dType = (typeof RE3D_TYPES)[number];

export interface Re3dDoc {
  id: string;
  source: string;
  text: string;
  entities: (ScoredSpan & { type: string })[];
}

/** mongoexport writes one JSON object per line. */
const jsonLines = (path: string): Record<string, unknown>[] =>
  readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

/** Read re3d's documents and their entities, all source folders, in a stable order. */
export function readRe3d(dataDir: string, opts: ReadOptions = {}): Re3dDoc[] {
  const root = join(dataDir, RE3D_DIR);
  const docs: Re3dDoc[] = [];
  for (const folder of readdirSync(root).sort()) {
    if (!statSync(join(root, folder)).isDirectory()) continue;
    const byDoc = new Map<string, Re3dDoc>();
    for (const d of jsonLines(join(root, folder, 'documents.json'))) {
      byDoc.set(String(d._id), { id: String(d._id), source: folder, text: String(d.text), entities: [] });
    }
    for (const e of jsonLines(join(root, folder, 'entities.json'))) {
      byDoc.get(String(e.documentId))?.entities.push({ start: Number(e.begin), end: Number(e.end), type: String(e.type) });
    }
    docs.push(...[...byDoc.values()].sort((a, b) => a.id.localeCompare(b.id)));
  }
  return take(docs, opts);
}

/**
 * Our spans as re3d types: a person actor or mention ("he", "a spokesman") → Person, any other
 * actor or actor mention ("we", "the militants", "civilians": re3d tags groups of people,
 * civilians included, as Organisation) → Organisation, a place or site mention ("the
 * hospital", "here") → Location, a date → Temporal, a casualty figure → Quantity (re3d's
 * Quantity also covers distances and sums; our figures are only people), a weapon → Weapon.
 *
 * @example
 * ourRe3dSpans(analysis).Location; // the places' spans
 */
export function ourRe3dSpans(a: Pick<Analysis, 'actors' | 'places' | 'dates' | 'casualties' | 'mentions' | 'weapons'>): Record<Re3dType, ScoredSpan[]> {
  const span = (s: { start: number; end: number }): ScoredSpan => ({ start: s.start, end: s.end });
  const mentions = a.mentions ?? [];
  const actors = [...a.actors, ...mentions.filter((m) => m.of === 'actor')];
  return {
    // re3d marks a titled name twice, nested: "Gen. Stephen Townsend" and "Stephen Townsend".
    Person: actors.filter((x) => x.kind === 'person').flatMap((x) => {
      const nameStart = 'nameStart' in x ? x.nameStart : undefined;
      return nameStart !== undefined && nameStart > x.start ? [span(x), { start: nameStart, end: x.end }] : [span(x)];
    }),
    Organisation: actors.filter((x) => x.kind !== 'person').map(span),
    Location: [...a.places, ...mentions.filter((m) => m.of === 'place')].map(span),
    Temporal: a.dates.map(span),
    Quantity: a.casualties.map(span),
    Weapon: (a.weapons ?? []).map(span),
  };
}

/** Per type and match mode, the summed counts. */
export type Re3dCounts = Record<Re3dType, Record<'exact' | 'overlap', Counts>>;

/** Score one document: counts per type, exact and overlap. */
export function scoreRe3dDoc(doc: Re3dDoc, ours: Record<Re3dType, ScoredSpan[]>): Re3dCounts {
  const out = {} as Re3dCounts;
  for (const t of RE3D_TYPES) {
    const gold = doc.entities.filter((e) => e.type === t);
    out[t] = { exact: matchSpans(ours[t], gold, { match: 'exact' }), overlap: matchSpans(ours[t], gold, { match: 'overlap' }) };
  }
  return out;
}

/** Sum per-document counts and turn them into the re3d table (micro-averaged). */
export function summarizeRe3d(perDoc: readonly Re3dCounts[]): Measure[] {
  const measures: Measure[] = [];
  for (const t of RE3D_TYPES) {
    for (const mode of ['exact', 'overlap'] as const) {
      const c = perDoc.reduce((acc, d) => addCounts(acc, d[t][mode]), noCounts());
      const s = prf(c);
      const detail = `tp ${c.tp} fp ${c.fp} fn ${c.fn}`;
      measures.push(
        { key: `re3d.${t}.${mode}.precision`, label: `${t} ${mode} P`, value: s.precision, detail },
        { key: `re3d.${t}.${mode}.recall`, label: `${t} ${mode} R`, value: s.recall, detail },
        { key: `re3d.${t}.${mode}.f1`, label: `${t} ${mode} F1`, value: s.f1, detail },
      );
    }
  }
  return measures;
}

/**
 * Per type, the most frequent gold texts no span of ours overlaps, and our spans that overlap
 * no gold span of the type.
 */
function re3dMisses(docs: readonly Re3dDoc[], ours: readonly Record<Re3dType, ScoredSpan[]>[], n: number): string[] {
  const lines: string[] = [];
  const hit = (s: ScoredSpan, xs: readonly ScoredSpan[]) => xs.some((x) => x.start < s.end && s.start < x.end);
  for (const t of RE3D_TYPES) {
    const missed: string[] = [], spurious: string[] = [];
    docs.forEach((d, i) => {
      const gold = d.entities.filter((e) => e.type === t);
      for (const g of gold) if (!hit(g, ours[i][t])) missed.push(d.text.slice(g.start, g.end));
      for (const p of ours[i][t]) if (!hit(p, gold)) spurious.push(d.text.slice(p.start, p.end));
    });
    if (missed.length) lines.push(`${t} missed: ${topTexts(missed, n)}`);
    if (spurious.length) lines.push(`${t} spurious: ${topTexts(spurious, n)}`);
  }
  return lines;
}

/** Run and score re3d. */
export function evalRe3d(dataDir: string, analyze: AnalyzeFn, opts: ReadOptions = {}): Omit<SetResult, 'seconds'> {
  const docs = readRe3d(dataDir, opts);
  const ours = docs.map((d) => ourRe3dSpans(analyze(d.text, { id: d.id })));
  const perDoc = docs.map((d, i) => scoreRe3dDoc(d, ours[i]));
  return {
    set: 're3d',
    items: docs.length,
    measures: summarizeRe3d(perDoc),
    ...(opts.misses ? { misses: re3dMisses(docs, ours, opts.misses) } : {}),
    notes: [
      'actors and actor mentions (pronouns, common nouns): person → Person, other kinds (civilians included) → Organisation; places and site mentions → Location; dates → Temporal; casualty figures → Quantity (partial: re3d Quantity also counts distances, sums); weapons → Weapon',
      'overlap = at least one shared character, matched one-to-one',
    ],
  };
}
