import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORPUS_BACKGROUND, corpusReport, generateCorpus } from './corpus.js';
import { generateReport } from './generate.js';
import { syndicate } from './syndicate.js';
import { mulberry32 } from './prng.js';

const corpus = generateCorpus({ count: 300, seed: 3 });
const byId = new Map(corpus.map((r) => [r.id, r]));

test('same seed, same corpus; report i does not depend on the corpus size', () => {
  assert.deepEqual(generateCorpus({ count: 300, seed: 3 }), corpus);
  assert.deepEqual(corpusReport(3, 123), corpus[123]);
  assert.deepEqual(generateCorpus({ count: 20, seed: 3 }), corpus.slice(0, 20));
  assert.notEqual(generateCorpus({ count: 5, seed: 4 })[0].text, corpus[0].text);
});

test('about 30% copies and 30% further reports; originals are the plain generator\'s reports with a corpus\'s background', () => {
  const share = (role: string) => corpus.filter((r) => r.role === role).length / corpus.length;
  assert.ok(share('copy') > 0.22 && share('copy') < 0.38, `copies ${share('copy')}`);
  assert.ok(share('independent') > 0.22 && share('independent') < 0.38, `independent ${share('independent')}`);
  for (const r of corpus.filter((x) => x.role === 'original').slice(0, 20)) {
    const { role: _r, copyOf: _c, edit: _e, ...plain } = r;
    assert.deepEqual(plain, generateReport(3, Number(r.id.split('-')[2]) - 1, { backgroundParagraphs: CORPUS_BACKGROUND }));
  }
  const none = generateCorpus({ count: 50, seed: 3, copyShare: 0, independentShare: 0 });
  assert.ok(none.every((r) => r.role === 'original' && r.copyOf === null));
});

test('a copy copies an earlier report that is not itself a copy, under another outlet and headline', () => {
  const copies = corpus.filter((r) => r.role === 'copy');
  assert.deepEqual(new Set(copies.map((c) => c.edit)), new Set(['verbatim', 'trimmed', 'added']));
  for (const c of copies) {
    const o = byId.get(c.copyOf!);
    assert.ok(o, `${c.id}: its original is in the corpus`);
    assert.ok(corpus.indexOf(o) < corpus.indexOf(c), `${c.id}: the original comes first`);
    assert.notEqual(o.role, 'copy');
    assert.notEqual(c.outlet, o.outlet);
    assert.notEqual(c.title, o.title);
    assert.ok(c.published >= o.published, `${c.id}: published after its original`);
    assert.equal(c.truth.incident.id, o.truth.incident.id);
    const paras = (t: string) => t.split('\n\n');
    if (c.edit === 'verbatim') assert.equal(c.text, o.text);
    if (c.edit === 'trimmed') {
      assert.equal(paras(c.text).length, paras(o.text).length - 1, c.id);
      assert.ok(paras(c.text).every((p) => paras(o.text).includes(p)), `${c.id}: only a paragraph removed`);
    }
    if (c.edit === 'added') {
      assert.ok(c.text.length > o.text.length);
      assert.equal(paras(c.text).filter((p) => !paras(o.text).includes(p)).length, 1, `${c.id}: one paragraph grew`);
    }
  }
});

test('further reports are about an earlier original\'s incident, in their own words', () => {
  const further = corpus.filter((r) => r.role === 'independent');
  const originals = new Map(corpus.filter((r) => r.role === 'original').map((r) => [r.truth.incident.id, r]));
  for (const r of further) {
    const first = originals.get(r.truth.incident.id);
    assert.ok(first, `${r.id}: its incident was first reported earlier`);
    assert.deepEqual(r.truth.incident, first.truth.incident);
    assert.notEqual(r.text, first.text);
  }
  const perIncident = new Map<string, number>();
  for (const r of corpus) perIncident.set(r.truth.incident.id, (perIncident.get(r.truth.incident.id) ?? 0) + 1);
  assert.ok(Math.max(...perIncident.values()) >= 4, 'some incidents have several reports');
});

test('every mark of a copy\'s truth is where it says in its text', () => {
  for (const r of corpus) {
    const t = r.truth;
    const marks = [t.date, ...t.otherDates, ...t.place.mentions, ...t.figures, ...t.claims.flatMap((c) => [c.source, c.cue])];
    for (const m of marks) assert.equal(r.text.slice(m.start, m.end), m.text, `${r.id} (${r.edit}): ${JSON.stringify(m)}`);
    assert.equal(t.wordCount, r.text.split(/\s+/).filter(Boolean).length, r.id);
  }
});

test('a trimmed copy never loses its lead or the incident date; its marks there are dropped, not moved', () => {
  const original = generateReport(3, 0);
  for (let s = 0; s < 30; s++) {
    const copy = syndicate(mulberry32(s), original, { id: 'x', edit: 'trimmed' });
    assert.ok(copy.text.startsWith(original.text.split('\n\n')[0]), 'the lead stays');
    assert.equal(copy.text.slice(copy.truth.date.start, copy.truth.date.end), original.truth.date.text);
    assert.ok(copy.truth.figures.length <= original.truth.figures.length);
  }
  const verbatim = syndicate(mulberry32(1), original, { id: 'y', edit: 'verbatim' });
  assert.deepEqual(verbatim.truth, original.truth, 'a verbatim copy keeps the truth as it is');
});

test('background is one to three paragraphs of a corpus report (the plain generator fills ~600 words with it); NOT more', () => {
  for (const r of corpus.filter((x) => x.role !== 'copy').slice(0, 30)) {
    const plain = generateReport(3, Number(r.id.split('-')[2]) - 1);
    if (r.role === 'original') assert.ok(r.truth.wordCount < plain.truth.wordCount, `${r.id}: ${r.truth.wordCount} words, plain ${plain.truth.wordCount}`);
    assert.ok(r.truth.wordCount >= 100 && r.truth.wordCount < 560, `${r.id}: ${r.truth.wordCount} words`);
  }
});
