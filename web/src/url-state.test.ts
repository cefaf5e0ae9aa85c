import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatState, parseState } from './url-state.js';

test('parseState reads filters and the open incident/report; formatState writes them back', () => {
  const { state, problems } = parseState('?grade=fair%2B&since=2017-03-01&type=Air%2Fdrone+strike&incident=inc-1&report=r-9');
  assert.deepEqual(problems, []);
  assert.deepEqual(state, { filters: { grade: 'fair+', since: '2017-03-01', type: 'Air/drone strike' }, incident: 'inc-1', report: 'r-9' });
  assert.deepEqual(parseState(formatState(state)).state, state);
});

test('formatState of an empty view is empty; empty values are left out', () => {
  assert.equal(formatState({ filters: {} }), '');
  assert.equal(formatState({ filters: { q: '', perpetrator: 'Islamic State' } }), '?perpetrator=Islamic+State');
});

test('parseState drops a malformed date with a message and ignores unknown keys', () => {
  const { state, problems } = parseState('?since=March&until=2017-03-31&zoom=4&q=%20%20');
  assert.deepEqual(state.filters, { until: '2017-03-31' });
  assert.equal(problems.length, 1);
  assert.match(problems[0], /since="March".*YYYY-MM-DD/);
});
