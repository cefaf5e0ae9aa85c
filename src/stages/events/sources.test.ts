import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CasualtyValue, ClaimValue } from '../../report/types.js';
import { analyze } from '../../analyze.js';
import { consolidate } from './ranges.js';
import { markLoneAllegations, markRisenTolls, markSourceReadings } from './sources.js';

/** Figures and claims of one invented sentence, placed by the words they cover. */
function place(text: string) {
  const at = (needle: string) => {
    const start = text.indexOf(needle);
    assert.ok(start >= 0, `"${needle}" not in text`);
    return { start, end: start + needle.length, text: needle };
  };
  const figure = (needle: string, min: number, v: Partial<CasualtyValue> = {}) =>
    ({ ...at(needle), value: { sentence: 0, kind: 'injured', group: 'unknown', min, max: min, conservative: min, stated: true, hedged: false, ...v } as CasualtyValue });
  const claim = (source: string, cue: string, content: string): ClaimValue => ({
    sentence: 0, source: { ...at(source), name: source, kind: 'unknown', anonymous: false, resolvedFrom: null }, cue: at(cue), content: at(content), stance: 'statement',
  });
  return { figure, claim };
}

const injuredRange = (figs: { value: CasualtyValue }[]) => {
  const r = consolidate(figs.map((f) => ({ sentence: f.value.sentence, value: f.value }))).civilians.injured;
  return [r.min, r.max];
};

test('sources: a count a named source reports after an earlier count of the same harm is its reading (4–5, not 9)', () => {
  const text = 'The civil defence counted four firefighters injured, whilst a post from a local news page outlined five injuries.';
  const { figure, claim } = place(text);
  const figs = [figure('four firefighters', 4), figure('five injuries', 5)];
  const claims = [claim('a post from a local news page', 'outlined', 'five injuries')];
  const read = markSourceReadings(figs, claims);
  assert.equal(read[1].value.alternative, true);
  assert.deepEqual(injuredRange(read), [4, 5]);
  assert.deepEqual(injuredRange(figs), [9, 9], 'unmarked, the two counts add up');
});

test('sources: NOT a reading when the source stands before both counts, or reports both', () => {
  const text = 'Medics said four children were injured and five women were wounded.';
  const { figure, claim } = place(text);
  const figs = [figure('four children', 4), figure('five women', 5)];
  const claims = [claim('Medics', 'said', 'four children were injured and five women were wounded')];
  assert.equal(markSourceReadings(figs, claims)[1].value.alternative, undefined);
  // The source before both, its content read short: still one source's two groups.
  const text2 = 'The hospital said four children were injured and five women were wounded.';
  const two = place(text2);
  const figs2 = [two.figure('four children', 4), two.figure('five women', 5)];
  const claims2 = [two.claim('The hospital', 'said', 'five women were wounded')];
  assert.equal(markSourceReadings(figs2, claims2)[1].value.alternative, undefined);
});

test('sources: NOT a reading when the later count is more people or a part', () => {
  const text = 'Four people were injured, and a hospital spokesman said two others were hurt.';
  const { figure, claim } = place(text);
  const figs = [figure('Four people', 4), figure('two others', 2, { additional: true })];
  const claims = [claim('a hospital spokesman', 'said', 'two others were hurt')];
  assert.equal(markSourceReadings(figs, claims)[1].value.alternative, undefined);
});

test('sources: a toll said to have risen revises the earlier count of the sentence (range spans both, no second reading)', () => {
  const text = 'A radio station reported that two people were killed, while a news agency said the number of deaths had risen to four.';
  const { figure } = place(text);
  const figs = [figure('two people', 2, { kind: 'killed' }), figure('four', 4, { kind: 'killed', aggregate: true, alternative: true })].map((f, index) => ({ ...f, index }));
  const read = markRisenTolls(figs, text);
  assert.equal(read[0].value.supersededBy, 1);
  assert.deepEqual([read[1].value.revises, read[1].value.min, read[1].value.max, read[1].value.alternative], [0, 2, 4, undefined]);
  // Not risen: two sources' counts stay two readings.
  const other = 'A radio station reported that two people were killed, while a news agency said four people were killed.';
  const o = place(other);
  const figs2 = [o.figure('two people', 2, { kind: 'killed' }), o.figure('four people', 4, { kind: 'killed', alternative: true })].map((f, index) => ({ ...f, index }));
  assert.equal(markRisenTolls(figs2, other)[0].value.supersededBy, undefined);
});

