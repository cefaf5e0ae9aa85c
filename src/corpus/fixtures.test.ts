/**
 * Checks of the team-written example corpus itself (`examples/corpus/`, all fictional): the
 * manifest agrees with the files, the corpus has what the incident tests rely on (copies,
 * a stitched page, conflicting figures, an acknowledgment, a denial, two strikes on one day in
 * one city, a report with no incident), and the claims the manifest makes are true of the text.
 * What incidents civwatch should resolve from it is in the manifest; those tests live with the
 * resolver. Here only the per-report analysis is run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../analyze.js';
import { finishMeta, readInput } from '../input/read-input.js';
import { CURATED_PLACES } from '../lexicon/places-curated.js';

interface Range { min: number; max: number; conservative: number }
interface ManifestReport {
  id: string; file: string; url: string; outlet: string; published: string; byline: string; title: string;
  conflict: string; incidents: string[]; copyOf: string | null; stitched: boolean; stitchedFrom: string[];
}
interface ManifestIncident {
  key: string; conflict: string; type: string; date: string; place: string; country: string; lat: number; lon: number;
  perpetrator: string; independentSources: number; sourceGroups: string[][]; reports: string[];
  civiliansKilled: Range; civiliansInjured: Range | null; grade: string; gradeReason: string;
}
interface Manifest { conflicts: Record<string, string>; noIncident: string[]; reports: ManifestReport[]; incidents: ManifestIncident[] }

// src/corpus/ or dist/corpus/ → the repository root.
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'examples', 'corpus');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const byId = new Map(manifest.reports.map((r) => [r.id, r]));
const textOf = (id: string): string => readFileSync(join(dir, byId.get(id)!.file), 'utf8');
const incidentOf = (key: string): ManifestIncident => manifest.incidents.find((i) => i.key === key)!;

/** Paragraphs between the headline and the byline line. */
function body(text: string): string[] {
  const paras = text.trim().split(/\n\s*\n/);
  return paras.slice(1, -1);
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

function shingles(text: string, n = 5): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** Share of `a`'s 5-word shingles that also occur in `b`. */
function sharedShare(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  let hit = 0;
  for (const s of sa) if (sb.has(s)) hit++;
  return sa.size === 0 ? 0 : hit / sa.size;
}

/** Sentences of a paragraph, including ones glued without a space ("city.The"). */
function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?]["”]?)\s*(?=["“]?[A-Z])/).map((s) => s.trim()).filter((s) => s.length > 0);
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

