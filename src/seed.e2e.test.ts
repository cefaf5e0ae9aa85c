import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from './analyze.js';
import type { Analysis } from './report/analysis.js';
import { needSharedData } from './testing/shared-data.js';
import { haversineKm } from './eval/score/geo.js';
import { readPlainText } from './input/plain-text.js';

/**
 * End-to-end: the seed article through the public `analyze()` against its hand annotation
 * (`../shared/data/seed/gold.json`). Gold text fields are matched by case-insensitive containment,
 * as the gold file says.
 */
interface Gold {
  published: string; title: string; byline: string;
  claims: { source: string; resolves_to?: string; cue: string; content_has: string; stance?: string; anonymous?: boolean }[];
  unattributed: { text_has: string }[];
  dates: { text: string; start: string; end: string }[];
  places: { text: string; country: string; lat?: number; lon?: number; within_km?: number; precision?: string }[];
  casualties: { text_has: string; kind: string; group: string; min?: number; max?: number; min_between?: [number, number]; max_between?: [number, number]; hedged?: boolean }[];
  events: { type?: string; type_any?: string[]; place?: string; civilians_killed?: string; combatants_killed?: number; acknowledged_by?: string }[];
}

const has = (hay: string | null | undefined, needle: string) => (hay ?? '').toLowerCase().includes(needle.toLowerCase());

function load(t: { skip(m?: string): void }): { gold: Gold; a: Analysis } | null {
  const data = needSharedData(t);
  if (!data) return null;
  const gold = JSON.parse(readFileSync(join(data, 'seed', 'gold.json'), 'utf8')) as Gold;
  const text = readFileSync(join(data, 'seed', 'article.txt'), 'utf8');
  return { gold, a: analyze(text, { published: gold.published }) };
}

test('seed: every gold claim with its speaker (pronouns resolved), cue, content and stance', (t) => {
  const s = load(t); if (!s) return;
  for (const g of s.gold.claims) {
    const found: Analysis['claims'][number] | undefined = s.a.claims.find((c) =>
      (has(c.source.text, g.source) || has(c.source.name, g.source)) && has(c.content.text, g.content_has) && has(c.cue.text, g.cue));
    assert.ok(found, `claim by "${g.source}" (${g.cue}) containing "${g.content_has}" not found; claims: ${JSON.stringify(s.a.claims.map((c) => [c.source.text, c.cue.text, c.content.text.slice(0, 40)]))}`);
    if (g.resolves_to) assert.ok(has(found.source.name, g.resolves_to), `"${g.source}" should resolve to ${g.resolves_to}, got ${found.source.name}`);
    if (g.stance) assert.equal(found.stance, g.stance, `stance of the claim by ${g.source}`);
    if (g.anonymous !== undefined) assert.equal(found.source.anonymous, g.anonymous, `anonymity of ${g.source}`);
  }
});

test('seed: the cut-off "said since …" sentence is unattributed', (t) => {
  const s = load(t); if (!s) return;
  for (const g of s.gold.unattributed) assert.ok(s.a.unattributed.some((u) => has(u.text, g.text_has)), `unattributed "${g.text_has}"`);
});

test('seed: every gold date interval exactly', (t) => {
  const s = load(t); if (!s) return;
  for (const g of s.gold.dates) {
    const found = s.a.dates.filter((d) => has(d.text, g.text));
    assert.ok(found.some((d) => d.from === g.start && d.to === g.end),
      `date "${g.text}" should be ${g.start}..${g.end}; got ${JSON.stringify(found.map((d) => [d.text, d.from, d.to]))}`);
  }
});

test('seed: places within the gold distances, Iraq as a country', (t) => {
  const s = load(t); if (!s) return;
  for (const g of s.gold.places) {
    const found = s.a.places.filter((p) => has(p.text, g.text) && p.country === g.country);
    assert.ok(found.length, `place "${g.text}" (${g.country}) not found`);
    if (g.lat !== undefined && g.lon !== undefined && g.within_km !== undefined) {
      const d = Math.min(...found.map((p) => haversineKm(p, { lat: g.lat!, lon: g.lon! })));
      assert.ok(d <= g.within_km, `${g.text} is ${d.toFixed(1)} km from gold, limit ${g.within_km}`);
    }
    if (g.precision) assert.ok(found.some((p) => p.precision === g.precision), `${g.text} precision ${g.precision}`);
  }
});

test('seed: every gold casualty figure with its kind, group and range', (t) => {
  const s = load(t); if (!s) return;
  for (const g of s.gold.casualties) {
    const c: Analysis['casualties'][number] | undefined = s.a.casualties.find((x) => has(x.text, g.text_has) || has(g.text_has, x.text));
    assert.ok(c, `casualty "${g.text_has}" not found; got ${JSON.stringify(s.a.casualties.map((x) => x.text))}`);
    assert.equal(c.kind, g.kind, `kind of "${g.text_has}"`);
    assert.equal(c.group, g.group, `group of "${g.text_has}"`);
    if (g.min !== undefined) assert.equal(c.min, g.min, `min of "${g.text_has}"`);
    if (g.max !== undefined) assert.equal(c.max, g.max, `max of "${g.text_has}"`);
    if (g.min_between) assert.ok(c.min >= g.min_between[0] && c.min <= g.min_between[1], `min ${c.min} of "${g.text_has}" outside ${g.min_between}`);
    if (g.max_between) assert.ok(c.max !== null && c.max >= g.max_between[0] && c.max <= g.max_between[1], `max ${c.max} of "${g.text_has}" outside ${g.max_between}`);
    if (g.hedged !== undefined) assert.equal(c.hedged, g.hedged, `hedged of "${g.text_has}"`);
  }
});

test('seed: the strike that "probably" killed dozens of civilians is an Air/drone strike in Mosul linked to the US acknowledgment', (t) => {
  const s = load(t); if (!s) return;
  const ack = s.a.claims.findIndex((c) => c.stance === 'acknowledgment' && has(c.content.text, 'probably'));
  assert.ok(ack >= 0, 'the US acknowledgment claim');
  const ev = s.a.events.find((e) => e.claims.includes(ack));
  assert.ok(ev, `no event linked to the acknowledgment; events: ${JSON.stringify(s.a.events.map((e) => [e.type, e.sentences, e.claims]))}`);
  assert.equal(ev.type, 'Air/drone strike');
  assert.ok(ev.civilians.killed.conservative >= 12, `civilians killed ${JSON.stringify(ev.civilians.killed)}`);
  assert.ok(ev.place !== null && s.a.places[ev.place].name === 'Mosul', `event place ${ev.place === null ? null : s.a.places[ev.place].name}`);
  for (const g of s.gold.events.filter((x) => x.combatants_killed !== undefined)) {
    const e2 = s.a.events.find((e) => e.combatants.killed.conservative === g.combatants_killed);
    assert.ok(e2, `event with ${g.combatants_killed} combatants killed`);
    assert.ok((g.type_any ?? [g.type]).includes(e2.type), `type ${e2.type}`);
  }
});

test('seed: title and byline read from the plain text', (t) => {
  const data = needSharedData(t); if (!data) return;
  const gold = JSON.parse(readFileSync(join(data, 'seed', 'gold.json'), 'utf8')) as Gold;
  const doc = readPlainText(readFileSync(join(data, 'seed', 'article.txt'), 'utf8'));
  assert.equal(doc.meta.title, gold.title);
  assert.equal(doc.meta.byline, gold.byline);
});
