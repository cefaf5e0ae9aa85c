import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBrat } from './brat.js';

test('parseBrat reads text-bound spans (with fragments) and events', () => {
  const ann = [
    'T1\tSource 0 9\tThe mayor',
    'T2\tCue 10 14\tsaid',
    'T3\tContent 16 30;40 52\tfirst part second part',
    'T4\tAttribution 10 14\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    '#1\tAnnotatorNotes T1\tignored',
  ].join('\n');
  const b = parseBrat(ann);
  assert.equal(b.spans.size, 4);
  assert.deepEqual(b.spans.get('T3')?.fragments, [{ start: 16, end: 30 }, { start: 40, end: 52 }]);
  assert.equal(b.spans.get('T3')?.start, 16);
  assert.equal(b.spans.get('T3')?.end, 52);
  assert.deepEqual(b.events[0], { id: 'E1', type: 'Attribution', trigger: 'T4', args: { Content: 'T3', Cue: 'T2', Source: 'T1' } });
});

test('parseBrat ignores malformed lines', () => {
  assert.equal(parseBrat('T1\tSource x y\tbad\n\n').spans.size, 0);
});
