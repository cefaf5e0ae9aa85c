import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateReports, generateReport, toJsonRecord } from './generate.js';
import { daysBetween, weekdayOf } from './dates.js';
import { parseJsonLine } from '../input/jsonl.js';

const corpus = generateReports({ count: 60, seed: 7 });

test('same seed, same corpus; another seed, another corpus', () => {
  const again = generateReports({ count: 60, seed: 7 });
  assert.deepEqual(again, corpus);
  const other = generateReports({ count: 60, seed: 8 });
  assert.notEqual(other[0].text, corpus[0].text);
});

test('report i does not depend on the corpus size', () => {
  assert.deepEqual(generateReport(7, 41), corpus[41]);
  assert.deepEqual(generateReports({ count: 5, seed: 7 }), corpus.slice(0, 5));
});

test('reports are about 600 words and ids are unique', () => {
  for (const r of corpus) {
    assert.ok(r.truth.wordCount >= 500 && r.truth.wordCount <= 760, `${r.id}: ${r.truth.wordCount} words`);
  }
  assert.equal(new Set(corpus.map((r) => r.id)).size, corpus.length);
});

test('every marked piece of truth is where it says in the text', () => {
  for (const r of corpus) {
    const t = r.truth;
    const marks = [t.date, ...t.otherDates, ...t.place.mentions, ...t.figures, ...t.claims.flatMap((c) => [c.source, c.cue])];
    for (const m of marks) assert.equal(r.text.slice(m.start, m.end), m.text, `${r.id}: ${JSON.stringify(m)}`);
  }
});

test('the place, the date and the perpetrator named in the truth are in the text', () => {
  for (const r of corpus) {
    const t = r.truth;
    assert.ok(r.text.includes(t.place.city) || (t.place.district && r.text.includes(t.place.district)), `${r.id}: place`);
    if (t.place.district) assert.ok(t.place.mentions.some((m) => m.text === t.place.district), `${r.id}: district`);
    assert.equal(t.place.precision, t.place.district ? 'district' : 'city');
    if (t.event.perpetrator) assert.ok(r.text.includes(t.event.perpetrator.alias), `${r.id}: perpetrator alias`);
    // News is about the past: the incident is 1–6 days before publication.
    const back = daysBetween(t.event.date, r.published);
    assert.ok(back >= 1 && back <= 6, `${r.id}: ${back} days`);
    if (!t.date.stated && t.date.text !== 'yesterday') assert.equal(t.date.text, weekdayOf(t.event.date));
    assert.equal(t.date.from, t.event.date);
  }
});

test('the event ranges follow from the figures the text gives', () => {
  for (const r of corpus) {
    const e = r.truth.event;
    const main = r.truth.figures.filter((f) => f.about === 'main');
    const killed = main.filter((f) => f.kind === 'killed');
    assert.ok(killed.length >= 1, `${r.id}: no killed figure`);
    assert.ok(e.total.killed, `${r.id}: no total`);
    // Sources disagreeing on one group: lowest minimum; distinct groups add up.
    const groups = new Set(killed.map((f) => f.group));
    const expectedMin = [...groups].reduce((sum, g) => sum + Math.min(...killed.filter((f) => f.group === g).map((f) => f.min)), 0);
    assert.equal(e.total.killed.min, expectedMin, `${r.id}: total.killed.min`);
    if (killed.some((f) => f.max === null)) assert.equal(e.total.killed.max, null, `${r.id}: open-ended`);
    for (const f of r.truth.figures) {
      // "more than N" is the one form whose conservative figure (N) sits below its minimum (N+1).
      if (/^more than/i.test(f.text)) assert.equal(f.conservative, f.min - 1, `${r.id}: ${f.text}`);
      else assert.ok(f.min <= f.conservative, `${r.id}: ${f.text}`);
      if (f.max !== null) assert.ok(f.min <= f.max, `${r.id}: ${f.text}`);
    }
    const civ = killed.filter((f) => f.group === 'civilians');
    if (civ.length === 0) assert.equal(e.civilians.killed, null, `${r.id}: civilians without a civilian figure`);
  }
});

