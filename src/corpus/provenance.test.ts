import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../pipeline/runner.js';
import { segment } from '../stages/segment.js';
import { createReport, spansOf } from '../report/report.js';
import { findOrigins, MIN_EVIDENCE_WORDS, ORIGIN_WINDOW_DAYS, sentenceHash, sentenceKeys, sentenceRows, sentenceSimilarity, type ProvenanceInput } from './provenance.js';
import { SentenceIndex } from './sentence-index.js';
import { classifyProvenance } from './stitched.js';
import { CAMPS, COPY_EDITED, COPY_HEADLINE, OTHER_REPORTER, STATEMENT, STITCHED, UNRELATED, WIRE } from './texts.fixture.js';

const pipeline = buildPipeline([segment]);

/** A report's provenance input, sentences from the segment stage. */
function input(id: string, published: string | null, text: string): ProvenanceInput {
  const r = pipeline.run(createReport(text, { id, published }));
  return { report: { id, published, text }, sentences: spansOf(r, 'sentence').map((s) => ({ index: s.value.index, start: s.start, end: s.end })) };
}

function indexOf(...reports: ProvenanceInput[]): SentenceIndex {
  const index = new SentenceIndex();
  for (const r of reports) index.add(r);
  return index;
}

const wire = input('wire', '2017-03-30', WIRE);
const camps = input('camps', '2017-03-28', CAMPS);
const statement = input('statement', '2017-03-29', STATEMENT);

test('sentence hash: same after normalization, different otherwise; short sentences get no near keys', () => {
  assert.equal(sentenceHash('Five civilians were killed on Thursday.'), sentenceHash('five civilians were KILLED on thursday'));
  assert.notEqual(sentenceHash('Five civilians were killed on Thursday.'), sentenceHash('Six civilians were killed on Thursday.'));
  assert.match(sentenceHash('x'), /^[0-9a-f]{32}$/);
  assert.deepEqual(sentenceKeys('He said.').near, []);
  assert.equal(sentenceKeys('An air strike hit the market on Thursday, residents said.').near.length, 10);
  assert.ok(sentenceRows(input('h', null, 'He said. She agreed.')).length === 0, 'short sentences are not indexed');
});

test('a syndicated copy: its sentences originate in the wire, and it is a copy, not stitched', async () => {
  const copy = input('courier', '2017-03-31', COPY_HEADLINE);
  const origins = await findOrigins(copy, indexOf(wire, camps, statement));
  const copied = origins.filter((o) => o.originReport === 'wire');
  assert.ok(copied.length >= 8, `copied: ${copied.length}`);
  assert.ok(copied.every((o) => o.originPublished === '2017-03-30'));
  const v = classifyProvenance(origins);
  assert.equal(v.copyOf, 'wire', v.reason);
  assert.equal(v.stitched, false);
});

test('near-same sentences: curly quotes and a changed ending still find their origin, with similarity below 1', async () => {
  const origins = await findOrigins(input('edited', '2017-04-01', COPY_EDITED), indexOf(wire));
  const quote = origins.find((o) => COPY_EDITED.slice(o.start, o.end).includes('told the agency'));
  assert.ok(quote, 'the retouched quote sentence');
  assert.equal(quote.originReport, 'wire');
  assert.ok(quote.similarity < 1 && quote.similarity >= 0.5, `similarity ${quote.similarity}`);
  const added = origins.find((o) => COPY_EDITED.slice(o.start, o.end).startsWith('Monitors have recorded'));
  assert.equal(added?.originReport, 'edited', 'the added sentence is new');
  assert.equal(classifyProvenance(origins).copyOf, 'wire');
});

