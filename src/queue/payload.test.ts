import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReportJob, reportJobId, toInputDocument, toReportJob } from './payload.js';

test('the job id is the content hash: the same report, spaced or cased differently, is one job', () => {
  assert.equal(reportJobId('Five civilians were killed.'), reportJobId('five  civilians were KILLED.'));
  assert.notEqual(reportJobId('Five civilians were killed.'), reportJobId('Six civilians were killed.'));
  assert.match(reportJobId('x'), /^r-[0-9a-f]{64}$/);
});

test('a payload round-trips to the input document, defaults kept apart', () => {
  const job = toReportJob({ text: 'Three civilians were killed in Mosul.', meta: { title: 'Strike', url: 'https://example.org/a' } }, 'a.jsonl:1', { published: '2017-03-20', outlet: undefined });
  assert.deepEqual(job.defaults, { published: '2017-03-20' });
  const parsed = parseReportJob(JSON.parse(JSON.stringify(job)));
  assert.deepEqual(toInputDocument(parsed), { text: 'Three civilians were killed in Mosul.', meta: { title: 'Strike', url: 'https://example.org/a' } });
});

test('bad payloads are refused with a message naming the source', () => {
  assert.throws(() => parseReportJob({ meta: {}, where: 'x' }), /malformed report job: text/);
  assert.throws(() => parseReportJob('just a string'), /malformed report job/);
  assert.throws(() => parseReportJob({ text: 'ab\u0000cd', meta: {}, where: 'blob.bin' }), /blob\.bin: looks like binary data \(NUL character at offset 2\)/);
  assert.throws(() => parseReportJob({ text: ' \n ', meta: {}, where: 'e.txt' }), /e\.txt: the report text is empty/);
  assert.throws(() => parseReportJob({ text: 'x'.repeat(20), meta: {}, where: 'big.txt' }, 10), /big\.txt: 20 bytes is over the 10-byte limit/);
});
