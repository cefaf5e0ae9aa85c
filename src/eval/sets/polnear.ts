import { readdirSync, readFileSync } from 'node:fs';
import { cleanText, cleanedOffsets } from '../../input/clean-text.js';
import { join } from 'node:path';
import type { Analysis } from '../../report/analysis.js';
import { addCounts, noCounts, prf, type Counts } from '../score/prf.js';
import { matchSpans, simpleTokens, tokenCounts, type ScoredSpan, type SpanMatch } from '../score/spans.js';
import { take, topTexts, type AnalyzeFn, type Measure, type ReadOptions, type SetResult } from '../types.js';
import { parseBrat } from './brat.js';

export const POLNEAR_DIR = 'dev/polnear';
export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];
const BRAT_ROLE: Record<Role, string> = { source: 'Source', cue: 'Cue', content: 'Content' };

export interface PolnearDoc {
  name: string;
  /** Annotator id of the annotation used (some dev articles were annotated by six people). */
  annotator: string;
  published: string | null;
  text: string;
  gold: Record<Role, ScoredSpan[]>;
}

/**
 * The gold source, cue and content spans of one article: the arguments of its Attribution
 * events (annotations flagged Discard or Discuss by the annotators are not attributions).
 *
 * @example
 * goldRoles('T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nE1\tAttribution:T2 Cue:T2 Source:T1').source; // [{start:0,end:2}]
 */
export function goldRoles(ann: string): Record<Role, ScoredSpan[]> {
  const brat = parseBrat(ann);
  const out: Record<Role, ScoredSpan[]> = { source: [], cue: [], content: [] };
  for (const e of brat.events) {
    if (!e.type.startsWith('Attribution')) continue;
    for (const role of ROLES) {
      const s = brat.spans.get(e.args[BRAT_ROLE[role]] ?? '');
      if (s) out[role].push({ start: s.start, end: s.end, fragments: s.fragments });
    }
  }
  return out;
}

/** Gold spans moved from the raw text's offsets to the cleaned text's. */
export function inCleanedText(roles: Record<Role, ScoredSpan[]>, at: (offset: number) => number): Record<Role, ScoredSpan[]> {
  const move = (s: ScoredSpan): ScoredSpan => ({
    start: at(s.start),
    end: at(s.end),
    ...(s.fragments ? { fragments: s.fragments.map((f) => ({ start: at(f.start), end: at(f.end) })) } : {}),
  });
  return { source: roles.source.map(move), cue: roles.cue.map(move), content: roles.content.map(move) };
}

/** Publication dates by article name, from `metadata.tsv`. */
function publicationDates(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const [header, ...lines] = readFileSync(join(root, 'metadata.tsv'), 'utf8').split(/\r?\n/);
  const cols = header.split('\t');
  const fi = cols.indexOf('filename'), di = cols.indexOf('publication_date');
  for (const l of lines) {
    const f = l.split('\t');
    if (f[fi] && /^\d{4}-\d{2}-\d{2}$/.test(f[di] ?? '')) out.set(f[fi], f[di]);
  }
  return out;
}

/**
 * Read a PolNeAR split: each article's text and one annotation of it (the annotator whose id
 * sorts first, when several annotated the same article). Brat offsets are JS string indices
 * into the `.txt` files (checked: every span's text equals the slice).
 */