test('vague forms carry their conventional ranges, and are not marked as stated', () => {
  const figures = corpus.flatMap((r) => r.truth.figures);
  const dozens = figures.filter((f) => f.text.startsWith('dozens of') || f.text.startsWith('Dozens of'));
  for (const f of dozens) assert.deepEqual([f.min, f.max, f.conservative, f.stated], [12, null, 12, false]);
  const atLeast = figures.filter((f) => /^at least \d+/i.test(f.text));
  assert.ok(atLeast.length > 0, 'the corpus should use "at least N"');
  for (const f of atLeast) assert.equal(f.max, null, f.text);
  const family = figures.filter((f) => /^a family of/i.test(f.text));
  for (const f of family) assert.equal(f.min, f.max, f.text);
});

test('claims: acknowledgments and denials come from the accused, pronouns name their speaker', () => {
  const claims = corpus.flatMap((r) => r.truth.claims.map((c) => ({ r, c })));
  const stances = new Set(claims.map(({ c }) => c.stance));
  for (const s of ['statement', 'allegation', 'acknowledgment', 'denial']) assert.ok(stances.has(s as never), `no ${s} in 60 reports`);
  for (const { r, c } of claims) {
    if (c.stance === 'acknowledgment' || c.stance === 'denial') assert.equal(c.speaksFor, r.truth.incident.perpetrator?.name, r.id);
    if (c.source.resolvedFrom) {
      assert.match(c.source.text, /^(He|She)$/);
      assert.notEqual(c.source.name, c.source.text, 'a pronoun is resolved to a name');
    }
  }
});

test('the JSON Lines record has the CLI shape, truth only on request', () => {
  const rec = toJsonRecord(corpus[0]);
  assert.deepEqual(Object.keys(rec).sort(), ['id', 'outlet', 'published', 'text', 'title']);
  assert.ok('truth' in toJsonRecord(corpus[0], true));
});

test('the running word count matches the text', () => {
  for (const r of corpus.slice(0, 10)) assert.equal(r.truth.wordCount, r.text.split(/\s+/).filter(Boolean).length, r.id);
});

test('a figure is hedged exactly when its sentence hedges it', () => {
  const hedges = /probably|thought to have|believed to have/;
  let hedged = 0;
  for (const r of corpus) {
    for (const f of r.truth.figures) {
      const sentenceStart = Math.max(r.text.lastIndexOf('. ', f.start), r.text.lastIndexOf('\n', f.start)) + 1;
      const before = r.text.slice(sentenceStart, f.start);
      assert.equal(hedges.test(before), f.hedged, `${r.id}: "${before}${f.text}"`);
      if (f.hedged) hedged += 1;
    }
  }
  assert.ok(hedged > 0, 'the corpus has hedged figures');
});

test('civwatch analyze --jsonl reads every generated line as it is, text and metadata unchanged', () => {
  for (const r of corpus.slice(0, 10)) {
    for (const withTruth of [false, true]) {
      const doc = parseJsonLine(JSON.stringify(toJsonRecord(r, withTruth)), 'corpus.jsonl line 1');
      assert.equal(doc.text, r.text, r.id);
      assert.equal(doc.meta.id, r.id);
      assert.equal(doc.meta.published, r.published);
      assert.equal(doc.meta.title, r.title);
      assert.equal(doc.meta.outlet, r.outlet);
    }
  }
});

test('relative background dates: "Last week" is the Monday–Sunday before publication\'s week, "Earlier this month" runs to publication', () => {
  let seen = 0;
  for (const r of corpus) {
    for (const d of r.truth.otherDates) {
      if (d.text === 'Last week') {
        seen++;
        assert.equal(weekdayOf(d.from), 'Monday');
        assert.equal(weekdayOf(d.to), 'Sunday');
        const back = daysBetween(d.to, r.published);
        assert.ok(back >= 1 && back <= 7, `${r.id}: ${d.to} vs ${r.published}`);
      }
      if (d.text === 'Earlier this month') {
        seen++;
        assert.equal(d.from, `${r.published.slice(0, 7)}-01`);
        assert.equal(d.to, r.published);
        assert.equal(d.precision, 'month');
      }
    }
  }
  assert.ok(seen > 0, 'the corpus uses relative background dates');
});
