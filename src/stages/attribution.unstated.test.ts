import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment.js';
import { actors } from './actors.js';
import { attribution } from './attribution.js';
import { createReport, spansOf } from '../report/report.js';
import { buildPipeline } from '../pipeline/runner.js';

// All sentences below were written by the team for these tests.

function claims(text: string) {
  const report = buildPipeline([segment, actors, attribution]).run(createReport(text));
  return spansOf(report, 'claim').map((s) => s.value);
}
const unstated = (text: string) => claims(text).filter((c) => c.source.unstated)
  .map((c) => ({ cue: c.cue.text, content: c.content.text, stance: c.stance, source: [c.source.start, c.source.end, c.source.text, c.source.name] }));

test('a hearsay adverb: the clause around it is the content, the source is an empty range at the cue', () => {
  const [c, ...rest] = unstated('The district governor reportedly fled to the capital on Monday.');
  assert.equal(rest.length, 0);
  assert.equal(c.cue, 'reportedly');
  assert.equal(c.content, 'The district governor reportedly fled to the capital on Monday');
  assert.deepEqual(c.source, [22, 22, '', '(unstated)']);
  assert.equal(unstated('Allegedly, the convoy carried weapons.')[0].content, 'the convoy carried weapons');
  assert.equal(unstated('The guards allegedly beat the detainees.')[0].stance, 'allegation');
});

test('the raising passive and the impersonal passive of hearsay verbs', () => {
  assert.deepEqual(unstated('At least nine fishermen are believed to have drowned off the coast.').map((c) => [c.cue, c.content]),
    [['are believed', 'At least nine fishermen are believed to have drowned off the coast']]);
  assert.deepEqual(unstated('It was reported that the bridge had collapsed.').map((c) => [c.cue, c.content]),
    [['was reported', 'that the bridge had collapsed']]);
  assert.equal(unstated('The new mayor is widely expected to resign before the vote.')[0].cue, 'is widely expected');
  // "reported to the police" is not hearsay; an agent makes a named claim instead
  assert.deepEqual(unstated('The theft was reported to the police.'), []);
  assert.deepEqual(unstated('It was reported by the local radio that the bridge had collapsed.'), []);
});

test('verbs of appearance report a judgment only before "to", "that" or "like"', () => {
  assert.deepEqual(unstated('The truce appears to be holding in the north.').map((c) => c.content), ['The truce appears to be holding in the north']);
  assert.deepEqual(unstated('It seems that the road has reopened.').map((c) => c.content), ['that the road has reopened']);
  assert.deepEqual(unstated('The minister appeared in court on Tuesday.'), []);
  assert.deepEqual(unstated('Two new witnesses appeared before the panel.'), []);
});

test('"Asked about …," opens a question put by someone unstated; the main clause keeps its own speaker', () => {
  const all = claims('Asked about the convoy, the colonel said it had left before dawn.');
  assert.deepEqual(all.filter((c) => c.source.unstated).map((c) => [c.cue.text, c.content.text]), [['Asked', 'about the convoy']]);
  assert.equal(all.filter((c) => !c.source.unstated).length, 1);
  assert.deepEqual(unstated('When asked whether the camp would close, the official declined to comment.').map((c) => c.content), ['whether the camp would close']);
  assert.deepEqual(unstated('The reporter asked about the convoy.'), []);
});

test('a named claim keeps its cue, and words inside a quotation are the speaker\'s own', () => {
  assert.deepEqual(unstated('The army said the commander is believed to have fled.').map((c) => c.cue), ['is believed']);
  assert.deepEqual(unstated('"The strike apparently hit the wrong house," the farmer said.'), []);
});