test('a stitched page: most sentences from three other reports', async () => {
  const page = input('farm', '2017-04-04', STITCHED);
  const origins = await findOrigins(page, indexOf(wire, camps, statement, input('floods', '2017-03-27', UNRELATED)));
  const v = classifyProvenance(origins);
  assert.equal(v.stitched, true, v.reason);
  assert.equal(v.copyOf, null);
  assert.deepEqual(v.sources.map((s) => s.report).sort(), ['camps', 'statement', 'wire']);
  const un = origins.find((o) => STITCHED.slice(o.start, o.end).includes('earlier this month'));
  assert.equal(un?.originReport, 'wire');
  assert.equal(un?.originPublished, '2017-03-30');
  // The page's own closing line is short of evidence or new.
  const own = origins.find((o) => STITCHED.slice(o.start, o.end).startsWith('The situation remains'));
  assert.equal(own?.originReport, 'farm');
});

test('NOT copied: another reporter on the same strike, same day and place, has no origin elsewhere', async () => {
  const origins = await findOrigins(input('other', '2017-03-30', OTHER_REPORTER), indexOf(wire, camps, statement));
  assert.deepEqual(origins.filter((o) => o.originReport !== 'other').map((o) => OTHER_REPORTER.slice(o.start, o.end)), []);
  const v = classifyProvenance(origins);
  assert.equal(v.copyOf, null);
  assert.equal(v.stitched, false);
});

test('NOT an origin: a later report, or the report itself', async () => {
  const origins = await findOrigins(input('courier', '2017-03-29', COPY_HEADLINE), indexOf(wire));
  assert.equal(origins.filter((o) => o.originReport !== 'courier').length, 0, 'the wire is dated after it');
  const again = await findOrigins(wire, indexOf(wire));
  assert.ok(again.every((o) => o.originReport === 'wire' && o.similarity === 1));
});

test('short sentences are never evidence', async () => {
  const a = input('a', '2017-03-01', 'He said. Police confirmed the toll. The market was destroyed by the blast on Thursday morning.');
  const b = input('b', '2017-03-02', 'He said. Police confirmed the toll. Rescue teams searched the rubble of the bakery for survivors.');
  const origins = await findOrigins(b, indexOf(a));
  assert.ok(origins.every((o) => o.originReport === 'b'));
  assert.deepEqual(origins.map((o) => o.evidence), [false, false, true]);
  assert.ok(MIN_EVIDENCE_WORDS === 6);
});

test('deterministic, and a constant number of lookups per sentence however large the index', async () => {
  const page = input('farm', '2017-04-04', STITCHED);
  const small = indexOf(wire, camps, statement);
  const large = indexOf(wire, camps, statement, input('other', '2017-03-30', OTHER_REPORTER), input('floods', '2017-03-27', UNRELATED),
    input('courier', '2017-03-31', COPY_HEADLINE), input('edited', '2017-04-01', COPY_EDITED));
  const a = await findOrigins(page, small);
  const b = await findOrigins(page, large);
  assert.deepEqual(a, b);
  assert.equal(small.lookups, large.lookups);
});

test('NOT near-same: the same formula about another strike (other toll, place and day)', async () => {
  const a = 'At least 14 civilians were killed in an air strike on Mosul on Thursday, residents said.';
  const b = 'At least 12 civilians were killed in an air strike on Raqqa on Friday, residents said.';
  const sim = sentenceSimilarity(b, a);
  assert.ok(sim.jaccard < 0.5 && sim.aInB < 0.8, JSON.stringify(sim));
  const origins = await findOrigins(input('b', '2017-03-02', b), indexOf(input('a', '2017-03-01', a)));
  assert.equal(origins[0].originReport, 'b');
  // One changed word is still the same sentence, lightly edited.
  const c = 'At least 14 civilians were killed in an air strike on Mosul on Thursday, witnesses said.';
  const again = await findOrigins(input('c', '2017-03-02', c), indexOf(input('a', '2017-03-01', a)));
  assert.equal(again[0].originReport, 'a');
});

