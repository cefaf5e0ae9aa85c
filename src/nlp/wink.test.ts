import { test } from 'node:test';
import assert from 'node:assert/strict';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { withLinearFeatures } from './linear-features.js';
import { wink, WINK_PIPE } from './wink.js';

// Our own sentences, with names, dates, numbers, negation and opinion words: the material wink's
// entity, negation and sentiment automata work on.
const TEXT = [
  'Rescuers in the village of Dar Salim said on 3 March 2024 that 14 people, including six children, were killed.',
  'The ministry did not confirm the figure. "It was a terrible, terrible night," said Amina Yusuf, 42, a teacher.',
  'Col. Idris Bako told reporters at 9:30 a.m. that no soldiers were hurt and that the strike hit a "legitimate target".',
].join(' ');

test('the shared wink instance runs only the annotations civwatch reads', () => {
  assert.deepEqual(WINK_PIPE, ['sbd', 'pos']);
  const doc = wink().readDoc(TEXT);
  assert.equal(doc.entities().length(), 0, 'no named-entity pass');
});

test('tokens, tags, spacing, types and sentences equal those of the full default pipe', () => {
  const full = winkNLP(withLinearFeatures(model));
  const its = full.its;
  const read = (nlp: typeof full) => {
    const d = nlp.readDoc(TEXT);
    const t = d.tokens();
    return { tokens: t.out(), pos: t.out(its.pos), spaces: t.out(its.precedingSpaces), types: t.out(its.type), sentences: d.sentences().out() };
  };
  const ours = read(wink());
  assert.ok(ours.sentences.length >= 3);
  assert.deepEqual(ours, read(full));
});