export function readPolnear(dataDir: string, opts: ReadOptions & { split?: 'dev' | 'train' } = {}): PolnearDoc[] {
  const root = join(dataDir, POLNEAR_DIR);
  const split = opts.split ?? 'dev';
  const dates = publicationDates(root);
  const chosen = new Map<string, string>();
  for (const f of readdirSync(join(root, split, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    if (!chosen.has(name)) chosen.set(name, f);
  }
  const docs = [...chosen.entries()].map(([name, file]) => {
    const raw = readFileSync(join(root, split, 'text', `${name}.txt`), 'utf8');
    return {
      name,
      annotator: /_([^_]+)\.ann$/.exec(file)?.[1] ?? '',
      published: dates.get(name) ?? null,
      // The pipeline analyzes cleanText(raw) (a stray control character goes), so gold spans move with it.
      text: cleanText(raw),
      gold: inCleanedText(goldRoles(readFileSync(join(root, split, 'attributions', file), 'utf8')), cleanedOffsets(raw)),
    };
  });
  return take(docs, opts);
}

/** Our claims' source, cue and content spans (a span shared by two claims counts once). */
export function ourRoles(a: Pick<Analysis, 'claims'>): Record<Role, ScoredSpan[]> {
  const uniq = (xs: { start: number; end: number }[]): ScoredSpan[] =>
    [...new Map(xs.filter((x) => x.end > x.start).map((x) => [`${x.start}-${x.end}`, { start: x.start, end: x.end }])).values()];
  return {
    source: uniq(a.claims.map((c) => c.source)),
    cue: uniq(a.claims.map((c) => c.cue)),
    content: uniq(a.claims.map((c) => c.content)),
  };
}

export type PolnearCounts = Record<Role, Record<'exact' | 'half-tokens' | 'tokens', Counts>>;

/**
 * Score one article: counts per role, exact, ≥ 50%-of-tokens overlap, and token-level counts
 * (Citron's "overlap", to compare with its published figures).
 */
export function scorePolnearDoc(text: string, gold: Record<Role, ScoredSpan[]>, ours: Record<Role, ScoredSpan[]>): PolnearCounts {
  const tokens = simpleTokens(text);
  const out = {} as PolnearCounts;
  for (const role of ROLES) {
    const m = (match: SpanMatch) => matchSpans(ours[role], gold[role], { match, tokens });
    out[role] = { exact: m('exact'), 'half-tokens': m('half-tokens'), tokens: tokenCounts(ours[role], gold[role], tokens) };
  }
  return out;
}

/** Sum per-article counts into the PolNeAR table (micro-averaged). */
export function summarizePolnear(perDoc: readonly PolnearCounts[]): Measure[] {
  const measures: Measure[] = [];
  for (const role of ROLES) {
    for (const mode of ['exact', 'half-tokens', 'tokens'] as const) {
      const c = perDoc.reduce((acc, d) => addCounts(acc, d[role][mode]), noCounts());
      const s = prf(c);
      const name = mode === 'half-tokens' ? 'overlap' : mode;
      const detail = `tp ${c.tp} fp ${c.fp} fn ${c.fn}`;
      measures.push(
        { key: `polnear.${role}.${name}.precision`, label: `${role} ${name} P`, value: s.precision, detail },
        { key: `polnear.${role}.${name}.recall`, label: `${role} ${name} R`, value: s.recall, detail },
        { key: `polnear.${role}.${name}.f1`, label: `${role} ${name} F1`, value: s.f1, detail },
      );
    }
  }
  return measures;
}

/** Per role, the most frequent gold texts no span of ours overlaps, and ours that overlap no gold span. */
function polnearMisses(docs: readonly PolnearDoc[], ours: readonly Record<Role, ScoredSpan[]>[], n: number): string[] {
  const lines: string[] = [];
  const hit = (s: ScoredSpan, xs: readonly ScoredSpan[]) => xs.some((x) => x.start < s.end && s.start < x.end);
  const short = (t: string) => (t.length > 60 ? `${t.slice(0, 57)}…` : t).replace(/\s+/g, ' ');
  for (const role of ROLES) {
    const missed: string[] = [], spurious: string[] = [];
    docs.forEach((d, i) => {
      for (const g of d.gold[role]) if (!hit(g, ours[i][role])) missed.push(short(d.text.slice(g.start, g.end)));
      for (const p of ours[i][role]) if (!hit(p, d.gold[role])) spurious.push(short(d.text.slice(p.start, p.end)));
    });
    if (missed.length) lines.push(`${role} missed: ${topTexts(missed, n)}`);
    if (spurious.length) lines.push(`${role} spurious: ${topTexts(spurious, n)}`);
  }
  return lines;
}

/** Run and score the PolNeAR dev split (or, for tuning, the train split). */
export function evalPolnear(dataDir: string, analyze: AnalyzeFn, opts: ReadOptions & { split?: 'dev' | 'train' } = {}): Omit<SetResult, 'seconds'> {
  const docs = readPolnear(dataDir, opts);
  const ours = docs.map((d) => ourRoles(analyze(d.text, { id: d.name, published: d.published })));
  const perDoc = docs.map((d, i) => scorePolnearDoc(d.text, d.gold, ours[i]));
  return {
    set: 'polnear',
    items: docs.length,
    measures: summarizePolnear(perDoc),
    ...(opts.misses ? { misses: polnearMisses(docs, ours, opts.misses) } : {}),
    notes: [
      `${opts.split ?? 'dev'} split; one annotator per article (the first id) where several annotated it`,
      'overlap = the spans share ≥ 50% of the tokens of the longer one, matched one-to-one',
      'tokens = token-level P/R/F1 over the tokens our spans and gold spans cover (how Citron reports "overlap")',
    ],
  };
}