test('boilerplate sentences (opts.common) are their own origin and no evidence: a copy made only of them is no copy', async () => {
  const copy = input('courier', '2017-03-31', COPY_HEADLINE);
  const all = new Set(copy.sentences.map((s) => s.index));
  const origins = await findOrigins(copy, indexOf(wire, camps, statement), { common: all });
  assert.ok(origins.every((o) => o.originReport === 'courier' && !o.evidence));
  assert.ok(origins.some((o) => o.common), 'marked as boilerplate');
  assert.equal(classifyProvenance(origins).copyOf, null);
  // NOT discounted: the same copy with no boilerplate named is a copy of the wire.
  assert.equal(classifyProvenance(await findOrigins(copy, indexOf(wire, camps, statement))).copyOf, 'wire');
});

test('NOT an origin: a near-same sentence that names another place or gives another figure (one template, two stories)', async () => {
  const a = 'Aid workers say it has become almost impossible to confirm casualty figures because reporters cannot reach Idlib province and phone lines are often cut.';
  const b = 'Aid workers say it has become almost impossible to confirm casualty figures because reporters cannot reach Hama province and phone lines are often cut.';
  assert.ok(sentenceSimilarity(b, a).jaccard >= 0.5, 'near-same by shingles');
  const origins = await findOrigins(input('b', '2017-03-02', b), indexOf(input('a', '2017-03-01', a)));
  assert.equal(origins[0].originReport, 'b');
  const c = 'A mortar round killed 7 people queuing for fuel in Marib on Sunday, a local official told reporters at the scene.';
  const d = 'A mortar round killed 9 people queuing for fuel in Marib on Sunday, a local official told reporters at the scene.';
  assert.equal((await findOrigins(input('d', '2017-03-02', d), indexOf(input('c', '2017-03-01', c))))[0].originReport, 'd');
  // The same sentence lightly edited (a common word) still has its origin.
  const e = 'A mortar round killed 7 people queuing for fuel in Marib on Sunday, a local official told journalists at the scene.';
  assert.equal((await findOrigins(input('e', '2017-03-02', e), indexOf(input('c', '2017-03-01', c))))[0].originReport, 'c');
});

test('stitched counts stories, not reports: a wire story and its copy are one source, the report\'s own story none', async () => {
  const page = input('farm', '2017-04-04', STITCHED);
  const origins = await findOrigins(page, indexOf(wire, camps, statement));
  const all = classifyProvenance(origins);
  assert.equal(all.stitched, true, all.reason);
  // camps and statement republished by the wire's desk: one story with the wire.
  const oneStory = { groups: new Map([['wire', 'wire'], ['camps', 'wire'], ['statement', 'wire']]), group: 'farm' };
  const v = classifyProvenance(origins, oneStory);
  assert.equal(v.stitched, false, v.reason);
  // The page itself in that story's group: nothing is pasted from elsewhere.
  assert.equal(classifyProvenance(origins, { ...oneStory, group: 'wire' }).stitched, false);
  // Three stories: stitched, and the reason says so.
  const three = classifyProvenance(origins, { groups: new Map([['wire', 'wire'], ['camps', 'camps'], ['statement', 'statement']]), group: 'farm' });
  assert.equal(three.stitched, true);
  assert.match(three.reason, /3 other stories/);
});

test('NOT an origin: the same sentence first printed months before (standing text, not copied from that story)', async () => {
  const line = 'Aid convoys were turned back at checkpoints outside the city last week, and the food agency said it had reached only a fraction of the families.';
  const old = input('old', '2017-01-10', line);
  assert.equal((await findOrigins(input('late', '2017-03-30', line), indexOf(old)))[0].originReport, 'late', '79 days later');
  assert.equal((await findOrigins(input('soon', '2017-01-12', line), indexOf(old)))[0].originReport, 'old', 'two days later');
  assert.equal((await findOrigins(input('edge', '2017-02-09', line), indexOf(old)))[0].originReport, 'old', `${ORIGIN_WINDOW_DAYS} days later`);
  // Undated reports have no window.
  assert.equal((await findOrigins(input('undated', null, line), indexOf(old)))[0].originReport, 'old');
});
