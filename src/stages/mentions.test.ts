import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentions } from './mentions.js';
import { segment } from './segment.js';
import { places } from './places.js';
import { actors } from './actors.js';
import { buildPipeline } from '../pipeline/runner.js';
import { createReport, spansOf } from '../report/report.js';
import type { Span } from '../report/types.js';

// All sentences below were written by the team for these tests.

function run(text: string): Span<'mention'>[] {
  const lines: string[] = [];
  const report = buildPipeline([segment, places, actors, mentions], { trace: (l) => lines.push(l) }).run(createReport(text));
  const spans = spansOf(report, 'mention');
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, `offsets of ${s.text}\n${lines.join('\n')}`);
  const names = [...spansOf(report, 'actor'), ...spansOf(report, 'place')];
  for (const m of spans.filter((x) => x.value.via !== 'inner' && x.value.via !== 'members')) {
    const own = m.value.of === 'actor' ? spansOf(report, 'actor') : spansOf(report, 'place');
    assert.ok(!own.some((n) => n.start < m.end && m.start < n.end), `"${m.text}" overlaps a name: ${names.map((n) => n.text).join(', ')}`);
  }
  return spans;
}

const texts = (spans: Span<'mention'>[]) => spans.map((s) => s.text);
const find = (spans: Span<'mention'>[], text: string) => spans.find((s) => s.text === text);

test('a personal pronoun refers back to the person named before it', () => {
  const spans = run('Omar Haddad left the village at dawn. He said the road was mined, and the driver told him to wait.');
  assert.equal(find(spans, 'He')?.value.antecedent, 'Omar Haddad');
  assert.equal(find(spans, 'He')?.value.kind, 'person');
  assert.equal(find(spans, 'him')?.value.via, 'pronoun');
});

test('"I" in a quote is the speaker named after it in the same sentence', () => {
  const spans = run('Shelling began at noon. "I saw the smoke from my roof," said Leila Nasser.');
  assert.equal(find(spans, 'I')?.value.antecedent, 'Leila Nasser');
});

test('"we" and "they" are group mentions, linked to the last group named', () => {
  const spans = run('The Kite Valley Brigade withdrew from the hill. They said they would return, and "we will hold the road", a fighter added.');
  const they = spans.filter((s) => s.text === 'They' || s.text === 'they');
  assert.equal(they.length, 2);
  assert.ok(they.every((s) => s.value.kind === 'group'));
  assert.equal(find(spans, 'we')?.value.kind, 'group');
});

test('possessives, "it", "them" and the country "US" are NOT mentions', () => {
  const spans = run('Her brother lost his shop; it burned, and their neighbours helped them. The US sent aid.');
  assert.deepEqual(texts(spans).filter((t) => ['Her', 'his', 'it', 'their', 'them', 'US'].includes(t)), []);
});

test('"her" as an object is a mention, as a possessive it is not', () => {
  assert.deepEqual(texts(run('The nurse saw the boy, and the doctor thanked her.')).filter((t) => t === 'her'), ['her']);
  assert.deepEqual(texts(run('The doctor saw her son at the clinic.')).filter((t) => t === 'her'), []);
});

test('common-noun phrases name groups and people with their modifiers and determiner', () => {
  const spans = run('Iraqi security forces and the local militants clashed; a senior tribal leader said the regime was to blame.');
  const by = (t: string) => find(spans, t)?.value.kind;
  assert.equal(by('the local militants'), 'armed-group');
  assert.equal(by('a senior tribal leader'), 'person');
  assert.equal(by('the regime'), 'government');
});

test('the head is the last noun: "the army spokesman" is one person, not the army', () => {
  const spans = run('The army spokesman denied the report.');
  assert.deepEqual(spans.map((s) => [s.text, s.value.kind]), [['The army spokesman', 'person']]);
});

test('a noun used as a verb or a modifier is not a mention', () => {
  assert.deepEqual(texts(run('The storm forces the ferries to stay in port.')).filter((t) => /forces/.test(t)), []);
});

test('a phrase holding a known name is a members mention, never a bare "fighters"', () => {
  const spans = run('IS fighters fired on the convoy.');
  assert.deepEqual(spans.filter((s) => /fighters/.test(s.text)).map((s) => [s.text, s.value.via]), [['IS fighters', 'members']]);
});

test('sites: struck buildings, hospitals and positions are place mentions', () => {
  const spans = run('Aircraft struck ISIL-held buildings and a fighting position; the hospital was spared.');
  assert.deepEqual(spans.filter((s) => s.value.of === 'place').map((s) => s.text), ['ISIL-held buildings', 'a fighting position', 'the hospital']);
  assert.ok(spans.filter((s) => s.value.of === 'place').every((s) => s.value.kind === 'site'));
});

test('"here" is a place; "there" only when it is not the empty subject', () => {
  assert.deepEqual(texts(run('Shells fell here overnight and the family stayed there.')).filter((t) => t === 'here' || t === 'there'), ['here', 'there']);
  assert.deepEqual(texts(run('There were no casualties, and there is no water.')).filter((t) => /there/i.test(t)), []);
});

test('a site after a named place refers back to it when definite', () => {
  const spans = run('Shelling hit Mosul on Monday. Later the hospital closed.');
  assert.equal(find(spans, 'the hospital')?.value.antecedent, 'Mosul');
});

test('named regions without a point are place mentions, with their "the"', () => {
  const spans = run('Attacks in Europe and the Middle East worried traders, and boats crossed the Tigris River.');
  assert.deepEqual(spans.filter((s) => s.value.kind === 'region').map((s) => s.text), ['Europe', 'the Middle East', 'the Tigris River']);
  assert.deepEqual(texts(run('The gulf between the parties widened.')).filter((t) => /gulf/i.test(t)), []);
});

test('a known person inside a group\'s name is a person mention; the group stays the actor', () => {
  const spans = run('Shells fired by the Asad regime hit the bakery.');
  assert.deepEqual(spans.filter((s) => s.value.via === 'inner').map((s) => [s.text, s.value.antecedent]), [['Asad', 'Bashar al-Assad']]);
  assert.deepEqual(run('The regime shelled the bakery.').filter((s) => s.value.via === 'inner'), []);
});

test('a group noun after a group\'s name mentions its members, name and noun together', () => {
  const spans = run('Aircraft struck five ISIL tactical units near the river.');
  const m = spans.find((s) => s.value.via === 'members');
  assert.equal(m?.text, 'five ISIL tactical units');
  assert.equal(m?.value.antecedent, 'Islamic State');
  assert.equal(m?.value.kind, 'armed-group');
});

test('plural people nouns and the media are group mentions', () => {
  const spans = run('Witnesses said doctors and local journalists fled, and state television showed the damage.');
  assert.deepEqual(spans.filter((s) => s.value.of === 'actor').map((s) => [s.text, s.value.kind]),
    [['Witnesses', 'group'], ['doctors', 'group'], ['local journalists', 'civilians'], ['state television', 'media']]);
});
