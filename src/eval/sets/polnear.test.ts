import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeAnalysis } from '../fixtures.js';
import { cleanText, cleanedOffsets } from '../../input/clean-text.js';
import { goldRoles, inCleanedText, ourRoles, scorePolnearDoc, summarizePolnear } from './polnear.js';

// Our own sentence, annotated by hand in brat format.
const text = 'The governor said the bridge would reopen in May. Critics disagreed.';
const ann = [
  'T1\tSource 0 12\tThe governor',
  'T2\tCue 13 17\tsaid',
  'T3\tContent 18 48\tthe bridge would reopen in May',
  'T4\tAttribution 13 17\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tDiscard 50 57\tCritics',
].join('\n');

test('goldRoles keeps the arguments of Attribution events only', () => {
  const g = goldRoles(ann);
  assert.deepEqual(g.source.map((s) => [s.start, s.end]), [[0, 12]]);
  assert.deepEqual(g.content.map((s) => [s.start, s.end]), [[18, 48]]);
});

const claim = (src: [number, number], cue: [number, number], content: [number, number]) => {
  const r = ([start, end]: [number, number]) => ({ start, end, text: text.slice(start, end) });
  return {
    sentence: 0, stance: 'statement' as const, cue: r(cue), content: r(content),
    source: { ...r(src), name: text.slice(...src), kind: 'person' as const, anonymous: false, resolvedFrom: null },
  };
};

test('scorePolnearDoc: exact and half-token matches per role', () => {
  // Source "governor" (1 of 2 tokens: exactly half), cue exact, content missing "in May" (4 of 6 tokens).
  const ours = ourRoles(fakeAnalysis({ claims: [claim([4, 12], [13, 17], [18, 41])] }));
  const c = scorePolnearDoc(text, goldRoles(ann), ours);
  assert.deepEqual(c.source.exact, { tp: 0, fp: 1, fn: 1 });
  assert.deepEqual(c.source['half-tokens'], { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(c.cue.exact, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(c.content.exact, { tp: 0, fp: 1, fn: 1 });
  assert.deepEqual(c.content['half-tokens'], { tp: 1, fp: 0, fn: 0 });
  // Tokens: source 1 of 2 gold tokens; content 4 of 6.
  assert.deepEqual(c.source.tokens, { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(c.content.tokens, { tp: 4, fp: 0, fn: 2 });
  const m = Object.fromEntries(summarizePolnear([c]).map((x) => [x.key, x.value]));
  assert.equal(m['polnear.content.tokens.recall'], 4 / 6);
  assert.equal(m['polnear.source.exact.f1'], 0);
  assert.equal(m['polnear.cue.exact.f1'], 1);
});

test('scorePolnearDoc: a claim in the wrong sentence scores nothing', () => {
  const ours = ourRoles(fakeAnalysis({ claims: [claim([50, 57], [58, 67], [58, 67])] }));
  const c = scorePolnearDoc(text, goldRoles(ann), ours);
  for (const role of ['source', 'cue', 'content'] as const) assert.equal(c[role]['half-tokens'].tp, 0);
});

test('inCleanedText: gold spans after a stray control character still cover their words in the analyzed (cleaned) text', () => {
  const raw = 'A note\u001b followed. The governor said the bridge would reopen.';
  const shift = raw.indexOf('The governor');
  const at = (n: number) => n + shift;
  const g = goldRoles([`T1\tSource ${at(0)} ${at(12)}\tThe governor`, `T2\tCue ${at(13)} ${at(17)}\tsaid`,
    `T3\tContent ${at(18)} ${at(48)}\tthe bridge would reopen`, 'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1'].join('\n'));
  const clean = cleanText(raw);
  const moved = inCleanedText(g, cleanedOffsets(raw));
  assert.equal(clean.slice(moved.source[0].start, moved.source[0].end), 'The governor');
  assert.equal(clean.slice(moved.cue[0].start, moved.cue[0].end), 'said');
  assert.notEqual(clean.slice(g.cue[0].start, g.cue[0].end), 'said'); // unmoved, the span is one character off
});
