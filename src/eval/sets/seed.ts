import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../report/analysis.js';
import { haversineKm } from '../score/geo.js';
import { exactRate } from '../score/rates.js';
import { ratio, type AnalyzeFn, type Measure, type SetResult } from '../types.js';

export const SEED_DIR = 'seed';

/** The parts of `seed/gold.json` we check (see its own `about`). */
export interface SeedGold {
  published: string;
  claims: { source: string; resolves_to?: string; cue: string; content_has: string; stance?: string; anonymous?: boolean }[];
  unattributed: { text_has: string }[];
  dates: { text: string; start: string; end: string }[];
  places: { text: string; country: string; lat?: number; lon?: number; within_km?: number; precision?: string }[];
  casualties: {
    text_has: string; kind: string; group: string; min?: number; max?: number;
    min_between?: [number, number]; max_between?: [number, number]; hedged?: boolean;
  }[];
  events: { type: string; type_any?: string[]; place?: string; civilians_killed?: string; combatants_killed?: number; acknowledged_by?: string }[];
}

/** One gold check and whether we passed it. */
export interface SeedCheck {
  group: 'claims' | 'unattributed' | 'dates' | 'places' | 'casualties' | 'events';
  name: string;
  ok: boolean;
}

const has = (hay: string | null | undefined, needle: string): boolean => !!hay && hay.toLowerCase().includes(needle.toLowerCase());

/** Offsets of the first case-insensitive occurrence of `needle` in `text`, or null. */
const locate = (text: string, needle: string): { start: number; end: number } | null => {
  const i = text.toLowerCase().indexOf(needle.toLowerCase());
  return i < 0 ? null : { start: i, end: i + needle.length };
};
const overlapsRange = (a: { start: number; end: number }, b: { start: number; end: number } | null): boolean =>
  !!b && a.start < b.end && b.start < a.end;
const between = (x: number | null, [lo, hi]: [number, number]): boolean => x !== null && x >= lo && x <= hi;

/** Vague gold figures of an event's civilians killed ("dozens/scores") and their least value. */
const VAGUE_LEAST: Record<string, number> = { dozens: 12, scores: 20, tens: 10, hundreds: 100 };

/**
 * The checks of issue 2's "Done when" on the seed article, one boolean each. A check finds the
 * best candidate of ours (e.g. the claim whose content holds the gold words) and tests each
 * gold field on it, so a half-right claim passes some checks and fails others.
 *
 * @example
 * seedChecks(gold, analyze(article, { published: gold.published })).filter((c) => !c.ok);
 */