test('sources: revised, the earlier count no longer holds a lead lower bound down ("at least three … two … risen to four" → 3–4)', () => {
  // "At least three civilians were killed in the strike. A radio station reported that two people
  // were killed, while a news agency said the number of deaths had risen to four."
  const text = 'At least three civilians were killed in the strike. A radio station reported that two people were killed, while a news agency said the number of deaths had risen to four.';
  const { figure } = place(text);
  const figs = [
    figure('At least three civilians', 3, { kind: 'killed', group: 'civilians', max: null }),
    figure('two people', 2, { kind: 'killed', sentence: 1 }),
    figure('four', 4, { kind: 'killed', sentence: 1, aggregate: true, alternative: true }),
  ].map((f, index) => ({ ...f, index }));
  const killed = (fs: { value: CasualtyValue }[]) => {
    const r = consolidate(fs.map((f) => ({ sentence: f.value.sentence, value: f.value }))).civilians.killed;
    return [r.min, r.max];
  };
  assert.deepEqual(killed(markRisenTolls(figs, text)), [3, 4]);
  assert.deepEqual(killed(figs), [2, 4], 'read as two sources disagreeing, the lower count is the minimum');
});

test('sources: more people that one source alone alleges, beside another source\'s count, raise only the top', () => {
  const text = 'Several outlets reported that a nurse, Huda Saleh, was killed, and one radio station also alleged that her brother Sami was also killed.';
  const { figure, claim } = place(text);
  const figs = [figure('Huda Saleh', 1, { kind: 'killed', individual: true }), figure('her brother Sami', 1, { kind: 'killed', individual: true, additional: true })];
  const claims = [
    claim('Several outlets', 'reported', 'that a nurse, Huda Saleh, was killed, and one radio station also alleged that her brother Sami was also killed'),
    claim('one radio station', 'alleged', 'that her brother Sami was also killed'),
  ];
  const read = markLoneAllegations(figs, claims, text);
  assert.equal(read[1].value.doubted, true);
  const killed = consolidate(read.map((f) => ({ sentence: 0, value: f.value }))).civilians.killed;
  assert.deepEqual([killed.min, killed.max], [1, 2]);
  // Alleged by several sources, the same words are no lone claim.
  const text2 = 'Several outlets reported that a nurse, Huda Saleh, was killed, and local media also alleged that her brother Sami was also killed.';
  const p2 = place(text2);
  const figs2 = [p2.figure('Huda Saleh', 1, { kind: 'killed', individual: true }), p2.figure('her brother Sami', 1, { kind: 'killed', individual: true, additional: true })];
  const several = markLoneAllegations(figs2, [
    p2.claim('Several outlets', 'reported', 'that a nurse, Huda Saleh, was killed, and local media also alleged that her brother Sami was also killed'),
    p2.claim('local media', 'alleged', 'that her brother Sami was also killed'),
  ], text2);
  assert.equal(several[1].value.doubted, undefined);
});

test('sources: "while some sources mention only ten victims" is their lower reading of the count, a minimum', () => {
  const text = 'An air strike hit the Nasser family home in Rafah on Monday night. Most outlets reported that 12 members of the family were killed. '
    + 'While some sources mention only ten victims, a relative wrote that a cousin, Lina Nasser, also lost her life.';
  const e = analyze(text, { published: '2023-10-20' }).events[0];
  assert.deepEqual([e.civilians.killed.min, e.civilians.killed.max], [10, 12]);
});
