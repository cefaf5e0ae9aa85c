import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import type { Analysis } from '../report/analysis.js';
import { findOrigins } from './provenance.js';
import { SentenceIndex } from './sentence-index.js';
import { recoverAttribution } from './recover.js';

const wire = analyze('At least 14 civilians were killed when the strike hit the crowded market, a member of the Nineveh provincial council said on Thursday. Rescue teams searched the rubble of the bakery late into the night for survivors.', { id: 'wire', published: '2017-03-30' });
const index = new SentenceIndex();
index.add(wire);
const originOf = async (id: string) => (id === 'wire' ? wire : null);

test('a claim copied without its speaker gets the origin\'s speaker back', async () => {
  const copy = analyze('At least 14 civilians were killed when the strike hit the crowded market on Thursday. Rescue teams searched the rubble of the bakery late into the night for survivors.', { id: 'copy', published: '2017-04-02' });
  assert.equal(copy.claims.length, 0, 'the copy names no speaker');
  const found = await recoverAttribution(copy, await findOrigins(copy, index), originOf);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0].sentence, 0);
  assert.deepEqual(found[0].origin, { report: 'wire', sentence: 0 });
  assert.match(found[0].source.name, /Nineveh provincial council/);
  assert.match(found[0].reason, /copied without its speaker/);
});

test('an unattributed sentence names the unattributed reason', async () => {
  const copy = analyze('At least 14 civilians were killed when the strike hit the crowded market on Thursday.', { id: 'copy', published: '2017-04-02' });
  const withLoss: Analysis = { ...copy, unattributed: [{ sentence: 0, start: 0, end: 10, text: copy.report.text.slice(0, 10), reason: "reporting verb 'said' with no speaker" }] };
  const found = await recoverAttribution(withLoss, await findOrigins(copy, index), originOf);
  assert.match(found[0]?.reason ?? '', /^unattributed here/);
});

test('NOT recovered: a sentence with its own speaker, or whose origin sentence is no claim', async () => {
  const copy = analyze('Police said at least 14 civilians were killed when the strike hit the crowded market on Thursday. Rescue teams searched the rubble of the bakery late into the night for survivors.', { id: 'copy', published: '2017-04-02' });
  const origins = await findOrigins(copy, index);
  assert.equal(origins[1].originReport, 'wire', 'the rescue sentence is copied');
  assert.deepEqual(await recoverAttribution(copy, origins, originOf), []);
});