test('every manifest entry has its file and every file an entry; ids are unique', () => {
  const files = readdirSync(join(dir, 'reports')).filter((f) => f.endsWith('.txt')).sort();
  assert.deepEqual(manifest.reports.map((r) => r.file.replace(/^reports\//, '')).sort(), files);
  assert.equal(byId.size, manifest.reports.length, 'duplicate report ids');
  for (const r of manifest.reports) assert.ok(existsSync(join(dir, r.file)), `${r.file} missing`);
});

test('the corpus is big enough: >= 30 reports, >= 6 incidents, two conflicts with incidents in each', () => {
  assert.ok(manifest.reports.length >= 30, `${manifest.reports.length} reports`);
  assert.ok(manifest.incidents.length >= 6, `${manifest.incidents.length} incidents`);
  const conflicts = new Set(manifest.incidents.map((i) => i.conflict));
  assert.ok(conflicts.size >= 2, `conflicts: ${[...conflicts].join(', ')}`);
  for (const c of conflicts) assert.ok(c in manifest.conflicts, `${c} not described`);
});

test('each report: 150-500 words, headline first, byline last, metadata as the manifest says', () => {
  for (const r of manifest.reports) {
    const text = textOf(r.id);
    const paras = text.trim().split(/\n\s*\n/);
    assert.equal(paras[0], r.title, `${r.id}: title`);
    assert.ok([`By ${r.byline}`, r.byline].includes(paras[paras.length - 1]), `${r.id}: byline`);
    const n = words(body(text).join(' ')).length;
    assert.ok(n >= 150 && n <= 500, `${r.id}: ${n} words`);
    assert.match(r.published, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(new URL(r.url).hostname, /\.example\.(org|com)$/, `${r.id}: url must be on an example domain`);
    assert.ok(r.outlet.length > 0);
    for (const key of r.incidents) assert.ok(incidentOf(key), `${r.id}: unknown incident ${key}`);
  }
});

test('corpus.jsonl holds every report in manifest order, unchanged (node examples/corpus/make-jsonl.mjs)', () => {
  const lines = readFileSync(join(dir, 'corpus.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
  assert.deepEqual(lines.map((l) => l.id), manifest.reports.map((r) => r.id));
  for (const l of lines) {
    const r = byId.get(l.id)!;
    assert.deepEqual(
      { url: l.url, title: l.title, outlet: l.outlet, byline: l.byline, published: l.published, text: l.text },
      { url: r.url, title: r.title, outlet: r.outlet, byline: r.byline, published: r.published, text: textOf(r.id) },
      `${l.id}: rebuild corpus.jsonl`);
  }
  const dates = lines.map((l) => l.published);
  assert.deepEqual(dates, [...dates].sort(), 'reports are in publication order, as a feed would bring them');
});

test('copies: >= 2 copy groups of 2-4 reports; each copy shares >= 60% of its 5-word shingles with its original', () => {
  const groups = new Map<string, string[]>();
  for (const r of manifest.reports.filter((x) => x.copyOf)) {
    const orig = byId.get(r.copyOf!);
    assert.ok(orig, `${r.id}: copy of unknown ${r.copyOf}`);
    assert.equal(orig.copyOf, null, `${r.id}: copy of a copy`);
    assert.ok(orig.published <= r.published, `${r.id}: copy published before its original`);
    assert.notEqual(orig.title, r.title, `${r.id}: a syndicated copy runs under another headline`);
    const share = sharedShare(textOf(r.id), textOf(orig.id));
    assert.ok(share >= 0.6, `${r.id}: shares only ${(share * 100).toFixed(0)}% with ${orig.id}`);
    groups.set(orig.id, [...(groups.get(orig.id) ?? [orig.id]), r.id]);
  }
  const sizes = [...groups.values()].map((g) => g.length);
  assert.ok(sizes.filter((n) => n >= 2 && n <= 4).length >= 2, `copy group sizes ${sizes.join(', ')}`);
});

test('independent reports of one incident are NOT copies of each other (< 30% shared shingles)', () => {
  for (const inc of manifest.incidents) {
    const heads = inc.sourceGroups.map((g) => g[0]);
    for (const a of heads) {
      for (const b of heads) {
        if (a === b) continue;
        const share = sharedShare(textOf(a), textOf(b));
        assert.ok(share < 0.3, `${inc.key}: ${a} shares ${(share * 100).toFixed(0)}% with ${b}`);
      }
    }
  }
});

test('the stitched report is built from sentences of three earlier reports, one carrying "earlier this month"', () => {
  const stitched = manifest.reports.filter((r) => r.stitched);
  assert.ok(stitched.length >= 1);
  for (const s of stitched) {
    assert.ok(s.stitchedFrom.length >= 3, `${s.id}: from ${s.stitchedFrom.length} reports`);
    const sources = s.stitchedFrom.map((id) => ({ id, text: squash(textOf(id)), published: byId.get(id)!.published }));
    for (const src of sources) assert.ok(src.published < s.published, `${s.id}: source ${src.id} is not earlier`);
    const used = new Set<string>();
    const lines = body(textOf(s.id)).flatMap(sentences);
    for (const line of lines) {
      const from = sources.find((src) => src.text.includes(squash(line)));
      assert.ok(from, `${s.id}: sentence not found in its sources: ${line.slice(0, 60)}`);
      used.add(from.id);
    }
    assert.deepEqual([...used].sort(), [...s.stitchedFrom].sort(), `${s.id}: every listed source is used`);
    // Not a copy of any one of them.
    for (const src of s.stitchedFrom) assert.ok(sharedShare(textOf(s.id), textOf(src)) < 0.6, `${s.id} looks like a copy of ${src}`);
    // A speaker cut off ("said the strike …") and a relative date whose origin is in an earlier month.
    assert.ok(lines.some((l) => /^said\b/.test(l)), `${s.id}: no cut-off speaker`);
    const rel = lines.find((l) => l.includes('earlier this month'));
    assert.ok(rel, `${s.id}: no "earlier this month"`);
    const origin = sources.find((src) => src.text.includes(squash(rel)))!;
    assert.notEqual(origin.published.slice(0, 7), s.published.slice(0, 7), 'the re-anchoring case needs the origin in an earlier month');
  }
});

test('incidents: source groups follow the copies, figures are ranges, grades have reasons', () => {
  for (const inc of manifest.incidents) {
    const reports = manifest.reports.filter((r) => r.incidents.includes(inc.key));
    assert.deepEqual(inc.reports, reports.map((r) => r.id), `${inc.key}: reports`);
    const independent = reports.filter((r) => !r.stitched);
    assert.deepEqual(inc.sourceGroups.flat().sort(), independent.map((r) => r.id).sort(), `${inc.key}: groups cover the non-stitched reports`);
    for (const g of inc.sourceGroups) for (const id of g.slice(1)) assert.equal(byId.get(id)!.copyOf, g[0], `${inc.key}: ${id} is not a copy of ${g[0]}`);
    assert.equal(inc.independentSources, inc.sourceGroups.length, `${inc.key}: independent sources`);
    const k = inc.civiliansKilled;
    assert.ok(k.min <= k.max && k.conservative === k.min, `${inc.key}: range ${JSON.stringify(k)}`);
    assert.ok(['confirmed', 'fair', 'weak', 'contested', 'discounted'].includes(inc.grade));
    assert.ok(inc.gradeReason.length > 20);
    if (inc.grade === 'weak') assert.equal(inc.independentSources, 1, `${inc.key}: weak means a single source`);
    if (inc.grade === 'fair') assert.ok(inc.independentSources >= 2, `${inc.key}: fair needs two sources`);
  }
  const grades = new Set(manifest.incidents.map((i) => i.grade));
  for (const g of ['confirmed', 'fair', 'weak', 'contested']) assert.ok(grades.has(g), `no ${g} incident`);
});

test('the text bears out the manifest: an acknowledgment, a denial, conflicting figures', () => {
  const texts = (inc: ManifestIncident): string => inc.reports.map(textOf).join('\n');
  const confirmed = manifest.incidents.filter((i) => i.grade === 'confirmed');
  assert.ok(confirmed.some((i) => /acknowledged|accepted responsibility/.test(texts(i))), 'no acknowledgment in the text');
  const contested = manifest.incidents.filter((i) => i.grade === 'contested');
  assert.ok(contested.some((i) => /denied (?:that )?its aircraft/.test(texts(i))), 'no denial in the text');
  // One strike with three different figures from three independent sources.
  const zanjili = incidentOf('mosul-2017-03-13-zanjili');
  const heads = zanjili.sourceGroups.map((g) => textOf(g[0]));
  assert.ok(heads.some((t) => /killing 11 civilians/.test(t)) && heads.some((t) => /recovered 14 bodies/.test(t)) && heads.some((t) => /At least nine people were killed/.test(t)));
  assert.deepEqual([zanjili.civiliansKilled.min, zanjili.civiliansKilled.max], [9, 14]);
});

test('two different strikes on the same day in the same city, >= 2 km apart, with different figures', () => {
  let found = false;
  for (const a of manifest.incidents) {
    for (const b of manifest.incidents) {
      if (a.key >= b.key || a.date !== b.date || a.conflict !== b.conflict) continue;
      const d = km(a, b);
      if (d >= 2 && d < 15 && a.civiliansKilled.min !== b.civiliansKilled.min) found = true;
    }
  }
  assert.ok(found, 'no same-day pair in one city');
});

test('incident coordinates are the curated gazetteer points for their places', () => {
  for (const inc of manifest.incidents) {
    const p = CURATED_PLACES.find((c) => c.name === inc.place);
    assert.ok(p, `${inc.key}: ${inc.place} is not in the curated table`);
    assert.ok(km(p, inc) < 0.5, `${inc.key}: ${km(p, inc).toFixed(1)} km from the curated point`);
    assert.equal(p.country, inc.country);
  }
});

test('analyze() finds an event with people killed in every incident report, and no casualties in the no-incident reports', async () => {
  assert.ok(manifest.noIncident.length >= 1);
  for (const r of manifest.reports) {
    const doc = await readInput(join(dir, r.file));
    const a = analyze(doc.text, finishMeta(doc, { published: r.published, id: r.id }));
    if (r.incidents.length === 0) {
      assert.ok(manifest.noIncident.includes(r.id));
      assert.equal(a.casualties.length, 0, `${r.id}: casualties in a report with no incident: ${a.casualties.map((c) => c.text).join('; ')}`);
      assert.ok(a.events.every((e) => e.total.killed.min === 0 && e.total.injured.min === 0), `${r.id}: an event with casualties`);
      continue;
    }
    assert.ok(a.events.length >= 1, `${r.id}: no event`);
    assert.ok(a.events.some((e) => e.total.killed.min > 0), `${r.id}: no event with people killed`);
    const countries = new Set(a.places.map((p) => p.country));
    assert.ok(countries.has(incidentOf(r.incidents[0]).country), `${r.id}: no place in ${incidentOf(r.incidents[0]).country}`);
  }
});