export function seedChecks(gold: SeedGold, a: Analysis): SeedCheck[] {
  const text = a.report.text;
  const checks: SeedCheck[] = [];
  const add = (group: SeedCheck['group'], name: string, ok: boolean) => checks.push({ group, name, ok });

  for (const g of gold.claims) {
    const speakerOk = (c: Analysis['claims'][number]) => g.resolves_to
      ? has(c.source.name, g.resolves_to)
      : has(c.source.text, g.source) || has(c.source.name, g.source);
    const candidates = a.claims.filter((c) => has(c.content.text, g.content_has));
    const c = candidates.find(speakerOk) ?? candidates[0];
    const label = `"${g.source}" ${g.cue} "${g.content_has}"`;
    add('claims', `${label}: content found`, !!c);
    add('claims', `${label}: speaker${g.resolves_to ? ` → ${g.resolves_to}` : ''}`, !!c && speakerOk(c));
    add('claims', `${label}: stance ${g.stance ?? 'statement'}`, !!c && c.stance === (g.stance ?? 'statement'));
    if (g.anonymous !== undefined) add('claims', `${label}: anonymous`, !!c && c.source.anonymous === g.anonymous);
  }

  for (const g of gold.unattributed) {
    const at = locate(text, g.text_has);
    add('unattributed', `"${g.text_has}"`, a.unattributed.some((u) => overlapsRange(u, at)));
  }

  for (const g of gold.dates) {
    add('dates', `"${g.text}" = ${g.start}..${g.end}`,
      a.dates.some((d) => has(d.text, g.text) && d.from === g.start && d.to === g.end));
  }

  for (const g of gold.places) {
    const cands = a.places.filter((p) => has(p.text, g.text) || has(g.text, p.text) && p.text.length > 2);
    const ok = cands.some((p) => p.country === g.country
      && (g.precision === undefined || p.precision === g.precision)
      && (g.lat === undefined || g.lon === undefined || haversineKm(p, { lat: g.lat, lon: g.lon }) <= (g.within_km ?? 25)));
    add('places', `${g.text} (${g.country}${g.within_km ? `, ≤ ${g.within_km} km` : ''}${g.precision ? `, ${g.precision}` : ''})`, ok);
  }

  for (const g of gold.casualties) {
    const at = locate(text, g.text_has);
    const cands = a.casualties.filter((c) => overlapsRange(c, at));
    const fits = (c: Analysis['casualties'][number]) => c.kind === g.kind && c.group === g.group
      && (g.min === undefined || c.min === g.min) && (g.max === undefined || c.max === g.max)
      && (!g.min_between || between(c.min, g.min_between)) && (!g.max_between || between(c.max, g.max_between))
      && (g.hedged === undefined || c.hedged === g.hedged);
    add('casualties', `"${g.text_has}": found`, cands.length > 0);
    add('casualties', `"${g.text_has}": ${g.kind}, ${g.group}, range${g.hedged ? ', hedged' : ''}`, cands.some(fits));
  }

  gold.events.forEach((g, i) => {
    const types = g.type_any ?? [g.type];
    const tests: [string, (e: Analysis['events'][number]) => boolean][] = [[`type ${types.join(' or ')}`, (e) => types.includes(e.type)]];
    if (g.place) {
      const place = g.place;
      tests.push([`place ${place}`, (e) => e.place !== null && (has(a.places[e.place]?.name, place) || has(a.places[e.place]?.text, place))]);
    }
    if (g.civilians_killed) {
      const least = Math.min(...g.civilians_killed.split('/').map((w) => VAGUE_LEAST[w] ?? Number(w)));
      tests.push([`civilians killed ≥ ${least}`, (e) => e.civilians.killed.conservative >= least]);
    }
    if (g.combatants_killed !== undefined) {
      const n = g.combatants_killed;
      tests.push([`combatants killed ${n}`, (e) => e.combatants.killed.min === n]);
    }
    if (g.acknowledged_by) {
      const who = g.acknowledged_by;
      tests.push([`acknowledged by ${who}`, (e) => e.claims.some((ci) => {
        const c = a.claims[ci];
        return !!c && c.stance === 'acknowledgment' && (has(c.source.text, who) || has(c.source.name, who));
      })]);
    }
    const score = (e: Analysis['events'][number]) => tests.filter(([, t]) => t(e)).length;
    const best = [...a.events].sort((x, y) => score(y) - score(x))[0];
    for (const [name, t] of tests) add('events', `event ${i + 1}: ${name}`, !!best && t(best));
  });
  return checks;
}

/** Summarize the checks: all together and per group. */
export function summarizeSeed(checks: readonly SeedCheck[]): Measure[] {
  const groups = ['claims', 'unattributed', 'dates', 'places', 'casualties', 'events'] as const;
  const m = (key: string, label: string, xs: readonly SeedCheck[]): Measure => {
    const r = exactRate(xs.map((c) => c.ok));
    return { key: `seed.${key}`, label, value: r.rate, detail: ratio(r.hits, r.total) };
  };
  return [m('checks', 'all gold checks', checks), ...groups.map((g) => m(g, `${g} checks`, checks.filter((c) => c.group === g)))];
}

/** Run and score the seed article. */
export function evalSeed(dataDir: string, analyze: AnalyzeFn): Omit<SetResult, 'seconds'> & { checks: SeedCheck[] } {
  const root = join(dataDir, SEED_DIR);
  const gold = JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8')) as SeedGold;
  const meta = JSON.parse(readFileSync(join(root, 'article.meta.json'), 'utf8')) as { outlet?: string; url?: string; byline?: string };
  const text = readFileSync(join(root, 'article.txt'), 'utf8');
  const checks = seedChecks(gold, analyze(text, { id: 'seed', published: gold.published, outlet: meta.outlet ?? null, url: meta.url ?? null }));
  const failed = checks.filter((c) => !c.ok).map((c) => `failed: [${c.group}] ${c.name}`);
  return { set: 'seed', items: 1, measures: summarizeSeed(checks), notes: failed, checks };
}
